package draft

import "github.com/cipa-triage/cipa-triage/core"

// insurer is the notice of claim: who writes, what arrived and when, who
// claims what under which statutes, the dates, the documents held, with the
// policy's details left as blanks; and, for the owner, why it goes before
// any payment or promise and which policies commonly respond.
func insurer(m *matter) Doc {
	b := newBuilder(Insurer, say("draft.insurer.title"))

	b.heading(2, say("draft.insurer.for_you"))
	b.para(say("draft.insurer.before_payment"))
	b.para(say("draft.insurer.consent_to_settle"))
	b.para(say("draft.insurer.lines"))
	switch m.a.Business.Insurance {
	case "cyber":
		b.para(say("draft.insurer.has_cyber"))
	case "none":
		b.para(say("draft.insurer.no_cyber"))
	default:
		b.para(say("draft.insurer.insurance_unknown"))
	}
	if n := m.a.Business.InsurerNotified; n != nil && *n {
		b.para(say("draft.insurer.already_told"))
	}
	b.para(say("draft.insurer.fill_blanks"))

	b.heading(2, say("draft.insurer.letter_heading"))
	b.table([][]string{
		{say("draft.insurer.field").Text, say("draft.insurer.detail").Text},
		{say("draft.insurer.to").Text, say("draft.blank.insurer").Text},
		{say("draft.insurer.broker").Text, say("draft.blank.broker").Text},
		{say("draft.insurer.insured").Text, m.business},
		{say("draft.insurer.policy_number").Text, say("draft.blank.policy_number").Text},
		{say("draft.insurer.policy_period").Text, say("draft.blank.policy_period").Text},
		{say("draft.insurer.date_sent").Text, say("draft.blank.date_sent").Text},
	})
	b.para(say("draft.insurer.subject", "firm", m.firm))
	b.para(say("draft.insurer.opening", "business", m.business))

	b.heading(3, say("draft.insurer.received_heading"))
	b.para(say("draft.insurer.received", "received", m.received, "date", m.letterDate, "firm", m.firm))
	if m.attorney != "" {
		b.para(say("draft.insurer.attorney", "attorney", m.attorney))
	}
	b.para(say("draft.insurer.claimants", "claimants", m.claimants))
	if m.kind != "" {
		b.para(say("draft.insurer.kind", "kind", m.kind))
	}

	b.heading(3, say("draft.insurer.alleged_heading"))
	b.doc.Blocks = append(b.doc.Blocks, Block{Type: TypeParagraph,
		Text: say("draft.insurer.statutes", "statutes", m.statutes).Text + b.cite(m.statuteIDs)})
	b.para(say("draft.insurer.technologies", "technologies", m.techs, "website", m.website))
	b.para(say("draft.insurer.visits", "visits", m.visits))
	b.para(say("draft.insurer.amount", "amount", m.amount))
	if m.forum != "" {
		b.para(say("draft.insurer.forum", "forum", m.forum))
	}

	b.heading(3, say("draft.insurer.dates_heading"))
	b.para(say("draft.insurer.act_by", "act_by", m.actBy))
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

	b.heading(3, say("draft.insurer.documents_heading"))
	b.list(m.documents())

	b.heading(3, say("draft.insurer.position_heading"))
	b.para(say("draft.insurer.no_payment"))
	b.para(say("draft.insurer.request"))
	b.para(say("draft.insurer.signature"))
	return b.finish()
}
