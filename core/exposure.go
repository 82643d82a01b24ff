package core

import "math"

// exposure sets what the letter claims beside the statutory measure, a
// per-claimant range reached from sourced figures, and what arbitration
// would cost the business in the forum that applies.
func exposure(m *matter) Exposure {
	l := m.a.Letter
	x := Exposure{Forum: m.forum, Costs: []Cost{}, Notes: []string{}}

	per := valueAt(idPC637_2, m.asOf)
	// Letters count violations per claimant; a batch letter multiplies them
	// by its claimants, as the letters' own arithmetic does.
	violations := l.ViolationsClaimed
	counted := violations >= 1
	if !counted {
		violations = 1
	}

	switch {
	case l.AmountDemanded > 0:
		x.Claimed = &Money{Amount: l.AmountDemanded, Basis: sayText("exposure.claimed.total")}
	case l.PerViolationClaimed > 0 && l.ViolationsClaimed > 0:
		total := l.PerViolationClaimed * float64(l.ViolationsClaimed) * float64(m.claimants)
		basis := sayText("exposure.claimed.computed", "per_violation", l.PerViolationClaimed, "violations", l.ViolationsClaimed)
		if m.claimants > 1 {
			basis = sayText("exposure.claimed.computed_claimants", "per_violation", l.PerViolationClaimed, "violations", l.ViolationsClaimed, "claimants", m.claimants)
		}
		x.Claimed = &Money{Amount: finite(total), Basis: basis}
	}

	treble := int(num(idPC637_2Treble, m.asOf))
	var basis string
	switch {
	case counted && m.claimants > 1:
		basis = sayText("exposure.statutory.counted_claimants", "per_violation", per.Value, "treble", treble, "violations", violations, "claimants", m.claimants)
	case counted:
		basis = sayText("exposure.statutory.counted", "per_violation", per.Value, "treble", treble, "violations", violations)
	case m.claimants > 1:
		basis = sayText("exposure.statutory.uncounted_claimants", "per_violation", per.Value, "treble", treble, "claimants", m.claimants)
	default:
		basis = sayText("exposure.statutory.uncounted", "per_violation", per.Value, "treble", treble)
	}
	x.Statutory = Money{
		Amount:  finite(per.Value * float64(violations) * float64(m.claimants)),
		Basis:   basis,
		Source:  idPC637_2,
		Confirm: per.Confirm,
	}
	x.Theories = theories(m, x.Statutory.Amount, theoryBasis(m, per.Value, violations, counted))
	perViolation := sb690Statutory(m, &x, per.Value)

	fine := num(idPC638_51, m.asOf)
	switch {
	case l.PerViolationClaimed > 0 && l.PerViolationClaimed == fine && m.cites["638.51"]:
		x.Notes = append(x.Notes, sayText("exposure.note.criminal_fine_638_51", "fine", fine, "per_violation", per.Value))
	case l.PerViolationClaimed > 0 && l.PerViolationClaimed == fine:
		x.Notes = append(x.Notes, sayText("exposure.note.criminal_fine", "fine", fine, "per_violation", per.Value))
	case l.PerViolationClaimed > per.Value:
		x.Notes = append(x.Notes, sayText("exposure.note.above_per_violation", "claimed", l.PerViolationClaimed, "per_violation", per.Value))
	}
	if x.Claimed != nil && x.Claimed.Amount > x.Statutory.Amount*1.0001 {
		x.Notes = append(x.Notes, sayText("exposure.note.demand_above_statutory", "claimed", x.Claimed.Amount, "statutory", x.Statutory.Amount))
	}
	if n := sb690Note(m); n != "" {
		x.Notes = append(x.Notes, n)
	}

	x.PerClaimant = perClaimant(m, perViolation, violations)
	x.PerClaimant.Basis += sb690RangeNote(m, perViolation)
	x.Costs = forumCosts(m)
	x.CostsTotal = businessTotal(x.Costs)
	x.CostsNote = costsNote(m, x.Costs)
	x.Notes = append(x.Notes, forumNote(m)...)
	return x
}

// perClaimant is a realistic range for one claimant, built only from
// sourced figures: reported settlements (anecdotes, marked as such), the
// § 637.2 measure for one claimant's violations, and the letter's own claim.
func perClaimant(m *matter, perViolation float64, violations int) Range {
	low := num(idAnecdoteLow, m.asOf)
	anecdoteHigh := num(idAnecdoteHigh, m.asOf)
	perClaimantViolations := violations
	statutory := perViolation * float64(perClaimantViolations)
	high := math.Max(anecdoteHigh, statutory)
	asked := m.a.Letter.AmountDemanded / float64(m.claimants)
	basis := sayText("exposure.per_claimant.basis", "low", low, "anecdote_high", anecdoteHigh, "violations", perClaimantViolations, "statutory", statutory)
	if asked > 0 {
		basis = sayText("exposure.per_claimant.basis_asked", "low", low, "anecdote_high", anecdoteHigh, "violations", perClaimantViolations, "statutory", statutory, "asked", asked)
	}
	// A realistic figure is never above both what the letter asks and what
	// the statute measures; the reported top of the range can be.
	if ceiling := math.Max(statutory, asked); high > ceiling {
		high = ceiling
		basis = sayText("exposure.per_claimant.basis_capped", "low", low, "high", high, "asked", asked, "anecdote_high", anecdoteHigh, "violations", perClaimantViolations, "statutory", statutory)
	}
	low = math.Min(low, high)
	return Range{Low: low, High: high, Basis: basis}
}

