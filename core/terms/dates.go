package terms

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/cipa-triage/cipa-triage/core"
)

// Dated is a date found in a document, with the words around it.
type Dated struct {
	Date   core.Date
	Quote  string
	Offset int
}

const monthNames = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

var (
	dateWords = `(?:` + monthNames + `\s*\d{1,2}(?:st|nd|rd|th)?\s*,?\s*\d{4}` + // March 3, 2025
		`|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthNames + `\s*,?\s*\d{4}` + // 3 March 2025
		`|\d{4}-\d{2}-\d{2}` + // 2025-03-03
		`|\d{1,2}/\d{1,2}/\d{4})` // 03/03/2025 (US order)
	// updatedRe finds "Last updated: March 3, 2025" and its kin. The
	// label group says how sure we are that the date is the last revision.
	updatedRe  = regexp.MustCompile(`(?i)\b(last\s+(?:updated|revised|modified|amended|changed|reviewed)|date\s+of\s+last\s+(?:revision|update)|updated|revised|effective(?:\s+date|\s+as\s+of|\s+on|\s+from)?|version\s+(?:date|of)|as\s+of)\b(?:\s+(?:on|date|as\s+of))?\s*(?:[:\-–—]\s*)?(?:date\s*:?\s*)?(?:this\s+policy\s+was\s+)?(` + dateWords + `)`)
	numericISO = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	numericUS  = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4})$`)
	wordsMDY   = regexp.MustCompile(`(?i)^(` + monthNames + `)\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})$`)
	wordsDMY   = regexp.MustCompile(`(?i)^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthNames + `)\s*,?\s*(\d{4})$`)
)

// LastUpdated finds the date a document says it was last updated (or, failing
// that, took effect). A "last updated" label beats "effective", and the
// earliest such label in the text beats later ones, which are usually dates
// of older versions or of other documents.
func LastUpdated(text string) (Dated, bool) {
	var best Dated
	bestRank := 99
	for _, m := range updatedRe.FindAllStringSubmatchIndex(text, -1) {
		label := strings.ToLower(text[m[2]:m[3]])
		d, ok := parseDate(text[m[4]:m[5]])
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
			best = Dated{Date: d, Quote: collapseSpace(strings.TrimSpace(text[m[0]:m[1]])), Offset: m[0]}
		}
	}
	return best, bestRank < 99
}

func parseDate(s string) (core.Date, bool) {
	s = strings.TrimSpace(s)
	var y, mo, d int
	switch {
	case numericISO.MatchString(s):
		p := numericISO.FindStringSubmatch(s)
		y, mo, d = atoi(p[1]), atoi(p[2]), atoi(p[3])
	case numericUS.MatchString(s):
		p := numericUS.FindStringSubmatch(s)
		mo, d, y = atoi(p[1]), atoi(p[2]), atoi(p[3])
	case wordsMDY.MatchString(s):
		p := wordsMDY.FindStringSubmatch(s)
		mo, d, y = month(p[1]), atoi(p[2]), atoi(p[3])
	case wordsDMY.MatchString(s):
		p := wordsDMY.FindStringSubmatch(s)
		d, mo, y = atoi(p[1]), month(p[2]), atoi(p[3])
	default:
		return core.Date{}, false
	}
	if y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 {
		return core.Date{}, false
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // February 30 and the like
		return core.Date{}, false
	}
	return core.DateOf(t), true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func month(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(s, m) {
			return i + 1
		}
	}
	return 0
}
