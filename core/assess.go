package core

import "strings"

// Notice is the not-legal-advice statement every assessment carries.
const Notice = "This is general information produced by a checklist from your own answers, not legal advice, and no lawyer has reviewed your matter. " +
	"The law in this area is unsettled and changes quickly; figures marked \"confirm\" must be checked against the current source. " +
	"Talk to a lawyer licensed in California before you respond, pay or change your website."

// Assess turns answers into the triage of the matter as of one day. It is
// deterministic: the same answers and day give the same Assessment. Every
// legal figure it uses comes from the knowledge table, read as of asOf.
func Assess(a Answers, asOf Date) Assessment {
	a = normalize(a)
	m := newMatter(a, asOf)
	out := Assessment{AsOf: asOf}
	var source string
	out.Deadline, out.DeadlineBasis, source = deadline(a.Letter, asOf)
	if !out.Deadline.IsZero() {
		out.DaysLeft = asOf.DaysUntil(out.Deadline)
	}
	out.Exposure = exposure(m)
	out.MassArbitration = massArbitration(m)
	out.Factors = factors(m)
	out.Defenses = defenses(m)
	out.Timeline = timeline(m, out.Deadline)
	out.NextSteps = nextSteps(m, out.Deadline, out.Factors)
	out.Warnings = warnings(m, out.Deadline)
	out.Citations = citations(m, out)
	out.Summary = summary(m, out)
	out.Brief = brief(m, out, source)
	out.Notice = Notice
	out.Law = lawReview(asOf)
	return nonNil(out)
}

// normalize trims free text so that " Swigart Law Group " and the like
// match; it never changes a chosen value.
func normalize(a Answers) Answers {
	a.Letter.Firm = strings.TrimSpace(a.Letter.Firm)
	a.Letter.Attorney = strings.TrimSpace(a.Letter.Attorney)
	return a
}

// nonNil makes every list an empty list rather than null in JSON, so that
// front ends can loop without checking.
func nonNil(a Assessment) Assessment {
	if a.Factors == nil {
		a.Factors = []Factor{}
	}
	for i := range a.Factors {
		if a.Factors[i].Citations == nil {
			a.Factors[i].Citations = []string{}
		}
	}
	if a.Defenses == nil {
		a.Defenses = []Defense{}
	}
	for i := range a.Defenses {
		if a.Defenses[i].Citations == nil {
			a.Defenses[i].Citations = []string{}
		}
	}
	if a.Timeline == nil {
		a.Timeline = []Event{}
	}
	if a.NextSteps == nil {
		a.NextSteps = []Step{}
	}
	if a.Warnings == nil {
		a.Warnings = []Warning{}
	}
	if a.Summary == nil {
		a.Summary = []string{}
	}
	if a.Brief.ThisWeek == nil {
		a.Brief.ThisWeek = []Step{}
	}
	if a.Brief.Money == nil {
		a.Brief.Money = []MoneyLine{}
	}
	if a.Brief.For == nil {
		a.Brief.For = []Point{}
	}
	if a.Brief.Against == nil {
		a.Brief.Against = []Point{}
	}
	if a.Citations == nil {
		a.Citations = []Citation{}
	}
	if a.Exposure.Costs == nil {
		a.Exposure.Costs = []Cost{}
	}
	if a.Exposure.Notes == nil {
		a.Exposure.Notes = []string{}
	}
	if a.Exposure.Theories == nil {
		a.Exposure.Theories = []Theory{}
	}
	return a
}
