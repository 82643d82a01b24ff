package core

import "strings"

// summary gives the honest picture in plain words, leading with what to do
// and by when.
func summary(m *matter, as Assessment) []string {
	var p []string
	switch {
	case as.Deadline.IsZero():
		p = append(p, sayText("summary.deadline.unknown"))
	case as.DaysLeft < 0:
		p = append(p, sayText("summary.deadline.passed", "deadline", as.Deadline, "days_ago", -as.DaysLeft))
	case as.DaysLeft == 0:
		p = append(p, sayText("summary.deadline.today", "deadline", as.Deadline))
	case m.a.Business.Insurance == InsuranceNone || (m.a.Business.InsurerNotified != nil && *m.a.Business.InsurerNotified):
		p = append(p, sayText("summary.deadline.open", "days_left", as.DaysLeft, "deadline", as.Deadline))
	default:
		p = append(p, sayText("summary.deadline.open_insurer", "days_left", as.DaysLeft, "deadline", as.Deadline))
	}

	if line := sb690Summary(m); line != "" {
		p = append(p, line)
	}

	st := map[FactorID]Status{}
	for _, f := range as.Factors {
		st[f.ID] = f.Status
	}
	fired := m.a.Site.ConsentBanner.fired()
	undisclosed := m.a.Site.PolicyNamesTrackers == DisclosureNone || m.a.Site.PolicyNamesTrackers == DisclosureGeneric
	switch {
	case fired && undisclosed:
		p = append(p, sayText("summary.merits.fired_undisclosed"))
	case fired:
		p = append(p, sayText("summary.merits.fired"))
	case m.a.Site.ConsentBanner == BannerBlocks:
		p = append(p, sayText("summary.merits.waited"))
	default:
		p = append(p, sayText("summary.merits.unknown"))
	}

	if fired {
		p = append(p, leverage(as))
	}

	x := as.Exposure
	var money []string
	if x.Claimed != nil {
		money = append(money, sayText("summary.money.claimed", "claimed", x.Claimed.Amount, "statutory", x.Statutory.Amount))
	} else {
		money = append(money, sayText("summary.money.not_claimed", "statutory", x.Statutory.Amount))
	}
	money = append(money, sayText("summary.money.range", "low", x.PerClaimant.Low, "high", x.PerClaimant.High))
	if x.CostsTotal > 0 {
		money = append(money, sayText("summary.money.costs", "costs", x.CostsTotal))
		money = append(money, costsSummary(m))
	}
	p = append(p, strings.Join(money, " "))
	if as.MassArbitration.Applies {
		p = append(p, sayText("summary.mass.applies", "demands", as.MassArbitration.Demands))
	}
	var strong []string
	for _, d := range as.Defenses {
		if d.Strength == StrengthStrong {
			strong = append(strong, lowerFirst(d.Title))
		}
	}
	if len(strong) > 0 {
		p = append(p, sayText("summary.strongest.list", "defenses", strings.Join(strong, "; ")))
	}
	if st[FactorSender] == StatusRisk {
		p = append(p, sayText("summary.sender.known"))
	}
	return p
}

// leverage names the procedural and economic defenses the assessment found
// strong or moderate, and only those: a defense the same page calls weak or
// unavailable is never offered as leverage.
func leverage(as Assessment) string {
	var good []string
	open := false
	for _, d := range as.Defenses {
		switch d.ID {
		case DefenseArbitrationEnforceable, DefenseCommercialRulesEconomic, DefenseLimitations:
		default:
			continue
		}
		switch d.Strength {
		case StrengthStrong, StrengthModerate:
			good = append(good, lowerFirst(d.Title))
		case StrengthUnknown:
			open = true
		}
	}
	switch {
	case len(good) > 0:
		return sayText("summary.leverage.list", "defenses", strings.Join(good, "; "))
	case open:
		return sayText("summary.leverage.open")
	}
	return sayText("summary.leverage.none")
}

// lowerFirst writes a title inside a sentence: "The claims ..." becomes
// "the claims ...".
func lowerFirst(t string) string {
	if rest, ok := strings.CutPrefix(t, "The "); ok {
		return "the " + rest
	}
	return t
}
