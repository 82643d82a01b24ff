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
		Forum      string   `json:"forum"`
		Claimed    *float64 `json:"claimed"`
		Statutory  *float64 `json:"statutory"`
		CostsTotal *float64 `json:"costs_total"`
		Mass       *struct {
			Applies   *bool `json:"applies"`
			Demands   *int  `json:"demands"`
			Threshold *int  `json:"threshold"`
		} `json:"mass"`
		Factors             map[string]string `json:"factors"`
		Defenses            map[string]string `json:"defenses"`
		NotesContain        []string          `json:"notes_contain"`
		SummaryContains     []string          `json:"summary_contains"`
		TimelineContains    []string          `json:"timeline_contains"`
		TimelineNotContains []string          `json:"timeline_not_contains"`
		FirstStepContains   string            `json:"first_step_contains"`
		Warnings            *[]string         `json:"warnings"`
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
			factors := map[string]Factor{}
			for _, f := range as.Factors {
				factors[f.ID] = f
			}
			for id, want := range e.Factors {
				f, ok := factors[id]
				if assert.True(t, ok, "factor %s", id) {
					assert.Equal(t, want, f.Status, "factor %s: %s", id, f.Finding)
				}
			}
			defenses := map[string]Defense{}
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
				assert.Contains(t, as.Summary, n)
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
	ids := map[string]bool{}
	for _, f := range as.Factors {
		assert.Contains(t, []string{StatusRisk, StatusOK, StatusUnknown}, f.Status, f.ID)
		assert.False(t, ids[f.ID], "factor %s twice", f.ID)
		ids[f.ID] = true
	}
	for _, want := range []string{"pixel_disclosure", "consent_banner", "arbitration_clause", "aaa_rules", "sender", "batch"} {
		assert.True(t, ids[want], "factor %s", want)
	}
	dids := map[string]bool{}
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
	for _, want := range []string{"arbitration_enforceable", "commercial_rules_economics", "provider_exception", "choice_of_law", "standing", "limitations", "consent"} {
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
		assert.Contains(t, []string{"business", "claimant", "shared"}, c.Payer)
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
	factorSeen := map[string]map[string]bool{}
	defenseSeen := map[string]map[string]bool{}
	for _, s := range loadScenarios(t) {
		for id, st := range s.Expect.Factors {
			if factorSeen[id] == nil {
				factorSeen[id] = map[string]bool{}
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
