// Package date is the calendar day every part of the checker uses: the
// answers' dates, the readers' dates and the deadlines. It has one contract
// for dates written down (YYYY-MM-DD, Parse) and one way to build a day from
// its parts that refuses days that do not exist (New); the readers' finders
// of dates written in prose ("March 3, 2026") build through New. It imports
// nothing of the project, so core/text can use it without importing core.
package date

import (
	"encoding/json"
	"fmt"
	"time"
)

// Date is a calendar day with no time zone: deadlines in these matters are
// counted in days, and a time of day would only invite off-by-one errors.
// The zero Date means "not given".
type Date struct{ t time.Time }

const dateLayout = "2006-01-02"

// Parse reads YYYY-MM-DD and rejects anything else, including impossible
// days such as 2026-02-30.
func Parse(s string) (Date, error) {
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return Date{}, fmt.Errorf("%q is not a date in the form YYYY-MM-DD", s)
	}
	return Date{t}, nil
}

// MustParse is Parse for literals in tests and tables.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// New builds the day y-m-d, or reports false when it does not exist
// (February 30, April 31, February 29 outside a leap year, month 13).
func New(y int, m time.Month, d int) (Date, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return Date{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // time.Date rolls February 30 over into March
		return Date{}, false
	}
	return Date{t}, true
}

// Of returns the calendar day of t in t's own location.
func Of(t time.Time) Date {
	y, m, d := t.Date()
	return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

func (d Date) IsZero() bool          { return d.t.IsZero() }
func (d Date) Time() time.Time       { return d.t }
func (d Date) AddDays(n int) Date    { return Date{d.t.AddDate(0, 0, n)} }
func (d Date) AddYears(n int) Date   { return Date{d.t.AddDate(n, 0, 0)} }
func (d Date) Before(o Date) bool    { return d.t.Before(o.t) }
func (d Date) After(o Date) bool     { return d.t.After(o.t) }
func (d Date) Equal(o Date) bool     { return d.t.Equal(o.t) }
func (d Date) DaysUntil(o Date) int  { return int(o.t.Sub(d.t).Hours() / 24) }
func (d Date) Weekday() time.Weekday { return d.t.Weekday() }

// String gives YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(dateLayout)
}

// Long gives the date as people write it in letters: "December 15, 2026".
func (d Date) Long() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format("January 2, 2006")
}

func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("a date must be a string YYYY-MM-DD")
	}
	if s == "" {
		*d = Date{}
		return nil
	}
	p, err := Parse(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}
