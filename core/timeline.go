package core

import (
	"fmt"
	"sort"
)

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
		add(Event{Date: a.Letter.Date, Kind: EventPast, Title: "Letter dated", Detail: "The date on the letter; a stated window counts from here."})
	}
	if !a.Letter.Received.IsZero() {
		add(Event{Date: a.Letter.Received, Kind: EventPast, Title: "Letter received", Detail: "Keep the envelope or the email: it proves the date."})
	}
	for i, v := range m.visits {
		t := "Visit named in the letter"
		if len(m.visits) > 1 {
			t = fmt.Sprintf("Visit %d of %d named in the letter", i+1, len(m.visits))
		}
		add(Event{Date: v, Kind: EventPast, Title: t, Detail: "What your site ran and said on this day is what matters."})
	}

	passed := !dl.IsZero() && dl.Before(today)
	preserve := "Save a HAR capture of the site as it is, your tag manager's versions and publish history, the consent tool's settings and logs, and every version of the privacy policy and terms (with dates). Changing the site first invites a spoliation argument."
	if a.Letter.PreservationDemand != nil && *a.Letter.PreservationDemand {
		preserve += " The letter itself demands that you preserve evidence."
	}
	add(Event{Date: today, Kind: EventAction, Title: "Preserve the evidence before changing the site",
		Detail: preserve, Citations: []string{idGuidePreserve}})
	if a.Business.Insurance != "none" && (a.Business.InsurerNotified == nil || !*a.Business.InsurerNotified) {
		detail := "Tender the letter to your cyber or privacy insurer now and before paying or promising anything: costs before notice and voluntary payments are generally not covered."
		if a.Business.Insurance != "cyber" {
			detail = "Check whether you have cyber or privacy liability cover; if so, tender the letter now, before paying or promising anything."
		}
		add(Event{Date: today, Kind: EventAction, Title: "Notify your insurer", Detail: detail, Citations: []string{idGuideInsurer}})
	}
	counselBy := today.AddDays(7)
	if !dl.IsZero() && !passed && dl.Before(counselBy) {
		counselBy = dl
	}
	if passed {
		counselBy = today
	}
	add(Event{Date: counselBy, Kind: EventAction, Title: "Talk to a lawyer",
		Detail: "A lawyer who defends CIPA claims can test the letter, the arbitration clause and the fee exposure, and answer for you. Bring this report, the letter and the evidence you saved."})
	if a.Site.RemediatedOn.IsZero() {
		add(Event{Date: today.AddDays(7), Kind: EventAction, Title: "Fix the site, after the evidence is saved",
			Detail:    "Hold tags until consent, name the vendors in the privacy policy, make opt-outs work and mask form fields in session replay. It limits exposure from then on; it does not erase the claim for past visits.",
			Citations: []string{idGuideRemediate}})
	} else {
		add(Event{Date: a.Site.RemediatedOn, Kind: EventPast, Title: "Site fixed",
			Detail: "Exposure is limited from this day; visits before it remain.", Citations: []string{idGuideRemediate}})
	}

	if a.Terms.PreDisputeNotice == "yes" && !a.Letter.Received.IsZero() {
		add(Event{Date: a.Letter.Received, Kind: EventPast, Title: "Notice of dispute received",
			Detail: "Your terms require a notice of dispute before arbitration. If this letter is that notice, the informal-resolution period your terms set runs from it, and a demand filed before it ends can be challenged; check the period and what the notice must contain."})
	}
	if !dl.IsZero() {
		kind, t := EventDeadline, "Respond by the letter's deadline"
		detail := "Through counsel: a response, a request for more time, or a decision to let the window pass knowingly. Silence is a choice too."
		if passed {
			kind, t = EventPast, "The letter's response window closed"
			detail = fmt.Sprintf("The window closed %d %s ago. It is the firm's deadline, not a court's: a claim can still be answered, but expect a filing. Ask counsel to contact the firm now.", today.DaysUntil(dl)*-1, plural(-today.DaysUntil(dl), "day", "days"))
		}
		add(Event{Date: dl, Kind: kind, Title: t, Detail: detail})
		add(missedWindow(m, dl, passed))
		if m.forum == ForumAAACommercial {
			add(feeClockUnsettled(m, dl, passed))
		} else if m.arbitrable() || m.forum == ForumUnknown {
			days := int(num(idCCP1281_97, m.asOf))
			filed := dl.AddDays(1)
			if passed {
				filed = today
			}
			add(Event{Date: filed.AddDays(days), Kind: EventConsequence,
				Title:     fmt.Sprintf("Fee-payment deadline if a demand is filed and invoiced on %s", filed.Long()),
				Detail:    fmt.Sprintf("Once a consumer arbitration is filed, pay each provider invoice within %d days of its due date (invoices are due on receipt unless your terms say otherwise): a drafting party that pays late is in material breach and can lose the right to arbitrate and owe sanctions (CCP §§ 1281.97-1281.99). Hohenshelt (2025) softened this: forfeiture now needs willful, grossly negligent or fraudulent non-payment, but calendar every invoice anyway.", days),
				Citations: []string{idCCP1281_97, idCCP1281_98, idCCP1281_99, idHohenshelt}})
		}
	}
	ev = append(ev, limitationEvents(m)...)
	if e, ok := sb690Event(m); ok {
		add(e)
	}
	sort.SliceStable(ev, func(i, j int) bool { return ev[i].Date.Before(ev[j].Date) })
	return ev
}

// missedWindow says what follows if the window passes without a response.
func missedWindow(m *matter, dl Date, passed bool) Event {
	e := Event{Date: dl.AddDays(1), Kind: EventConsequence, Title: "If the window passes"}

	switch m.forum {
	case ForumAAAConsumer, ForumAAAMass:
		e.Detail = fmt.Sprintf("The firm can file %s with the AAA. The AAA then invoices you its fees (about %s in business fees on the table above), whatever the merits; unpaid fees can cost you the right to arbitrate.",
			demandsWord(m.demands), usd(businessFees(m)))
		e.Citations = []string{idAAABizFiling}
		if m.forum == ForumAAAMass {
			e.Citations = []string{idAAAMassBiz, idAAAMassThresh}
		}
	case ForumAAACommercial:
		e.Detail = "The firm can file with the AAA; under the Commercial schedule each claimant pays the filing fee, and may argue that the AAA's platform rule applies Consumer fees instead."
		e.Citations = []string{idAAACommFiling, idAAAPlatform}
	case ForumJAMS, ForumJAMSMass:
		e.Detail = "The firm can file with JAMS, which then invoices you its fees; unpaid fees can cost you the right to arbitrate."
		e.Citations = []string{idJAMSFiling}
	case ForumCourt:
		e.Detail = "With no arbitration clause the firm's route is a lawsuit in court, individual or as a class action."
	default:
		e.Detail = "The firm can file the claim in the forum your terms allow (most letters threaten the AAA), after which provider fees fall due."
	}
	if passed {
		e.Title = "Since the window closed"
		e.Detail += " It may already have happened: ask counsel to check with the firm and the provider."
	}
	return e
}

func demandsWord(n int) string {
	if n == 1 {
		return "the demand"
	}
	return fmt.Sprintf("%d demands", n)
}

func businessFees(m *matter) float64 { return businessTotal(forumCosts(m)) }
