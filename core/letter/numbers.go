package letter

import (
	"strconv"
	"strings"

	"github.com/cipa-triage/cipa-triage/core/text"
)

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
	w := strings.ReplaceAll(word, ",", "")
	if n, err := strconv.Atoi(w); err == nil {
		return n, true
	}
	return text.NumberWords(w)
}

var amountRe = text.Compile(`\$\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d{2})?(\s*(?:million|[mk])\b)?`)

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
