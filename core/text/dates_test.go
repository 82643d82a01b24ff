package text_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/cipa-triage/cipa-triage/core/text"
	"github.com/stretchr/testify/require"
)

func TestMonth(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Month
	}{
		{"January", time.January}, {"jan", time.January}, {"Feb.", time.February},
		{"SEPT", time.September}, {"Sept.", time.September}, {"september", time.September},
		{"May", time.May}, {"june", time.June}, {"Dec", time.December},
		{"", 0}, {"Ma", 0}, {"Smarch", 0}, {"12", 0},
	} {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, text.Month(tc.in))
		})
	}
}

func TestMakeDate(t *testing.T) {
	for _, tc := range []struct {
		name    string
		y, m, d int
		want    string // "" when the date does not exist
	}{
		{"ordinary", 2026, 12, 15, "2026-12-15"},
		{"January 31", 2026, 1, 31, "2026-01-31"},
		{"April 30", 2026, 4, 30, "2026-04-30"},
		{"April 31", 2026, 4, 31, ""},
		{"June 31", 2026, 6, 31, ""},
		{"December 31", 2026, 12, 31, "2026-12-31"},
		{"December 32", 2026, 12, 32, ""},
		{"February 28", 2026, 2, 28, "2026-02-28"},
		{"February 29 not a leap year", 2026, 2, 29, ""},
		{"February 29 leap year", 2028, 2, 29, "2028-02-29"},
		{"February 29 2000 (divisible by 400)", 2000, 2, 29, "2000-02-29"},
		{"February 29 2100 (century)", 2100, 2, 29, ""},
		{"February 30", 2028, 2, 30, ""},
		{"day zero", 2026, 3, 0, ""},
		{"negative day", 2026, 3, -1, ""},
		{"month zero", 2026, 0, 10, ""},
		{"month thirteen", 2026, 13, 1, ""},
		{"two-digit year", 26, 12, 15, "2026-12-15"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, ok := text.MakeDate(tc.y, time.Month(tc.m), tc.d)
			if tc.want == "" {
				assert.False(t, ok)
				assert.True(t, d.IsZero())
				return
			}
			require.True(t, ok)
			assert.Equal(t, tc.want, d.Time().Format(time.DateOnly))
		})
	}
}

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // "" when it is not one real date
	}{
		{"December 15, 2026", "2026-12-15"},
		{"  December 15, 2026 ", "2026-12-15"},
		{"Dec. 15, 2026", "2026-12-15"},
		{"december 15th 2026", "2026-12-15"},
		{"March3, 2025", "2025-03-03"},
		{"15 December 2026", "2026-12-15"},
		{"15th of December, 2026", "2026-12-15"},
		{"2026-12-15", "2026-12-15"},
		{"12/15/2026", "2026-12-15"},
		{"2/29/2028", "2028-02-29"},
		{"February 29, 2028", "2028-02-29"},
		{"February 29, 2027", ""},
		{"February 30, 2026", ""},
		{"31 April 2026", ""},
		{"2026-02-30", ""},
		{"13/01/2026", ""},    // US order: there is no month 13
		{"12/15/26", ""},      // a four-digit year only
		{"December 2026", ""}, // no day
		{"December 15", ""},   // no year
		{"on December 15, 2026", ""},
		{"Smarch 15, 2026", ""},
		{"", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			d, ok := text.ParseDate(tc.in)
			if tc.want == "" {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tc.want, d.Time().Format(time.DateOnly))
		})
	}
}

func TestFindDates(t *testing.T) {
	type found struct {
		Text string
		Date string // "" for a date that does not exist
	}
	for _, tc := range []struct {
		name string
		in   string
		want []found
	}{
		{"month first", "Dated December 15, 2026.", []found{{"December 15, 2026", "2026-12-15"}}},
		{"abbreviated month", "on Sept. 3rd, 2026 we", []found{{"Sept. 3rd, 2026", "2026-09-03"}}},
		{"day first", "the 3rd of March, 2026 visit", []found{{"3rd of March, 2026", "2026-03-03"}}},
		{"US slashes", "visited on 12/15/2026 and 1/2/26", []found{{"12/15/2026", "2026-12-15"}, {"1/2/26", "2026-01-02"}}},
		{"ISO", "logged 2026-03-14 at 10:00", []found{{"2026-03-14", "2026-03-14"}}},
		{"section number is not a date", "see section 3.5.26 below", nil},
		{"dotted date with a full year", "on 3.5.2026", []found{{"3.5.2026", "2026-03-05"}}},
		{"impossible date is found but empty", "on February 30, 2026 and 2/29/2027", []found{{"February 30, 2026", ""}, {"2/29/2027", ""}}},
		{"leap day", "on February 29, 2028", []found{{"February 29, 2028", "2028-02-29"}}},
		{"month end", "from April 30, 2026 to 4/31/2026", []found{{"April 30, 2026", "2026-04-30"}, {"4/31/2026", ""}}},
		{"list takes the closing year", "on March 14 and March 21, 2026", []found{{"March 14", "2026-03-14"}, {"March 21, 2026", "2026-03-21"}}},
		{"a day without a list has no year", "since March 14 we have", nil},
		{"text order", "2026-05-01 then April 2, 2026", []found{{"2026-05-01", "2026-05-01"}, {"April 2, 2026", "2026-04-02"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []found
			for _, m := range text.FindDates(tc.in) {
				require.Equal(t, m.Text, tc.in[m.Start:m.End], "offsets point at the text")
				f := found{Text: m.Text}
				if !m.Date.IsZero() {
					f.Date = m.Date.Time().Format(time.DateOnly)
				}
				got = append(got, f)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestFindDatesSlips: dates typed with stray spaces or read by OCR are read
// and marked for checking; clean dates are not marked.
func TestFindDatesSlips(t *testing.T) {
	cases := map[string]string{
		"Dated 01/10/ 2025 at noon":       "2025-01-10",
		"Ja nuary 12, 2026":               "2026-01-12",
		"On 0ctober 28, 2025, he visited": "2025-10-28",
		"Septem ber 3, 2026":              "2026-09-03",
		"March l4, 2O26":                  "2026-03-14",
	}
	for in, want := range cases {
		got := text.FindDates(in)
		if len(got) != 1 || got[0].Date.String() != want || !got[0].Repaired {
			t.Errorf("%q: got %+v, want one repaired %s", in, got, want)
		}
	}
	for _, in := range []string{"January 12, 2026", "01/10/2025", "in 12, 2026", "Section 12, 2026", "Items 3 , 2026"} {
		for _, d := range text.FindDates(in) {
			if d.Repaired {
				t.Errorf("%q: %+v marked as repaired", in, d)
			}
		}
	}
}
