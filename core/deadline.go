package core

import "fmt"

// DefaultResponseDays is the window assumed when the letter states none. It
// is read from the knowledge table (default_response_days), where its source
// is recorded; the letter's own words always win.
func DefaultResponseDays(asOf Date) int { return int(num(idDefaultDays, asOf)) }

// deadline finds the day the letter's response window closes. An explicit
// date wins over a number of days; days are counted from the letter's date
// (not the day it arrived), the earlier and so the safer reading.
func deadline(l Letter, asOf Date) (Date, string) {
	switch {
	case !l.ResponseDeadline.IsZero():
		return l.ResponseDeadline, "the date the letter gives"
	case l.Date.IsZero():
		return Date{}, "the letter's date is not given, nor a date for the response"
	case l.ResponseDays != nil:
		return l.Date.AddDays(*l.ResponseDays), fmt.Sprintf("the letter's window of %d %s, counted from its date", *l.ResponseDays, plural(*l.ResponseDays, "day", "days"))
	default:
		n := DefaultResponseDays(asOf)
		return l.Date.AddDays(n), fmt.Sprintf("%d days from the letter's date, the usual window, because the letter states none (confirm with counsel)", n)
	}
}
