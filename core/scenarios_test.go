package core

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cipa-triage/cipa-triage/core/knowledge"
	"github.com/cipa-triage/cipa-triage/core/wording"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scenario is one realistic matter with the outcomes a defense lawyer would
// expect. Only the keys present in expect are checked.
type scenario struct {
	Name    string          `json:"name"`
	Why     string          `json:"why"`
	AsOf    string          `json:"as_of"`
	Answers json.RawMessage `json:"answers"`
	Expect  struct {
		Deadline   *string  `json:"deadline"`
		DaysLeft   *int     `json:"days_left"`
		Forum      Forum    `json:"forum"`
		Claimed    *float64 `json:"claimed"`
		Statutory  *float64 `json:"statutory"`
		CostsTotal *float64 `json:"costs_total"`
		Mass       *struct {
			Applies   *bool `json:"applies"`
			Demands   *int  `json:"demands"`
			Threshold *int  `json:"threshold"`
		} `json:"mass"`
		Factors             map[FactorID]Status  `json:"factors"`
		Defenses            map[DefenseID]string `json:"defenses"`
		NotesContain        []string             `json:"notes_contain"`
		SummaryContains     []string             `json:"summary_contains"`
		TimelineContains    []string             `json:"timeline_contains"`
		TimelineNotContains []string             `json:"timeline_not_contains"`
		FirstStepContains   string               `json:"first_step_contains"`
		Warnings            *[]string            `json:"warnings"`
		// Theories: the statutory measure per theory (wiretap,
		// pen_register) and whether a private claimant may bring it.
		Theories map[string]struct {
			Amount  float64 `json:"amount"`
			Private bool    `json:"private"`
		} `json:"theories"`
		// Costs by knowledge id (the line's amount); Contingent lists the
		// ids that must be shown but left out of the total.
		Costs              map[string]float64   `json:"costs"`
		Contingent         []string             `json:"contingent"`
		CostsNoteContains  []string             `json:"costs_note_contains"`
		TimelineDates      map[string]string    `json:"timeline_dates"` // title fragment -> date
		DefenseWhyContains map[DefenseID]string `json:"defense_why_contains"`
		StatutoryConfirm   *bool                `json:"statutory_confirm"`
		LawStale           *bool                `json:"law_stale"`
		LawWarningContains []string             `json:"law_warning_contains"`
	} `json:"expect"`
}

func loadScenarios(t testing.TB) []scenario {
	files, err := filepath.Glob("testdata/scenarios/*.json")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 15, "at least 15 realistic scenarios")
	var out []scenario
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		var s scenario
		require.NoError(t, json.Unmarshal(data, &s), f)
		require.NotEmpty(t, s.Name, f)
		out = append(out, s)
	}
	return out
}

