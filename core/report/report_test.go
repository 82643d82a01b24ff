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
			golden.Check(t, filepath.Join("testdata", name+".short.md"), []byte(report.Short(as)))
			js, err = report.ShortJSON(as)
			require.NoError(t, err)
			golden.Check(t, filepath.Join("testdata", name+".short.json"), js)
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

// sections splits a Markdown report at its "## " headings.
func sections(md string) map[string]string {
	out := map[string]string{}
	head := ""
	for _, line := range strings.Split(md, "\n") {
		if h, ok := strings.CutPrefix(line, "## "); ok {
			head = h
			if strings.HasPrefix(h, "Act by") {
				head = "Act by"
			}
			continue
		}
		out[head] += line + "\n"
	}
	return out
}

// Word budgets (issue 11): the short report, the default page, stays at
// about 1,200 words and each of its sections within its own budget, for
// every golden input and every scenario.
func TestShortReportWordBudgets(t *testing.T) {
	budgets := map[string]int{
		"":                           40, // title and as-of line
		"Act by":                     120,
		"What this is":               90,
		"This week":                  70,
		"The money":                  110,
		"Strongest points":           130,
		"The picture":                420,
		"Answers to check":           260,
		"What your recording showed": 220,
		"Notice":                     70,
	}
	inputs := []string{"../../examples/answers.json", "testdata/mass.answers.json", "testdata/pen2500.answers.json", "testdata/empty.answers.json", "testdata/commercial.answers.json"}
	files, err := filepath.Glob("../testdata/scenarios/*.json")
	require.NoError(t, err)
	var assessments []core.Assessment
	for _, in := range inputs {
		assessments = append(assessments, assess(t, in))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		var s struct {
			AsOf    string          `json:"as_of"`
			Answers json.RawMessage `json:"answers"`
		}
		require.NoError(t, json.Unmarshal(data, &s))
		a, probs := core.ParseAnswers(s.Answers)
		require.Empty(t, probs, f)
		assessments = append(assessments, core.Assess(a, core.MustDate(s.AsOf)))
	}
	most, mostBrief := 0, 0
	for i, as := range assessments {
		mostBrief = max(mostBrief, core.BriefWords(as.Brief))
		md := report.Short(as)
		words := len(strings.Fields(md))
		most = max(most, words)
		assert.LessOrEqual(t, words, 1200, "short report %d: %d words", i, words)
		assert.LessOrEqual(t, core.BriefWords(as.Brief), 300, "brief %d", i)
		for head, body := range sections(md) {
			budget, ok := budgets[head]
			if assert.True(t, ok, "section %q has no budget", head) {
				assert.LessOrEqual(t, len(strings.Fields(body)), budget, "report %d, section %q", i, head)
			}
		}
	}
	t.Logf("longest short report: %d words; longest brief: %d words", most, mostBrief)
}

// Every report says when the law was last reviewed; one dated more than the
// review window later leads with a warning that says what to check.
func TestLawReviewInReports(t *testing.T) {
	data, err := os.ReadFile("../../examples/answers.json")
	require.NoError(t, err)
	a, probs := core.ParseAnswers(data)
	require.Empty(t, probs)

	fresh := core.Assess(a, core.MustDate("2026-12-10"))
	md := report.Markdown(fresh)
	assert.Contains(t, md, "Law reviewed on December 2, 2026")
	assert.NotContains(t, md, "Warning: the law may have changed")
	js, err := report.JSON(fresh)
	require.NoError(t, err)
	assert.Contains(t, string(js), `"reviewed_on": "2026-12-02"`)
	assert.Contains(t, string(js), `"stale": false`)

	old := core.Assess(a, core.MustDate("2027-04-01"))
	md = report.Markdown(old)
	warn := strings.Index(md, "> **Warning: the law may have changed.**")
	require.Greater(t, warn, 0, "the warning is in the report")
	assert.Less(t, warn, strings.Index(md, "## What to do and by when"), "the warning comes before everything else")
	assert.Contains(t, md, "120 days before this assessment")
	assert.Contains(t, md, "leginfo.legislature.ca.gov")
	js, err = report.JSON(old)
	require.NoError(t, err)
	assert.Contains(t, string(js), `"stale": true`)
}
