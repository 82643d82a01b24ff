// Command gen writes the PDF and DOCX fixtures of core/text from the HTML
// and text sources beside them. PDFs are printed by Debian's headless
// Chromium with the team's isolation flags; DOCX files are written by Go.
// Run from core/text: go generate (or go run ./testdata/gen).
package main

import (
	"bytes"
	"encoding/base64"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/cipa-triage/cipa-triage/core/text/testdata/gen/fixture"
)

func main() {
	dir := flag.String("dir", "testdata", "fixture folder")
	flag.Parse()
	must(fixture.PrintPDF(filepath.Join(*dir, "sample.html"), filepath.Join(*dir, "sample.pdf")))
	scan := filepath.Join(os.TempDir(), "cipa-scan.html")
	must(os.WriteFile(scan, []byte(scanHTML()), 0o644))
	must(fixture.PrintPDF(scan, filepath.Join(*dir, "scan.pdf")))
	src, err := os.ReadFile(filepath.Join(*dir, "sample.txt"))
	must(err)
	must(os.WriteFile(filepath.Join(*dir, "sample.docx"), fixture.DOCX(strings.Split(string(src), "\n")), 0o644))
	pdfData, err := os.ReadFile(filepath.Join(*dir, "sample.pdf"))
	must(err)
	eml := fixture.EML("Dana Whitfield <dwhitfield@example.com>", "Owner <owner@example.org>",
		"Notice of dispute – sample", "Mon, 2 Nov 2026 09:15:00 -0800",
		"Hello,\n\nPlease find our notice attached. It is a “fixture” with a long line that quoted-printable must wrap with soft line breaks somewhere past seventy-six characters.\n\nRegards,\nDana",
		"<p>HTML ALTERNATIVE</p>",
		fixture.Attachment{Name: "notice.pdf", Type: "application/pdf", Data: pdfData})
	must(os.WriteFile(filepath.Join(*dir, "letter.eml"), eml, 0o644))
	// Encrypted copies: qpdf (Debian package) if present.
	if _, err := exec.LookPath("qpdf"); err == nil {
		in := filepath.Join(*dir, "sample.pdf")
		run("qpdf", "--encrypt", "user-secret", "owner-secret", "256", "--", in, filepath.Join(*dir, "encrypted-aes256.pdf"))
		run("qpdf", "--allow-weak-crypto", "--encrypt", "user-secret", "owner-secret", "128", "--use-aes=n", "--", in, filepath.Join(*dir, "encrypted-rc4.pdf"))
		run("qpdf", "--allow-weak-crypto", "--encrypt", "", "owner-secret", "128", "--use-aes=n", "--", in, filepath.Join(*dir, "owner-only.pdf"))
		run("qpdf", "--encrypt", "", "owner-secret", "256", "--", in, filepath.Join(*dir, "owner-only-aes256.pdf"))
	} else {
		log.Print("qpdf not installed: encrypted fixtures not regenerated")
	}
	fmt.Println("fixtures written to", *dir)
}

// scanHTML is a page holding only a picture of text, as a scanner makes.
func scanHTML() string {
	img := image.NewGray(image.Rect(0, 0, 600, 800))
	for i := range img.Pix {
		img.Pix[i] = 250
	}
	for line := 0; line < 30; line++ {
		y := 60 + line*22
		for x := 60; x < 540-(line%4)*40; x++ {
			if (x/7)%6 != 5 {
				for dy := 0; dy < 9; dy++ {
					img.SetGray(x, y+dy, color.Gray{Y: 30})
				}
			}
		}
	}
	var b bytes.Buffer
	must(png.Encode(&b, img))
	return `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0">` +
		`<img style="width:100%" src="data:image/png;base64,` + base64.StdEncoding.EncodeToString(b.Bytes()) + `"></body></html>`
}

func run(name string, args ...string) {
	cmd := exec.Command(name, args...)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		// qpdf exits 3 for warnings; the file is still written.
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 3 {
			log.Fatalf("%s: %v", name, err)
		}
	}
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
