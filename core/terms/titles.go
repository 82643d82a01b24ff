package terms

import (
	"strings"

	"github.com/cipa-triage/cipa-triage/core/text"
)

// A clause's title is not the clause: "see Section 15 (Agreement to
// Arbitrate and Class Action Waiver)", "the provisions under the heading
// “No Class Actions”" and "this “Mandatory Arbitration Provisions” section"
// name the arbitration agreement and the waiver without making either.
// The rules read a sentence with such titles taken out; the quotation a
// user sees is the sentence as written.

// numberedTitle is a parenthesised title after a section number:
// "Section 15 (...)", "Sections 3-21.7 (Arbitration) and/or 21.11 (Class
// Action Waiver)".
var numberedTitle = text.Compile(`(?i)(\b(?:sections?|articles?|exhibits?|paragraphs?|and/or|and|or)\s+[0-9][0-9.\-–]*[a-z]?)\s*\([^()]{1,90}\)`)

// numberedWords gate numberedTitle: one of them must be in the sentence.
var numberedWords = []string{"section", "article", "exhibit", "paragraph", "and/or"}

// withoutTitles is sentence (and its lower-cased copy) with clause titles
// blanked and curly apostrophes made straight, so that "aren’t" reads as
// "aren't". Most sentences hold neither, and come back as they are.
func withoutTitles(sentence, lower string) (string, string) {
	changed := false
	if strings.ContainsRune(sentence, '’') {
		sentence, changed = strings.ReplaceAll(sentence, "’", "'"), true
	}
	if strings.ContainsAny(sentence, "“\"") {
		if s := blankQuoted(sentence); s != sentence {
			sentence, changed = s, true
		}
	}
	if strings.Contains(sentence, "(") && holdsAny(lower, numberedWords) {
		if s := numberedTitle.ReplaceAllString(sentence, "$1"); s != sentence {
			sentence, changed = s, true
		}
	}
	if changed {
		lower = strings.ToLower(sentence)
	}
	return sentence, lower
}

// blankQuoted replaces each quoted span of 1 to 90 bytes (“...” or "...")
// with a space: a title or a defined term, never the clause's own words.
func blankQuoted(s string) string {
	var b strings.Builder
	i := 0
	for i < len(s) {
		open, size := quoteAt(s, i)
		if !open {
			b.WriteByte(s[i])
			i++
			continue
		}
		end := -1
		for j := i + size; j < len(s) && j-(i+size) <= 90; j++ {
			if c, n := quoteAt(s, j); c {
				if j > i+size {
					end = j + n
				}
				break
			}
		}
		if end < 0 {
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		b.WriteByte(' ')
		i = end
	}
	return b.String()
}

// quoteAt reports whether s holds a double quotation mark (", “ or ”) at
// i, and its length in bytes.
func quoteAt(s string, i int) (bool, int) {
	switch {
	case s[i] == '"':
		return true, 1
	case strings.HasPrefix(s[i:], "“"), strings.HasPrefix(s[i:], "”"):
		return true, len("“")
	}
	return false, 0
}
