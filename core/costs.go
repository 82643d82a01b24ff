package core

import (
	"math"

	"github.com/cipa-triage/cipa-triage/core/knowledge"
)

// massCosts are the AAA mass-arbitration fees for n similar demands: the
// initiation fee, the per-case fees, and the appointment fee that falls due
// only for cases that reach a merits arbitrator (listed, not totalled).
func massCosts(m *matter) []Cost {
	n := m.demands
	tier := int(num(idAAAMassClTier, m.asOf))
	first, later := min(n, tier), max(n-tier, 0)
	costs := []Cost{
		cost(m, idAAAMassBiz, PayerBusiness, sayText("cost.when.mass_initiated"), 1),
		cost(m, idAAAMassCaseBiz, PayerBusiness, sayText("cost.when.mass_each_case"), n),
		cost(m, idAAAMassClaim, PayerClaimant, sayText("cost.when.mass_initiated"), 1),
		cost(m, idAAAMassCaseCl, PayerClaimant, sayText("cost.when.mass_first_cases", "tier", count(tier)), first),
	}
	if later > 0 {
		costs = append(costs, cost(m, idAAAMassCaseCl2, PayerClaimant, sayText("cost.when.mass_later_cases", "tier", count(tier)), later))
	}
	appoint := cost(m, idAAAMassAppoint, PayerBusiness, sayText("cost.when.mass_appointment"), n)
	appoint.Label = sayText("cost.label.appointment", "label", appoint.Label)
	appoint.Contingent = true
	return append(costs, appoint)
}

// jamsCosts are JAMS's single-case fees for n consumer demands: the filing
// fee less the consumer's capped share falls on the business.
func jamsCosts(m *matter) []Cost {
	n := m.demands
	filing := valueAt(idJAMSFee, m.asOf)
	capped := valueAt(idJAMSConsumer, m.asOf)
	biz := math.Max(filing.Value-capped.Value, 0)
	label := sayText("cost.label.jams_business", "filing", filing.Value, "cap", capped.Value)
	if n > 1 {
		label = sayText("cost.label.jams_business_times", "filing", filing.Value, "cap", capped.Value, "times", count(n), "each", biz)
	}
	return []Cost{
		{ID: idJAMSFee, Label: label, Amount: biz * float64(n), Payer: PayerBusiness, When: sayText("cost.when.jams_each_demand"),
			Source: idJAMSFee, AsOf: filing.From, Checked: filing.Checked, Confirm: filing.Confirm || capped.Confirm},
		cost(m, idJAMSConsumer, PayerClaimant, sayText("cost.when.jams_consumer"), n),
	}
}

// businessTotal adds what the business pays for certain; contingent fees
// are left out and the costs note says so.
func businessTotal(costs []Cost) float64 {
	var total float64
	for _, c := range costs {
		if c.Payer == PayerBusiness && !c.Contingent {
			total += c.Amount
		}
	}
	return total
}

// costsNote says beside the total what it includes and what it leaves
// out, above all the arbitrator's compensation.
func costsNote(m *matter, costs []Cost) string {
	switch m.forum {
	case ForumAAAConsumer:
		return sayText("costs.note.aaa_consumer", "deposit", num(idAAAArbitrator, m.asOf))
	case ForumAAACommercial:
		return sayText("costs.note.aaa_commercial")
	case ForumAAAMass:
		var contingent float64
		for _, c := range costs {
			if c.Contingent {
				contingent += c.Amount
			}
		}
		return sayText("costs.note.aaa_mass", "contingent", contingent)
	case ForumJAMS:
		return sayText("costs.note.jams")
	case ForumJAMSMass:
		return sayText("costs.note.jams_mass")
	case ForumCourt:
		return sayText("costs.note.court")
	}
	return sayText("costs.note.unknown")
}

// supersededLabel marks a figure from a schedule a later one displaced
// on or before day d: it is the last known figure, not the current one.
func supersededLabel(label, id string, d Date) string {
	e, ok := knowledge.Lookup(id)
	if !ok || !e.Superseded(d.Time()) {
		return label
	}
	on, _ := ParseDate(e.SupersededOn)
	return sayText("cost.label.superseded", "label", label, "on", on)
}

// costsSummary is the summary's short word on what the fee total covers.
func costsSummary(m *matter) string {
	switch m.forum {
	case ForumAAAConsumer:
		return sayText("costs.summary.aaa_consumer")
	case ForumAAAMass:
		return sayText("costs.summary.aaa_mass")
	case ForumJAMS, ForumJAMSMass:
		return sayText("costs.summary.jams")
	}
	return ""
}
