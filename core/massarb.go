package core

// massArbitration says whether a provider's mass-arbitration rules are in
// play: demands are the claimants in this letter plus the other demands from
// the same firm, against the threshold of the provider that applies.
func massArbitration(m *matter) MassArbitration {
	out := MassArbitration{Applies: m.massApplies, Demands: m.demands, Threshold: m.threshold, Rules: m.massRules}
	n := []any{"claimants", m.claimants, "others", m.a.Business.OtherDemandsSameFirm, "demands", m.demands, "threshold", m.threshold}
	switch {
	case m.massApplies:
		out.Why = sayText("mass.why.applies", n...)
	case m.forum == ForumAAACommercial:
		out.Why = sayText("mass.why.commercial", n...)
	case m.provider == ProviderJAMS && m.terms.MassArbitrationProvision != Yes:
		out.Why = sayText("mass.why.jams_not_adopted", n...)
	case m.forum == ForumCourt:
		out.Why = sayText("mass.why.court", n...)
	case m.forum == ForumUnknown && m.terms.Provider == ProviderOther && m.clause == Yes:
		out.Why = sayText("mass.why.other_provider", n...)
	case m.forum == ForumUnknown:
		out.Why = sayText("mass.why.provider_unknown", n...)
	default:
		out.Why = sayText("mass.why.below", n...)
	}
	if m.forum == ForumUnknown && m.terms.Provider != ProviderOther {
		out.Applies = m.demands >= m.threshold
	}
	return out
}
