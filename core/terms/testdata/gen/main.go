// Command gen writes the PDF and DOCX copies of the terms and policy
// fixtures, so the readers are tested on every format core/text reads. PDFs
// are printed from the saved pages by Debian's headless Chromium (through
// core/text's fixture helper, with the team's isolation flags); DOCX files
// are written from the plain-text fixtures by Go.
// Run from the repository root: go run ./core/terms/testdata/gen
package main

import (
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/cipa-triage/cipa-triage/core/text/testdata/gen/fixture"
)

func main() {
	terms := filepath.Join("core", "terms", "testdata", "docs")
	policy := filepath.Join("core", "policy", "testdata", "docs")
	must(fixture.PrintPDF(filepath.Join(terms, "t13_wayfarer_saved_page.html"), filepath.Join(terms, "t14_wayfarer_printed.pdf")))
	docx(filepath.Join(terms, "t03_jams_mass_bellwether.txt"), filepath.Join(terms, "t15_lumen_word.docx"))
	must(fixture.PrintPDF(filepath.Join(policy, "p12_wayfarer_saved_page.html"), filepath.Join(policy, "p13_wayfarer_printed.pdf")))
	docx(filepath.Join(policy, "p04_hotjar_session_recording.txt"), filepath.Join(policy, "p14_lumen_word.docx"))
}

func docx(in, out string) {
	src, err := os.ReadFile(in)
	must(err)
	must(os.WriteFile(out, fixture.DOCX(strings.Split(strings.TrimRight(string(src), "\n"), "\n")), 0o644))
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
