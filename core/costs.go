package core

import (
	"fmt"
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
		cost(m, idAAAMassBiz, "business", "when the mass filing is initiated", 1),
		cost(m, idAAAMassCaseBiz, "business", "for each case in the mass filing", n),
		cost(m, idAAAMassClaim, "claimant", "when the mass filing is initiated", 1),
		cost(m, idAAAMassCaseCl, "claimant", fmt.Sprintf("for each of the first %s cases", count(tier)), first),
	}
	if later > 0 {
		costs = append(costs, cost(m, idAAAMassCaseCl2, "claimant", fmt.Sprintf("for each case after the first %s", count(tier)), later))
	}
	appoint := cost(m, idAAAMassAppoint, "business", "only for each case that goes on to a merits arbitrator; not in the total", n)
	appoint.Label += ", if every case reached a merits arbitrator"
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
	label := fmt.Sprintf("JAMS filing fee, business share (%s less the consumer's %s at most)", usd(filing.Value), usd(capped.Value))
	if n > 1 {
		label += fmt.Sprintf(" (%s × %s)", count(n), usd(biz))
	}
	return []Cost{
		{ID: idJAMSFee, Label: label, Amount: biz * float64(n), Payer: "business", When: "when each demand is filed",
			Source: idJAMSFee, AsOf: filing.From, Checked: filing.Checked, Confirm: filing.Confirm || capped.Confirm},
		cost(m, idJAMSConsumer, "claimant", "when the consumer files", n),
	}
}

// businessTotal adds what the business pays for certain; contingent fees
// are left out and the costs note says so.
func businessTotal(costs []Cost) float64 {
	var total float64
	for _, c := range costs {
		if c.Payer == "business" && !c.Contingent {
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
func supersededLabel(id string, d Date) string {
	e, ok := knowledge.Lookup(id)
	if !ok || !e.Superseded(d.Time()) {
		return ""
	}
	on, _ := ParseDate(e.SupersededOn)
	return fmt.Sprintf(" [from a schedule superseded on %s: last known figure, confirm the current one]", on.Long())
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
