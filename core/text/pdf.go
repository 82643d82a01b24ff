package text

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// MaxPDFPages caps how many pages are read: a letter has a handful, a terms
// page printed to PDF a few dozen; hundreds would only stall the page.
const MaxPDFPages = 300

// FromPDF reads the text layer of a PDF, page by page.
//
// It places glyphs by position (github.com/ledongthuc/pdf's Page.Content)
// rather than taking its plain-text stream, because that stream breaks a
// word wherever the font changes ("bold" + "face" in two runs). Lines are
// rebuilt from the glyphs' baselines, content-stream order is kept (it is
// reading order for Chrome, Word and LibreOffice output, and keeps columns
// apart), running headers and footers repeated across pages are kept once,
// page numbers are dropped and words hyphenated across lines are rejoined.
func FromPDF(data []byte) (doc Document, err error) {
	defer func() {
		if x := recover(); x != nil {
			doc, err = Document{}, fmt.Errorf("%w: the PDF's structure could not be read (%v)", ErrCorrupt, x)
		}
	}()
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		return Document{}, fmt.Errorf("%w: it does not start like a PDF", ErrCorrupt)
	}
	data, err = pdfForReader(data)
	if err != nil {
		return Document{}, err
	}
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return Document{}, pdfOpenError(data, err)
	}
	all, more := pageTree(r.Trailer().Key("Root").Key("Pages"))
	n := len(all)
	if n == 0 {
		return Document{}, fmt.Errorf("%w: the PDF has no pages", ErrCorrupt)
	}
	var warnings []string
	if more {
		warnings = append(warnings, fmt.Sprintf("the PDF has more than %d pages; only the first %d were read", MaxPDFPages, MaxPDFPages))
	}
	pages := make([][]string, n)
	images := false
	chars := 0
	var firstErr error
	failed := 0
	for i := 1; i <= n; i++ {
		lines, hasImages, perr := pdfPage(all[i-1])
		if perr != nil {
			warnings = append(warnings, fmt.Sprintf("page %d could not be read: %v", i, perr))
			failed++
			if firstErr == nil {
				firstErr = fmt.Errorf("page %d: %v", i, perr)
			}
		}
		images = images || hasImages
		for _, l := range lines {
			chars += utf8.RuneCountInString(strings.TrimSpace(l))
		}
		pages[i-1] = lines
	}
	if chars == 0 && failed == n {
		return Document{}, fmt.Errorf("%w: no page could be read (%v)", ErrCorrupt, firstErr)
	}
	if chars < 20 {
		if images || chars == 0 {
			return Document{}, ErrNoTextLayer
		}
	}
	dropped := dropRunningLines(pages)
	if len(dropped) > 0 {
		warnings = append(warnings, "running headers or footers repeated on every page were kept once: "+strings.Join(dropped, "; "))
	}
	var bl builder
	for i, lines := range pages {
		bl.add(fmt.Sprintf("page %d", i+1), normalize(strings.Join(dehyphenate(lines), "\n")))
	}
	bl.warnings = warnings
	d := bl.doc("pdf")
	if strings.TrimSpace(d.Text) == "" {
		return Document{}, ErrNoTextLayer
	}
	return d, nil
}

// pdfForReader adapts what the reader is strict about and PDF readers in
// general are not: a PDF 2.0 header, and bytes after the last %%EOF.
func pdfForReader(data []byte) ([]byte, error) {
	eof := bytes.LastIndex(data, []byte("%%EOF"))
	if eof < 0 || bytes.LastIndex(data, []byte("startxref")) < 0 {
		return nil, fmt.Errorf("%w: the PDF has no end-of-file marker", ErrTruncated)
	}
	header := data[:min(len(data), 9)]
	okHeader := len(header) == 9 && bytes.HasPrefix(header, []byte("%PDF-1.")) && header[7] >= '0' && header[7] <= '7' && (header[8] == '\r' || header[8] == '\n')
	if okHeader && len(data)-eof < 100 {
		return data, nil
	}
	fixed := make([]byte, eof+5, eof+6)
	copy(fixed, data[:eof+5])
	fixed = append(fixed, '\n')
	if !okHeader && len(fixed) > 9 {
		copy(fixed, "%PDF-1.7\n")
	}
	return fixed, nil
}

