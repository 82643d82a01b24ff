package text_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cipa-triage/cipa-triage/core/text"
)

// Each parser must return text or an error for any input, never panic or
// hang. The seed corpus (the fixtures) runs in plain `go test`; explore with
// go test ./core/text -fuzz FuzzPDF -fuzztime 1m.

func seed(f *testing.F, pattern string) {
	names, _ := filepath.Glob(filepath.Join("testdata", pattern))
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err == nil && len(data) < 1<<20 {
			f.Add(data)
		}
	}
}

func checkDocument(t *testing.T, doc text.Document, err error) {
	if err != nil {
		if err.Error() == "" {
			t.Fatal("empty error message")
		}
		return
	}
	if !utf8.ValidString(doc.Text) {
		t.Fatalf("text is not UTF-8: %q", doc.Text)
	}
	end := 0
	for _, s := range doc.Sections {
		if s.Start < end || s.End < s.Start || s.End > len(doc.Text) {
			t.Fatalf("bad section %+v after %d in %d bytes", s, end, len(doc.Text))
		}
		end = s.End
	}
}

func FuzzPDF(f *testing.F) {
	seed(f, "*.pdf")
	f.Add([]byte("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<</Root 1 0 R>>\nstartxref\n9\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := text.FromPDF(data)
		checkDocument(t, doc, err)
	})
}

func FuzzDOCX(f *testing.F) {
	seed(f, "*.docx")
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := text.FromDOCX(data)
		checkDocument(t, doc, err)
	})
}

func FuzzEML(f *testing.F) {
	seed(f, "*.eml")
	f.Add([]byte("From: a@b\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!\r\n--x--"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := text.FromEML(data)
		checkDocument(t, doc, err)
	})
}

func FuzzHTML(f *testing.F) {
	seed(f, "*.html")
	for _, s := range []string{"<p>a<b>b</p>", "<script>", "<!--", "<a href='>'>x</a>", "<", "</p><<>>", "<![CDATA[x", "<nav><p>x</nav>y"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := text.FromHTML(data)
		checkDocument(t, doc, err)
		if err == nil && strings.Contains(doc.Text, "<script") {
			t.Fatalf("script kept: %q", doc.Text)
		}
	})
}
