package core

import (
	"fmt"
	"math"
)

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
	violationsBasis := fmt.Sprintf("%d %s claimed", violations, plural(violations, "violation", "violations"))
	if violations < 1 {
		violations = 1
		violationsBasis = "the letter counts no violations, so one"
	}
	if m.claimants > 1 {
		violationsBasis += fmt.Sprintf(" for each of %d claimants", m.claimants)
	}

	switch {
	case l.AmountDemanded > 0:
		x.Claimed = &Money{Amount: l.AmountDemanded, Basis: "the total the letter demands"}
	case l.PerViolationClaimed > 0 && l.ViolationsClaimed > 0:
		total := l.PerViolationClaimed * float64(l.ViolationsClaimed) * float64(m.claimants)
		basis := fmt.Sprintf("%s per violation times %d violations as the letter counts them", usd(l.PerViolationClaimed), l.ViolationsClaimed)
		if m.claimants > 1 {
			basis += fmt.Sprintf(", for %d claimants", m.claimants)
		}
		x.Claimed = &Money{Amount: finite(total), Basis: basis + "; the letter states no total"}
	}

	x.Statutory = Money{
		Amount: finite(per.Value * float64(violations) * float64(m.claimants)),
		Basis: fmt.Sprintf("Penal Code § 637.2: the greater of %s per violation or %g times actual damages; %s. How violations are counted (per visit, per tag, per page) is contested, so this is the claimant's measure, not a finding.",
			usd(per.Value), num(idPC637_2Treble, m.asOf), violationsBasis),
		Source:  idPC637_2,
		Confirm: per.Confirm,
	}
	x.Theories = theories(m, x.Statutory.Amount, fmt.Sprintf("%s per violation under § 637.2 for %s.", usd(per.Value), violationsBasis))
	perViolation := sb690Statutory(m, &x, per.Value)

	fine := num(idPC638_51, m.asOf)
	switch {
	case l.PerViolationClaimed > 0 && l.PerViolationClaimed == fine && m.cites["638.51"]:
		x.Notes = append(x.Notes, fmt.Sprintf("The letter claims %s per violation under § 638.51. That figure is the criminal fine in Penal Code § 638.51(c), which only a prosecutor can seek; it is not a civil measure. A private claim for damages runs through § 637.2 (%s per violation). Many guides repeat the same mistake; it tells you the letter is a template, not that the claim is smaller.", usd(fine), usd(per.Value)))
	case l.PerViolationClaimed > 0 && l.PerViolationClaimed == fine:
		x.Notes = append(x.Notes, fmt.Sprintf("The letter's %s per violation matches the criminal fines in the Penal Code (§§ 631, 632.7, 638.51(c)), not the civil measure in § 637.2 (%s per violation).", usd(fine), usd(per.Value)))
	case l.PerViolationClaimed > per.Value:
		x.Notes = append(x.Notes, fmt.Sprintf("The letter claims %s per violation, more than § 637.2's %s; only three times proven actual damages could exceed the per-violation sum.", usd(l.PerViolationClaimed), usd(per.Value)))
	}
	if x.Claimed != nil && x.Claimed.Amount > x.Statutory.Amount*1.0001 {
		x.Notes = append(x.Notes, fmt.Sprintf("The demand (%s) is more than the § 637.2 measure for the violations it counts (%s).", usd(x.Claimed.Amount), usd(x.Statutory.Amount)))
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
	basis := fmt.Sprintf("Low: the bottom of settlement ranges a law firm reports for pixel arbitrations (%s; an anecdote: arbitrations are confidential and no reliable data exist). High: the greater of the top of reported ranges (%s, also anecdotal) and the § 637.2 measure for one claimant's %d %s (%s).",
		usd(low), usd(anecdoteHigh), perClaimantViolations, plural(perClaimantViolations, "violation", "violations"), usd(statutory))
	if d := m.a.Letter.AmountDemanded; d > 0 {
		each := d / float64(m.claimants)
		basis += fmt.Sprintf(" The letter asks %s per claimant.", usd(each))
	}
	basis += " A verdict could differ either way; fees and the cost of defense are not included."
	return Range{Low: low, High: high, Basis: basis}
}

