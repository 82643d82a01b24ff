package draft

import "github.com/cipa-triage/cipa-triage/core"

// insurer is the notice of claim: who writes, what arrived and when, who
// claims what under which statutes, the dates, the documents held, with the
// policy's details left as blanks; and, for the owner, why it goes before
// any payment or promise and which policies commonly respond.
func insurer(m *matter) Doc {
	b := newBuilder(Insurer, say("draft.insurer.title"))

	b.h(2, "draft.insurer.for_you")
	b.p("draft.insurer.before_payment")
	b.p("draft.insurer.consent_to_settle")
	b.p("draft.insurer.lines")
	switch m.a.Business.Insurance {
	case "cyber":
		b.p("draft.insurer.has_cyber")
	case "none":
		b.p("draft.insurer.no_cyber")
	default:
		b.p("draft.insurer.insurance_unknown")
	}
	if n := m.a.Business.InsurerNotified; n != nil && *n {
		b.p("draft.insurer.already_told")
	}
	b.p("draft.insurer.fill_blanks")

	b.h(2, "draft.insurer.letter_heading")
	b.table([][]string{
		{b.t("draft.insurer.field"), b.t("draft.insurer.detail")},
		{b.t("draft.insurer.to"), b.t("draft.blank.insurer")},
		{b.t("draft.insurer.broker"), b.t("draft.blank.broker")},
		{b.t("draft.insurer.insured"), m.business},
		{b.t("draft.insurer.policy_number"), b.t("draft.blank.policy_number")},
		{b.t("draft.insurer.policy_period"), b.t("draft.blank.policy_period")},
		{b.t("draft.insurer.date_sent"), b.t("draft.blank.date_sent")},
	})
	b.p("draft.insurer.subject", "firm", m.firm)
	b.p("draft.insurer.opening", "business", m.business)

	b.h(3, "draft.insurer.received_heading")
	b.p("draft.insurer.received", "received", m.received, "date", m.letterDate, "firm", m.firm)
	if m.attorney != "" {
		b.p("draft.insurer.attorney", "attorney", m.attorney)
	}
	b.p("draft.insurer.claimants", "claimants", m.claimants)
	if m.kind != "" {
		b.p("draft.insurer.kind", "kind", m.kind)
	}

	b.h(3, "draft.insurer.alleged_heading")
	b.doc.Blocks = append(b.doc.Blocks, Block{Type: TypeParagraph,
		Text: b.t("draft.insurer.statutes", "statutes", m.statutes) + b.cite(m.statuteIDs)})
	b.p("draft.insurer.technologies", "technologies", m.techs, "website", m.website)
	b.p("draft.insurer.visits", "visits", m.visits)
	b.p("draft.insurer.amount", "amount", m.amount)
	if m.forum != "" {
		b.p("draft.insurer.forum", "forum", m.forum)
	}

	b.h(3, "draft.insurer.dates_heading")
	b.p("draft.insurer.act_by", "act_by", m.actBy)
	if m.actByKind != "" {
		b.text(m.actByKind)
	}
	var dated []string
	for _, e := range m.as.Timeline {
		if e.Kind == core.EventDeadline || e.Kind == core.EventConsequence {
			dated = append(dated, e.Date.Long()+": "+e.Title)
		}
	}
	b.list(dated)

	b.h(3, "draft.insurer.documents_heading")
	b.list(m.documents())

	b.h(3, "draft.insurer.position_heading")
	b.p("draft.insurer.no_payment")
	b.p("draft.insurer.request")
	b.p("draft.insurer.signature")
	return b.finish()
}
