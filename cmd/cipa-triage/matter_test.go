package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core"
)

const (
	letterFile = "../../core/letter/testdata/01-harborline-meta-aaa.txt"
	termsFile  = "../../core/terms/testdata/docs/t01_aaa_consumer_full.txt"
)

// A letter and terms read together, with an answers file that disagrees
// with the letter on the firm: the answers file wins, the conflict is listed,
// and every answer says where it came from.
func TestMatterCombinesDocumentsAndAnswers(t *testing.T) {
	answers := filepath.Join(t.TempDir(), "answers.json")
	require.NoError(t, os.WriteFile(answers, []byte(`{"as_of": "2026-10-20", "letter": {"firm": "Harborline Legal Group"}, "business": {"model": "b2c"}}`), 0o644))

	code, out, stderr := runCLI("matter", "--letter", letterFile, "--terms", termsFile, "--answers", answers, "--format", "json")
	require.Equal(t, exitOK, code, stderr)
	var got struct {
		Assessment core.Assessment `json:"assessment"`
		Answers    core.Answers    `json:"answers"`
		Sources    map[string]struct {
			From  string `json:"from"`
			Quote string `json:"quote"`
		} `json:"sources"`
		Conflicts []struct {
			Field     string `json:"field"`
			Kept      any    `json:"kept"`
			KeptFrom  string `json:"kept_from"`
			OtherFrom string `json:"other_from"`
		} `json:"conflicts"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, "Harborline Legal Group", got.Answers.Letter.Firm, "the answers file wins")
	require.Len(t, got.Conflicts, 1)
	assert.Equal(t, "letter.firm", got.Conflicts[0].Field)
	assert.Equal(t, "answers file", got.Conflicts[0].KeptFrom)
	assert.Equal(t, "01-harborline-meta-aaa.txt", got.Conflicts[0].OtherFrom)

	assert.Equal(t, "01-harborline-meta-aaa.txt", got.Sources["letter.date"].From)
	assert.Contains(t, got.Sources["letter.date"].Quote, "October 14, 2026")
	assert.Equal(t, "t01_aaa_consumer_full.txt", got.Sources["terms.arbitration_clause"].From)
	assert.Equal(t, "answers file", got.Sources["business.model"].From)

	assert.Equal(t, "2026-10-20", got.Assessment.AsOf.String(), "the answers file's as_of")
	assert.Equal(t, "2026-11-13", got.Assessment.Deadline.String())
	assert.Equal(t, "yes", string(got.Answers.Terms.ArbitrationClause))
}

func TestMatterMarkdownAndHTML(t *testing.T) {
	code, out, stderr := runCLI("matter", "--letter", letterFile, "--as-of", "2026-10-20")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, out, "## Where the answers came from")
	assert.Contains(t, out, "| `letter.date` | \"2026-10-14\" | 01-harborline-meta-aaa.txt: “")
	assert.True(t, strings.Index(out, "## Where the answers came from") < strings.Index(out, "## Notice"), "the notice stays last")

	code, out, stderr = runCLI("matter", "--letter", letterFile, "--as-of", "2026-10-20", "--format", "html")
	require.Equal(t, exitOK, code, stderr)
	assert.True(t, strings.HasPrefix(out, "<!DOCTYPE html>"))
	assert.Contains(t, out, `content="default-src 'none'; style-src 'unsafe-inline'"`)
	assert.Contains(t, out, "<table>")
	assert.Contains(t, out, "<h2>Where the answers came from</h2>")
	assert.NotContains(t, out, "<script")
	assert.Contains(t, out, "@media print")
}

// The calendar of one matter, from matter and from assess.
func TestMatterCalendar(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.ics")
	code, _, stderr := runCLI("matter", "--letter", letterFile, "--as-of", "2026-10-20", "--ics", path)
	require.Equal(t, exitOK, code, stderr)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	unfolded := strings.ReplaceAll(string(data), "\r\n ", "")
	assert.Contains(t, unfolded, "DTSTART;VALUE=DATE:20261113")
	assert.Contains(t, unfolded, "X-WR-CALNAME:CIPA letter dates: Marisol Quintero v. Trailhead Outfitters\\, Inc.")

	path = filepath.Join(t.TempDir(), "a.ics")
	code, _, stderr = runCLI("assess", example, "--ics", path)
	require.Equal(t, exitOK, code, stderr)
	data, err = os.ReadFile(path)
	require.NoError(t, err)
	assert.Contains(t, string(data), "BEGIN:VEVENT")
}

func TestMatterUsage(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.pdf")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	for name, args := range map[string][]string{
		"nothing":        {"matter"},
		"positional":     {"matter", letterFile},
		"bad format":     {"matter", "--letter", letterFile, "--format", "docx"},
		"missing file":   {"matter", "--letter", "testdata/none.pdf"},
		"unreadable":     {"matter", "--letter", empty},
		"bad answers":    {"matter", "--answers", "testdata/bad.json"},
		"unknown option": {"matter", "--letter", letterFile, "--frobnicate"},
	} {
		t.Run(name, func(t *testing.T) {
			code, out, stderr := runCLI(args...)
			assert.Equal(t, exitUsage, code)
			assert.Empty(t, out)
			assert.NotEmpty(t, stderr)
		})
	}
}