func cost(m *matter, id, payer, when string, times int) Cost {
	f := valueAt(id, m.asOf)
	label := title(id)
	amount := f.Value * float64(times)
	if times > 1 {
		label = fmt.Sprintf("%s (%s × %s)", label, count(times), usd(f.Value))
	}
	label += supersededLabel(id, m.asOf)
	return Cost{ID: id, Label: label, Amount: amount, Payer: payer, When: when, Source: id, AsOf: f.From, Checked: f.Checked, Confirm: f.Confirm}
}

// forumCosts lists the provider's fees in the forum that applies, each from
// the table with its effective and checked dates.
func forumCosts(m *matter) []Cost {
	n := m.demands
	switch m.forum {
	case ForumAAAConsumer:
		return []Cost{
			cost(m, idAAABizFiling, "business", "once each claimant's filing is complete", n),
			cost(m, idAAACaseMgmt, "business", "before an arbitrator is appointed", n),
			cost(m, idAAAArbitrator, "business", "as a deposit once the arbitrator is appointed", n),
			cost(m, idAAAClaimFiling, "claimant", "when the claimant files", n),
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
			{ID: idJAMSFiling, Label: fmt.Sprintf("JAMS mass filing fee, business share (%s less the consumers' %s at most)", usd(filing.Value), usd(capped.Value)),
				Amount: biz, Payer: "business", When: "when the mass filing is made", Source: idJAMSFiling, AsOf: filing.From, Checked: filing.Checked, Confirm: filing.Confirm || capped.Confirm},
			cost(m, idJAMSCap, "claimant", "when the mass filing is made", 1),
		}
	}
	return []Cost{}
}

// forumNote explains the forum choice and what the cost table leaves out.
func forumNote(m *matter) []string {
	switch m.forum {
	case ForumAAAConsumer:
		return []string{fmt.Sprintf("Under the AAA Consumer schedule the business pays most of the fees for each demand%s, and the arbitrator's compensation. The fee figures come from the November 2020 schedule, which the Consumer Rules effective May 1, 2025 superseded: confirm every figure against the AAA's current schedule.", pluralCases(m.demands))}
	case ForumAAACommercial:
		return []string{"Your terms name the AAA Commercial Rules and you deal with businesses: under the Commercial schedule the filing party pays the filing fees, which takes away much of the fee pressure of a mass filing. The AAA applies the Consumer schedule to disputes between an online platform and an individual user even under the Commercial Rules, so a claimant may argue it applies. The Commercial fee amounts and the arbitrator's compensation are not in our table."}
	case ForumAAAMass:
		return []string{fmt.Sprintf("%d similar demands from the same firm reach the AAA's mass-arbitration threshold of %d: a Process Arbitrator handles the batch and fees are phased, so parties owe only what is incurred before a settlement or withdrawal. Fees beyond those listed (final fees, arbitrators' compensation) are not in our table.", m.demands, m.threshold)}
	case ForumJAMSMass:
		return []string{"JAMS's mass procedures apply because your terms adopt them and the firm's demands reach the threshold; case management and Process Administrator fees come on top and are not in our table."}
	case ForumJAMS:
		return []string{"JAMS charges a filing fee for each case, of which a consumer pays at most a capped share; the business pays the rest and the arbitrator. Confirm the current schedule with JAMS. JAMS's mass procedures apply only where the agreement adopts them."}
	case ForumCourt:
		return []string{"Your terms have no arbitration clause, so the claimant cannot take you to the AAA or JAMS without your agreement; a claim would go to court, where court fees and the cost of defense apply instead."}
	}
	if m.clause == "yes" && m.a.Terms.Provider == "other" {
		return []string{"Your terms name a provider whose fees are not in our table (NAM, for example); ask it for its current consumer and mass-filing schedules."}
	}
	return []string{"The forum is not known yet (check your terms for an arbitration clause and the provider they name), so no arbitration fees are listed."}
}

func pluralCases(n int) string {
	if n <= 1 {
		return ""
	}
	return fmt.Sprintf(" (%d separate cases)", n)
}

// finite keeps absurd inputs (a typed 1e300 times a billion claimants) from
// becoming an infinity that JSON cannot carry.
func finite(x float64) float64 {
	if math.IsInf(x, 1) || math.IsNaN(x) {
		return math.MaxFloat64
	}
	return x
}
