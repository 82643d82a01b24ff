package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/wording"
	"github.com/cipa-triage/cipa-triage/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

const example = "../../examples/answers.json"

func TestAssessMarkdown(t *testing.T) {
	code, out, stderr := runCLI("assess", example, "--as-of", "2026-11-26")
	require.Equal(t, exitOK, code, stderr)
	assert.Empty(t, stderr)
	assert.Contains(t, out, "# CIPA demand letter triage")
	assert.Contains(t, out, "## Act by December 10, 2026: 14 days left")
	assert.Contains(t, out, "## Notice")
	assert.NotContains(t, out, "## Factors", "the short report is the default")
	code, out, _ = runCLI("assess", example, "--as-of", "2026-11-26", "--full")
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "## Act by December 10, 2026: 14 days left")
	assert.Contains(t, out, "## Factors")
	assert.Contains(t, out, "### Defenses to claims this letter does not make")
}

func TestAssessJSON(t *testing.T) {
	code, out, stderr := runCLI("assess", "--format=json", example, "--as-of=2026-12-20")
	require.Equal(t, exitOK, code, stderr)
	var a core.Assessment
	require.NoError(t, json.Unmarshal([]byte(out), &a))
	assert.Equal(t, "2026-12-10", a.Deadline.String())
	assert.Equal(t, -10, a.DaysLeft, "--as-of wins over the file's as_of")
	assert.Empty(t, a.Factors, "the short report is the default")
	assert.NotEmpty(t, a.Brief.Today.Title)
	code, out, stderr = runCLI("assess", "--format=json", "--full", example, "--as-of=2026-12-20")
	require.Equal(t, exitOK, code, stderr)
	require.NoError(t, json.Unmarshal([]byte(out), &a))
	assert.NotEmpty(t, a.Factors)
}

func TestAssessUsesFileAsOf(t *testing.T) {
	code, out, _ := runCLI("assess", example, "--format", "json")
	require.Equal(t, exitOK, code)
	var a core.Assessment
	require.NoError(t, json.Unmarshal([]byte(out), &a))
	assert.Equal(t, "2026-11-26", a.AsOf.String())
}

// Invalid answers: exit 2, every problem named by its field path, nothing on
// standard output.
func TestAssessInvalidAnswersListsEveryProblem(t *testing.T) {
	code, out, stderr := runCLI("assess", "testdata/bad.json")
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, out, "nothing half-printed")
	for _, want := range []string{
		"as_of:", "letter.date:", "letter.amount_demanded: must not be negative",
		"letter.forum: \"arbitration\" is not one of", "letter.colour: unknown field",
		"site.consent_banner: \"maybe\" is not one of", "extra: unknown field",
	} {
		assert.Contains(t, stderr, want)
	}
	assert.Contains(t, stderr, "7 problem(s)")
}

func TestAssessUsageErrors(t *testing.T) {
	cases := map[string][]string{
		"no file":        {"assess"},
		"two files":      {"assess", example, example},
		"bad format":     {"assess", example, "--format", "pdf"},
		"bad as-of":      {"assess", example, "--as-of", "26/11/2026"},
		"unknown option": {"assess", example, "--verbose"},
		"missing file":   {"assess", "testdata/no-such-file.json"},
		"not json":       {"assess", "main_test.go"},
	}
	for name, args := range cases {
		t.Run(name, func(t *testing.T) {
			code, out, stderr := runCLI(args...)
			assert.Equal(t, exitUsage, code)
			assert.Empty(t, out)
			assert.NotEmpty(t, stderr)
		})
	}
}

func TestQuestions(t *testing.T) {
	code, out, _ := runCLI("questions")
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "letter.date")
	code, out, _ = runCLI("questions", "--format", "json")
	require.Equal(t, exitOK, code)
	var sections []core.Section
	require.NoError(t, json.Unmarshal([]byte(out), &sections))
	assert.Equal(t, len(core.Questionnaire), len(sections))
	code, _, _ = runCLI("questions", "--format", "xml")
	assert.Equal(t, exitUsage, code)
}

// The wording dump lists every entry with its rule, outcome and sources, so
// a lawyer can review everything the checker says in one read.
func TestWording(t *testing.T) {
	code, out, stderr := runCLI("wording")
	require.Equal(t, exitOK, code, stderr)
	assert.True(t, strings.Contains(out, "\n## factor.consent_banner\n"), "rules are headings")
	assert.True(t, strings.Contains(out, "\n### none\n\n- finding: There was no consent banner.\n- why: "), "outcomes with their texts")
	assert.True(t, strings.Contains(out, "- sources: Javier v. Assurance IQ (9th Cir. 2022)"), "sources by title")
	assert.Equal(t, len(wording.All())+len(wording.Drafts()), strings.Count(out, "\n### "), "every entry once, the drafts' too")
	assert.Contains(t, out, "# What the drafts say")
	assert.Contains(t, out, "## draft.insurer")
	code, _, _ = runCLI("wording", "extra")
	assert.Equal(t, exitUsage, code)
}

func TestHelpAndUnknownCommand(t *testing.T) {
	code, out, _ := runCLI()
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "Usage:")
	code, _, stderr := runCLI("frobnicate", "x")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "unknown command")
}

// docs/example.md shows examples/answers.json and the Markdown
// it produces; this keeps them in step (go test ./cmd/cipa-triage -update
// rewrites it).
func TestReadmeExampleIsCurrent(t *testing.T) {
	path := filepath.Join("..", "..", "docs", "example.md")
	readme, err := os.ReadFile(path)
	require.NoError(t, err)
	answers, err := os.ReadFile(example)
	require.NoError(t, err)
	code, md, _ := runCLI("assess", example, "--full")
	require.Equal(t, exitOK, code)
	want := map[string]string{
		"example-answers": "```json\n" + string(answers) + "```\n",
		"example-output":  "````markdown\n" + md + "````\n",
	}
	text := string(readme)
	for _, name := range []string{"example-answers", "example-output"} {
		open, close := "<!-- "+name+":start -->\n", "<!-- "+name+":end -->"
		start := strings.Index(text, open)
		end := strings.Index(text, close)
		require.True(t, start >= 0 && end > start, "docs/example.md has the %s markers", name)
		got := text[start+len(open) : end]
		if golden.Update() {
			text = text[:start+len(open)] + want[name] + text[end:]
			continue
		}
		assert.Equal(t, want[name], got, "docs/example.md %s is stale: run go test ./cmd/cipa-triage -update", name)
	}
	if golden.Update() {
		require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	}
}
