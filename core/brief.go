package core

import "fmt"

// brief is the first screen: the day to act by and what kind of day it is,
// the first thing to do today, then what this is, the week's three tasks,
// the money in three lines and the strongest points each way, taken only
// from what the factors and defenses found.
func brief(m *matter, as Assessment, source string) Brief {
	b := Brief{ActBy: as.Deadline, ActBySource: source, ActByBasis: as.DeadlineBasis, DaysLeft: as.DaysLeft}
	b.ActByKind = "The sending firm's response window, not a court deadline: letting it pass does not lose the case, but the firm can then file its claim."
	if len(as.NextSteps) > 0 {
		b.Today = as.NextSteps[0]
	}
	for _, s := range as.NextSteps[min(1, len(as.NextSteps)):] {
		if len(b.ThisWeek) == 3 {
			break
		}
		b.ThisWeek = append(b.ThisWeek, s)
	}
	b.WhatThisIs = whatThisIs(m)

	x := as.Exposure
	if x.Claimed != nil {
		b.Money = append(b.Money, MoneyLine{Kind: "asked", Amount: x.Claimed.Amount, Text: fmt.Sprintf("They ask %s.", usd(x.Claimed.Amount))})
	}
	b.Money = append(b.Money, MoneyLine{Kind: "statutory", Amount: x.Statutory.Amount,
		Text: fmt.Sprintf("The most the law lets them claim for what the letter counts: %s (§ 637.2).", usd(x.Statutory.Amount))})
	b.Money = append(b.Money, MoneyLine{Kind: "arbitration_cost", Amount: x.CostsTotal, Text: arbitrationCostLine(m, x)})

	for _, d := range as.Defenses {
		if d.Strength == StrengthStrong && !d.NotRaised && len(b.For) < 3 {
			b.For = append(b.For, Point{From: "defense:" + d.ID, Text: d.Title + "."})
		}
	}
	for _, f := range as.Factors {
		if f.Status == StatusRisk && len(b.Against) < 3 {
			b.Against = append(b.Against, Point{From: "factor:" + f.ID, Text: f.Finding})
		}
	}
	return b
}

func whatThisIs(m *matter) string {
	return "A demand letter claiming that tracking on your website broke the California Invasion of Privacy Act. It is a demand, not a lawsuit: nothing has been filed unless the letter says so."
}

func arbitrationCostLine(m *matter, x Exposure) string {
	switch {
	case x.CostsTotal > 0:
		return fmt.Sprintf("Arbitration would cost you about %s in provider fees before anyone looks at the merits (figures to confirm).", usd(x.CostsTotal))
	case m.forum == ForumCourt:
		return "No arbitration fees: without an arbitration clause a claim would go to court."
	case m.forum == ForumAAACommercial:
		return "Under the AAA Commercial schedule each claimant pays the filing fees, so arbitration costs you little up front."
	}
	return "What arbitration would cost you is not known until your terms' provider is known."
}
