package report_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/report"
	"github.com/cipa-triage/cipa-triage/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func assess(t *testing.T, path string) core.Assessment {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	a, probs := core.ParseAnswers(data)
	require.Empty(t, probs)
	require.False(t, a.AsOf.IsZero(), "golden inputs fix their as_of day")
	return core.Assess(a, a.AsOf)
}

func TestGolden(t *testing.T) {
	inputs := map[string]string{
		"example":    "../../examples/answers.json",
		"mass":       "testdata/mass.answers.json",
		"pen2500":    "testdata/pen2500.answers.json",
		"empty":      "testdata/empty.answers.json",
		"commercial": "testdata/commercial.answers.json",
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			as := assess(t, in)
			golden.Check(t, filepath.Join("testdata", name+".md"), []byte(report.Markdown(as)))
			js, err := report.JSON(as)
			require.NoError(t, err)
			golden.Check(t, filepath.Join("testdata", name+".json"), js)
		})
	}
}

func TestMarkdownHasEverySection(t *testing.T) {
	md := report.Markdown(assess(t, "../../examples/answers.json"))
	for _, h := range []string{"## What to do and by when", "## The picture", "## Factors", "| Factor | Status |", "## Defenses", "## Exposure", "### Arbitration costs", "| Fee | Paid by |", "## Mass arbitration", "## Timeline", "## Sources", "## Notice", "not legal advice"} {
		assert.Contains(t, md, h)
	}
	assert.Contains(t, md, "(checked 2026-11-26)", "sources carry their checked dates")
	assert.Contains(t, md, "**Confirm.**", "unverified entries are marked")
}

func TestMarkdownEscapesTableCells(t *testing.T) {
	as := assess(t, "../../examples/answers.json")
	as.Factors[0].Finding = "a | b\nc"
	md := report.Markdown(as)
	assert.Contains(t, md, `a \| b c`)
}

func TestJSONListsAreNeverNull(t *testing.T) {
	as := core.Assess(core.Answers{}, core.MustDate("2026-11-26"))
	js, err := report.JSON(as)
	require.NoError(t, err)
	assert.False(t, strings.Contains(string(js), ": null,") && strings.Contains(string(js), `"factors": null`))
	var back map[string]any
	require.NoError(t, json.Unmarshal(js, &back))
	for _, key := range []string{"factors", "defenses", "timeline", "next_steps", "warnings", "citations"} {
		_, isList := back[key].([]any)
		assert.True(t, isList, "%s must be a list", key)
	}
}

func BenchmarkMarkdown(b *testing.B) {
	data, err := os.ReadFile("../../examples/answers.json")
	require.NoError(b, err)
	a, probs := core.ParseAnswers(data)
	require.Empty(b, probs)
	as := core.Assess(a, a.AsOf)
	b.ReportAllocs()
	for b.Loop() {
		_ = report.Markdown(as)
	}
}

// No answers the validator accepts may make a renderer panic.
func FuzzMarkdown(f *testing.F) {
	for _, p := range []string{"../../examples/answers.json", "testdata/mass.answers.json", "testdata/pen2500.answers.json", "testdata/empty.answers.json", "testdata/commercial.answers.json"} {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{"letter":{"firm":"a | b\n# heading","amount_demanded":1e300,"claimants":1000000000}}`))
	f.Add([]byte(`{"letter":{"per_violation_claimed":1e300,"violations_claimed":1000000000,"claimants":1000000000}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, probs := core.ParseAnswers(data)
		if len(probs) > 0 {
			return
		}
		asOf := a.AsOf
		if asOf.IsZero() {
			asOf = core.MustDate("2026-11-26")
		}
		as := core.Assess(a, asOf)
		md := report.Markdown(as)
		if !strings.Contains(md, "## Notice") {
			t.Fatalf("report lost its notice for %s", data)
		}
		if _, err := report.JSON(as); err != nil {
			t.Fatal(err)
		}
	})
}

func TestQuestionsListsEveryField(t *testing.T) {
	md := report.Questions(core.Questionnaire)
	for _, s := range core.Questionnaire {
		assert.Contains(t, md, "## "+s.Title)
		for _, q := range s.Questions {
			assert.Contains(t, md, "`"+q.Field+"`")
		}
	}
	assert.Contains(t, md, "`blocks_until_consent`")
	assert.Contains(t, md, "Asked when `terms.arbitration_clause` is yes.")
}
