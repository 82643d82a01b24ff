package letter

import (
	"regexp"
	"strconv"
	"strings"
)

var smallNumbers = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "single": 1,
}

// numberPattern matches a count written as digits, words, or both:
// "30", "thirty", "thirty (30)", "forty-seven".
const numberPattern = `(\d{1,3}(?:,\d{3})*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)(?:\s*\((\d{1,4})\))?`

// parseCount reads a count matched by numberPattern: the figure in
// parentheses wins, then digits, then words.
func parseCount(word, paren string) (int, bool) {
	if paren != "" {
		n, err := strconv.Atoi(paren)
		return n, err == nil
	}
	w := strings.ReplaceAll(strings.ToLower(word), ",", "")
	if n, err := strconv.Atoi(w); err == nil {
		return n, true
	}
	if w == "hundred" {
		return 100, true
	}
	total := 0
	for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == ' ' }) {
		n, ok := smallNumbers[part]
		if !ok {
			return 0, false
		}
		total += n
	}
	return total, total > 0
}

var amountRe = regexp.MustCompile(`\$\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d{2})?(\s*(?:million|[mk])\b)?`)

// amount is a dollar figure in the letter.
type amount struct {
	Start, End int
	Value      float64
}

func amounts(s string) []amount {
	var out []amount
	for _, m := range amountRe.FindAllStringSubmatchIndex(s, -1) {
		v, err := strconv.ParseFloat(strings.ReplaceAll(s[m[2]:m[3]], ",", ""), 64)
		if err != nil {
			continue
		}
		if m[4] >= 0 {
			c, _ := strconv.ParseFloat(s[m[4]+1:m[5]], 64)
			v += c / 100
		}
		if m[6] >= 0 {
			switch strings.ToLower(strings.TrimSpace(s[m[6]:m[7]])) {
			case "k":
				v *= 1000
			case "m", "million":
				v *= 1_000_000
			}
		}
		out = append(out, amount{Start: m[0], End: m[1], Value: v})
	}
	return out
}

func formatFloat(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
