package draft

import "github.com/cipa-triage/cipa-triage/core"

// counsel is the outline a lawyer starts from: the facts as answered, the
// documents read and what they showed, the dates, the factors and defenses,
// the exposure, and what is still open.
func counsel(m *matter) Doc {
	b := newBuilder(Counsel, say("draft.counsel.title"))
	as := m.as

	b.p("draft.counsel.intro", "as_of", as.AsOf)

	b.h(2, "draft.counsel.facts_heading")
	b.p("draft.counsel.facts", "business", m.business, "website", m.website, "received", m.received, "date", m.letterDate, "firm", m.firm, "claimants", m.claimants)
	rows := [][]string{{b.t("draft.counsel.question"), b.t("draft.counsel.answer")}}
	var open []string
	for _, x := range answers(m.a) {
		if x.answer == "" {
			open = append(open, x.q.Title)
			continue
		}
		rows = append(rows, []string{x.q.Title, x.answer})
	}
	b.table(rows)

	b.h(2, "draft.counsel.documents_heading")
	b.list(m.documents())
	if ev := m.evidence(); len(ev) > 0 {
		b.p("draft.counsel.evidence")
		b.list(ev)
	} else {
		b.p("draft.counsel.no_evidence")
	}

	b.h(2, "draft.counsel.dates_heading")
	switch {
	case as.Brief.ActBy.IsZero():
	case as.Brief.DaysLeft < 0:
		b.p("draft.counsel.act_by_passed", "act_by", as.Brief.ActBy, "days", -as.Brief.DaysLeft)
	default:
		b.p("draft.counsel.act_by", "act_by", as.Brief.ActBy, "days", as.Brief.DaysLeft)
	}
	rows = [][]string{{b.t("draft.counsel.date"), b.t("draft.counsel.event")}}
	for _, e := range as.Timeline {
		rows = append(rows, []string{e.Date.String(), e.Title})
	}
	b.table(rows)

	b.h(2, "draft.counsel.factors_heading")
	rows = [][]string{{b.t("draft.counsel.factor"), b.t("draft.counsel.status"), b.t("draft.counsel.finding")}}
	for _, f := range as.Factors {
		rows = append(rows, []string{f.Title, core.StatusLabel(f.Status), f.Finding})
	}
	b.table(rows)

	b.h(2, "draft.counsel.defenses_heading")
	rows = [][]string{{b.t("draft.counsel.defense"), b.t("draft.counsel.strength"), b.t("draft.counsel.why")}}
	for _, d := range as.Defenses {
		if !d.NotRaised {
			rows = append(rows, []string{d.Title, core.StrengthLabel(d.Strength), d.Why})
		}
	}
	b.table(rows)

	b.h(2, "draft.counsel.exposure_heading")
	var money []string
	for _, l := range as.Brief.Money {
		money = append(money, l.Text)
	}
	if as.MassArbitration.Applies {
		money = append(money, as.MassArbitration.Why)
	}
	money = append(money, as.Exposure.Notes...)
	b.list(money)

	b.h(2, "draft.counsel.open_heading")
	if len(open) > 0 {
		b.p("draft.counsel.unanswered", "n", len(open))
		b.list(open)
	} else {
		b.p("draft.counsel.all_answered")
	}
	var warns []string
	for _, w := range as.Warnings {
		warns = append(warns, w.Message)
	}
	if len(warns) > 0 {
		b.p("draft.counsel.warnings")
		b.list(warns)
	}
	b.p("draft.counsel.ask")

	// The outline rests on every source the assessment cites.
	for _, c := range as.Citations {
		b.cite([]string{c.ID})
	}
	return b.finish()
}
