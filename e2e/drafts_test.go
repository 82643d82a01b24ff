package e2e

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestResultsDrafts: the results page offers the three drafts, each as Word,
// Markdown and print; the files are written on the page's own device (the
// readers' worker) and hold the facts the answers gave, marked as drafts.
func TestResultsDrafts(t *testing.T) {
	parallel(t)
	v := openResults(t)
	assert.Equal(t, "Drafts to review with your lawyer", v.str(`document.getElementById("drafts-title").textContent`))
	var ids []string
	v.eval(`[...document.querySelectorAll("#drafts button")].map(b => b.id)`, &ids)
	for _, k := range []string{"insurer", "hold", "counsel"} {
		for _, f := range []string{"docx", "md", "print"} {
			assert.Contains(t, ids, "ct-draft-"+k+"-"+f)
		}
	}

	download := func(id string) (string, []byte) { return downloadFile(t, v, id) }
	facts := []string{"October 1, 2026", "December 15, 2026", "638.51", "Meta (Facebook) Pixel"}

	name, md := download("ct-draft-insurer-md")
	assert.Equal(t, "draft-notice-to-insurer.md", name)
	assert.Contains(t, string(md), "# Notice of claim to the insurer")
	assert.Contains(t, string(md), "DRAFT — review with your lawyer before sending; this checker sends nothing")
	assert.Contains(t, string(md), "**\\[Policy number\\]**")
	for _, f := range facts {
		assert.Contains(t, string(md), f)
	}

	name, docx := download("ct-draft-hold-docx")
	assert.Equal(t, "draft-preservation-note.docx", name)
	z, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	require.NoError(t, err, "the Word download is a zip package")
	var doc string
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			r, err := f.Open()
			require.NoError(t, err)
			b, err := io.ReadAll(r)
			require.NoError(t, err)
			doc = string(b)
		}
	}
	require.NotEmpty(t, doc, "word/document.xml")
	assert.Contains(t, doc, "Preservation notice (litigation hold)")
	assert.Contains(t, doc, "DRAFT — review with your lawyer")
	assert.Contains(t, doc, "Meta (Facebook) Pixel")
	assert.Contains(t, v.str(`document.getElementById("ct-draft-status").textContent`), "draft-preservation-note.docx")

	// Print: the page shows the draft alone to the printer.
	v.eval(`window.__printed = 0; window.print = () => { window.__printed++; }; document.getElementById("ct-draft-counsel-print").click()`, nil)
	v.wait(`window.__printed === 1 && !!document.querySelector("#ct-draft-print article[data-draft=counsel]")`, "the outline for counsel ready to print")
	b, err := chromedp.Run(v.ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperLetter)))
	require.NoError(t, err)
	text := pdfText(t, b)
	assert.Contains(t, squash(text), squash("Outline for counsel"))
	assert.Contains(t, squash(text), squash("DRAFT — review with your lawyer"))
	assert.NotContains(t, squash(text), squash("Drafts to review with your lawyer"), "the results page is not printed with the draft")
	// The report's own Print button prints the report again.
	v.eval(`document.getElementById("ct-print").click()`, nil)
	v.wait(`window.__printed === 2 && !document.getElementById("ct-draft-print")`, "the report's print")
	assert.False(t, strings.Contains(v.str(`document.querySelector(".ct-results").className`), "ct-printing-draft"))
}

// downloadFile clicks a button and gives the file the page hands the
// browser: its name and its bytes.
func downloadFile(t *testing.T, v *view, id string) (string, []byte) {
	t.Helper()
	var got struct{ Name, Data string }
	v.eval(fmt.Sprintf(`new Promise(done => {
		const make = URL.createObjectURL, click = HTMLAnchorElement.prototype.click;
		let blob;
		URL.createObjectURL = b => { blob = b; return make(b); };
		HTMLAnchorElement.prototype.click = function () {
			URL.createObjectURL = make; HTMLAnchorElement.prototype.click = click;
			const name = this.download;
			const r = new FileReader();
			r.onload = () => done({Name: name, Data: r.result.split(",")[1] || ""});
			r.readAsDataURL(blob);
		};
		document.getElementById(%q).click();
	})`, id), &got)
	data, err := base64.StdEncoding.DecodeString(got.Data)
	require.NoError(t, err)
	return got.Name, data
}

// TestSingleFileDrafts: the single file, opened from disk, writes a draft
// too (its worker is started from the page itself).
func TestSingleFileDrafts(t *testing.T) {
	parallel(t)
	v := newView(t, resultsTab(t), false)
	v.navigate(singleFileURL())
	completeScenario(t, v, scenarios()[0])
	name, md := downloadFile(t, v, "ct-draft-counsel-md")
	assert.Equal(t, "draft-outline-for-counsel.md", name)
	assert.Contains(t, string(md), "# Outline for counsel")
	assert.Contains(t, string(md), "| What date is on the letter? | October 1, 2026 |")
}
