package core

import (
	"fmt"
	"math"
)

// warnings flags answers that do not fit together, so the user can correct
// them before relying on the result, and the open questions that move it
// most. What each says is in core/wording/wording.json.
func warnings(m *matter, dl Date) []Warning {
	a := m.a
	l := a.Letter
	ws := []Warning{}
	add := func(field, text string) { ws = append(ws, Warning{Field: field, Message: text}) }
	if !l.Date.IsZero() && !l.Received.IsZero() && l.Received.Before(l.Date) {
		add("letter.received", sayText("warning.received_before_date", "received", l.Received, "letter_date", l.Date))
	}
	if !l.Date.IsZero() && !l.ResponseDeadline.IsZero() && l.ResponseDeadline.Before(l.Date) {
		add("letter.response_deadline", sayText("warning.deadline_before_date", "deadline", l.ResponseDeadline, "letter_date", l.Date))
	}
	if !l.Date.IsZero() && !l.ResponseDeadline.IsZero() && l.ResponseDays != nil && !l.Date.AddDays(*l.ResponseDays).Equal(l.ResponseDeadline) {
		add("letter.response_days", sayText("warning.date_and_days", "deadline", l.ResponseDeadline, "days", *l.ResponseDays, "days_end", l.Date.AddDays(*l.ResponseDays)))
	}
	if !l.Date.IsZero() && l.Date.After(m.asOf) {
		add("letter.date", sayText("warning.letter_date_future", "letter_date", l.Date, "as_of", m.asOf))
	}
	for i, v := range l.VisitDates {
		if !l.Date.IsZero() && v.After(l.Date) {
			add(fmt.Sprintf("letter.visit_dates[%d]", i), sayText("warning.visit_after_letter", "visit", v, "letter_date", l.Date))
		}
	}
	if l.AmountDemanded > 0 && l.PerViolationClaimed > 0 && l.ViolationsClaimed > 0 {
		perClaimant := l.PerViolationClaimed * float64(l.ViolationsClaimed)
		total := perClaimant * float64(m.claimants)
		if !near(l.AmountDemanded, total) && !near(l.AmountDemanded, perClaimant) {
			add("letter.amount_demanded", sayText("warning.amount_arithmetic", "demanded", l.AmountDemanded, "per_violation", l.PerViolationClaimed,
				"violations", l.ViolationsClaimed, "claimants", m.claimants, "total", total))
		}
	}
	if r := a.Site.RemediatedOn; !r.IsZero() {
		for i, v := range m.visits {
			if v.After(r) {
				add("site.remediated_on", sayText("warning.fixed_before_visit", "fixed", r, "visit", v, "n", i+1))
				break
			}
		}
		if r.After(m.asOf) {
			add("site.remediated_on", sayText("warning.fix_future", "fixed", r, "as_of", m.asOf))
		}
	}
	if !a.Site.PolicyUpdatedOn.IsZero() && a.Site.PolicyUpdatedOn.After(m.asOf) {
		add("site.policy_updated_on", sayText("warning.policy_future", "updated", a.Site.PolicyUpdatedOn, "as_of", m.asOf))
	}
	if len(l.Technologies) > 0 && len(a.Site.Trackers) > 0 {
		ran := map[string]bool{}
		for _, t := range a.Site.Trackers {
			ran[t] = true
		}
		for _, t := range l.Technologies {
			if t != "other" && !ran[t] {
				add("letter.technologies", sayText("warning.tech_not_run", "tech", techLabel(t)))
			}
		}
	}
	if m.terms.ArbitrationClause == No && (m.terms.Provider != "" || m.terms.Rules != "") {
		add("terms.arbitration_clause", sayText("warning.no_clause_but_provider"))
	}
	if a.Business.Insurance == InsuranceNone && a.Business.InsurerNotified != nil && *a.Business.InsurerNotified {
		add("business.insurer_notified", sayText("warning.notified_without_insurance"))
	}
	if l.PreArbitrationNotice != nil && *l.PreArbitrationNotice && m.clause == Yes && m.terms.PreDisputeNotice == No {
		add("terms.pre_dispute_notice", sayText("warning.notice_not_required"))
	}
	switch {
	case dl.IsZero():
		add("letter.date", sayText("warning.no_deadline"))
	case l.Date.IsZero() && l.ResponseDeadline.IsZero():
		add("letter.date", sayText("warning.counted_from_received"))
	}
	if l.ResponseDays != nil && *l.ResponseDays > 365 {
		add("letter.response_days", sayText("warning.long_window", "days", *l.ResponseDays))
	}
	// Questions still open that move the result most; each names its field
	// so a form can link to it.
	if len(m.visits) == 0 {
		add("letter.visit_dates", sayText("warning.open.visit_dates", "years", int(num(idCCP340, m.asOf))))
	}
	if a.Site.ConsentBanner == "" || a.Site.ConsentBanner == Unknown {
		add("site.consent_banner", sayText("warning.open.consent_banner"))
	}
	if m.clause == Unknown {
		add("terms.arbitration_clause", sayText("warning.open.arbitration_clause"))
	} else if m.clause == Yes && orUnknown(m.terms.ClaimantAccount) == Unknown {
		add("terms.claimant_account", sayText("warning.open.claimant_account"))
	}
	return ws
}

func near(a, b float64) bool { return math.Abs(a-b) < 0.5 }