func TestScenarios(t *testing.T) {
	for _, s := range loadScenarios(t) {
		t.Run(s.Name, func(t *testing.T) {
			a, probs := ParseAnswers(s.Answers)
			require.Empty(t, probs, "the scenario's answers must be valid")
			as := Assess(a, MustDate(s.AsOf))
			e := s.Expect
			if e.Deadline != nil {
				assert.Equal(t, *e.Deadline, as.Deadline.String(), "deadline")
			}
			if e.DaysLeft != nil {
				assert.Equal(t, *e.DaysLeft, as.DaysLeft, "days_left")
			}
			if e.Forum != "" {
				assert.Equal(t, e.Forum, as.Exposure.Forum, "forum")
			}
			if e.Claimed != nil {
				require.NotNil(t, as.Exposure.Claimed, "claimed")
				assert.InDelta(t, *e.Claimed, as.Exposure.Claimed.Amount, 0.001, "claimed")
			}
			if e.Statutory != nil {
				assert.InDelta(t, *e.Statutory, as.Exposure.Statutory.Amount, 0.001, "statutory")
			}
			if e.CostsTotal != nil {
				assert.InDelta(t, *e.CostsTotal, as.Exposure.CostsTotal, 0.001, "arbitration costs borne by the business")
			}
			if m := e.Mass; m != nil {
				if m.Applies != nil {
					assert.Equal(t, *m.Applies, as.MassArbitration.Applies, "mass applies")
				}
				if m.Demands != nil {
					assert.Equal(t, *m.Demands, as.MassArbitration.Demands, "mass demands")
				}
				if m.Threshold != nil {
					assert.Equal(t, *m.Threshold, as.MassArbitration.Threshold, "mass threshold")
				}
			}
			factors := map[FactorID]Factor{}
			for _, f := range as.Factors {
				factors[f.ID] = f
			}
			for id, want := range e.Factors {
				f, ok := factors[id]
				if assert.True(t, ok, "factor %s", id) {
					assert.Equal(t, want, f.Status, "factor %s: %s", id, f.Finding)
				}
			}
			defenses := map[DefenseID]Defense{}
			for _, d := range as.Defenses {
				defenses[d.ID] = d
			}
			for id, want := range e.Defenses {
				d, ok := defenses[id]
				if assert.True(t, ok, "defense %s", id) {
					assert.Equal(t, want, d.Strength, "defense %s: %s", id, d.Why)
				}
			}
			notes := strings.Join(as.Exposure.Notes, "\n")
			for _, n := range e.NotesContain {
				assert.Contains(t, notes, n)
			}
			for _, n := range e.SummaryContains {
				assert.Contains(t, strings.Join(as.Summary, "\n\n"), n)
			}
			var titles []string
			for _, ev := range as.Timeline {
				titles = append(titles, ev.Title)
			}
			tl := strings.Join(titles, "\n")
			for _, n := range e.TimelineContains {
				assert.Contains(t, tl, n)
			}
			for _, n := range e.TimelineNotContains {
				assert.NotContains(t, tl, n)
			}
			if e.FirstStepContains != "" {
				require.NotEmpty(t, as.NextSteps)
				assert.Contains(t, as.NextSteps[0].Title, e.FirstStepContains)
			}
			if e.Warnings != nil {
				got := map[string]bool{}
				for _, w := range as.Warnings {
					got[w.Field] = true
				}
				want := map[string]bool{}
				for _, f := range *e.Warnings {
					want[f] = true
				}
				assert.Equal(t, want, got, "warning fields: %v", as.Warnings)
			}
			checkLawScenario(t, s, as)
			checkInvariants(t, a, as)
		})
	}
}

// checkInvariants holds for every assessment, whatever the answers.
func checkInvariants(t *testing.T, a Answers, as Assessment) {
	t.Helper()
	again := Assess(a, as.AsOf)
	assert.Equal(t, as, again, "Assess must be deterministic")
	data, err := json.Marshal(as)
	require.NoError(t, err)
	for _, key := range []string{`"factors":null`, `"defenses":null`, `"timeline":null`, `"next_steps":null`, `"warnings":null`, `"citations":null`, `"arbitration_costs":null`, `"citations":null`} {
		assert.NotContains(t, string(data), key)
	}
	assert.NotEmpty(t, as.Notice)
	assert.NotEmpty(t, as.Summary)
	assert.NotEmpty(t, as.NextSteps)
	ids := map[FactorID]bool{}
	for _, f := range as.Factors {
		assert.Contains(t, []Status{StatusRisk, StatusOK, StatusUnknown}, f.Status, f.ID)
		assert.False(t, ids[f.ID], "factor %s twice", f.ID)
		ids[f.ID] = true
	}
	for _, want := range []FactorID{"pixel_disclosure", "consent_banner", "arbitration_clause", "aaa_rules", "sender", "batch"} {
		assert.True(t, ids[want], "factor %s", want)
	}
	dids := map[DefenseID]bool{}
	for _, d := range as.Defenses {
		assert.Contains(t, []string{StrengthStrong, StrengthModerate, StrengthWeak, StrengthUnavailable, StrengthUnknown}, d.Strength, d.ID)
		assert.NotEmpty(t, d.Citations, "defense %s needs its authorities", d.ID)
		dids[d.ID] = true
		if d.ID == "choice_of_law" {
			assert.NotEqual(t, StrengthStrong, d.Strength, "choice of law is never strong alone")
		}
		if d.ID == "provider_exception" {
			assert.NotEqual(t, StrengthStrong, d.Strength, "the party and provider arguments are contested")
		}
	}
	for _, want := range []DefenseID{"arbitration_enforceable", "commercial_rules_economics", "provider_exception", "choice_of_law", "standing", "limitations", "consent"} {
		assert.True(t, dids[want], "defense %s", want)
	}
	cited := map[string]bool{}
	for _, c := range as.Citations {
		_, ok := knowledge.Lookup(c.ID)
		assert.True(t, ok, "citation %s is in the table", c.ID)
		assert.NotEmpty(t, c.URL, c.ID)
		assert.False(t, c.Checked.IsZero(), c.ID)
		assert.False(t, cited[c.ID], "citation %s listed twice", c.ID)
		cited[c.ID] = true
	}
	var used []string
	for _, f := range as.Factors {
		used = append(used, f.Citations...)
	}
	for _, d := range as.Defenses {
		used = append(used, d.Citations...)
	}
	for _, e := range as.Timeline {
		used = append(used, e.Citations...)
	}
	for _, c := range as.Exposure.Costs {
		used = append(used, c.Source)
		assert.False(t, c.Checked.IsZero(), "cost %s needs its checked date", c.ID)
		assert.Contains(t, []Payer{PayerBusiness, PayerClaimant}, c.Payer)
	}
	for _, id := range used {
		assert.True(t, cited[id], "%s is used but not listed in the citations", id)
	}
	for i := 1; i < len(as.Timeline); i++ {
		assert.False(t, as.Timeline[i].Date.Before(as.Timeline[i-1].Date), "timeline in date order")
	}
	if !as.Deadline.IsZero() {
		assert.Equal(t, as.AsOf.DaysUntil(as.Deadline), as.DaysLeft)
	}
	checkConsistency(t, a, as)
	for _, s := range assessmentTexts(as) {
		assert.False(t, wording.Malformed(s) || len(wording.Placeholders(s)) > 0, "a placeholder left unfilled: %q", s)
	}
	assert.False(t, as.Law.ReviewedOn.IsZero(), "every assessment says when its law was reviewed")
	var certain float64
	for _, c := range as.Exposure.Costs {
		if c.Payer == "business" && !c.Contingent {
			certain += c.Amount
		}
	}
	assert.InDelta(t, certain, as.Exposure.CostsTotal, 0.001, "the total is the business's certain fees")
	if as.Exposure.CostsTotal > 0 || len(as.Exposure.Costs) > 0 {
		assert.NotEmpty(t, as.Exposure.CostsNote, "the total says what it includes")
	}
	for _, th := range as.Exposure.Theories {
		assert.LessOrEqual(t, th.Amount, as.Exposure.Statutory.Amount+0.001, "a theory is never worth more than the measure for what the letter counts")
	}
}

