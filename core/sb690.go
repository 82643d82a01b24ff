package core

import (
	"github.com/cipa-triage/cipa-triage/core/knowledge"
)

// SB 690, as the knowledge table records it (sb_690): from its operative
// day only the Attorney General may bring a § 637.2 claim for a § 638.51
// violation arising from a website or app. The table holds it as a dated
// value (1 before, 0 from that day), so the as-of date decides, and marks
// it confirm: its enactment is reported by secondary notes only.

// sb690Operative is the day the private § 638.51 action ends, read from the
// table's first dated value of 0; zero if the table records none.
func sb690Operative() Date {
	e, ok := knowledge.Lookup(idSB690)
	if !ok {
		return Date{}
	}
	var on Date
	for _, v := range e.Values {
		if v.Value == 0 && v.From != "" {
			d := DateOf(v.Effective())
			if on.IsZero() || d.Before(on) {
				on = d
			}
		}
	}
	return on
}

// penRegisterPrivate reports whether a private person may claim under
// § 637.2 for a § 638.51 website violation on day d, as the table has it.
func penRegisterPrivate(d Date) bool { return valueAt(idSB690, d).Value != 0 }

// sb690Summary is the plain-words line near the top of the summary for a
// letter that cites § 638.51.
func sb690Summary(m *matter) string {
	if !m.cites["638.51"] {
		return ""
	}
	on := sb690Operative()
	if on.IsZero() {
		return ""
	}
	only := !m.cites["631"] && !m.cites["632"] && !m.cites["632.7"]
	switch {
	case m.asOf.Before(on) && only:
		return sayText("sb690.summary.before_only", "operative", on)
	case m.asOf.Before(on):
		return sayText("sb690.summary.before_mixed", "operative", on)
	case only:
		return sayText("sb690.summary.after_only", "operative", on)
	}
	return sayText("sb690.summary.after_mixed", "operative", on)
}

// sb690Event is the timeline's milestone for a letter citing § 638.51.
func sb690Event(m *matter) (Event, bool) {
	on := sb690Operative()
	if !m.cites["638.51"] || on.IsZero() {
		return Event{}, false
	}
	if on.Before(m.asOf) || on.Equal(m.asOf) {
		return event(on, EventPast, say("sb690.event.past")), true
	}
	e := event(on, EventConsequence, say("sb690.event.ahead"))
	return e, true
}

// sb690Note is the exposure note for a letter citing § 638.51.
func sb690Note(m *matter) string {
	if !m.cites["638.51"] {
		return ""
	}
	return sayText("sb690.note", "bill_summary", summaryOf(idSB690))
}

// sb690Statutory adjusts the statutory measure once SB 690 is in force on
// the as-of day: a letter resting only on § 638.51 keeps no private measure,
// and one citing § 631 as well keeps only that part. It returns the
// per-violation figure the per-claimant range should use.
func sb690Statutory(m *matter, x *Exposure, perViolation float64) float64 {
	if !m.cites["638.51"] {
		return perViolation
	}
	x.Statutory.Confirm = true
	private := false
	for _, t := range x.Theories {
		private = private || t.PrivateAction
	}
	switch {
	case !penRegisterPrivate(m.asOf) && !private:
		x.Statutory.Basis = sayText("sb690.statutory.none_left", "operative", sb690Operative(), "before", x.Statutory.Amount)
		x.Statutory.Amount = 0
		return 0
	case !penRegisterPrivate(m.asOf):
		x.Statutory.Basis += " " + sayText("sb690.statutory.wiretap_left")
	}
	return perViolation
}

// sb690RangeNote qualifies the reported settlement ranges once SB 690 has
// left a § 638.51-only letter without a private measure.
func sb690RangeNote(m *matter, perViolation float64) string {
	if !m.cites["638.51"] || perViolation != 0 {
		return ""
	}
	return " " + sayText("sb690.range_note")
}
