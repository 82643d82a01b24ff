package terms

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkAnalyze measures reading a long terms document: the twelve
// plain-text fixtures joined (about 21 KB, the size of a short consumer ToS).
func BenchmarkAnalyze(b *testing.B) {
	entries, err := os.ReadDir(filepath.Join("testdata", "docs"))
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for _, e := range entries {
		if filepath.Ext(e.Name()) != ".txt" {
			continue
		}
		data, err := os.ReadFile(filepath.Join("testdata", "docs", e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Analyze(text)
	}
}
