package core

import "strings"

// brief is the first screen: the day to act by and what kind of day it is,
// the first thing to do today, then what this is, the week's three tasks,
// the money in three lines and the strongest points each way, taken only
// from what the factors and defenses found.
func brief(m *matter, as Assessment, source string) Brief {
	b := Brief{ActBy: as.Deadline, ActBySource: source, DaysLeft: as.DaysLeft,
		ActByKind: sayText("brief.act_by.kind")}
	l := m.a.Letter
	switch source {
	case ActByStatedDate:
		b.ActByBasis = sayText("brief.act_by.stated_date")
	case ActByStatedDays:
		b.ActByBasis = sayText("brief.act_by.stated_days", "days", *l.ResponseDays, "letter_date", l.Date)
	case ActByAssumedDays:
		b.ActByBasis = sayText("brief.act_by.assumed_days", "days", DefaultResponseDays(m.asOf), "letter_date", l.Date)
	case ActByFromReceived:
		n := DefaultResponseDays(m.asOf)
		if l.ResponseDays != nil {
			n = *l.ResponseDays
		}
		b.ActByBasis = sayText("brief.act_by.from_received", "days", n, "received", l.Received)
	default:
		b.ActByBasis = sayText("brief.act_by.unknown")
	}
	if len(as.NextSteps) > 0 {
		b.Today = as.NextSteps[0]
	}
	for _, s := range as.NextSteps[min(1, len(as.NextSteps)):] {
		if len(b.ThisWeek) == 3 {
			break
		}
		b.ThisWeek = append(b.ThisWeek, s)
	}
	b.WhatThisIs = whatThisIs(m, as)

	x := as.Exposure
	if x.Claimed != nil {
		b.Money = append(b.Money, MoneyLine{Kind: "asked", Amount: x.Claimed.Amount, Text: sayText("brief.money.asked", "claimed", x.Claimed.Amount)})
	}
	b.Money = append(b.Money, MoneyLine{Kind: "statutory", Amount: x.Statutory.Amount,
		Text: sayText("brief.money.statutory", "statutory", x.Statutory.Amount, "per_violation", num(idPC637_2, m.asOf))})
	b.Money = append(b.Money, MoneyLine{Kind: "arbitration_cost", Amount: x.CostsTotal, Text: arbitrationCostLine(m, x)})

	for _, d := range as.Defenses {
		if d.Strength == StrengthStrong && !d.NotRaised && len(b.For) < 3 {
			b.For = append(b.For, Point{From: "defense:" + string(d.ID), Text: d.Title + "."})
		}
	}
	for _, f := range as.Factors {
		if f.Status == StatusRisk && len(b.Against) < 3 {
			b.Against = append(b.Against, Point{From: "factor:" + string(f.ID), Text: f.Finding})
		}
	}
	return b
}

func whatThisIs(m *matter, as Assessment) string {
	l := m.a.Letter
	var p []string
	if l.Firm != "" {
		p = append(p, sayText("brief.what.firm", "firm", l.Firm))
	} else {
		p = append(p, sayText("brief.what.no_firm"))
	}
	sections := l.Statutes
	techs := techList(l.Technologies)
	switch {
	case techs != "" && len(sections) > 1:
		p = append(p, sayText("brief.what.techs_sections", "techs", techs, "sections", sections))
	case techs != "" && len(sections) == 1:
		p = append(p, sayText("brief.what.techs_section", "techs", techs, "sections", sections))
	case techs != "":
		p = append(p, sayText("brief.what.techs", "techs", techs))
	case len(sections) > 1:
		p = append(p, sayText("brief.what.sections", "sections", sections))
	case len(sections) == 1:
		p = append(p, sayText("brief.what.section", "sections", sections))
	}
	p = append(p, sayText("brief.what.demand"))
	if as.MassArbitration.Applies {
		p = append(p, sayText("brief.what.mass", "demands", as.MassArbitration.Demands))
	}
	return strings.Join(p, " ")
}

func arbitrationCostLine(m *matter, x Exposure) string {
	switch {
	case x.CostsTotal > 0:
		return sayText("brief.money.arbitration_cost", "costs", x.CostsTotal)
	case m.forum == ForumCourt:
		return sayText("brief.money.arbitration_court")
	case m.forum == ForumAAACommercial:
		return sayText("brief.money.arbitration_commercial")
	case m.forum == ForumJAMS || (m.clause == Yes && m.terms.Provider == ProviderOther):
		return sayText("brief.money.arbitration_unlisted")
	}
	return sayText("brief.money.arbitration_unknown")
}

// BriefWords counts the words of the brief below the date: what this is,
// today's and the week's tasks, the money and the points each way. Issue 11
// holds it to 300.
func BriefWords(b Brief) int {
	n := len(strings.Fields(b.WhatThisIs)) + len(strings.Fields(b.Today.Title))
	for _, s := range b.ThisWeek {
		n += len(strings.Fields(s.Title))
	}
	for _, m := range b.Money {
		n += len(strings.Fields(m.Text))
	}
	for _, p := range append(append([]Point{}, b.For...), b.Against...) {
		n += len(strings.Fields(p.Text))
	}
	return n
}
