package core

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var caseName = regexp.MustCompile(`\b[A-Z][\w.&' ]* v\. [A-Z]`)

// TestHelpInPlainWords: hints explain without case names (those go to a
// question's closed "More"); the terms-acceptance hint says what clickwrap
// and browsewrap are.
func TestHelpInPlainWords(t *testing.T) {
	for _, s := range Questionnaire {
		for _, q := range s.Questions {
			assert.NotRegexp(t, caseName, q.Help, "%s: a case name in the hint; put it in More", q.Field)
			if q.More != "" {
				assert.NotEmpty(t, q.MoreTitle, "%s: More needs a title", q.Field)
			}
		}
	}
	q := QuestionFor("terms.assent")
	require.NotNil(t, q)
	help := strings.ToLower(q.Help)
	assert.Contains(t, help, "clickwrap: the visitor must tick a box")
	assert.Contains(t, help, "browsewrap: a link to the terms only in the footer")
	assert.Regexp(t, caseName, q.More, "the decisions are in More")
}
