package core

// limitationEvents gives the one-year limit (CCP § 340(a)) for each visit
// the letter names: the earliest visit's claim runs out first.
func limitationEvents(m *matter) []Event {
	if len(m.visits) == 0 {
		return nil
	}
	years := int(num(idCCP340, m.asOf))
	var out []Event
	for i, v := range m.visits {
		end := v.AddYears(years)
		kind := EventConsequence
		if end.Before(m.asOf) {
			kind = EventPast
		}
		past := kind == EventPast
		var e Event
		switch {
		case len(m.visits) > 1 && past:
			e = event(end, kind, say("timeline.limit.of_past", "years", years, "n", i+1, "total", len(m.visits), "visit", v))
		case len(m.visits) > 1:
			e = event(end, kind, say("timeline.limit.of", "years", years, "n", i+1, "total", len(m.visits), "visit", v))
		case past:
			e = event(end, kind, say("timeline.limit.one_past", "years", years, "visit", v))
		default:
			e = event(end, kind, say("timeline.limit.one", "years", years, "visit", v))
		}
		out = append(out, e)
	}
	return out
}

// feeClockUnsettled replaces the fee-payment deadline for a dispute under
// the AAA Commercial Rules with a business's visitor: CCP §§ 1281.97-1281.98
// reach consumer and employment arbitrations only, so the checker shows no
// settled clock.
func feeClockUnsettled(m *matter, dl Date, passed bool) Event {
	filed := dl.AddDays(1)
	if passed {
		filed = m.asOf
	}
	days := int(num(idCCP1281_97, m.asOf))
	return event(filed, EventConsequence, say("timeline.fee_clock_unsettled", "days", days))
}
