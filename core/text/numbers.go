package text

import "strings"

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// NumberWords reads a whole number written in words, as letters and terms
// write periods and counts: "thirty", "forty-seven", "twenty five",
// "hundred", "one hundred", "two hundred fifty". It reports false when any
// word is not a number word, and for nothing at all.
func NumberWords(s string) (int, bool) {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == '-' || r == ' ' || r == '\t' || r == '\n' || r == '\r'
	})
	total := 0
	for _, w := range words {
		if w == "hundred" {
			total = max(total, 1) * 100
			continue
		}
		n, ok := numberWords[w]
		if !ok {
			return 0, false
		}
		total += n
	}
	return total, total > 0
}
