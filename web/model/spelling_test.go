package model

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// british finds British spellings; the checker writes American English
// throughout (favor, color, defense, license as a noun).
var british = regexp.MustCompile(`(?i)\b(favour\w*|colour\w*|behaviour\w*|honour\w*|labour\w*|defence\w*|licence\w*|centre\w*|judgement\w*|programme\w*|catalogue\w*|organis\w*|recognis\w*|summaris\w*|realis(?:e|ed|es|ing)|minimis\w*|prioritis\w*|authoris\w*|customis\w*|analys(?:e|ed|es|ing)|travell\w*|cancell(?:ed|ing))\b`)

// TestAmericanSpelling reads what the pages, the questions and the wording
// data say to people.
func TestAmericanSpelling(t *testing.T) {
	var files []string
	for _, glob := range []string{"../*.go", "*.go", "../style.css", "../../core/questionnaire.go", "../../core/wording/*.json", "../../index.html"} {
		m, err := filepath.Glob(glob)
		require.NoError(t, err)
		files = append(files, m...)
	}
	require.Greater(t, len(files), 10)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue // tests use "colour" on purpose, as a field that does not exist
		}
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		assert.Empty(t, british.FindAllString(string(b), -1), "British spellings in %s", f)
	}
}
