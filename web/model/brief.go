package model

import (
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
)

// Brief is what the first screen of the results draws: the day to act by,
// what kind of day it is and where it came from, the first thing to do
// today, then the short brief. The page draws only this; BriefOf fills it.
type Brief struct {
	ActBy      core.Date
	DaysLeft   int
	ActByKind  string // "The firm's response window, not a court deadline."
	ActByBasis string // where the date came from, a full sentence
	Today      core.Step

	WhatThisIs string
	ThisWeek   []core.Step
	Money      []string
	For        []string
	Against    []string
}

// ActByKindText says what kind of date the act-by date is: the letter's own
// window, which no court has set.
const ActByKindText = "This is the response window the firm's letter sets, not a court deadline."

// BriefOf takes the first screen from the assessment.
func BriefOf(a core.Assessment) Brief {
	b := Brief{ActBy: a.Deadline, DaysLeft: a.DaysLeft, ActByKind: ActByKindText}
	if a.DeadlineBasis != "" {
		b.ActByBasis = Sentence("Worked out from " + a.DeadlineBasis)
	}
	if len(a.NextSteps) > 0 {
		b.Today = a.NextSteps[0]
	}
	// The week: the dated steps after today's, in order, three at most.
	week := a.AsOf.AddDays(7)
	for _, s := range a.NextSteps[min(1, len(a.NextSteps)):] {
		if len(b.ThisWeek) == 3 {
			break
		}
		if s.By.IsZero() || s.By.After(week) {
			continue
		}
		b.ThisWeek = append(b.ThisWeek, s)
	}
	if paras := strings.Split(a.Summary, "\n\n"); len(paras) > 1 {
		b.WhatThisIs = paras[1]
	}
	x := a.Exposure
	if x.Claimed != nil {
		b.Money = append(b.Money, "They ask for "+core.USD(x.Claimed.Amount)+".")
	}
	if x.Statutory.Amount > 0 {
		b.Money = append(b.Money, "The most the law sets for what the letter counts: "+core.USD(x.Statutory.Amount)+".")
	}
	if x.CostsTotal > 0 {
		b.Money = append(b.Money, "Arbitration would cost you about "+core.USD(x.CostsTotal)+" in fees (to be confirmed).")
	}
	for _, d := range a.Defenses {
		if d.Strength == core.StrengthStrong {
			b.For = append(b.For, d.Title)
		}
	}
	for _, f := range a.Factors {
		if f.Status == core.StatusRisk {
			b.Against = append(b.Against, f.Title+": "+f.Finding)
		}
	}
	return b
}

// Sentence capitalizes the first letter and ends s with a full stop.
func Sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	s = strings.ToUpper(s[:1]) + s[1:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}
