package core

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
		return l.ResponseDeadline, sayText("deadline.basis.stated_date"), ActByStatedDate
	case l.Date.IsZero() && l.Received.IsZero():
		return Date{}, sayText("deadline.basis.unknown"), ActByUnknown
	case l.Date.IsZero():
		// Counting from the day it arrived gives a later day than the letter
		// would; say so rather than leave the user with no date at all.
		n := DefaultResponseDays(asOf)
		if l.ResponseDays != nil {
			n = *l.ResponseDays
		}
		return l.Received.AddDays(n), sayText("deadline.basis.from_received", "days", n), ActByFromReceived
	case l.ResponseDays != nil:
		return l.Date.AddDays(*l.ResponseDays), sayText("deadline.basis.stated_days", "days", *l.ResponseDays), ActByStatedDays
	default:
		n := DefaultResponseDays(asOf)
		return l.Date.AddDays(n), sayText("deadline.basis.assumed_days", "days", n), ActByAssumedDays
	}
}