func pdfOpenError(data []byte, err error) error {
	msg := err.Error()
	if errors.Is(err, pdf.ErrInvalidPassword) || strings.Contains(msg, "encrypt") ||
		(bytes.Contains(data, []byte("/Encrypt")) && strings.Contains(msg, "unsupported")) {
		return ErrEncrypted
	}
	if strings.Contains(msg, "EOF") || strings.Contains(msg, "startxref") || strings.Contains(msg, "xref") {
		return fmt.Errorf("%w: %v", ErrTruncated, err)
	}
	return fmt.Errorf("%w: %v", ErrCorrupt, err)
}

// pageTree lists the pages in order, at most MaxPDFPages, and says whether
// there were more. It walks the tree itself, with a depth limit, because
// the library's Page(n) loops forever on a page tree that contains itself.
func pageTree(root pdf.Value) (pages []pdf.Page, more bool) {
	visits := 0
	var walk func(node pdf.Value, depth int)
	walk = func(node pdf.Value, depth int) {
		visits++
		if depth > 32 || visits > 4*MaxPDFPages || more {
			return
		}
		switch node.Key("Type").Name() {
		case "Pages":
			kids := node.Key("Kids")
			for i := 0; i < kids.Len(); i++ {
				walk(kids.Index(i), depth+1)
			}
		case "Page":
			if len(pages) == MaxPDFPages {
				more = true
				return
			}
			pages = append(pages, pdf.Page{V: node})
		}
	}
	walk(root, 0)
	return pages, more
}

// pdfPage returns the lines of a page and whether it draws images.
func pdfPage(p pdf.Page) (lines []string, images bool, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("%v", x)
		}
	}()
	if p.V.IsNull() {
		return nil, false, nil
	}
	// The library looks up inherited resources by following /Parent with
	// no limit; a page that is its own ancestor would never return.
	v := p.V
	for depth := 0; !v.IsNull(); depth++ {
		if depth > 64 {
			return nil, false, fmt.Errorf("its /Parent chain loops")
		}
		v = v.Key("Parent")
	}
	images = len(p.Resources().Key("XObject").Keys()) > 0
	content := p.Content()
	return glyphLines(content.Text), images, nil
}

// glyphLines joins glyphs into lines: a new line where the baseline moves by
// more than ~40% of the font size, a space where the gap between glyphs is
// wider than a space would be and the PDF did not draw one.
//
// The reader gives no widths for CID fonts (what Chrome writes), so every
// glyph of a run reports the run's starting X. Then the gap is estimated per
// run from the widths of its characters in Helvetica: a next run that
// starts clearly further right than the run could reach is a new word (a
// table cell, a tab stop); one that starts where the run ends is the same
// word in another font or after a kerning adjustment.
func glyphLines(glyphs []pdf.Text) []string {
	var lines []string
	var cur strings.Builder
	var prev pdf.Text
	started := false
	runX, runW := 0.0, 0.0 // where the current run starts, and its width in em
	flush := func() {
		lines = append(lines, cur.String())
		cur.Reset()
	}
	for _, g := range glyphs {
		if g.S == "" || g.S == "\n" || g.S == "\r" {
			continue
		}
		size := math.Abs(g.FontSize)
		if size == 0 {
			size = 10
		}
		space := false
		if started {
			dy := math.Abs(g.Y - prev.Y)
			psize := math.Abs(prev.FontSize)
			switch {
			case dy > 0.4*math.Max(size, psize):
				flush()
				runX, runW = g.X, 0
			case g.X < prev.X-size:
				// Back to the left on the same baseline: a new column or
				// table row drawn on the same line.
				flush()
				runX, runW = g.X, 0
			case prev.W > 0:
				space = g.X-(prev.X+prev.W) > 0.25*size
			case g.X != prev.X:
				// The run that ended spans at most about 1.2 times its
				// Helvetica width (wider faces such as DejaVu included).
				space = g.X-runX > (fontSpread(prev.Font)*runW+0.15)*psize
				runX, runW = g.X, 0
			}
		} else {
			runX = g.X
		}
		if space && g.S != " " && !strings.HasSuffix(cur.String(), " ") {
			cur.WriteByte(' ')
		}
		cur.WriteString(g.S)
		runW += emWidth(g.S)
		prev = g
		started = true
	}
	if started {
		flush()
	}
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return lines
}

var (
	pageNumberLine = Compile(`(?i)^(page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(\s*(of|/)\s*\d{1,4})?$`)
	digitsRun      = Compile(`\d+`)
)

