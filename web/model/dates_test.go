package model

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/text"
	"github.com/stretchr/testify/assert"
)

// The page's date scanner stands in for the readers' regular expressions
// (core/text.FindDates, ParseDate), so that the first module links no
// regexp. These tests hold the two to the same answers: referenceReadDate
// and referenceReadDates are ReadDate and ReadDates as they were written
// over the regular expressions.

func referenceFind(s string) ([]text.DateMatch, string) {
	ds := text.FindDates(s)
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

func referenceReadDate(s string) (core.Date, string) {
	s = strings.TrimSpace(s)
	if d, ok := text.ParseDate(s); ok {
		return d, ""
	}
	ds, rest := referenceFind(s)
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

func referenceReadDates(s string) ([]core.Date, string) {
	ds, rest := referenceFind(s)
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

// sameAsReference fails when the scanner and the regular expressions read s
// differently, as one date or as a list, or find different dates in it.
func sameAsReference(t *testing.T, s string) {
	t.Helper()
	for _, m := range text.FindDates(s) {
		if m.Repaired && !strings.Contains(m.Text, "/") {
			return // an OCR slip the scanner leaves out (TestTypedDatesAreNotRepaired)
		}
	}
	d, why := ReadDate(s)
	rd, rwhy := referenceReadDate(s)
	assert.Equal(t, rd, d, "ReadDate(%q)", s)
	assert.Equal(t, rwhy, why, "ReadDate(%q)", s)
	ds, why := ReadDates(s)
	rds, rwhy := referenceReadDates(s)
	assert.Equal(t, rds, ds, "ReadDates(%q)", s)
	assert.Equal(t, rwhy, why, "ReadDates(%q)", s)
	got, _ := findDates(s)
	want, _ := referenceFind(s)
	var g, w []string
	for _, x := range got {
		g = append(g, fmt.Sprintf("%d-%d %s %s", x.start, x.end, x.text, x.date))
	}
	for _, x := range want {
		w = append(w, fmt.Sprintf("%d-%d %s %s", x.Start, x.End, x.Text, x.Date))
	}
	assert.Equal(t, w, g, "dates found in %q", s)
}

func TestDatesAsTheReadersReadThem(t *testing.T) {
	for _, s := range []string{
		"2026-09-14", "9/14/2026", "09/14/26", "9.14.2026", "9-14-2026", "9.14.26", "9 / 14 / 2026", "9/ 14 /2026",
		"September 14, 2026", "Sept. 14th 2026", "sep 14 2026", "SEPTEMBER 14,2026", "September14,2026", "Sept 142026",
		"14 September 2026", "14th of September, 2026", "14 Sept. 2026", "14 of sept 2026", "14 September2026",
		"2026-02-30", "February 30, 2026", "13/01/2026", "0/1/2026", "1900-01-01", "12026-03-14", "2026-03-145",
		"March 14 and March 21, 2026", "March 14, March 21 and March 28, 2026", "March 14 - March 21, 2026",
		"March 14 or 21, 2026", "March 14 And March 21, 2026", "March 14", "March 14 to March 21 2026",
		"9/14/2026\nSeptember 21, 2026, 2026-10-01 and October 3, 2026", "9/14/2026, last Tuesday",
		"9/14/2026; 9/15/2026 & 9/16/2026", "9/14/2026 – 9/16/2026", "soon", "", "  ", "2026", "14", "March",
		"March 14 March 2026", "14 March 14, 2026", "3.5.26", "Mayo 14 2026", "May 14th, 2026.", "(May 14, 2026)",
		"May 1st2026", "1st May2026", "Ja nuary 12, 2026", "0ctober 3, 2026", "01/10/ 2026", "the 4th of July 2026",
	} {
		sameAsReference(t, s)
	}
}

// TestTypedDatesAreNotRepaired: the one difference from the readers. A
// month name with a slip of OCR in it is refused, with the usual message,
// so that the owner types it again; a letter scanned with such slips is
// still read by the readers, which ask the owner to check the date.
func TestTypedDatesAreNotRepaired(t *testing.T) {
	for _, s := range []string{"0ctober 3, 2026", "Ja nuary 12, 2026", "Apri1 3, 2026"} {
		_, why := ReadDate(s)
		assert.Equal(t, fmt.Sprintf("%q is not a date the checker can read", s), why)
		ms := text.FindDates(s)
		assert.True(t, len(ms) == 1 && ms[0].Repaired, "the readers repair %q", s)
	}
	d, why := ReadDate("01/10/ 2026") // a stray space is not a slip of OCR: read as before
	assert.Equal(t, "", why)
	assert.Equal(t, "2026-01-10", d.String())
}

// TestDatesAsPeopleMightTypeThem draws thousands of inputs from the forms
// people type (with slips: bad days, odd spacing, stray words) and compares.
func TestDatesAsPeopleMightTypeThem(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 2026))
	months := []string{"January", "Feb", "feb.", "MARCH", "Sept", "sept.", "sep", "June", "jun", "May", "Mayo", "Octo", "of"}
	days := []string{"1", "01", "9", "14", "30", "31", "0", "32", "123", "1st", "2nd", "3rd", "4th", "14TH", "1th"}
	years := []string{"2026", "26", "1999", "202", "20266", "0026"}
	seps := []string{" ", "  ", "", ", ", ",", " ,", "\t", "\n", " of ", "/", "-", ".", " / "}
	joins := []string{", ", " and ", "; ", "\n", " & ", " - ", " – ", " or ", " to ", ",", " And ", "  "}
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	one := func() string {
		switch r.IntN(6) {
		case 0:
			return pick(months) + pick(seps) + pick(days) + pick(seps) + pick(years)
		case 1:
			return pick(days) + pick(seps) + pick(months) + pick(seps) + pick(years)
		case 2:
			return pick(days) + pick(seps) + pick(days) + pick(seps) + pick(years)
		case 3:
			return pick(years) + pick(seps) + pick(days) + pick(seps) + pick(days)
		case 4:
			return pick(months) + pick(seps) + pick(days)
		default:
			return pick([]string{"last Tuesday", "soon", "n/a", "x", "2026", "(", ")"})
		}
	}
	for range 20000 {
		s := one()
		for range r.IntN(4) {
			s += pick(joins) + one()
		}
		if r.IntN(5) == 0 {
			s = pick([]string{" ", "\t", "  "}) + s + pick([]string{" ", ".", "\n"})
		}
		sameAsReference(t, s)
		if t.Failed() {
			return
		}
	}
}

// FuzzDates compares the two on any ASCII input (non-ASCII letters that
// Unicode folds to ASCII, such as the long s, are left out: the expressions
// fold them, the scanner does not, and nobody types them in a date).
func FuzzDates(f *testing.F) {
	for _, s := range []string{"March 14 and March 21, 2026", "9/14/26", "14th of Sept, 2026", "2026-02-30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return
			}
		}
		sameAsReference(t, s)
	})
}
