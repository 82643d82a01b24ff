package core

import "fmt"

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
		t := fmt.Sprintf("%d-%s limit for the visit named", years, plural(years, "year", "years"))
		if len(m.visits) > 1 {
			t = fmt.Sprintf("%d-%s limit for visit %d of %d (%s)", years, plural(years, "year", "years"), i+1, len(m.visits), v.Long())
		}
		detail := fmt.Sprintf("A claim for the visit on %s must be brought by about this day (CCP § 340(a)), subject to arguments about when the year starts.", v.Long())
		if kind == EventPast {
			detail += " The day has passed: if no claim was filed by then, this visit may be out of time."
		}
		out = append(out, Event{Date: end, Kind: kind, Title: t, Detail: detail, Citations: []string{idCCP340}})
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
	return Event{Date: filed, Kind: EventConsequence,
		Title:     "Fee invoices if a demand is filed: whether the 30-day rule applies is not settled",
		Detail:    fmt.Sprintf("CCP §§ 1281.97-1281.98 (pay within %d days of the due date or lose the right to arbitrate) apply to consumer and employment arbitrations. Under the AAA Commercial Rules with a business's site, whether this claimant's arbitration counts is not settled, so no fee deadline is shown here. Pay every provider invoice by its due date anyway and ask counsel.", days),
		Citations: []string{idCCP1281_97, idCCP1281_98, idHernandez}}
}
