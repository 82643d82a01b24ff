package letter

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cipa-triage/cipa-triage/core/text"
)

// letterText is the document's text in two views with the same byte
// offsets: text as extracted, and flat, where a line break that only wraps
// prose is a space, so that a pattern or a sentence can run across it. A
// break after a short line (letterhead, address, signature) or after a
// full stop stays a break.
type letterText struct {
	doc  text.Document
	text string
	flat string
	// lower is flat with ASCII letters lower-cased (same offsets), for the
	// keyword scans that decide where the expressions need to run.
	lower string
	dates []text.DateMatch // every date in flat, found once
	// lineCache is lines(), split once: the readers of each field walk them.
	lineCache []line
}

func newLetterText(doc text.Document) *letterText {
	t := doc.Text
	b := []byte(t)
	lineStart := 0
	for i := 0; i < len(b); i++ {
		if b[i] != '\n' {
			continue
		}
		line := strings.TrimSpace(t[lineStart:i])
		lineStart = i + 1
		next := ""
		if e := strings.IndexByte(t[i+1:], '\n'); e >= 0 {
			next = strings.TrimSpace(t[i+1 : i+1+e])
		} else {
			next = strings.TrimSpace(t[i+1:])
		}
		if wrapsProse(line, next) {
			b[i] = ' '
		}
	}
	flat := string(b)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return &letterText{doc: doc, text: t, flat: flat, lower: string(b), dates: text.FindDates(flat)}
}

// near returns the matches of re (as from FindAllStringSubmatchIndex on
// flat) that lie within span bytes of a keyword (lower case). Running an
// expression only where its keyword occurs keeps a long letter fast,
// above all in the browser, where regular expressions are slow. re must
// match nothing without one of the keywords inside it, and must not be
// anchored with ^ or $.
func (l *letterText) near(re *text.Pattern, span int, keywords ...string) [][]int {
	type window struct{ from, to int }
	var ws []window
	for _, kw := range keywords {
		for at := 0; ; {
			i := strings.Index(l.lower[at:], kw)
			if i < 0 {
				break
			}
			i += at
			ws = append(ws, window{max(0, i-span), min(len(l.flat), i+len(kw)+span)})
			at = i + len(kw)
		}
	}
	if len(ws) == 0 {
		return nil
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i].from < ws[j].from })
	merged := ws[:1]
	for _, w := range ws[1:] {
		last := &merged[len(merged)-1]
		if w.from <= last.to {
			last.to = max(last.to, w.to)
		} else {
			merged = append(merged, w)
		}
	}
	var out [][]int
	for _, w := range merged {
		// Start and end on a word boundary, so \b means what it says.
		from, to := w.from, w.to
		for from > 0 && !isSpace(l.flat[from-1]) {
			from--
		}
		for to < len(l.flat) && !isSpace(l.flat[to]) {
			to++
		}
		for _, m := range re.FindAllStringSubmatchIndex(l.flat[from:to], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += from
				}
			}
			if len(out) > 0 && m[0] < out[len(out)-1][1] {
				continue
			}
			out = append(out, m)
		}
	}
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' }

// wrapsProse says whether the break between line and next is a soft wrap.
func wrapsProse(line, next string) bool {
	if utf8.RuneCountInString(line) < 45 || next == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".:!?", last) && !endsWithAbbreviation(line) {
		return false
	}
	if labelLine.MatchString(next) {
		return false
	}
	if strings.HasPrefix(next, "- ") || strings.HasPrefix(next, "• ") || listItem.MatchString(next) {
		return false
	}
	return true
}

var labelLine = text.Compile(`^[A-Z][\w'’ ]{0,25}:(\s|$)`)

var listItem = text.Compile(`^(\d{1,3}[.)]|[a-z][.)]|\(\w{1,3}\))\s`)

// endsWithAbbreviation says whether s (a line, or the text up to a full
// stop) ends with an abbreviation rather than a sentence.
func endsWithAbbreviation(s string) bool { return text.Abbreviated(strings.TrimSuffix(s, ".")) }

// sentenceAt returns the sentence of flat that holds offset, trimmed, at
// most ~400 characters around the offset.
func (l *letterText) sentenceAt(offset int) string {
	f := l.flat
	if offset < 0 {
		offset = 0
	}
	if offset > len(f) {
		offset = len(f)
	}
	start := 0
	for i := offset - 1; i >= 0; i-- {
		if f[i] == '\n' {
			start = i + 1
			break
		}
		if (f[i] == '.' || f[i] == '?' || f[i] == '!' || f[i] == ';') && i+1 < len(f) && f[i+1] == ' ' && i+1 < offset && !endsWithAbbreviation(f[max(0, i-12):i+1]) {
			start = i + 2
			break
		}
	}
	end := len(f)
	for i := offset; i < len(f); i++ {
		if f[i] == '\n' {
			end = i
			break
		}
		if (f[i] == '.' || f[i] == '?' || f[i] == '!' || f[i] == ';') && (i+1 == len(f) || f[i+1] == ' ' || f[i+1] == '\n') && !endsWithAbbreviation(f[max(0, i-12):i+1]) {
			end = i + 1
			break
		}
	}
	if start < offset-300 {
		start = snapStart(f, offset-300)
	}
	if end > offset+300 {
		end = snapEnd(f, offset+300)
	}
	return strings.TrimSpace(f[start:end])
}

func snapStart(f string, i int) int {
	for i > 0 && !utf8.RuneStart(f[i]) {
		i--
	}
	if j := strings.IndexByte(f[i:], ' '); j >= 0 && j < 30 {
		return i + j + 1
	}
	return i
}

func snapEnd(f string, i int) int {
	for i < len(f) && !utf8.RuneStart(f[i]) {
		i++
	}
	if j := strings.LastIndexByte(f[:i], ' '); j >= 0 && i-j < 30 {
		return j
	}
	return i
}

// lines returns the document's lines with their start offsets.
func (l *letterText) lines() []line {
	if l.lineCache != nil {
		return l.lineCache
	}
	var out []line
	start := 0
	for start <= len(l.text) {
		e := strings.IndexByte(l.text[start:], '\n')
		if e < 0 {
			e = len(l.text) - start
		}
		out = append(out, line{Text: l.text[start : start+e], Offset: start})
		start += e + 1
	}
	l.lineCache = out
	return out
}

type line struct {
	Text   string
	Offset int
}

// trimmed returns the line without surrounding blanks, and the offset of its first character.
func (ln line) trimmed() (string, int) {
	t := strings.TrimLeft(ln.Text, " ")
	return strings.TrimSpace(t), ln.Offset + len(ln.Text) - len(t)
}

// allIndex returns every match of re in flat as [start, end, groups...] index slices.
func (l *letterText) all(re *text.Pattern) [][]int {
	return re.FindAllStringSubmatchIndex(l.flat, -1)
}

// group returns the text of submatch g of m, or "".
func (l *letterText) group(m []int, g int) string {
	if 2*g+1 >= len(m) || m[2*g] < 0 {
		return ""
	}
	return l.flat[m[2*g]:m[2*g+1]]
}

// sentenceContaining gives the sentence holding offset, lower-cased, for keyword tests.
func (l *letterText) context(offset int) string { return strings.ToLower(l.sentenceAt(offset)) }

func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