// assessmentTexts is every sentence the rules wrote into an assessment.
func assessmentTexts(as Assessment) []string {
	out := append([]string{as.DeadlineBasis}, as.Summary...)
	for _, f := range as.Factors {
		out = append(out, f.Title, f.Finding, f.Why)
		out = append(out, f.Evidence...)
	}
	for _, d := range as.Defenses {
		out = append(out, d.Title, d.Why)
	}
	for _, s := range as.NextSteps {
		out = append(out, s.Title, s.Detail)
	}
	for _, e := range as.Timeline {
		out = append(out, e.Title, e.Detail)
	}
	x := as.Exposure
	out = append(out, x.Statutory.Basis, x.PerClaimant.Basis, as.MassArbitration.Why)
	out = append(out, x.Notes...)
	if x.Claimed != nil {
		out = append(out, x.Claimed.Basis)
	}
	for _, c := range x.Costs {
		out = append(out, c.Label)
	}
	b := as.Brief
	out = append(out, b.ActByKind, b.ActByBasis, b.Today.Title, b.Today.Detail, b.WhatThisIs)
	for _, s := range b.ThisWeek {
		out = append(out, s.Title, s.Detail)
	}
	for _, m := range b.Money {
		out = append(out, m.Text)
	}
	for _, p := range append(append([]Point{}, b.For...), b.Against...) {
		out = append(out, p.Text)
	}
	return out
}

// Every knowledge id the rules name must be in the table. The ids are read
// from law.go's source, so a constant added there without an entry fails
// here even before any scenario reaches it.
func TestRulesUseKnownIDs(t *testing.T) {
	file, err := parser.ParseFile(token.NewFileSet(), "law.go", nil, 0)
	require.NoError(t, err)
	var ids []string
	ast.Inspect(file, func(n ast.Node) bool {
		spec, ok := n.(*ast.ValueSpec)
		if !ok || len(spec.Names) != 1 || !strings.HasPrefix(spec.Names[0].Name, "id") {
			return true
		}
		for _, v := range spec.Values {
			if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				id, err := strconv.Unquote(lit.Value)
				require.NoError(t, err)
				ids = append(ids, id)
			}
		}
		return true
	})
	require.Greater(t, len(ids), 50, "the id constants were found")
	assert.ElementsMatch(t, ids, ruleIDs, "ruleIDs lists every id constant")
	for _, id := range ids {
		_, ok := knowledge.Lookup(id)
		assert.True(t, ok, "rules use %q, which the knowledge table lacks", id)
	}
}

