package text

import (
	"time"

	"github.com/cipa-triage/cipa-triage/core/date"
)

// The date reader lives in core/date, a leaf package the first browser
// module can use without linking the readers; these names keep the
// readers' calls as they were.

// MonthNames matches an English month name or its usual abbreviation.
const MonthNames = date.MonthNames

// DateMatch is one date found in a text.
type DateMatch = date.Match

// Month is the month a name matched by MonthNames stands for, or 0.
func Month(name string) time.Month { return date.MonthNamed(name) }

// MakeDate builds the date, or reports false when it does not exist.
func MakeDate(y int, m time.Month, d int) (date.Date, bool) { return date.Make(y, m, d) }

// ParseDate reads a string that is one date written in full.
func ParseDate(s string) (date.Date, bool) { return date.ParseWritten(s) }

// FindDates finds every date written in s, in text order.
func FindDates(s string) []DateMatch { return date.Find(s) }
