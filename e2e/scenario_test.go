package e2e

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

//go:embed testdata/driver.js
var driverJS string

// scenario is a matter as a user would enter it, and what its results must show.
type scenario struct {
	name    string
	answers map[string]any // field path -> value, as the user picks it
	check   func(t *testing.T, r results)
}

type results struct {
	Deadline, DeadlineText, MassApplies string
	Sections                            []string
	Defenses, Factors, Exposure, Notice string
}

func scenarios() []scenario {
	return []scenario{
		{
			name: "pixel, no banner, browsewrap, one claimant",
			answers: map[string]any{
				"letter.date":              "2026-10-01",
				"letter.received":          "2026-10-05",
				"letter.response_deadline": "2026-12-15",
				"letter.claimants":         "1",
				"letter.statutes":          []string{"638.51", "637.2"},
				"letter.technologies":      []string{"meta_pixel"},
				"letter.forum":             "aaa",
				"site.trackers":            []string{"meta_pixel"},
				"site.consent_banner":      "none",
				"terms.arbitration_clause": "yes",
				"terms.provider":           "aaa",
				"terms.assent":             "browsewrap",
				"business.model":           "b2c",
			},
			check: func(t *testing.T, r results) {
				assert.Equal(t, "2026-12-15", r.Deadline, "the date the letter gives is the deadline")
				assert.Contains(t, r.DeadlineText, "2026")
				assert.Equal(t, "false", r.MassApplies, "one claimant is no mass arbitration")
			},
		},
		{
			name: "consent banner blocks tags, clickwrap terms",
			answers: map[string]any{
				"letter.date":              "2026-09-01",
				"letter.response_days":     "30",
				"letter.claimants":         "1",
				"letter.statutes":          []string{"631"},
				"letter.technologies":      []string{"session_replay"},
				"site.trackers":            []string{"session_replay"},
				"site.consent_banner":      "blocks_until_consent",
				"terms.arbitration_clause": "yes",
				"terms.provider":           "jams",
				"terms.assent":             "clickwrap",
				"terms.class_waiver":       "yes",
			},
			check: func(t *testing.T, r results) {
				assert.Equal(t, "2026-10-01", r.Deadline, "30 days from the letter's date")
				assert.Equal(t, "false", r.MassApplies)
			},
		},
		{
			name: "a batch of 30 claimants",
			answers: map[string]any{
				"letter.date":              "2026-11-02",
				"letter.claimants":         "30",
				"letter.statutes":          []string{"638.51"},
				"letter.technologies":      []string{"tiktok_pixel"},
				"letter.forum":             "aaa",
				"site.trackers":            []string{"tiktok_pixel"},
				"site.consent_banner":      "notice_only",
				"terms.arbitration_clause": "yes",
				"terms.provider":           "aaa",
				"terms.rules":              "consumer",
				"terms.assent":             "signinwrap",
				"business.model":           "b2c",
			},
			check: func(t *testing.T, r results) {
				assert.Equal(t, "true", r.MassApplies, "30 claimants pass AAA's mass-arbitration threshold of 25")
			},
		},
	}
}

// answersJSON is the scenario as an answers document, for the JavaScript API.
func (s scenario) answersJSON() string {
	doc := map[string]map[string]any{}
	for field, v := range s.answers {
		sec, name, _ := strings.Cut(field, ".")
		if doc[sec] == nil {
			doc[sec] = map[string]any{}
		}
		if str, ok := v.(string); ok {
			var n int
			if _, err := fmt.Sscanf(str, "%d", &n); err == nil && fmt.Sprint(n) == str {
				v = n
			}
		}
		doc[sec][name] = v
	}
	b, _ := json.Marshal(doc)
	return string(b)
}

func (v *view) driver() {
	v.t.Helper()
	v.eval(driverJS, nil)
}

// fill answers questions page by page until the results show, and says
// which fields it found a control for.
func fill(t testing.TB, v *view, answers map[string]any, stopAfter int) map[string]bool {
	t.Helper()
	v.driver()
	a, err := json.Marshal(answers)
	require.NoError(t, err)
	found := map[string]bool{}
	var pages []string
	for i := 0; i < 80; i++ {
		if stopAfter > 0 && i == stopAfter {
			return found
		}
		var st struct {
			Page, Clicked, Error string
			Filled               []string
			Done                 bool
		}
		v.eval(fmt.Sprintf(`window.__e2e.step(%s)`, a), &st)
		require.Empty(t, st.Error, "page %q refused the answers (pages so far: %v)", st.Page, pages)
		pages = append(pages, st.Page)
		if n := len(pages); n >= 3 && pages[n-2] == st.Page && pages[n-3] == st.Page {
			t.Fatalf("pressing %s leaves the app on page %q; it says: %s", st.Clicked, st.Page,
				v.str(`(document.querySelector("[data-page]") || document.body).innerText.slice(0, 600)`))
		}
		for _, f := range st.Filled {
			found[f] = true
		}
		if st.Done {
			return found
		}
	}
	t.Fatal("the results never showed after 80 pages")
	return nil
}

func completeScenario(t *testing.T, v *view, s scenario) results {
	t.Helper()
	found := fill(t, v, s.answers, 0)
	for f := range s.answers {
		assert.True(t, found[f], "the questionnaire never asked %s", f)
	}
	var r results
	v.eval(`window.__e2e.results()`, &r)
	return r
}

// TestScenarios completes the questionnaire through the UI on each build and
// checks what the results page shows, against the scenario's facts and
// against the core's own assessment of the same answers.
func TestScenarios(t *testing.T) {
	parallel(t)
	for _, surf := range surfaces() {
		t.Run(surf.name, func(t *testing.T) {
			for _, s := range scenarios() {
				t.Run(s.name, func(t *testing.T) {
					v := surf.open(t)
					r := completeScenario(t, v, s)
					assert.ElementsMatch(t, []string{"deadline", "exposure", "mass-arbitration", "factors", "defenses", "timeline", "next-steps", "citations", "notice"}, r.Sections)
					assert.Contains(t, strings.ToLower(r.Notice), "not legal advice")
					s.check(t, r)

					var api struct {
						OK         bool `json:"ok"`
						Assessment struct {
							Deadline        string `json:"deadline"`
							MassArbitration struct {
								Applies bool `json:"applies"`
							} `json:"mass_arbitration"`
							Defenses []struct {
								Title string `json:"title"`
							} `json:"defenses"`
							Factors []struct {
								Title string `json:"title"`
							} `json:"factors"`
						} `json:"assessment"`
						Problems any `json:"problems"`
					}
					var raw string
					v.eval(fmt.Sprintf(`window.cipaTriage.assess(%q)`, s.answersJSON()), &raw)
					require.NoError(t, json.Unmarshal([]byte(raw), &api), raw)
					require.True(t, api.OK, "the API refused the scenario: %v", api.Problems)
					assert.Equal(t, api.Assessment.Deadline, r.Deadline, "the page shows the core's deadline")
					assert.Equal(t, fmt.Sprint(api.Assessment.MassArbitration.Applies), r.MassApplies)
					for _, d := range api.Assessment.Defenses {
						assert.Contains(t, r.Defenses, d.Title)
					}
					for _, f := range api.Assessment.Factors {
						assert.Contains(t, r.Factors, f.Title)
					}
				})
			}
		})
	}
}
