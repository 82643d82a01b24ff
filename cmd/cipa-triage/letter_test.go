package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The letter reader through the CLI, as a lawyer runs it.

func TestLetterCommand(t *testing.T) {
	file := filepath.Join("..", "..", "core", "letter", "testdata", "06-ironbridge-attached.eml")
	var out, errOut bytes.Buffer
	require.Equal(t, exitOK, run([]string{"letter", file, "--json"}, &out, &errOut), errOut.String())
	var got struct {
		Answers struct {
			Letter map[string]any `json:"letter"`
		} `json:"answers"`
		Evidence map[string][]struct {
			Quote string `json:"quote"`
			Where string `json:"where"`
		} `json:"evidence"`
		Warnings []any `json:"warnings"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &got))
	assert.Equal(t, "2026-10-20", got.Answers.Letter["date"])
	assert.Equal(t, "aaa", got.Answers.Letter["forum"])
	assert.Equal(t, []any{"631", "637.2"}, got.Answers.Letter["statutes"])
	require.NotEmpty(t, got.Evidence["letter.statutes"])
	assert.Equal(t, "attachment Notice_of_Dispute.pdf, page 1", got.Evidence["letter.statutes"][0].Where)
	assert.NotNil(t, got.Warnings)

	// Without --json: each field with the words it came from.
	out.Reset()
	require.Equal(t, exitOK, run([]string{"letter", file}, &out, &errOut))
	assert.Contains(t, out.String(), `letter.forum = "aaa"`)
	assert.Contains(t, out.String(), "from (attachment Notice_of_Dispute.pdf, page 1)")
}

func TestLetterCommandUnreadable(t *testing.T) {
	big := filepath.Join(t.TempDir(), "huge.pdf")
	f, err := os.Create(big)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(100<<20))
	require.NoError(t, f.Close())
	tests := []struct{ file, want string }{
		{filepath.Join("..", "..", "core", "text", "testdata", "scan.pdf"), "this PDF has no text layer: it looks like a scan; paste or type the letter instead"},
		{filepath.Join("..", "..", "core", "text", "testdata", "encrypted-aes256.pdf"), "password-protected or encrypted"},
		{big, "larger than 25 MB"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			var out, errOut bytes.Buffer
			start := time.Now()
			assert.Equal(t, exitUsage, run([]string{"letter", tt.file, "--json"}, &out, &errOut))
			assert.Contains(t, errOut.String(), tt.want)
			assert.Empty(t, out.String())
			t.Logf("refused in %v", time.Since(start))
		})
	}
}
