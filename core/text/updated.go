package text

import (
	"strings"

	"github.com/cipa-triage/cipa-triage/core/date"
)

// Dated is a date found in a document, with the words around it.
type Dated struct {
	Date   date.Date
	Quote  string
	Offset int
}

const monthNames = MonthNames + `\.?`

var (
	dateWords = `(?:` + monthNames + `\s*\d{1,2}(?:st|nd|rd|th)?\s*,?\s*\d{4}` + // March 3, 2025
		`|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthNames + `\s*,?\s*\d{4}` + // 3 March 2025
		`|\d{4}-\d{2}-\d{2}` + // 2025-03-03
		`|\d{1,2}/\d{1,2}/\d{4})` // 03/03/2025 (US order)
	// updatedRe finds "Last updated: March 3, 2025" and its kin. The
	// label group says how sure we are that the date is the last revision.
	updatedRe = Compile(`(?i)\b(last\s+(?:updated|revised|modified|amended|changed|reviewed)|date\s+of\s+last\s+(?:revision|update)|updated|revised|effective(?:\s+date|\s+as\s+of|\s+on|\s+from)?|version\s+(?:date|of)|as\s+of)\b(?:\s+(?:on|date|as\s+of))?\s*(?:[:\-–—]\s*)?(?:date\s*:?\s*)?(?:this\s+policy\s+was\s+)?(` + dateWords + `)`)
)

// LastUpdated finds the date a document says it was last updated (or, failing
// that, took effect). A "last updated" label beats "effective", and the
// earliest such label in the text beats later ones, which are usually dates
// of older versions or of other documents.
func LastUpdated(s string) (Dated, bool) {
	var best Dated
	bestRank := 99
	for _, m := range updatedRe.FindAllStringSubmatchIndex(s, -1) {
		label := strings.ToLower(s[m[2]:m[3]])
		d, ok := parseDate(s[m[4]:m[5]])
		if !ok {
			continue
		}
		rank := 2
		switch {
		case strings.HasPrefix(label, "last") || strings.HasPrefix(label, "date of last"):
			rank = 0
		case strings.HasPrefix(label, "updated") || strings.HasPrefix(label, "revised"):
			rank = 1
		}
		if rank < bestRank {
			bestRank = rank
			best = Dated{Date: d, Quote: CollapseSpace(strings.TrimSpace(s[m[0]:m[1]])), Offset: m[0]}
		}
	}
	return best, bestRank < 99
}

// parseDate reads a date that the label regular expression captured. Terms
// are dated in this era: a year outside 1990-2100 is a misreading.
func parseDate(s string) (date.Date, bool) {
	d, ok := ParseDate(s)
	if !ok || d.Time().Year() < 1990 || d.Time().Year() > 2100 {
		return date.Date{}, false
	}
	return d, true
}
