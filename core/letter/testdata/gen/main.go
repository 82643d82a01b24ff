// Command gen builds the letter corpus's PDF, DOCX and EML files from the
// sources in testdata/src: *.html is printed to PDF by headless Chromium,
// *.docx.txt is written as a Word file, and two emails are assembled (one
// with the letter attached as a PDF, one with the letter in its body).
// Run from core/letter: go generate.
package main

import (
	"html"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/cipa-triage/cipa-triage/core/text/testdata/gen/fixture"
)

func main() {
	htmls, err := filepath.Glob("testdata/src/*.html")
	must(err)
	held, err := filepath.Glob("testdata/heldout/src/*.html")
	must(err)
	round3, err := filepath.Glob("testdata/round3/src/*.html")
	must(err)
	for _, in := range append(append(htmls, held...), round3...) {
		if strings.HasSuffix(in, ".src.html") {
			continue // an attachment source, not a case of its own
		}
		out := filepath.Join(filepath.Dir(filepath.Dir(in)), strings.TrimSuffix(filepath.Base(in), ".html")+".pdf")
		must(fixture.PrintPDF(in, out))
	}
	docs, err := filepath.Glob("testdata/src/*.docx.txt")
	must(err)
	heldDocs, err := filepath.Glob("testdata/heldout/src/*.docx.txt")
	must(err)
	for _, in := range append(docs, heldDocs...) {
		src, err := os.ReadFile(in)
		must(err)
		out := filepath.Join(filepath.Dir(filepath.Dir(in)), strings.TrimSuffix(filepath.Base(in), ".docx.txt")+".docx")
		must(os.WriteFile(out, fixture.DOCX(strings.Split(strings.TrimRight(string(src), "\n"), "\n")), 0o644))
	}
	// 06: the letter is a PDF attached to a short cover email. The PDF is
	// printed from the source to a temporary file so it is not a corpus case itself.
	tmp, err := os.MkdirTemp("", "cipa-letter-")
	must(err)
	defer os.RemoveAll(tmp)
	att := filepath.Join(tmp, "Notice_of_Dispute.pdf")
	must(fixture.PrintPDF("testdata/src/06-ironbridge-attached.src.html", att))
	pdf, err := os.ReadFile(att)
	must(err)
	must(os.WriteFile("testdata/06-ironbridge-attached.eml", fixture.EML(
		"Ironbridge Privacy Law PC <notices@ironbridge-privacy.test>", "info@cedarandsalt.com",
		"Notice of Dispute – Wendell Ashby", "Tue, 20 Oct 2026 16:02:11 -0700",
		"Please see the attached notice regarding your website.\n\nIronbridge Privacy Law PC\nThis email and its attachments are confidential.",
		"<p>Please see the attached notice regarding your website.</p><p>Ironbridge Privacy Law PC</p>",
		fixture.Attachment{Name: "Notice_of_Dispute.pdf", Type: "application/pdf", Data: pdf}), 0o644))
	// 10: the letter is the body, quoted-printable, with an HTML alternative.
	body, err := os.ReadFile("testdata/src/10-coastline-body.txt")
	must(err)
	var h strings.Builder
	for _, para := range strings.Split(string(body), "\n\n") {
		h.WriteString("<p>" + strings.ReplaceAll(html.EscapeString(para), "\n", "<br>") + "</p>\n")
	}
	must(os.WriteFile("testdata/10-coastline-body.eml", fixture.EML(
		"Nathaniel Brooks-Ortega <nbo@coastline-advocates.test>", "support@brightharborwellness.com",
		"Pre-Arbitration Notice of Claim – Gabriela Fontaine", "Tue, 30 Jun 2026 10:45:00 -0700",
		string(body), h.String()), 0o644))
	// r3 (held out): the letter is a Word file attached to an email.
	src, err := os.ReadFile("testdata/heldout/src/r3-pelican-docx-attached.docx.src.txt")
	must(err)
	must(os.WriteFile("testdata/heldout/r3-pelican-docx-attached.eml", fixture.EML(
		"Harriet Voss-Lindqvist <hvl@pelicanbayprivacy.test>", "service@tandemhomeins.com",
		"Notice of Dispute - Devin Marsh", "Mon, 6 Apr 2026 11:20:00 -0700",
		"Please find attached our client's notice of dispute.\n\nPelican Bay Privacy Group, APC", "",
		fixture.Attachment{Name: "Marsh Notice of Dispute.docx", Type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			Data: fixture.DOCX(strings.Split(strings.TrimRight(string(src), "\n"), "\n"))}), 0o644))
	log.Print("letter corpus written to testdata")
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
