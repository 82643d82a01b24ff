package model

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/date"
)

// DateExample is how every date hint shows what may be typed.
const DateExample = "9/14/2026, September 14, 2026 or 2026-09-14"

// The dates here are read by a small hand-written scanner rather than the
// readers' regular expressions (core/text.FindDates): the regexp package
// alone was about a tenth of the first module's download. It reads the
// forms people type, as FindDates does (dates_test.go holds the two to the
// same answers); it leaves out FindDates' repairs of OCR slips ("0ctober"),
// which a typed answer does not need.

// ReadDate reads one date as people type it: "9/14/2026" (month first, as
// in the US), "9/14/26", "September 14, 2026", "14 September 2026" or
// "2026-09-14". The reason it gives on failure is a sentence for the user.
func ReadDate(s string) (core.Date, string) {
	s = strings.TrimSpace(s)
	if d, ok := parseWritten(s); ok {
		return d, ""
	}
	ds, rest := findDates(s)
	switch {
	case len(ds) == 1 && rest == "" && ds[0].date.IsZero():
		return core.Date{}, fmt.Sprintf("%s is not a day on the calendar", ds[0].text)
	case len(ds) == 1 && rest == "":
		return ds[0].date, ""
	case len(ds) > 1:
		return core.Date{}, "this asks for one date"
	}
	return core.Date{}, fmt.Sprintf("%q is not a date the checker can read", s)
}

// ReadDates reads several dates, one per line or separated by commas,
// semicolons or "and". Every piece that is not a date is named.
func ReadDates(s string) ([]core.Date, string) {
	ds, rest := findDates(s)
	if rest != "" {
		return nil, fmt.Sprintf("%q is not a date the checker can read", rest)
	}
	out := make([]core.Date, 0, len(ds))
	for _, d := range ds {
		if d.date.IsZero() {
			return nil, fmt.Sprintf("%s is not a day on the calendar", d.text)
		}
		out = append(out, d.date)
	}
	return out, ""
}

// typed is one date found in typed text, with its byte offsets.
type typed struct {
	start, end int
	date       core.Date // zero if the day does not exist (February 30)
	text       string
}

// findDates finds the dates in typed input, and what is left once the
// dates and the words between them ("and", commas) are taken out.
func findDates(s string) ([]typed, string) {
	ds := scanDates(s)
	var rest []string
	at := 0
	keep := func(part string) {
		for _, w := range strings.FieldsFunc(part, func(r rune) bool {
			return r == ',' || r == ';' || r == '\n' || r == '\r' || r == ' ' || r == '\t'
		}) {
			if w != "and" && w != "&" && w != "-" && w != "–" {
				rest = append(rest, w)
			}
		}
	}
	for _, d := range ds {
		keep(s[at:d.start])
		at = d.end
	}
	keep(s[at:])
	return ds, strings.Join(rest, " ")
}

// parseWritten reads a string that is one date written in full, with a
// four-digit year: "2026-12-15", "12/15/2026", "December 15, 2026" (the
// spaces and comma optional) or "15th of December 2026". It reports false
// for anything else, including days that do not exist.
func parseWritten(s string) (core.Date, bool) {
	s = strings.TrimSpace(s)
	var y, d int
	var m time.Month
	if ok := func() bool { // 2026-12-15
		i, a := digits(s, 0)
		j, b := digits(s, i+1)
		k, c := digits(s, j+1)
		if i != 4 || j != 7 || k != 10 || len(s) != 10 || s[4] != '-' || s[7] != '-' {
			return false
		}
		y, m, d = a, time.Month(b), c
		return true
	}(); ok {
	} else if ok := func() bool { // 12/15/2026
		i, a := digits(s, 0)
		j, b := digits(s, i+1)
		k, c := digits(s, j+1)
		if i < 1 || i > 2 || i >= len(s) || s[i] != '/' || j-i-1 < 1 || j-i-1 > 2 || j >= len(s) || s[j] != '/' || k-j-1 != 4 || k != len(s) {
			return false
		}
		m, d, y = time.Month(a), b, c
		return true
	}(); ok {
	} else if ok := func() bool { // December 15, 2026
		i := letters(s, 0)
		if m = month(s[:i]); m == 0 {
			return false
		}
		i = skip(s, dot(s, i), isSpace)
		j, day := digits(s, i)
		if j == len(s) && (j-i == 5 || j-i == 6) { // "March 142026": no space is needed
			y, d = day%10000, day/10000
			return true
		}
		if j-i < 1 || j-i > 2 {
			return false
		}
		j = suffix(s, j)
		j = skip(s, j, isSpace)
		if j < len(s) && s[j] == ',' {
			j++
		}
		j = skip(s, j, isSpace)
		k, year := digits(s, j)
		if k-j != 4 || k != len(s) {
			return false
		}
		y, d = year, day
		return true
	}(); ok {
	} else if ok := func() bool { // 15th of December 2026
		i, day := digits(s, 0)
		if i < 1 || i > 2 {
			return false
		}
		j, mo, ok := monthAfterDay(s, suffix(s, i))
		if !ok {
			return false
		}
		j = skip(s, dot(s, j), isSpace)
		if j < len(s) && s[j] == ',' {
			j++
		}
		j = skip(s, j, isSpace)
		k, year := digits(s, j)
		if k-j != 4 || k != len(s) {
			return false
		}
		y, m, d = year, mo, day
		return true
	}(); ok {
	} else {
		return core.Date{}, false
	}
	return date.New(y, m, d)
}

