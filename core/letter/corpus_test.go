package letter_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/letter"
)

// A corpus case is testdata/NAME.json beside testdata/NAME.<ext>: the
// letter fields a careful reader would fill in, the warnings the reader must
// give (as substrings), and any field the reader is known to get wrong, with
// the reason, so the table test passes while the accuracy report still
// counts the miss.
type corpusCase struct {
	Name     string
	File     string
	Letter   map[string]any    `json:"letter"`
	Warnings []string          `json:"warnings"`
	Known    map[string]string `json:"known_misses"`
}

func loadCorpus(t testing.TB) []corpusCase { return loadCases(t, "testdata", 12) }

// loadCases reads the cases in dir and requires at least min of them.
func loadCases(t testing.TB, dir string, min int) []corpusCase {
	t.Helper()
	specs, err := filepath.Glob(filepath.Join(dir, "*.json"))
	require.NoError(t, err)
	var out []corpusCase
	for _, spec := range specs {
		data, err := os.ReadFile(spec)
		require.NoError(t, err)
		var c corpusCase
		require.NoError(t, json.Unmarshal(data, &c), spec)
		stem := strings.TrimSuffix(spec, ".json")
		for _, ext := range []string{".txt", ".md", ".pdf", ".docx", ".eml", ".html"} {
			if _, err := os.Stat(stem + ext); err == nil {
				c.File = stem + ext
			}
		}
		require.NotEmpty(t, c.File, "no letter file for %s", spec)
		c.Name = filepath.Base(c.File)
		out = append(out, c)
	}
	require.GreaterOrEqual(t, len(out), min, "%s needs at least %d letters", dir, min)
	return out
}

func readLetter(t testing.TB, file string) core.Result {
	t.Helper()
	f, err := os.Open(file)
	require.NoError(t, err)
	defer f.Close()
	st, err := f.Stat()
	require.NoError(t, err)
	res, err := letter.Reader{}.Read(core.Source{Name: file, Size: st.Size(), R: f}, core.Answers{})
	require.NoError(t, err, file)
	return res
}

// fields flattens the letter answers of a result to JSON values by field name.
func fields(t testing.TB, l core.Letter) map[string]any {
	data, err := json.Marshal(l)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	return m
}

// same compares an expected and an extracted value the way a user would:
// case and spacing in names do not matter, lists are sets, a website is its
// host without "www.".
func same(field string, want, got any) bool {
	norm := func(v any) any {
		switch x := v.(type) {
		case string:
			s := strings.ToLower(strings.Join(strings.Fields(x), " "))
			s = strings.TrimRight(s, ".,")
			if field == "website" {
				s = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(s, "https://"), "http://"), "www.")
				s = strings.TrimRight(s, "/")
			}
			return s
		case []any:
			var out []string
			for _, e := range x {
				out = append(out, fmt.Sprint(e))
			}
			for i := range out {
				out[i] = strings.ToLower(strings.Join(strings.Fields(out[i]), " "))
			}
			sort.Strings(out)
			return out
		}
		return v
	}
	return reflect.DeepEqual(norm(want), norm(got))
}

var allFields = []string{"date", "received", "response_days", "response_deadline", "firm", "attorney", "claimants", "claimant_names",
	"business", "website", "statutes", "technologies", "visit_dates", "amount_demanded", "per_violation_claimed",
	"violations_claimed", "forum", "pre_arbitration_notice", "preservation_demand", "kind"}

