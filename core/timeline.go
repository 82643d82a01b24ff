package core

import "sort"

// Event kinds.
const (
	EventAction      = "action"
	EventDeadline    = "deadline"
	EventConsequence = "consequence"
	EventPast        = "past"
)

// timeline lays out dated actions from the as-of day to the deadline and
// past it: evidence before changes, the insurer, counsel, the fix, the
// response, what follows a missed window and the fee-payment clock.
func timeline(m *matter, dl Date) []Event {
	a := m.a
	today := m.asOf
	var ev []Event
	add := func(e Event) { ev = append(ev, e) }

	if !a.Letter.Date.IsZero() {
		add(event(a.Letter.Date, EventPast, say("timeline.letter_dated")))
	}
	if !a.Letter.Received.IsZero() {
		add(event(a.Letter.Received, EventPast, say("timeline.letter_received")))
	}
	for i, v := range m.visits {
		if len(m.visits) > 1 {
			add(event(v, EventPast, say("timeline.visit_of", "n", i+1, "total", len(m.visits))))
		} else {
			add(event(v, EventPast, say("timeline.visit")))
		}
	}

	passed := !dl.IsZero() && dl.Before(today)
	demanded := a.Letter.PreservationDemand != nil && *a.Letter.PreservationDemand
	switch file := recordingFile(m); {
	case file != "" && demanded:
		add(event(today, EventAction, say("timeline.preserve_har_demanded", "file", file)))
	case file != "":
		add(event(today, EventAction, say("timeline.preserve_har", "file", file)))
	case demanded:
		add(event(today, EventAction, say("timeline.preserve_demanded")))
	default:
		add(event(today, EventAction, say("timeline.preserve")))
	}
	if a.Business.Insurance != InsuranceNone && (a.Business.InsurerNotified == nil || !*a.Business.InsurerNotified) {
		if a.Business.Insurance != InsuranceCyber {
			add(event(today, EventAction, say("timeline.insurer_check")))
		} else {
			add(event(today, EventAction, say("timeline.insurer_cyber")))
		}
	}
	counselBy := today.AddDays(7)
	if !dl.IsZero() && !passed && dl.Before(counselBy) {
		counselBy = dl
	}
	if passed {
		counselBy = today
	}
	add(event(counselBy, EventAction, say("timeline.counsel")))
	if a.Site.RemediatedOn.IsZero() {
		add(event(today.AddDays(7), EventAction, say("timeline.fix_site")))
	} else {
		add(event(a.Site.RemediatedOn, EventPast, say("timeline.site_fixed")))
	}

	if m.clause == Yes && m.terms.PreDisputeNotice == Yes && !a.Letter.Received.IsZero() {
		add(event(a.Letter.Received, EventPast, say("timeline.notice_of_dispute")))
	}
	if !dl.IsZero() {
		if passed {
			add(event(dl, EventPast, say("timeline.window_closed", "days_ago", -today.DaysUntil(dl))))
		} else {
			add(event(dl, EventDeadline, say("timeline.respond")))
		}
		add(missedWindow(m, dl, passed))
		if m.forum == ForumAAACommercial {
			add(feeClockUnsettled(m, dl, passed))
		} else if m.arbitrable() || m.forum == ForumUnknown {
			days := int(num(idCCP1281_97, m.asOf))
			filed := dl.AddDays(1)
			if passed {
				filed = today
			}
			add(event(filed.AddDays(days), EventConsequence, say("timeline.fee_deadline", "filed", filed, "days", days)))
		}
	}
	ev = append(ev, limitationEvents(m)...)
	if e, ok := sb690Event(m); ok {
		add(e)
	}
	sort.SliceStable(ev, func(i, j int) bool { return ev[i].Date.Before(ev[j].Date) })
	return ev
}

// missedWindow says what follows if the window passes without a response,
// or what may have followed since it closed.
func missedWindow(m *matter, dl Date, passed bool) Event {
	fees := businessFees(m)
	var e Event
	switch {
	case (m.forum == ForumAAAConsumer && m.demands == 1) && passed:
		e = event(dl, EventConsequence, say("timeline.window_passed.aaa_consumer_one", "fees", fees))
	case m.forum == ForumAAAConsumer && m.demands == 1:
		e = event(dl, EventConsequence, say("timeline.window_passes.aaa_consumer_one", "fees", fees))
	case m.forum == ForumAAAConsumer && passed:
		e = event(dl, EventConsequence, say("timeline.window_passed.aaa_consumer", "demands", m.demands, "fees", fees))
	case m.forum == ForumAAAConsumer:
		e = event(dl, EventConsequence, say("timeline.window_passes.aaa_consumer", "demands", m.demands, "fees", fees))
	case m.forum == ForumAAAMass && passed:
		e = event(dl, EventConsequence, say("timeline.window_passed.aaa_mass", "demands", m.demands, "fees", fees))
	case m.forum == ForumAAAMass:
		e = event(dl, EventConsequence, say("timeline.window_passes.aaa_mass", "demands", m.demands, "fees", fees))
	case m.forum == ForumAAACommercial && passed:
		e = event(dl, EventConsequence, say("timeline.window_passed.aaa_commercial"))
	case m.forum == ForumAAACommercial:
		e = event(dl, EventConsequence, say("timeline.window_passes.aaa_commercial"))
	case (m.forum == ForumJAMS || m.forum == ForumJAMSMass) && passed:
		e = event(dl, EventConsequence, say("timeline.window_passed.jams"))
	case m.forum == ForumJAMS || m.forum == ForumJAMSMass:
		e = event(dl, EventConsequence, say("timeline.window_passes.jams"))
	case m.forum == ForumCourt && passed:
		e = event(dl, EventConsequence, say("timeline.window_passed.court"))
	case m.forum == ForumCourt:
		e = event(dl, EventConsequence, say("timeline.window_passes.court"))
	case passed:
		e = event(dl, EventConsequence, say("timeline.window_passed.unknown"))
	default:
		e = event(dl, EventConsequence, say("timeline.window_passes.unknown"))
	}
	e.Date = dl.AddDays(1)
	return e
}

func businessFees(m *matter) float64 { return businessTotal(forumCosts(m)) }
