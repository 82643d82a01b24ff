package model

import (
	"fmt"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/date"
)

// DateExample is how every date hint shows what may be typed.
const DateExample = "9/14/2026, September 14, 2026 or 2026-09-14"

// ReadDate reads one date as people type it: "9/14/2026" (month first, as
// in the US), "9/14/26", "September 14, 2026", "14 September 2026" or
// "2026-09-14". The reason it gives on failure is a sentence for the user.
func ReadDate(s string) (core.Date, string) {
	s = strings.TrimSpace(s)
	if d, ok := date.ParseWritten(s); ok {
		return d, ""
	}
	ds, rest := findDates(s)
	switch {
	case len(ds) == 1 && rest == "" && ds[0].Date.IsZero():
		return core.Date{}, fmt.Sprintf("%s is not a day on the calendar", ds[0].Text)
	case len(ds) == 1 && rest == "":
		return ds[0].Date, ""
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
		if d.Date.IsZero() {
			return nil, fmt.Sprintf("%s is not a day on the calendar", d.Text)
		}
		out = append(out, d.Date)
	}
	return out, ""
}

// findDates is date.Find over typed input, and what is left once the
// dates and the words between them ("and", commas) are taken out.
func findDates(s string) ([]date.Match, string) {
	ds := date.Find(s)
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
		keep(s[at:d.Start])
		at = d.End
	}
	keep(s[at:])
	return ds, strings.Join(rest, " ")
}
