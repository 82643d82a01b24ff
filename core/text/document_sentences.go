package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence (or heading) of a document and the byte offset
// where it starts, so a quote can always be found again in the original text.
type Sentence struct {
	Text   string
	Offset int
}

// Sentences splits text into sentences. Terms and policies are written in
// numbered sections with headings, so a line break before a heading-like
// line ends a sentence too; a line break inside a wrapped paragraph does not.
func Sentences(text string) []Sentence {
	var out []Sentence
	start := 0
	emit := func(end int) {
		raw := text[start:end]
		trimmed := strings.TrimLeftFunc(raw, unicode.IsSpace)
		off := start + len(raw) - len(trimmed)
		trimmed = strings.TrimRightFunc(trimmed, unicode.IsSpace)
		if trimmed != "" {
			out = append(out, Sentence{Text: CollapseSpace(trimmed), Offset: off})
		}
		start = end
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			if endsLine(text, start, i) {
				emit(i)
			}
		case r == '.' || r == '!' || r == '?':
			j := i + size
			// Closing quotes and brackets belong to the sentence they end.
			for j < len(text) && strings.ContainsRune("\"')]”’", rune(text[j])) {
				j++
			}
			if j >= len(text) {
				break
			}
			if isSpace(text[j]) && startsSentence(text, j) && !isAbbreviation(text[start:i]) {
				i = j
				emit(j)
				continue
			}
		}
		i += size
	}
	emit(len(text))
	return out
}

// endsLine reports whether the line break at i ends a sentence: a blank line
// follows, the line so far ends with punctuation or is a short heading, or the
// next line starts a list item or heading.
func endsLine(text string, start, i int) bool {
	// The whole physical line, not just the part since the last sentence
	// ended: "...rules. Any" is not a heading called "Any".
	lineStart := strings.LastIndexByte(text[:i], '\n') + 1
	line := strings.TrimSpace(text[lineStart:i])
	if strings.TrimSpace(text[max(start, lineStart):i]) == "" {
		return true
	}
	rest := text[i+1:]
	next := rest
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		next = rest[:k]
	}
	nextTrim := strings.TrimSpace(next)
	if line == "" || nextTrim == "" {
		return true
	}
	last := line[len(line)-1]
	if strings.ContainsRune(".:;!?", rune(last)) {
		return true
	}
	if isHeading(line) || isHeading(nextTrim) || startsListItem(nextTrim) {
		return true
	}
	return false
}

// isHeading guesses whether a line is a heading: short, no final period, and
// either capitalised throughout, numbered, or in title case.
func isHeading(line string) bool {
	if len(line) > 90 || strings.HasSuffix(line, ",") {
		return false
	}
	letters, upper := 0, 0
	for _, r := range line {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters == 0 {
		return false
	}
	if upper == letters && letters > 2 {
		return true
	}
	if startsListItem(line) && len(line) < 70 && !strings.HasSuffix(line, ".") {
		return true
	}
	words := strings.Fields(line)
	first, _ := utf8.DecodeRuneInString(line)
	if len(words) <= 6 && (unicode.IsUpper(first) || unicode.IsDigit(first)) && !strings.Contains(line, ". ") {
		caps := 0
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) || unicode.IsDigit(r) {
				caps++
			}
		}
		return caps*2 > len(words) && !strings.HasSuffix(line, ".")
	}
	return false
}

// startsListItem reports "1.", "12.3", "(a)", "a)", "-", "•" openings.
func startsListItem(line string) bool {
	if line == "" {
		return false
	}
	if strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") || strings.HasPrefix(line, "•") {
		return true
	}
	if line[0] == '(' {
		k := strings.IndexByte(line, ')')
		return k > 1 && k <= 5
	}
	i := 0
	for i < len(line) && (line[i] >= '0' && line[i] <= '9' || line[i] == '.') {
		i++
	}
	return i > 0 && i < len(line) && (line[i] == ' ' || line[i] == ')') && i <= 6
}

func startsSentence(text string, j int) bool {
	for j < len(text) && isSpace(text[j]) {
		j++
	}
	if j >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“(‘'[", r)
}

// isAbbreviation keeps "U.S. law", "Inc. and", "e.g. cookies", "No. 3" and
// "Section 4.2" from ending a sentence.
func isAbbreviation(before string) bool { return Abbreviated(before) }

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// CollapseSpace joins a quote's lines and runs of spaces into single spaces.
func CollapseSpace(s string) string {
	if !strings.ContainsAny(s, "\n\t\r  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
