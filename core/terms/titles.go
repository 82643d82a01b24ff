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
var (
	// A parenthesised title after a section number: "Section 15 (...)",
	// "Sections 3-21.7 (Arbitration) and/or 21.11 (Class Action Waiver)".
	numberedTitle = text.Compile(`(?i)(\b(?:sections?|articles?|exhibits?|paragraphs?|and/or|and|or)\s+[0-9][0-9.\-–]*[a-z]?)\s*\([^()]{1,90}\)`)
	// A quoted title of a few words: “Binding arbitration / Class Waiver”.
	quotedTitle = text.Compile(`[“"][^”"]{1,90}[”"]`)
)

// withoutTitles is sentence with clause titles blanked, and curly
// apostrophes made straight so that "aren’t" reads as "aren't".
func withoutTitles(sentence string) string {
	if strings.ContainsRune(sentence, '’') {
		sentence = strings.ReplaceAll(sentence, "’", "'")
	}
	if strings.ContainsAny(sentence, "“\"") {
		sentence = quotedTitle.ReplaceAllString(sentence, " ")
	}
	if strings.Contains(sentence, "(") {
		sentence = numberedTitle.ReplaceAllString(sentence, "$1")
	}
	return sentence
}
