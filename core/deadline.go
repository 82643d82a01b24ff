package core

import "fmt"

// DefaultResponseDays is the window assumed when the letter states none. It
// is read from the knowledge table (default_response_days), where its source
// is recorded; the letter's own words always win.
func DefaultResponseDays(asOf Date) int { return int(num(idDefaultDays, asOf)) }

// deadline finds the day the letter's response window closes. An explicit
// date wins over a number of days; days are counted from the letter's date
// (not the day it arrived), the earlier and so the safer reading.
func deadline(l Letter, asOf Date) (Date, string, string) {
	switch {
	case !l.ResponseDeadline.IsZero():
		return l.ResponseDeadline, "the date the letter gives", ActByStatedDate
	case l.Date.IsZero() && l.Received.IsZero():
		return Date{}, "the letter's date is not given, nor a date for the response", ActByUnknown
	case l.Date.IsZero():
		// Counting from the day it arrived gives a later day than the letter
		// would; say so rather than leave the user with no date at all.
		n := DefaultResponseDays(asOf)
		if l.ResponseDays != nil {
			n = *l.ResponseDays
		}
		return l.Received.AddDays(n), fmt.Sprintf("%d %s from the day you received the letter, because its date is not given; the real window may end earlier", n, plural(n, "day", "days")), ActByFromReceived
	case l.ResponseDays != nil:
		return l.Date.AddDays(*l.ResponseDays), fmt.Sprintf("the letter's window of %d %s, counted from its date", *l.ResponseDays, plural(*l.ResponseDays, "day", "days")), ActByStatedDays
	default:
		n := DefaultResponseDays(asOf)
		return l.Date.AddDays(n), fmt.Sprintf("%d days from the letter's date, the usual window, because the letter states none (confirm with counsel)", n), ActByAssumedDays
	}
}
