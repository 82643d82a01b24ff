package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDraftMarkdownAndHTML(t *testing.T) {
	code, out, stderr := runCLI("draft", "insurer", "--answers", example, "--as-of", "2026-11-26")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, out, "# Notice of claim to the insurer")
	assert.Contains(t, out, "DRAFT — review with your lawyer before sending; this checker sends nothing")
	assert.Contains(t, out, "**\\[Policy number\\]**")
	assert.Contains(t, out, "The letter asks for a response by December 10, 2026.")

	code, out, stderr = runCLI("draft", "hold", "--format", "html", "--answers", example)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, out, "<!DOCTYPE html>")
	assert.Contains(t, out, "<h1>Preservation notice (litigation hold)</h1>")
}

func TestDraftDOCXToFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "outline.docx")
	code, out, stderr := runCLI("draft", "counsel", "--answers", example, "--format", "docx", "-o", path)
	require.Equal(t, exitOK, code, stderr)
	assert.Empty(t, out, "the file, not standard output, gets the draft")
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	var names []string
	for _, f := range z.File {
		names = append(names, f.Name)
	}
	assert.Contains(t, names, "word/document.xml")
}

// Bad input gets a message naming the problem and a non-zero exit, never a
// crash or an empty file.
func TestDraftBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"letter": {"date": "yesterday"}}`), 0o644))
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no draft named", []string{"draft", "--answers", example}, exitUsage, "name one draft: insurer, hold, counsel"},
		{"unknown draft", []string{"draft", "letter", "--answers", example}, exitUsage, `no draft named "letter" (drafts: insurer, hold, counsel)`},
		{"no answers", []string{"draft", "hold"}, exitUsage, "give the answers file with --answers"},
		{"missing answers file", []string{"draft", "hold", "--answers", filepath.Join(dir, "nope.json")}, exitUsage, "the answers file could not be read"},
		{"invalid answers", []string{"draft", "hold", "--answers", bad}, exitUsage, "letter.date"},
		{"bad format", []string{"draft", "hold", "--answers", example, "--format", "pdf"}, exitUsage, `--format must be md, html or docx, not "pdf"`},
		{"bad day", []string{"draft", "hold", "--answers", example, "--as-of", "soon"}, exitUsage, "--as-of"},
		{"unwritable output", []string{"draft", "hold", "--answers", example, "-o", filepath.Join(dir, "no", "such", "dir", "x.md")}, exitIO, "cannot write"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, stderr := runCLI(c.args...)
			assert.Equal(t, c.code, code)
			assert.Contains(t, stderr, c.want)
			assert.Empty(t, out)
		})
	}
	code, out, _ := runCLI("draft", "-h")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "Usage: cipa-triage draft insurer|hold|counsel")
}
