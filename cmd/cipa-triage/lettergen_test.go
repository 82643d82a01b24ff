package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cipa-triage/cipa-triage/core"
)

// genLetter writes a plausible pre-arbitration letter from firm for one
// claimant, dated date (Month D, YYYY), visit on visit, 30-day window.
func genLetter(firm, claimant, business, site, date, visit string, n int) string {
	return fmt.Sprintf(`%s
1200 Wilshire Boulevard, Suite %d
Los Angeles, California 90017

%s

VIA EMAIL

%s
Attn: Legal Department

Re: Pre-Arbitration Notice of Dispute and Demand - Violations of the California Invasion of Privacy Act, Cal. Penal Code § 631(a) and § 637.2
Claimant: %s

To Whom It May Concern:

This firm represents %s ("Claimant") in connection with privacy violations occurring on your website located at www.%s (the "Website").

On or about %s, Claimant visited the Website from California. During the visit the Website caused Claimant's browser to transmit the contents of her communications to Meta Platforms, Inc. through the Meta Pixel embedded in the Website's code, in violation of Cal. Penal Code § 631(a).

Section 637.2 of the Penal Code entitles any person injured by a violation of the Act to $5,000 per violation. Claimant therefore demands a total of $5,000.00 to resolve her claims on an individual basis.

If we do not receive a response within thirty (30) days of the date of this letter, Claimant will file a demand for arbitration with the American Arbitration Association under its Consumer Arbitration Rules.

Very truly yours,

/s/ Jordan Vale
Jordan Vale, Esq.
%s
Attorneys for Claimant
`, firm, 100+n, date, business, claimant, claimant, site, visit, firm)
}

// minimalPDF lays text out in Courier (every glyph 600 units wide, so text
// extraction can place each one) on as many pages as it needs: enough PDF
// for the letter reader, written here so the benchmark's 1,000 letters need
// no tool outside Go.
func minimalPDF(text string) []byte {
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		for len(para) > 90 {
			cut := strings.LastIndex(para[:90], " ")
			if cut <= 0 {
				cut = 90
			}
			lines = append(lines, para[:cut])
			para = strings.TrimLeft(para[cut:], " ")
		}
		lines = append(lines, para)
	}
	const perPage = 60
	var pages [][]string
	for len(lines) > 0 {
		n := min(perPage, len(lines))
		pages = append(pages, lines[:n])
		lines = lines[n:]
	}
	var b bytes.Buffer
	var offsets []int
	obj := func(body string) {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offsets), body)
	}
	b.WriteString("%PDF-1.4\n")
	// 1 catalog, 2 pages, 3 font, then a page and its content per page.
	kids := make([]string, len(pages))
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", 4+2*i)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages)))
	widths := strings.TrimSpace(strings.Repeat("600 ", 95))
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /FirstChar 32 /LastChar 126 /Widths [" + widths + "] /Encoding /WinAnsiEncoding >>")
	for i, p := range pages {
		var c bytes.Buffer
		c.WriteString("BT /F1 9 Tf 11 TL 50 760 Td\n")
		for _, l := range p {
			l = strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`, "§", `\247`).Replace(l)
			fmt.Fprintf(&c, "(%s) Tj T*\n", l)
		}
		c.WriteString("ET")
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", 5+2*i))
		obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", c.Len(), c.String()))
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return b.Bytes()
}

// genFolder writes n letters (every other one a PDF) into dir, the first
// alpha of them from one firm and the rest from another, and returns the
// files' names.
func genFolder(t testing.TB, dir string, n, alpha int) []string {
	t.Helper()
	var names []string
	months := []string{"October", "November"}
	for i := 0; i < n; i++ {
		firm := "Alder Privacy Law LLP"
		if i >= alpha {
			firm = "Birch & Stone Counsel, APC"
		}
		day := 1 + i%28
		date := fmt.Sprintf("%s %d, 2026", months[i%2], day)
		visit := fmt.Sprintf("August %d, 2026", day)
		text := genLetter(firm, fmt.Sprintf("Claimant Number%d Doe", i), fmt.Sprintf("Shop %d, Inc.", i), fmt.Sprintf("shop%d.example", i), date, visit, i)
		name := fmt.Sprintf("letter-%04d.txt", i)
		data := []byte(text)
		if i%2 == 1 {
			name = fmt.Sprintf("letter-%04d.pdf", i)
			data = minimalPDF(text)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	return names
}

var emptyAnswers core.Answers

func itoa(n int) string { return fmt.Sprint(n) }
