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
		return fmt.Sprintf("Includes the arbitrator's compensation deposit (%s a case, to be confirmed), usually the largest single-case item; it can grow with the arbitrator's time.", usd(num(idAAAArbitrator, m.asOf)))
	case ForumAAACommercial:
		return "No amounts: the Commercial filing and final fees this checker used to show came from a site that is not the AAA, so they were dropped; under the Commercial schedule the claimant who files pays the filing fee. Arbitrator compensation is not included either. Take the amounts from the AAA's current Commercial fee schedule."
	case ForumAAAMass:
		var contingent float64
		for _, c := range costs {
			if c.Contingent {
				contingent += c.Amount
			}
		}
		return fmt.Sprintf("Includes the business's initiation and per-case fees. Not included: the merits-arbitrator appointment fee, due only for cases that go that far (%s if every case did), the arbitrators' compensation and the Process Arbitrator's hourly fees, which our sources do not give. The AAA credits the initiation fee against per-case fees, so the total may be lower.", usd(contingent))
	case ForumJAMS:
		return "Assumes JAMS's consumer policy applies (an individual claimant under your pre-dispute clause), which caps the consumer's share. Does not include the arbitrator's compensation, which the arbitrator sets by the hour and the business pays in a consumer case, nor JAMS's 12% case management fee on it."
	case ForumJAMSMass:
		return "Does not include case management, Process Administrator or arbitrator fees, which our sources do not give."
	case ForumCourt:
		return "No arbitration clause, so no provider fees; court costs and the cost of defense are not included."
	}
	return "The forum is not known, so no provider fees are counted."
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
		return "That includes the arbitrator's compensation deposit, usually the largest item for a single case."
	case ForumAAAMass:
		return "Not counted: the arbitrators' compensation and the appointment fee for each case that reaches a merits arbitrator."
	case ForumJAMS, ForumJAMSMass:
		return "Not counted: the arbitrator's compensation, which the business pays in a consumer case."
	}
	return ""
}
