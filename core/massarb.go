package core

import "fmt"

// massArbitration says whether a provider's mass-arbitration rules are in
// play: demands are the claimants in this letter plus the other demands from
// the same firm, against the threshold of the provider that applies.
func massArbitration(m *matter) MassArbitration {
	out := MassArbitration{Applies: m.massApplies, Demands: m.demands, Threshold: m.threshold, Rules: m.massRules}
	counted := fmt.Sprintf("%d %s in this letter plus %d other %s from the same firm",
		m.claimants, plural(m.claimants, "claimant", "claimants"), m.a.Business.OtherDemandsSameFirm, plural(m.a.Business.OtherDemandsSameFirm, "demand", "demands"))
	switch {
	case m.massApplies:
		out.Why = fmt.Sprintf("%s make %d similar demands, at or above the threshold of %d.", counted, m.demands, m.threshold)
	case m.forum == ForumAAACommercial:
		out.Why = fmt.Sprintf("%s make %d. The AAA's mass rules apply only where the Consumer (or Employment) fee schedule applies; under the Commercial schedule each claimant files and pays separately.", counted, m.demands)
	case m.provider == "jams" && m.a.Terms.MassArbitrationProvision != "yes":
		out.Why = fmt.Sprintf("%s make %d. JAMS's mass procedures apply only if your terms (or a later agreement) adopt them, from %d similar demands.", counted, m.demands, m.threshold)
	case m.forum == ForumCourt:
		out.Why = fmt.Sprintf("%s make %d. With no arbitration clause there is no arbitration, mass or single; several claimants would sue in court, possibly as a class.", counted, m.demands)
	case m.forum == ForumUnknown && m.a.Terms.Provider == "other" && m.clause == "yes":
		out.Why = fmt.Sprintf("%s make %d. Your terms name another provider (NAM, for example), whose mass rules are not in our table; for comparison, the AAA applies its mass rules from %d similar demands.", counted, m.demands, m.threshold)
	case m.forum == ForumUnknown:
		out.Why = fmt.Sprintf("%s make %d. The provider is not known; the AAA, named in most of these letters, applies its mass rules from %d similar demands.", counted, m.demands, m.threshold)
	default:
		out.Why = fmt.Sprintf("%s make %d, below the threshold of %d. More letters from the same firm can cross it: count every demand you and your affiliates receive.", counted, m.demands, m.threshold)
	}
	if m.forum == ForumUnknown && m.a.Terms.Provider != "other" {
		out.Applies = m.demands >= m.threshold
	}
	return out
}