func cost(m *matter, id string, payer Payer, when string, times int) Cost {
	f := valueAt(id, m.asOf)
	label := title(id)
	amount := f.Value * float64(times)
	if times > 1 {
		label = sayText("exposure.cost.times", "fee", label, "times", count(times), "each", f.Value)
	}
	label = supersededLabel(label, id, m.asOf)
	return Cost{ID: id, Label: label, Amount: amount, Payer: payer, When: when, Source: id, AsOf: f.From, Checked: f.Checked, Confirm: f.Confirm}
}

// forumCosts lists the provider's fees in the forum that applies, each from
// the table with its effective and checked dates.
func forumCosts(m *matter) []Cost {
	n := m.demands
	switch m.forum {
	case ForumAAAConsumer:
		return []Cost{
			cost(m, idAAABizFiling, PayerBusiness, sayText("cost.when.claimant_filing_complete"), n),
			cost(m, idAAACaseMgmt, PayerBusiness, sayText("cost.when.before_appointment"), n),
			cost(m, idAAAArbitrator, PayerBusiness, sayText("cost.when.arbitrator_deposit"), n),
			cost(m, idAAAClaimFiling, PayerClaimant, sayText("cost.when.claimant_files"), n),
		}
	case ForumAAACommercial:
		// The Commercial amounts were dropped from the table (their only
		// source was not the AAA); costsNote says so.
		return []Cost{}
	case ForumAAAMass:
		return massCosts(m)
	case ForumJAMS:
		return jamsCosts(m)
	case ForumJAMSMass:
		filing := valueAt(idJAMSFiling, m.asOf)
		capped := valueAt(idJAMSCap, m.asOf)
		biz := math.Max(filing.Value-capped.Value, 0)
		return []Cost{
			{ID: idJAMSFiling, Label: sayText("exposure.cost.jams_mass_business", "filing", filing.Value, "cap", capped.Value),
				Amount: biz, Payer: PayerBusiness, When: sayText("cost.when.jams_mass"), Source: idJAMSFiling, AsOf: filing.From, Checked: filing.Checked, Confirm: filing.Confirm || capped.Confirm},
			cost(m, idJAMSCap, PayerClaimant, sayText("cost.when.jams_mass"), 1),
		}
	}
	return []Cost{}
}

// forumNote explains the forum choice and what the cost table leaves out.
func forumNote(m *matter) []string {
	switch m.forum {
	case ForumAAAConsumer:
		if m.demands > 1 {
			return []string{sayText("exposure.forum.aaa_consumer_cases", "cases", m.demands)}
		}
		return []string{sayText("exposure.forum.aaa_consumer")}
	case ForumAAACommercial:
		return []string{sayText("exposure.forum.aaa_commercial")}
	case ForumAAAMass:
		return []string{sayText("exposure.forum.aaa_mass", "demands", m.demands, "threshold", m.threshold)}
	case ForumJAMSMass:
		return []string{sayText("exposure.forum.jams_mass")}
	case ForumJAMS:
		return []string{sayText("exposure.forum.jams")}
	case ForumCourt:
		return []string{sayText("exposure.forum.court")}
	}
	if m.clause == Yes && m.terms.Provider == ProviderOther {
		return []string{sayText("exposure.forum.other_provider")}
	}
	return []string{sayText("exposure.forum.unknown")}
}

// finite keeps absurd inputs (a typed 1e300 times a billion claimants) from
// becoming an infinity that JSON cannot carry.
func finite(x float64) float64 {
	if math.IsInf(x, 1) || math.IsNaN(x) {
		return math.MaxFloat64
	}
	return x
}

// theoryBasis is the per-theory measure's basis.
func theoryBasis(m *matter, per float64, violations int, counted bool) string {
	switch {
	case counted && m.claimants > 1:
		return sayText("theory.basis_claimants", "per_violation", per, "violations", violations, "claimants", m.claimants)
	case counted:
		return sayText("theory.basis", "per_violation", per, "violations", violations)
	case m.claimants > 1:
		return sayText("theory.basis_uncounted_claimants", "per_violation", per, "claimants", m.claimants)
	}
	return sayText("theory.basis_uncounted", "per_violation", per)
}
