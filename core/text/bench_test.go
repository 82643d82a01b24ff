package text_test

import (
	"testing"

	"github.com/cipa-triage/cipa-triage/core/text"
)

// Extraction speed per page. Natively: go test -bench . ./core/text.
// Under WASM: GOOS=js GOARCH=wasm go test -exec="$(go env GOROOT)/lib/wasm/go_js_wasm_exec" -bench . ./core/text

func benchmark(b *testing.B, file string, read func([]byte) (text.Document, error)) {
	data := readFixture(b, file)
	doc, err := read(data)
	if err != nil {
		b.Fatal(err)
	}
	pages := len(doc.Sections)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := read(data); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N)/float64(max(pages, 1)), "ms/page")
}

func BenchmarkPDF(b *testing.B)  { benchmark(b, "sample.pdf", text.FromPDF) }
func BenchmarkDOCX(b *testing.B) { benchmark(b, "sample.docx", text.FromDOCX) }
func BenchmarkHTML(b *testing.B) { benchmark(b, "sample.html", text.FromHTML) }
func BenchmarkEML(b *testing.B)  { benchmark(b, "letter.eml", text.FromEML) }