// scanDates finds, in text order, "December 15, 2026", "15 December
// 2026", "15th of December, 2026", "2026-12-15", "12/15/2026", "12.15.2026",
// "12/15/26" (US order; a two-digit year only with slashes), "12 / 15 /
// 2026", and a day without a year in a list a full date closes ("March 14
// and March 21, 2026"). A day that does not exist is found with a zero date.
func scanDates(s string) []typed {
	var out []typed
	add := func(start, end, y int, m time.Month, d int) {
		if y < 100 {
			y += 2000
		}
		dt, _ := date.New(y, m, d)
		out = append(out, typed{start: start, end: end, date: dt, text: s[start:end]})
	}
	type noYear struct {
		start, end int
		m          time.Month
		d          int
	}
	var lists []noYear
	for i := 0; i < len(s); {
		if !isWord(s[i]) || i > 0 && isWord(s[i-1]) {
			i++
			continue
		}
		if end, y, m, d, ok := monthFirst(s, i); ok {
			add(i, end, y, m, d)
			i = end
			continue
		}
		if end, y, m, d, ok := dayFirst(s, i); ok {
			add(i, end, y, m, d)
			i = end
			continue
		}
		if end, y, m, d, ok := numeric(s, i); ok {
			add(i, end, y, m, d)
			i = end
			continue
		}
		if end, m, d, ok := monthDay(s, i); ok {
			lists = append(lists, noYear{i, end, m, d})
		}
		i = wordEnd(s, i)
	}
	// "March 14 and March 21, 2026": a day without a year takes the year
	// of the full date that closes the list.
	for _, c := range lists {
		if yearNext(s, c.end) || slices.ContainsFunc(out, func(d typed) bool { return c.start < d.end && c.end > d.start }) {
			continue
		}
		year := 0
		for _, d := range out {
			if d.start >= c.end && d.start-c.end < 40 && !d.date.IsZero() {
				year = d.date.Time().Year()
				break
			}
		}
		if year == 0 || !listJoin(s[c.end:min(len(s), c.end+12)]) {
			continue
		}
		add(c.start, c.end, year, c.m, c.d)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].start < out[j-1].start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// monthFirst reads "December 15, 2026", "Dec. 15th 2026" at i.
func monthFirst(s string, i int) (end, y int, m time.Month, d int, ok bool) {
	j, m, d, ok := monthDay(s, i)
	if !ok {
		return
	}
	k := j
	if k < len(s) && s[k] == ',' {
		k++
	}
	if end, y, ok = year(s, k); !ok {
		return
	}
	return end, y, m, d, true
}

// monthDay reads "December 15", "Dec. 15th" at i, ending at a word's end.
func monthDay(s string, i int) (end int, m time.Month, d int, ok bool) {
	j := letters(s, i)
	if m = month(s[i:j]); m == 0 {
		return
	}
	j = dot(s, j)
	k := skip(s, j, isSpace)
	if k == j {
		return
	}
	l, d := digits(s, k)
	if l-k < 1 || l-k > 2 {
		return
	}
	l = suffix(s, l)
	if l < len(s) && isWord(s[l]) {
		return
	}
	return l, m, d, true
}

// dayFirst reads "15 December 2026", "15th of December, 2026" at i.
func dayFirst(s string, i int) (end, y int, m time.Month, d int, ok bool) {
	j, d := digits(s, i)
	if j-i < 1 || j-i > 2 {
		return
	}
	k, m, ok := monthAfterDay(s, suffix(s, j))
	if !ok {
		return
	}
	if k < len(s) && s[k] == ',' {
		k++
	}
	if end, y, ok = year(s, k); !ok {
		return
	}
	return end, y, m, d, true
}

// monthAfterDay reads the spaces, an optional "of", and the month's name
// that follow a day at i, to the name's end.
func monthAfterDay(s string, i int) (end int, m time.Month, ok bool) {
	j := skip(s, i, isSpace)
	if j == i {
		return
	}
	w := letters(s, j)
	if strings.EqualFold(s[j:w], "of") {
		if k := skip(s, w, isSpace); k > w {
			if e := letters(s, k); month(s[k:e]) != 0 {
				j, w = k, e
			}
		}
	}
	if m = month(s[j:w]); m == 0 {
		return
	}
	return w, m, true
}

// year reads one or more spaces and a four-digit year at i, ending a word.
func year(s string, i int) (end, y int, ok bool) {
	j := skip(s, i, isSpace)
	if j == i {
		return
	}
	k, y := digits(s, j)
	if k-j != 4 || k < len(s) && isWord(s[k]) {
		return
	}
	return k, y, true
}

// numeric reads "2026-12-15", "12/15/2026", "12-15-2026", "12.15.2026",
// "12/15/26" and "12 / 15 / 2026" at i.
func numeric(s string, i int) (end, y int, m time.Month, d int, ok bool) {
	a, n1 := digits(s, i)
	wordEnds := func(k int) bool { return k >= len(s) || !isWord(s[k]) }
	if a-i == 4 && a < len(s) && s[a] == '-' { // 2026-12-15
		b, n2 := digits(s, a+1)
		if b-a-1 == 2 && b < len(s) && s[b] == '-' {
			c, n3 := digits(s, b+1)
			if c-b-1 == 2 && wordEnds(c) {
				return c, n1, time.Month(n2), n3, true
			}
		}
		return
	}
	if a-i < 1 || a-i > 2 || a >= len(s) {
		return
	}
	if sep := s[a]; sep == '/' || sep == '.' || sep == '-' { // 12/15/2026
		b, n2 := digits(s, a+1)
		if b-a-1 >= 1 && b-a-1 <= 2 && b < len(s) && (s[b] == '/' || s[b] == '.' || s[b] == '-') {
			c, n3 := digits(s, b+1)
			if (c-b-1 == 4 || c-b-1 == 2 && sep == '/') && wordEnds(c) {
				return c, n3, time.Month(n1), n2, true
			}
		}
	}
	// 12 / 15 / 2026: one space at most beside each slash.
	j := a
	slash := func() bool {
		if j < len(s) && s[j] == ' ' {
			j++
		}
		if j >= len(s) || s[j] != '/' {
			return false
		}
		j++
		if j < len(s) && s[j] == ' ' {
			j++
		}
		return true
	}
	if !slash() {
		return
	}
	b, n2 := digits(s, j)
	if b-j < 1 || b-j > 2 {
		return
	}
	j = b
	if !slash() {
		return
	}
	c, n3 := digits(s, j)
	if c-j != 4 || !wordEnds(c) {
		return
	}
	return c, n3, time.Month(n1), n2, true
}

// yearNext reports whether a year follows at i (", 2026"), so that the
// month and day there already belong to a full date.
func yearNext(s string, i int) bool {
	if i < len(s) && s[i] == ',' {
		i++
	}
	_, _, ok := year(s, i)
	return ok
}

// listJoin reports whether t starts with what joins dates in a list: ",
// and ", " or ", " to ", " through ", " & ", a comma or a dash.
func listJoin(t string) bool {
	i := 0
	if i < len(t) && t[i] == ',' {
		i++
	}
	if j := skip(t, i, isSpace); j > i {
		for _, w := range []string{"and", "&", "or", "to", "through"} {
			if strings.HasPrefix(t[j:], w) && j+len(w) < len(t) && isSpace(t[j+len(w)]) {
				return true
			}
		}
	}
	t = t[skip(t, 0, isSpace):]
	return strings.HasPrefix(t, "-") || strings.HasPrefix(t, "–") || strings.HasPrefix(t, ",")
}

// month is the month a name stands for: its full name, its first three
// letters, or "Sept", in any case; 0 for anything else.
func month(w string) time.Month {
	l := strings.ToLower(w)
	for i, full := range [12]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		if l == full || l == full[:3] || i == 8 && l == "sept" {
			return time.Month(i + 1)
		}
	}
	return 0
}

