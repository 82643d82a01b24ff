package core

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// checkConsistency holds an assessment to its own answers and to itself:
// the checks of issue 11.3, run over every scenario and over fuzzed answers
// (checkInvariants calls it), so that a new rule cannot bring a
// contradiction back.
func checkConsistency(t *testing.T, a Answers, as Assessment) {
	t.Helper()
	defenses := map[DefenseID]Defense{}
	for _, d := range as.Defenses {
		defenses[d.ID] = d
	}
	factors := map[FactorID]Factor{}
	for _, f := range as.Factors {
		factors[f.ID] = f
	}

	// Leverage: the summary never offers a defense the page calls weak or
	// unavailable, and the brief's points for come only from strong ones.
	summary := strings.ToLower(strings.Join(as.Summary, "\n"))
	for _, d := range as.Defenses {
		if d.Strength == StrengthWeak || d.Strength == StrengthUnavailable {
			assert.NotContains(t, summary, strings.ToLower(d.Title), "the summary offers %s, which is %s", d.ID, d.Strength)
		}
		if d.NotRaised {
			assert.Equal(t, StrengthUnavailable, d.Strength, "%s answers a theory the letter does not make", d.ID)
		}
	}
	for _, p := range as.Brief.For {
		id, ok := strings.CutPrefix(p.From, "defense:")
		if assert.True(t, ok, p.From) {
			assert.Equal(t, StrengthStrong, defenses[DefenseID(id)].Strength, "a point for from %s", id)
			assert.False(t, defenses[DefenseID(id)].NotRaised)
		}
	}
	for _, p := range as.Brief.Against {
		id, ok := strings.CutPrefix(p.From, "factor:")
		if assert.True(t, ok, p.From) {
			assert.Equal(t, StatusRisk, factors[FactorID(id)].Status, "a point against from %s", id)
		}
	}

	// Where it would be decided is a condition while the clause may not
	// bind the claimant.
	if factors["arbitration_clause"].Status != StatusOK {
		switch as.Exposure.Forum {
		case ForumAAAConsumer, ForumAAAMass, ForumAAACommercial, ForumJAMS, ForumJAMSMass:
			assert.True(t, strings.HasPrefix(factors["aaa_rules"].Finding, "If the claim goes to arbitration"),
				"the forum is stated as fact while the clause is %s: %s", factors["arbitration_clause"].Status, factors["aaa_rules"].Finding)
		}
	}

	// "Not known" only of an answer that is really missing.
	missing := func(v string) bool { return v == "" || v == Unknown }
	for id, answer := range map[FactorID]string{
		FactorPixelDisclosure: string(a.Site.PolicyNamesTrackers), FactorConsentBanner: string(a.Site.ConsentBanner),
		FactorGPC: string(a.Site.GPCHonored), FactorSensitiveData: string(a.Site.SensitiveData),
	} {
		if f := factors[id]; f.Status == StatusUnknown {
			assert.True(t, missing(answer), "%s says not known, but the answer is %q", id, answer)
		}
	}
	for _, f := range as.Factors {
		if strings.HasPrefix(f.Finding, "Not known") {
			assert.Equal(t, StatusUnknown, f.Status, f.ID)
		}
	}
	cr := defenses["commercial_rules_economics"].Why
	if strings.Contains(cr, "whether you sell to businesses") || strings.Contains(cr, "you deal with consumers") {
		assert.Equal(t, strings.Contains(cr, "not answered"), missing(string(a.Business.Model)), "the Commercial-rules defense and the business model (%q): %s", a.Business.Model, cr)
	}
	if strings.Contains(cr, "Not known which rules") {
		assert.True(t, missing(string(a.Terms.Rules)), "the rules were answered (%q): %s", a.Terms.Rules, cr)
	}

	// A "check this" item only where the answer would change something.
	for _, w := range as.Warnings {
		if strings.HasPrefix(w.Message, "Not answered yet") {
			assert.True(t, answerMatters(a, as, w.Field), "%s is asked for but no answer would change the assessment", w.Field)
		}
	}
	for _, s := range as.NextSteps {
		if s.Title == say("step.find_claimant").Title {
			assert.True(t, answerMatters(a, as, "terms.claimant_account"), "the claimant's account is asked for but cannot matter")
		}
	}

	// The realistic range for one claimant is never above both what the
	// letter asks and the statutory measure, and says what the letter asks.
	x := as.Exposure
	claimants := max(a.Letter.Claimants, 1)
	asked := a.Letter.AmountDemanded / float64(claimants)
	statutory := x.Statutory.Amount / float64(claimants)
	if x.Statutory.Amount < 1e12 {
		assert.LessOrEqual(t, x.PerClaimant.High, max(asked, statutory)+0.5, "the high end is above both the demand and the statutory measure")
	}
	assert.LessOrEqual(t, x.PerClaimant.Low, x.PerClaimant.High)
	if asked > 0 && asked < 1e12 {
		assert.Contains(t, x.PerClaimant.Basis, usd(asked), "the range is explained against what the letter asks")
	}

	// The brief: a date to act by with its kind and source, today's task,
	// at most three for the week, the money, in at most 300 words.
	b := as.Brief
	assert.NotEmpty(t, b.ActByKind)
	assert.NotEmpty(t, b.ActByBasis)
	assert.Equal(t, as.Deadline, b.ActBy)
	assert.Equal(t, b.ActBy.IsZero(), b.ActBySource == ActByUnknown, "act-by source %s", b.ActBySource)
	assert.NotEmpty(t, b.Today.Title)
	assert.LessOrEqual(t, len(b.ThisWeek), 3)
	kinds := map[string]bool{}
	for _, m := range b.Money {
		kinds[m.Kind] = true
	}
	assert.True(t, kinds["statutory"] && kinds["arbitration_cost"], "money lines %v", kinds)
	assert.Equal(t, x.Claimed != nil, kinds["asked"])
	if x.Statutory.Amount < 1e12 {
		assert.LessOrEqual(t, BriefWords(b), 300, "the brief's words")
	}
}

// answerMatters is true when some answer to field would change a factor's
// status or a defense's strength.
func answerMatters(a Answers, as Assessment, field string) bool {
	var tries []Answers
	switch field {
	case "site.consent_banner":
		for _, v := range []Banner{BannerBlocks, BannerOptOut, BannerNoticeOnly, BannerNone} {
			b := a
			b.Site.ConsentBanner = v
			tries = append(tries, b)
		}
	case "terms.arbitration_clause":
		for _, v := range []YesNo{Yes, No} {
			b := a
			b.Terms.ArbitrationClause = v
			tries = append(tries, b)
		}
	case "terms.claimant_account":
		for _, v := range []YesNo{Yes, No} {
			b := a
			b.Terms.ClaimantAccount = v
			tries = append(tries, b)
		}
	case "letter.visit_dates":
		for _, d := range []Date{as.AsOf.AddDays(-30), as.AsOf.AddYears(-3)} {
			b := a
			b.Letter.VisitDates = []Date{d}
			tries = append(tries, b)
		}
	default:
		return true // not a field this check knows how to vary
	}
	for _, b := range tries {
		other := Assess(b, as.AsOf)
		for i := range other.Factors {
			if other.Factors[i].Status != as.Factors[i].Status {
				return true
			}
		}
		for i := range other.Defenses {
			if other.Defenses[i].Strength != as.Defenses[i].Strength {
				return true
			}
		}
	}
	return false
}
