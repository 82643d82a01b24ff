package text

import (
	"strings"
	"unicode"
)

// abbreviations are words after which a full stop does not end a sentence,
// as demand letters and terms write them: legal citations ("Cal. Pen.
// Code", "et seq.", "No."), company forms ("Inc.", "L.L.P."), titles,
// months and addresses.
var abbreviations = map[string]bool{
	"cal": true, "pen": true, "civ": true, "proc": true, "bus": true, "prof": true,
	"seq": true, "no": true, "nos": true, "inc": true, "co": true, "corp": true, "ltd": true, "llc": true,
	"st": true, "ste": true, "mr": true, "ms": true, "mrs": true, "dr": true, "esq": true,
	"v": true, "vs": true, "sec": true, "approx": true, "para": true, "art": true, "id": true, "cf": true,
	"fed": true, "supp": true, "et": true, "al": true, "ex": true, "exh": true, "attn": true, "tel": true,
	"re": true, "pl": true, "blvd": true, "ave": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sept": true, "sep": true, "oct": true, "nov": true, "dec": true,
}

// dotted is an abbreviation written with inner full stops: "e.g", "U.S",
// "L.L.P", "a.m".
var dotted = Compile(`^(?:[a-z]\.)+[a-z]$`)

// Abbreviated reports whether a full stop right after before would end an
// abbreviation rather than a sentence: "Cal. Pen", "Acme Inc", "e.g", "U.S",
// an initial ("J. Smith"). "etc." is not one: it usually ends a sentence.
func Abbreviated(before string) bool {
	k := strings.LastIndexFunc(before, func(r rune) bool { return unicode.IsSpace(r) || r == '(' })
	word := strings.ToLower(before[k+1:])
	if abbreviations[word] || dotted.MatchString(word) {
		return true
	}
	return len(word) == 1 && unicode.IsLetter(rune(word[0]))
}