// digits reads the run of ASCII digits at i: where it ends, and its value
// (only meaningful for the short runs a date has).
func digits(s string, i int) (end, n int) {
	for end = i; end < len(s) && s[end] >= '0' && s[end] <= '9'; end++ {
		if end-i < 9 {
			n = n*10 + int(s[end]-'0')
		}
	}
	return end, n
}

// letters is where the run of ASCII letters at i ends.
func letters(s string, i int) int {
	for i < len(s) && (s[i]|0x20 >= 'a' && s[i]|0x20 <= 'z') {
		i++
	}
	return i
}

// suffix skips an ordinal's "st", "nd", "rd" or "th" at i.
func suffix(s string, i int) int {
	if i+2 <= len(s) {
		switch strings.ToLower(s[i : i+2]) {
		case "st", "nd", "rd", "th":
			return i + 2
		}
	}
	return i
}

// dot skips a full stop at i ("Dec.").
func dot(s string, i int) int {
	if i < len(s) && s[i] == '.' {
		return i + 1
	}
	return i
}

func skip(s string, i int, f func(byte) bool) int {
	for i < len(s) && f(s[i]) {
		i++
	}
	return i
}

// wordEnd is where the word (letters, digits, underscores) at i ends.
func wordEnd(s string, i int) int { return skip(s, i, isWord) }

// isSpace is \s in the readers' expressions: ASCII white space.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// isWord is \w: what \b tells apart.
func isWord(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z' || c == '_'
}
