package letter

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/cipa-triage/cipa-triage/core"
)

// dateMatch is one date written in the letter.
type dateMatch struct {
	Start, End int
	Date       core.Date // zero if the date does not exist (February 30)
	Text       string
}

const monthPattern = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

var (
	dateMonthFirst = regexp.MustCompile(`(?i)\b` + monthPattern + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dateDayFirst   = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthPattern + `,?\s+(\d{4})\b`)
	dateSlash      = regexp.MustCompile(`\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b`)
	dateNoYear     = regexp.MustCompile(`(?i)\b` + monthPattern + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b`)
	yearNext       = regexp.MustCompile(`^,?\s+\d{4}\b`)
	listJoin       = regexp.MustCompile(`^,?\s+(?:and|&|or|to|through)\s|^\s*[-–,]\s*`)
	dateISO        = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
)

var monthNumbers = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

func monthOf(s string) time.Month { return monthNumbers[strings.ToLower(s)[:3]] }

// makeDate builds a date, or the zero Date if it does not exist.
func makeDate(y int, m time.Month, d int) core.Date {
	if y < 100 {
		y += 2000
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return core.Date{}
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return core.Date{}
	}
	return core.DateOf(t)
}

// dates finds every date in s, in order, with offsets into s.
func dates(s string) []dateMatch {
	var out []dateMatch
	taken := func(a, b int) bool {
		for _, d := range out {
			if a < d.End && b > d.Start {
				return true
			}
		}
		return false
	}
	add := func(m []int, date core.Date) {
		if !taken(m[0], m[1]) {
			out = append(out, dateMatch{Start: m[0], End: m[1], Date: date, Text: s[m[0]:m[1]]})
		}
	}
	for _, m := range dateMonthFirst.FindAllStringSubmatchIndex(s, -1) {
		d, _ := strconv.Atoi(s[m[4]:m[5]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		add(m, makeDate(y, monthOf(s[m[2]:m[3]]), d))
	}
	for _, m := range dateDayFirst.FindAllStringSubmatchIndex(s, -1) {
		d, _ := strconv.Atoi(s[m[2]:m[3]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		add(m, makeDate(y, monthOf(s[m[4]:m[5]]), d))
	}
	for _, m := range dateISO.FindAllStringSubmatchIndex(s, -1) {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		d, _ := strconv.Atoi(s[m[6]:m[7]])
		add(m, makeDate(y, time.Month(mo), d))
	}
	for _, m := range dateSlash.FindAllStringSubmatchIndex(s, -1) {
		mo, _ := strconv.Atoi(s[m[2]:m[3]])
		d, _ := strconv.Atoi(s[m[4]:m[5]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		if len(s[m[6]:m[7]]) == 2 && s[m[0]+len(s[m[2]:m[3]])] != '/' {
			continue // "3.5.26" is more likely a version or section number
		}
		add(m, makeDate(y, time.Month(mo), d))
	}
	// "March 14 and March 21, 2026": a day without a year takes the year
	// of the full date that closes the list.
	for _, m := range dateNoYear.FindAllStringSubmatchIndex(s, -1) {
		if taken(m[0], m[1]) {
			continue
		}
		rest := s[m[1]:min(len(s), m[1]+60)]
		if yearNext.MatchString(rest) {
			continue // "March 14, 2026" itself, already read
		}
		var year int
		for _, d := range out {
			if d.Start >= m[1] && d.Start-m[1] < 40 && !d.Date.IsZero() {
				year = d.Date.Time().Year()
				break
			}
		}
		if year == 0 || !listJoin.MatchString(s[m[1]:min(len(s), m[1]+12)]) {
			continue
		}
		d, _ := strconv.Atoi(s[m[4]:m[5]])
		out = append(out, dateMatch{Start: m[0], End: m[1], Date: makeDate(year, monthOf(s[m[2]:m[3]]), d), Text: s[m[0]:m[1]]})
	}
	// In text order.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Start < out[j-1].Start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
