package core

import (
	"fmt"
	"math"
)

// warnings flags answers that do not fit together, so the user can correct
// them before relying on the result.
func warnings(m *matter, dl Date) []Warning {
	a := m.a
	l := a.Letter
	ws := []Warning{}
	add := func(field, format string, args ...any) {
		ws = append(ws, Warning{Field: field, Message: fmt.Sprintf(format, args...)})
	}
	if !l.Date.IsZero() && !l.Received.IsZero() && l.Received.Before(l.Date) {
		add("letter.received", "You received the letter (%s) before the date on it (%s); check both dates.", l.Received, l.Date)
	}
	if !l.Date.IsZero() && !l.ResponseDeadline.IsZero() && l.ResponseDeadline.Before(l.Date) {
		add("letter.response_deadline", "The response deadline (%s) is before the letter's date (%s); check both dates.", l.ResponseDeadline, l.Date)
	}
	if !l.Date.IsZero() && !l.ResponseDeadline.IsZero() && l.ResponseDays != nil && !l.Date.AddDays(*l.ResponseDays).Equal(l.ResponseDeadline) {
		add("letter.response_days", "The letter gives both a date (%s) and %d days (which would end %s); the checker uses the date. Read the letter again, and count from the earlier if unsure.", l.ResponseDeadline, *l.ResponseDays, l.Date.AddDays(*l.ResponseDays))
	}
	if !l.Date.IsZero() && l.Date.After(m.asOf) {
		add("letter.date", "The letter's date (%s) is after the assessment date (%s); check the year.", l.Date, m.asOf)
	}
	for i, v := range l.VisitDates {
		if !l.Date.IsZero() && v.After(l.Date) {
			add(fmt.Sprintf("letter.visit_dates[%d]", i), "A visit date (%s) is after the letter's date (%s); check it.", v, l.Date)
		}
	}
	if l.AmountDemanded > 0 && l.PerViolationClaimed > 0 && l.ViolationsClaimed > 0 {
		perClaimant := l.PerViolationClaimed * float64(l.ViolationsClaimed)
		total := perClaimant * float64(m.claimants)
		if !near(l.AmountDemanded, total) && !near(l.AmountDemanded, perClaimant) {
			add("letter.amount_demanded", "The amount demanded (%s) is not %s per violation × %d violations × %d %s (%s); the letter may count differently or include fees. Check the letter's arithmetic.",
				usd(l.AmountDemanded), usd(l.PerViolationClaimed), l.ViolationsClaimed, m.claimants, plural(m.claimants, "claimant", "claimants"), usd(total))
		}
	}
	if r := a.Site.RemediatedOn; !r.IsZero() {
		for i, v := range m.visits {
			if v.After(r) {
				add("site.remediated_on", "You fixed the site on %s, before a visit the letter names (%s, visit %d): if the fix was complete, the letter's account of that visit needs checking against your records.", r, v, i+1)
				break
			}
		}
		if r.After(m.asOf) {
			add("site.remediated_on", "The fix date (%s) is after the assessment date (%s).", r, m.asOf)
		}
	}
	if !a.Site.PolicyUpdatedOn.IsZero() && a.Site.PolicyUpdatedOn.After(m.asOf) {
		add("site.policy_updated_on", "The policy date (%s) is after the assessment date (%s).", a.Site.PolicyUpdatedOn, m.asOf)
	}
	if len(l.Technologies) > 0 && len(a.Site.Trackers) > 0 {
		ran := map[string]bool{}
		for _, t := range a.Site.Trackers {
			ran[t] = true
		}
		for _, t := range l.Technologies {
			if t != "other" && !ran[t] {
				add("letter.technologies", "The letter blames %s, which you say did not run on your site. If so, that is a point for counsel; check the site's history (apps and tag manager can add tags).", techLabel(t))
			}
		}
	}
	if a.Terms.ArbitrationClause == "no" && (a.Terms.Provider != "" || a.Terms.Rules != "") {
		add("terms.arbitration_clause", "You say your terms have no arbitration clause but name a provider or rules; check the terms.")
	}
	if a.Business.Insurance == "none" && a.Business.InsurerNotified != nil && *a.Business.InsurerNotified {
		add("business.insurer_notified", "You say you have no cyber insurance but have notified an insurer; check which policy responds.")
	}
	if l.PreArbitrationNotice != nil && *l.PreArbitrationNotice && m.clause == "yes" && a.Terms.PreDisputeNotice == "no" {
		add("terms.pre_dispute_notice", "The letter says it is a notice of dispute under your terms, but you say your terms require none; check the dispute-resolution section.")
	}
	switch {
	case dl.IsZero():
		add("letter.date", "Without the letter's date the deadline cannot be worked out.")
	case l.Date.IsZero() && l.ResponseDeadline.IsZero():
		add("letter.date", "The deadline is counted from the day you received the letter because its date is not given; give the letter's date, which may make the deadline earlier.")
	}
	if l.ResponseDays != nil && *l.ResponseDays > 365 {
		add("letter.response_days", "A response window of %d days is unusual; check the number in the letter.", *l.ResponseDays)
	}
	// Questions still open that move the result most; each names its field
	// so a form can link to it.
	open := func(field, why string) { ws = append(ws, Warning{Field: field, Message: "Not answered yet: " + why}) }
	if len(m.visits) == 0 {
		years := int(num(idCCP340, m.asOf))
		open("letter.visit_dates", fmt.Sprintf("the visit dates the letter gives decide whether the %d-%s limit helps you.", years, plural(years, "year", "years")))
	}
	if a.Site.ConsentBanner == "" || a.Site.ConsentBanner == Unknown {
		open("site.consent_banner", "whether the tags waited for consent decides the consent defense.")
	}
	if m.clause == Unknown {
		open("terms.arbitration_clause", "whether your terms require arbitration decides where the claim goes and who pays the fees.")
	} else if m.clause == "yes" && orUnknown(a.Terms.ClaimantAccount) == Unknown {
		open("terms.claimant_account", "whether the claimant signed up or bought something decides whether your arbitration clause binds them.")
	}
	return ws
}

func near(a, b float64) bool { return math.Abs(a-b) < 0.5 }
