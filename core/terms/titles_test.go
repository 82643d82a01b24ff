package terms

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWithoutTitles(t *testing.T) {
	for in, want := range map[string]string{
		"For more details, go to Section 15 (Agreement to Arbitrate and Class Action Waiver).": "For more details, go to Section 15.",
		"Sections 3-21.7 (Arbitration) and/or 21.11 (Class Action Waiver) will not apply.":     "Sections 3-21.7 and/or 21.11 will not apply.",
		`Notwithstanding Article 8 “Binding arbitration / Class Waiver,” Rovio may update.`:    "Notwithstanding Article 8   Rovio may update.",
		`this "Mandatory Arbitration Provisions" section`:                                      "this   section",
		"Class actions aren’t allowed.":                                                        "Class actions aren't allowed.",
		// Left as they are: no title, an unclosed quote, a long quotation.
		"Disputes will be resolved by binding arbitration (see below).": "Disputes will be resolved by binding arbitration (see below).",
		`He said “arbitration`:              `He said “arbitration`,
		`“` + strings.Repeat("x", 91) + `”`: `“` + strings.Repeat("x", 91) + `”`,
	} {
		got, lower := withoutTitles(in, strings.ToLower(in))
		assert.Equal(t, want, got, in)
		assert.Equal(t, strings.ToLower(got), lower, in)
	}
}

// A title names the clause; the sentence that refers to it is not the clause.
func TestTitleIsNotTheClause(t *testing.T) {
	for _, s := range []string{
		"For more details, go to Section 15 (Agreement to Arbitrate and Class Action Waiver).",
		`Notwithstanding Article 8 “Binding arbitration / Class Waiver,” Rovio may update these TOS from time to time.`,
	} {
		assert.Empty(t, Classify(s), s)
	}
	assert.Contains(t, Classify("Class arbitrations, class actions, private attorney general actions, and consolidation with other arbitrations aren’t allowed."), ClassWaiver)
}