func TestCorpus(t *testing.T) {
	cases := append(loadCorpus(t), loadCases(t, "testdata/heldout", 4)...)
	for _, c := range append(cases, loadCases(t, "testdata/round3", 8)...) {
		t.Run(c.Name, func(t *testing.T) {
			res := readLetter(t, c.File)
			got := fields(t, res.Answers.Letter)
			for _, f := range allFields {
				if reason, ok := c.Known[f]; ok {
					t.Logf("known miss %s: %s (want %v, got %v)", f, reason, c.Letter[f], got[f])
					continue
				}
				want, wantOK := c.Letter[f]
				g, gotOK := got[f]
				if !wantOK {
					assert.False(t, gotOK, "%s: found %v, but the letter does not say", f, g)
					continue
				}
				if assert.True(t, gotOK, "%s: want %v, found nothing", f, want) {
					assert.True(t, same(f, want, g), "%s: want %v, got %v", f, want, g)
				}
				// Nothing is filled silently: every value has its words.
				ev := res.Evidence["letter."+f]
				if assert.NotEmpty(t, ev, "%s has no evidence", f) {
					for _, e := range ev {
						assert.NotEmpty(t, e.Quote)
						assert.Greater(t, e.Confidence, 0.0)
						assert.LessOrEqual(t, e.Confidence, 1.0)
					}
				}
			}
			var fieldWarnings []string
			for _, w := range res.Warnings {
				if w.Field != "" {
					fieldWarnings = append(fieldWarnings, w.Message)
				}
			}
			for _, want := range c.Warnings {
				found := false
				for _, w := range fieldWarnings {
					found = found || strings.Contains(w, want)
				}
				assert.True(t, found, "warning %q missing; got %q", want, fieldWarnings)
			}
			assert.Len(t, fieldWarnings, len(c.Warnings), "warnings: %q", fieldWarnings)
		})
	}
}

// TestAccuracy prints, per field, how many letters state it (expected), how
// many the reader filled (found) and how many of those are right (correct),
// with precision and recall, and fails below the floors. The main corpus
// was written together with the reader, so its figures are an upper bound;
// testdata/heldout holds letters written after the reader and measured
// before any change was made for them (see the README for that first run).
func TestAccuracy(t *testing.T) {
	sets := []struct {
		dir               string
		min               int
		precision, recall float64
	}{
		{"testdata", 12, 0.93, 0.90},
		{"testdata/heldout", 4, 0.90, 0.90},
		// Round 3 scored 0.94 / 0.77 on its first run (FIRST_RUN.txt).
		{"testdata/round3", 8, 0.95, 0.95},
	}
	for _, set := range sets {
		t.Run(set.dir, func(t *testing.T) {
			cases := loadCases(t, set.dir, set.min)
			p, r, table, misses := accuracy(t, cases)
			t.Logf("field-level accuracy over %d letters in %s:\n%s", len(cases), set.dir, table)
			for _, m := range misses {
				t.Log("miss: " + m)
			}
			assert.GreaterOrEqual(t, p, set.precision, "precision below the floor")
			assert.GreaterOrEqual(t, r, set.recall, "recall below the floor")
		})
	}
}

func accuracy(t testing.TB, cases []corpusCase) (precision, recall float64, table string, misses []string) {
	type tally struct{ expected, found, correct int }
	per := map[string]*tally{}
	var total tally
	for _, c := range cases {
		got := fields(t, readLetter(t, c.File).Answers.Letter)
		for _, f := range allFields {
			tl := per[f]
			if tl == nil {
				tl = &tally{}
				per[f] = tl
			}
			want, wantOK := c.Letter[f]
			g, gotOK := got[f]
			if wantOK {
				tl.expected++
			}
			if gotOK {
				tl.found++
			}
			if wantOK && gotOK && same(f, want, g) {
				tl.correct++
			} else if wantOK || gotOK {
				misses = append(misses, fmt.Sprintf("%s %s: want %v, got %v", c.Name, f, want, g))
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "| field | correct | found | expected | precision | recall |\n|---|---|---|---|---|---|\n")
	ratio := func(a, b int) string {
		if b == 0 {
			return "–"
		}
		return fmt.Sprintf("%.2f", float64(a)/float64(b))
	}
	for _, f := range allFields {
		tl := per[f]
		total.expected += tl.expected
		total.found += tl.found
		total.correct += tl.correct
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %s | %s |\n", f, tl.correct, tl.found, tl.expected, ratio(tl.correct, tl.found), ratio(tl.correct, tl.expected))
	}
	fmt.Fprintf(&b, "| **all fields** | %d | %d | %d | %s | %s |\n", total.correct, total.found, total.expected, ratio(total.correct, total.found), ratio(total.correct, total.expected))
	return float64(total.correct) / float64(max(total.found, 1)), float64(total.correct) / float64(max(total.expected, 1)), b.String(), misses
}