// dropRunningLines removes bare page numbers and, from the second page on,
// lines at the top or bottom of a page that repeat on most pages (running
// headers and footers), so they do not cut sentences in two. The first
// occurrence is kept: the firm's name is often in a footer.
func dropRunningLines(pages [][]string) []string {
	const edge = 3
	key := func(l string) string {
		return strings.ToLower(digitsRun.ReplaceAllString(strings.TrimSpace(l), "#"))
	}
	edgeIdx := func(lines []string) []int {
		var idx []int
		nonEmpty := []int{}
		for j, l := range lines {
			if strings.TrimSpace(l) != "" {
				nonEmpty = append(nonEmpty, j)
			}
		}
		for k, j := range nonEmpty {
			if k < edge || k >= len(nonEmpty)-edge {
				idx = append(idx, j)
			}
		}
		return idx
	}
	count := map[string]int{}
	for _, lines := range pages {
		seen := map[string]bool{}
		for _, j := range edgeIdx(lines) {
			k := key(lines[j])
			if !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	need := len(pages)/2 + 1
	if need < 2 {
		need = 2
	}
	var dropped []string
	kept := map[string]bool{}
	for pi, lines := range pages {
		remove := map[int]bool{}
		for _, j := range edgeIdx(lines) {
			l := strings.TrimSpace(lines[j])
			k := key(l)
			if pageNumberLine.MatchString(l) {
				remove[j] = true
				continue
			}
			if len(pages) >= 2 && count[k] >= need && len(k) > 0 {
				if !kept[k] {
					kept[k] = true
					dropped = append(dropped, fmt.Sprintf("%q", l))
					continue
				}
				remove[j] = true
			}
		}
		if len(remove) == 0 {
			continue
		}
		out := lines[:0:0]
		for j, l := range lines {
			if !remove[j] {
				out = append(out, l)
			}
		}
		pages[pi] = out
	}
	return dropped
}

// Prefixes whose hyphen is part of the word: "pre-arbitration" broken after
// "pre-" keeps its hyphen.
var keepHyphen = map[string]bool{
	"pre": true, "non": true, "self": true, "co": true, "anti": true, "third": true, "opt": true,
	"e": true, "multi": true, "post": true, "cross": true, "well": true, "so": true, "ex": true,
	"first": true, "trap": true, "and": true, "on": true, "in": true, "out": true, "follow": true,
}

// dehyphenate rejoins a word split over two lines ("notifi-" / "cation").
func dehyphenate(lines []string) []string {
	out := make([]string, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		for strings.HasSuffix(l, "-") && i+1 < len(lines) && len(l) >= 3 {
			before, _ := utf8.DecodeLastRuneInString(l[:len(l)-1])
			next := lines[i+1]
			first, _ := utf8.DecodeRuneInString(next)
			if !unicode.IsLetter(before) || !unicode.IsLower(first) {
				break
			}
			word := l[strings.LastIndexAny(l[:len(l)-1], " \t/(")+1 : len(l)-1]
			rest, tail, _ := strings.Cut(next, " ")
			if keepHyphen[strings.ToLower(word)] {
				l = l + rest
			} else {
				l = l[:len(l)-1] + rest
			}
			lines[i+1] = tail
			if tail == "" {
				i++
				break
			}
		}
		out = append(out, l)
	}
	return out
}

// helvetica holds Helvetica's advance widths (1/1000 em) for ASCII 32–126,
// from its public AFM metrics; Arial and Liberation Sans share them and
// Times is narrower, so they bound how far a run of text can reach.
var helvetica = [95]uint16{
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
	556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
	1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
	667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
	333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
	556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
}

// fontSpread is how much wider than Helvetica a face may run: serif faces
// (Times metrics) are narrower, DejaVu and Verdana-like faces wider.
func fontSpread(font string) float64 {
	f := strings.ToLower(font)
	bold := 0.0
	if strings.Contains(f, "bold") || strings.Contains(f, "black") || strings.Contains(f, "heavy") || strings.Contains(f, "semibold") {
		bold = 0.1
	}
	return bold + faceSpread(f)
}

func faceSpread(f string) float64 {
	switch {
	case strings.Contains(f, "dejavu") || strings.Contains(f, "verdana"):
		return 1.2
	case strings.Contains(f, "serif") && !strings.Contains(f, "sans") || strings.Contains(f, "times") || strings.Contains(f, "georgia") || strings.Contains(f, "garamond"):
		return 1.0
	}
	return 1.08
}

func emWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		if r >= 32 && r <= 126 {
			w += float64(helvetica[r-32]) / 1000
		} else {
			w += 0.6
		}
	}
	return w
}
