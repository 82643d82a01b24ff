package core

// Assess turns answers into the triage of the matter as of one day. It is
// deterministic: the same answers and day give the same Assessment.
//
// SCAFFOLD: only the deadline is worked out so far; the factors, defenses,
// exposure and timeline are being written (issue 2).
func Assess(a Answers, asOf Date) Assessment {
	out := Assessment{AsOf: asOf}
	out.Deadline, out.DeadlineBasis = deadline(a.Letter)
	if !out.Deadline.IsZero() {
		out.DaysLeft = asOf.DaysUntil(out.Deadline)
	}
	return out
}

// DefaultResponseDays is used when the letter states no window.
const DefaultResponseDays = 30

func deadline(l Letter) (Date, string) {
	switch {
	case !l.ResponseDeadline.IsZero():
		return l.ResponseDeadline, "the date the letter gives"
	case l.Date.IsZero():
		return Date{}, "unknown: give the letter's date"
	case l.ResponseDays != nil:
		return l.Date.AddDays(*l.ResponseDays), "the letter's window counted from its date"
	default:
		return l.Date.AddDays(DefaultResponseDays), "30 days from the letter's date (the letter states no window)"
	}
}
