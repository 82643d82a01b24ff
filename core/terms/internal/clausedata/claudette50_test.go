package clausedata

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func writeClaudette50(t *testing.T, rows ...string) string {
	t.Helper()
	d := t.TempDir()
	body := "doc\tline\tsha\tarbitration\tclass_waiver\tgoverning_law\tforum\tnote\ttext\n" + strings.Join(rows, "\n") + "\n"
	require.NoError(t, os.WriteFile(filepath.Join(d, "claudette50.tsv"), []byte(body), 0o644))
	return d
}

func TestLoadClaudette50(t *testing.T) {
	text := "These Terms are governed by the laws of Ireland."
	d := writeClaudette50(t, "Acme\t12\t"+TextSHA(text)+"\tn\tn\ty\tn\t\t"+text)
	got, err := LoadClaudette50(d)
	require.NoError(t, err)
	require.Len(t, got, 1)
	s := got[0]
	assert.Equal(t, Train, s.Split, "the set is for tuning only")
	assert.Equal(t, Claudette50, s.Source)
	assert.Equal(t, "Acme", s.Doc)
	assert.Equal(t, 2, s.Line, "the row in the file")
	assert.True(t, s.Truth["governing_law"])
	assert.True(t, s.Truth[LawOrForum])
	assert.False(t, s.Truth["arbitration"])
}

func TestLoadClaudette50Errors(t *testing.T) {
	text := "Disputes will be resolved by binding arbitration."
	for name, row := range map[string]string{
		"the text changed": "Acme\t1\t000000000000\ty\tn\tn\tn\t\t" + text,
		"a label not y/n":  "Acme\t1\t" + TextSHA(text) + "\tyes\tn\tn\tn\t\t" + text,
		"a column missing": "Acme\t1\t" + TextSHA(text) + "\ty\tn\tn\tn\t" + text,
	} {
		_, err := LoadClaudette50(writeClaudette50(t, row))
		assert.Error(t, err, name)
	}
	d := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(d, "claudette50.tsv"), []byte("line\tsha\n"), 0o644))
	_, err := LoadClaudette50(d)
	assert.ErrorContains(t, err, "header")
}
