package text

// The date finder for documents. It is here, with the readers, and not in
// core/date, because its regular expressions would link the regexp package
// into the first browser module; the page reads typed dates with its own
// small scanner (web/model/dates.go), tested against this one.

import (
	"strconv"
	"strings"
	"time"

	"github.com/cipa-triage/cipa-triage/core/date"
	"github.com/cipa-triage/cipa-triage/core/pattern"
)

// MonthNames matches an English month name or its usual abbreviation
// ("Sept"), without a trailing full stop and without capturing. Use it
// case-insensitively.
const MonthNames = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

var monthNumbers = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// Month is the month a name matched by MonthNames stands for ("Sept." is
// September), or 0 for anything else.
func Month(name string) time.Month {
	s := strings.ToLower(strings.TrimSuffix(name, "."))
	if len(s) < 3 {
		return 0
	}
	return monthNumbers[s[:3]]
}

// MakeDate builds the date, or reports false when it does not exist
// (February 30, April 31, February 29 outside a leap year, month 13). A
// year under 100 is 20xx, as letters write "12/15/26".
func MakeDate(y int, m time.Month, d int) (date.Date, bool) {
	if y < 100 {
		y += 2000
	}
	return date.New(y, m, d)
}

var (
	wholeISO = pattern.Compile(`^(\d{4})-(\d{2})-(\d{2})$`)
	wholeUS  = pattern.Compile(`^(\d{1,2})/(\d{1,2})/(\d{4})$`)
	wholeMDY = pattern.Compile(`(?i)^(` + MonthNames + `\.?)\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})$`)
	wholeDMY = pattern.Compile(`(?i)^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + MonthNames + `\.?)\s*,?\s*(\d{4})$`)
)

// ParseDate reads a string that is one date written in full, with a
// four-digit year: "December 15, 2026", "15th of December 2026",
// "2026-12-15" or "12/15/2026" (US order). It reports false for anything
// else, including dates that do not exist.
func ParseDate(s string) (date.Date, bool) {
	s = strings.TrimSpace(s)
	var y, d int
	var m time.Month
	if p := wholeISO.FindStringSubmatch(s); p != nil {
		y, m, d = atoi(p[1]), time.Month(atoi(p[2])), atoi(p[3])
	} else if p := wholeUS.FindStringSubmatch(s); p != nil {
		m, d, y = time.Month(atoi(p[1])), atoi(p[2]), atoi(p[3])
	} else if p := wholeMDY.FindStringSubmatch(s); p != nil {
		m, d, y = Month(p[1]), atoi(p[2]), atoi(p[3])
	} else if p := wholeDMY.FindStringSubmatch(s); p != nil {
		d, m, y = atoi(p[1]), Month(p[2]), atoi(p[3])
	} else {
		return date.Date{}, false
	}
	return date.New(y, m, d)
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// DateMatch is one date written in a text, with its byte offsets.
type DateMatch struct {
	Start, End int
	Date       date.Date // zero if the date does not exist (February 30)
	Text       string
	// Repaired is set when the date was read through a slip of typing or
	// OCR ("Ja nuary 12, 2026", "0ctober", "01/10/ 2026"): the caller should
	// ask the user to check it.
	Repaired bool
}

var (
	dateMonthFirst = pattern.Compile(`(?i)\b(` + MonthNames + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dateDayFirst   = pattern.Compile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + MonthNames + `),?\s+(\d{4})\b`)
	dateSlash      = pattern.Compile(`\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b`)
	dateNoYear     = pattern.Compile(`(?i)\b(` + MonthNames + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b`)
	yearNext       = pattern.Compile(`^,?\s+\d{4}\b`)
	listJoin       = pattern.Compile(`^,?\s+(?:and|&|or|to|through)\s|^\s*[-–,]\s*`)
	dateISO        = pattern.Compile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	// Slips: spaces around a slash, a month name broken by one space or
	// with a zero or a one for a letter, digits read as letters.
	dateSlashSpaced = pattern.Compile(`\b(\d{1,2}) ?/ ?(\d{1,2}) ?/ ?(\d{4})\b`)
	// A day and a year, at least one digit each, where a slipped month
	// name may stand before: the expression starts on a digit, so it is
	// cheap to run over a whole letter.
	dateSloppyDayYear = pattern.Compile(`\b(\d{1,2}|[oilOIL]\d|\d[oilOIL])(?:st|nd|rd|th)?,?[ \t]+([12][0-9oilOIL]{3})\b`)
)

// fullMonths are the months' names, January first.
var fullMonths = [12]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// repairMonth reads a month name with OCR slips: "Ja nuary", "0ctober",
// "Apri1". It reports 0 unless the repaired word is a month's full name, its
// three-letter abbreviation or "sept".
func repairMonth(w string) time.Month {
	if len(w) < 3 || len(w) > 11 {
		return 0
	}
	var buf [11]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == ' ':
			continue
		case c == '0':
			c = 'o'
		case c == '1':
			c = 'l'
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	r := buf[:n]
	// A one read as an l may have been an i: "Apr1l" is "april", "Ju1y" "july".
	alt := buf
	if k := bytesIndexByte(alt[:n], 'l'); k >= 0 {
		alt[k] = 'i'
	}
	for m, full := range fullMonths {
		if string(r) == full || string(alt[:n]) == full || string(r) == full[:3] || m == 8 && string(r) == "sept" {
			return time.Month(m + 1)
		}
	}
	return 0
}

func bytesIndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// repairDigits reads digits with OCR slips: O for 0, l or I for 1.
func repairDigits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case 'o', 'O':
			c = '0'
		case 'l', 'I', 'i', 'L':
			c = '1'
		}
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(s) > 0
}

// sloppyMonthBefore reads a month name with slips in the word or two
// before offset at ("Ja nuary 12"), and where it starts.
func sloppyMonthBefore(s string, at int) (int, time.Month) {
	j := at
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	if j > 0 && s[j-1] == '.' {
		j--
	}
	end := j
	isWord := func(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' || c == '0' || c == '1' }
	for j > 0 && isWord(s[j-1]) {
		j--
	}
	if end-j < 1 || end-j > 10 {
		return 0, 0
	}
	if mo := repairMonth(s[j:end]); mo != 0 {
		return j, mo
	}
	// One space inside the word: "Ja nuary", "Septem ber".
	k := j
	if k > 1 && s[k-1] == ' ' && isWord(s[k-2]) {
		k--
		for k > 0 && isWord(s[k-1]) {
			k--
		}
		if end-k <= 11 && (k == 0 || !isWord(s[k-1])) {
			if mo := repairMonth(s[k:end]); mo != 0 {
				return k, mo
			}
		}
	}
	return 0, 0
}

// FindDates finds every date written in s, in text order: "December 15,
// 2026", "15 December 2026", "2026-12-15", "12/15/2026" and "12/15/26"
// (US order), and a day without a year in a list that a full date closes
// ("March 14 and March 21, 2026"). A date that does not exist is still
// found, with a zero Date, so that the caller can say so.
func FindDates(s string) []DateMatch {
	var out []DateMatch
	taken := func(a, b int) bool {
		for _, d := range out {
			if a < d.End && b > d.Start {
				return true
			}
		}
		return false
	}
	add := func(m []int, y int, mo time.Month, d int) {
		if !taken(m[0], m[1]) {
			dt, _ := MakeDate(y, mo, d)
			out = append(out, DateMatch{Start: m[0], End: m[1], Date: dt, Text: s[m[0]:m[1]]})
		}
	}
	for _, m := range dateMonthFirst.FindAllStringSubmatchIndex(s, -1) {
		add(m, atoi(s[m[6]:m[7]]), Month(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]))
	}
	for _, m := range dateDayFirst.FindAllStringSubmatchIndex(s, -1) {
		add(m, atoi(s[m[6]:m[7]]), Month(s[m[4]:m[5]]), atoi(s[m[2]:m[3]]))
	}
	for _, m := range dateISO.FindAllStringSubmatchIndex(s, -1) {
		add(m, atoi(s[m[2]:m[3]]), time.Month(atoi(s[m[4]:m[5]])), atoi(s[m[6]:m[7]]))
	}
	for _, m := range dateSlash.FindAllStringSubmatchIndex(s, -1) {
		if len(s[m[6]:m[7]]) == 2 && s[m[0]+len(s[m[2]:m[3]])] != '/' {
			continue // "3.5.26" is more likely a version or section number
		}
		add(m, atoi(s[m[6]:m[7]]), time.Month(atoi(s[m[2]:m[3]])), atoi(s[m[4]:m[5]]))
	}
	// Slips, where nothing else was read.
	for _, m := range dateSlashSpaced.FindAllStringSubmatchIndex(s, -1) {
		if !taken(m[0], m[1]) {
			dt, _ := MakeDate(atoi(s[m[6]:m[7]]), time.Month(atoi(s[m[2]:m[3]])), atoi(s[m[4]:m[5]]))
			out = append(out, DateMatch{Start: m[0], End: m[1], Date: dt, Text: s[m[0]:m[1]], Repaired: true})
		}
	}
	for _, m := range dateSloppyDayYear.FindAllStringSubmatchIndex(s, -1) {
		start, mo := sloppyMonthBefore(s, m[0])
		if mo == 0 || taken(start, m[1]) {
			continue
		}
		d, okD := repairDigits(s[m[2]:m[3]])
		y, okY := repairDigits(s[m[4]:m[5]])
		if !okD || !okY || y < 1900 {
			continue
		}
		dt, _ := MakeDate(y, mo, d)
		out = append(out, DateMatch{Start: start, End: m[1], Date: dt, Text: s[start:m[1]], Repaired: true})
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
		dt, _ := MakeDate(year, Month(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]))
		out = append(out, DateMatch{Start: m[0], End: m[1], Date: dt, Text: s[m[0]:m[1]]})
	}
	// In text order.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Start < out[j-1].Start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