// The scenario table must test every factor and every defense both ways:
// each id expected with at least two different outcomes somewhere.
func TestScenariosCoverEachFactorAndDefenseBothWays(t *testing.T) {
	factorSeen := map[FactorID]map[Status]bool{}
	defenseSeen := map[DefenseID]map[string]bool{}
	for _, s := range loadScenarios(t) {
		for id, st := range s.Expect.Factors {
			if factorSeen[id] == nil {
				factorSeen[id] = map[Status]bool{}
			}
			factorSeen[id][st] = true
		}
		for id, st := range s.Expect.Defenses {
			if defenseSeen[id] == nil {
				defenseSeen[id] = map[string]bool{}
			}
			defenseSeen[id][st] = true
		}
	}
	as := Assess(Answers{}, MustDate("2026-11-26"))
	for _, f := range as.Factors {
		assert.GreaterOrEqual(t, len(factorSeen[f.ID]), 2, "factor %s is tested only as %v", f.ID, factorSeen[f.ID])
	}
	for _, d := range as.Defenses {
		assert.GreaterOrEqual(t, len(defenseSeen[d.ID]), 2, "defense %s is tested only as %v", d.ID, defenseSeen[d.ID])
	}
}

// checkLawScenario checks the expectations the December 2026 law review
// added: per-theory exposure, fee lines, dated timeline entries, defense
// wording and the law-review warning.
func checkLawScenario(t *testing.T, s scenario, as Assessment) {
	t.Helper()
	e := s.Expect
	if e.Theories != nil {
		got := map[string]Theory{}
		for _, th := range as.Exposure.Theories {
			got[th.ID] = th
		}
		assert.Len(t, got, len(e.Theories), "theories: %+v", as.Exposure.Theories)
		for id, want := range e.Theories {
			th, ok := got[id]
			if assert.True(t, ok, "theory %s", id) {
				assert.InDelta(t, want.Amount, th.Amount, 0.001, "theory %s amount", id)
				assert.Equal(t, want.Private, th.PrivateAction, "theory %s private action", id)
				assert.NotEmpty(t, th.Basis, "theory %s basis", id)
				assert.NotEmpty(t, th.Sources, "theory %s sources", id)
			}
		}
	}
	costs := map[string]Cost{}
	for _, c := range as.Exposure.Costs {
		costs[c.ID] = c
	}
	for id, want := range e.Costs {
		c, ok := costs[id]
		if assert.True(t, ok, "cost %s in %+v", id, as.Exposure.Costs) {
			assert.InDelta(t, want, c.Amount, 0.001, "cost %s", id)
		}
	}
	for _, id := range e.Contingent {
		assert.True(t, costs[id].Contingent, "cost %s is contingent", id)
	}
	for _, n := range e.CostsNoteContains {
		assert.Contains(t, as.Exposure.CostsNote, n)
	}
	for frag, date := range e.TimelineDates {
		found := false
		for _, ev := range as.Timeline {
			if strings.Contains(ev.Title, frag) {
				found = true
				assert.Equal(t, date, ev.Date.String(), "timeline %q", ev.Title)
			}
		}
		assert.True(t, found, "timeline entry %q", frag)
	}
	for id, frag := range e.DefenseWhyContains {
		found := false
		for _, d := range as.Defenses {
			if d.ID == id {
				found = true
				assert.Contains(t, d.Why, frag, "defense %s", id)
			}
		}
		assert.True(t, found, "defense %s", id)
	}
	if e.StatutoryConfirm != nil {
		assert.Equal(t, *e.StatutoryConfirm, as.Exposure.Statutory.Confirm, "statutory confirm")
	}
	if e.LawStale != nil {
		assert.Equal(t, *e.LawStale, as.Law.Stale, "law review window")
		if *e.LawStale {
			assert.NotEmpty(t, as.Law.Warning)
		} else {
			assert.Empty(t, as.Law.Warning)
		}
	}
	for _, n := range e.LawWarningContains {
		assert.Contains(t, as.Law.Warning, n)
	}
}
