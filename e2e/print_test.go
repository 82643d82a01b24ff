package e2e

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/ledongthuc/pdf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPrintToPDF: the browser's print-to-PDF of the results is a real report
// that carries the deadline.
func TestPrintToPDF(t *testing.T) {
	parallel(t)
	for _, s := range surfaces()[:2] {
		t.Run(s.name, func(t *testing.T) {
			v := s.open(t)
			r := completeScenario(t, v, scenarios()[0])
			b, err := chromedp.Run(v.ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperLetter)))
			require.NoError(t, err)
			require.True(t, bytes.HasPrefix(b, []byte("%PDF-")), "not a PDF")
			assert.Greater(t, len(b), 10_000, "a report with every section is more than a blank page")
			text := pdfText(t, b)
			heading := v.str(`document.querySelector("#deadline h2").innerText`)
			assert.Contains(t, squash(text), squash(heading), "the PDF shows the deadline as the page does (%s)", r.Deadline)
			assert.Contains(t, squash(text), squash("December 15, 2026"))
			assert.Contains(t, strings.ToLower(squash(text)), "notlegaladvice")
			assert.Contains(t, squash(text), squash("Law reviewed on December 2, 2026"), "the printout says how old its law is")
			assert.NotContains(t, squash(text), squash("Forget everything"), "the print stylesheet hides the page's tools")
		})
	}
}

func pdfText(t *testing.T, b []byte) string {
	t.Helper()
	r, err := pdf.NewReader(bytes.NewReader(b), int64(len(b)))
	require.NoError(t, err)
	rd, err := r.GetPlainText()
	require.NoError(t, err)
	var buf bytes.Buffer
	_, err = buf.ReadFrom(rd)
	require.NoError(t, err)
	return buf.String()
}

var space = regexp.MustCompile(`\s+`)

// squash drops white space, which PDF text extraction places freely.
func squash(s string) string { return space.ReplaceAllString(s, "") }
