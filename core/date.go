package core

import (
	"time"

	"github.com/cipa-triage/cipa-triage/core/date"
)

// Date is a calendar day with no time zone (core/date has the type; this
// alias keeps core.Date for every package that names it).
type Date = date.Date

// ParseDate reads YYYY-MM-DD and rejects anything else, including impossible
// days such as 2026-02-30.
func ParseDate(s string) (Date, error) { return date.Parse(s) }

// MustDate is ParseDate for literals in tests and tables.
func MustDate(s string) Date { return date.MustParse(s) }

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date { return date.Of(t) }
