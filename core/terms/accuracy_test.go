package terms_test

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/cipa-triage/cipa-triage/core/terms"
	"github.com/cipa-triage/cipa-triage/core/terms/internal/clausedata"
	"github.com/cipa-triage/cipa-triage/core/terms/internal/clausemodel"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The accuracy evaluation reads the shared datasets beside the repository
// (../shared/data from the repository root), as CI lays them out. The rules
// were written looking only at the "tune" half of each set; the "test" half
// is reported separately and is what the floors guard.

// score counts one category's outcomes.
type score struct{ tp, fp, fn int }

func (s score) precision() float64 { return ratio(s.tp, s.tp+s.fp) }
func (s score) recall() float64    { return ratio(s.tp, s.tp+s.fn) }
func (s score) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// evaluation is per split, per category.
type evaluation map[string]map[string]*score

func (e evaluation) add(split, cat string, truth, pred bool) {
	if e[split] == nil {
		e[split] = map[string]*score{}
	}
	s := e[split][cat]
	if s == nil {
		s = &score{}
		e[split][cat] = s
	}
	switch {
	case truth && pred:
		s.tp++
	case pred:
		s.fp++
	case truth:
		s.fn++
	}
}

// data loads both sets, skipping the test when the shared data is absent.
func data(t testing.TB) (unfair, tosdr []clausedata.Sample) {
	dir, err := clausedata.Dir()
	require.NoError(t, err)
	if _, err := os.Stat(dir); os.IsNotExist(err) {
		if os.Getenv("CI") == "true" {
			t.Fatalf("accuracy data not found at %s, and CI must measure accuracy: lay /work/shared beside the clone as ../shared, or set CIPA_SHARED_DATA", dir)
		}
		t.Skipf("accuracy data not found at %s (CI copies /work/shared beside the clone as ../shared); skipping the evaluation", dir)
	}
	unfair, err = clausedata.LoadUnfairToS(dir)
	require.NoError(t, err)
	tosdr, err = clausedata.LoadToSDR(dir)
	require.NoError(t, err)
	return unfair, tosdr
}

// predict maps a clause to the dataset's categories.
func predict(text string) map[string]bool {
	out := map[string]bool{}
	for _, k := range terms.Classify(text) {
		out[string(k)] = true
	}
	if out["governing_law"] || out["forum"] {
		out["governing_law_or_forum"] = true
	}
	return out
}

func evaluate(samples []clausedata.Sample, cats []string, predict func(string) map[string]bool, errs func(s clausedata.Sample, cat string, truth, pred bool)) evaluation {
	ev := evaluation{}
	for _, s := range samples {
		pred := predict(s.Text)
		for _, cat := range cats {
			if s.Unknown[cat] {
				continue
			}
			ev.add(s.Split, cat, s.Truth[cat], pred[cat])
			ev.add("all", cat, s.Truth[cat], pred[cat])
			if errs != nil && s.Truth[cat] != pred[cat] {
				errs(s, cat, s.Truth[cat], pred[cat])
			}
		}
	}
	return ev
}

func table(name string, ev evaluation, cats []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n| category | split | P | R | F1 | TP | FP | FN |\n|---|---|---|---|---|---|---|---|\n", name)
	for _, cat := range cats {
		for _, split := range []string{clausedata.Train, clausedata.Test, "all"} {
			s := ev[split][cat]
			if s == nil {
				s = &score{}
			}
			fmt.Fprintf(&b, "| %s | %s | %.3f | %.3f | %.3f | %d | %d | %d |\n", cat, split, s.precision(), s.recall(), s.f1(), s.tp, s.fp, s.fn)
		}
	}
	for _, split := range []string{clausedata.Train, clausedata.Test, "all"} {
		var m score
		for _, cat := range cats {
			if s := ev[split][cat]; s != nil {
				m.tp, m.fp, m.fn = m.tp+s.tp, m.fp+s.fp, m.fn+s.fn
			}
		}
		fmt.Fprintf(&b, "| micro (these categories) | %s | %.3f | %.3f | %.3f | %d | %d | %d |\n", split, m.precision(), m.recall(), m.f1(), m.tp, m.fp, m.fn)
	}
	return b.String()
}

// target is issue 13's bar for the four clauses that decide a CIPA demand,
// on the held-out half; floors are what the shipped detector reached there
// when the split was fixed, so a regression fails.
type target struct {
	set, cat  string
	precision float64
	recall    float64
}

var (
	goalPrecision, goalRecall = 0.95, 0.92
	floors                    = []target{
		// The rules as they stood when the split was fixed (2026-12-02).
		{"unfair_tos", "arbitration", 0.44, 0.72},
		{"unfair_tos", "governing_law", 0.64, 0.94},
		{"unfair_tos", "forum", 0.84, 1.00},
		{"tosdr_dev", "arbitration", 1.00, 0.82},
		{"tosdr_dev", "class_waiver", 1.00, 0.82},
		{"tosdr_dev", "governing_law_or_forum", 1.00, 0.76},
	}
)

// TestAccuracy prints precision, recall and F1 per category on both sets and
// fails when the held-out half falls below the floors. The figures:
//
//	go test ./core/terms -run TestAccuracy -v
func TestAccuracy(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("accuracy is measured natively: the rules are the same code under js/wasm, only slower")
	}
	unfairRows, tosdrRows := data(t)
	showErrors := os.Getenv("TERMS_SHOW_ERRORS") // e.g. "unfair_tos:arbitration"; training half only
	errs := func(s clausedata.Sample, cat string, truth, pred bool) {
		if s.Split != clausedata.Train || showErrors != s.Source+":"+cat {
			return
		}
		kind := "FN"
		if pred {
			kind = "FP"
		}
		t.Logf("%s %s [%s]: %.300s", kind, cat, s.Doc, s.Text)
	}

	unfairCats := []string{"arbitration", "governing_law", "forum", "use_is_assent"}
	tosdrCats := []string{"arbitration", "class_waiver", "governing_law_or_forum"}
	sets := map[string]evaluation{
		"unfair_tos": evaluate(unfairRows, unfairCats, predict, errs),
		"tosdr_dev":  evaluate(tosdrRows, tosdrCats, predict, errs),
	}
	t.Log("\n" + table("unfair_tos/data_fixed.tsv (3,850 clauses, 20 documents)", sets["unfair_tos"], unfairCats))
	t.Log("\n" + table("tosdr_dev/quotes.jsonl (453 quotes)", sets["tosdr_dev"], tosdrCats))

	// The learned model, measured beside the rules and not shipped
	// (core/terms/internal/clausemodel says why).
	model := func(text string) map[string]bool {
		out := map[string]bool{}
		for _, k := range clausemodel.Kinds {
			out[string(k)] = clausemodel.Says(k, text)
		}
		out["governing_law_or_forum"] = out["governing_law"] || out["forum"]
		return out
	}
	modelCats := []string{"arbitration", "governing_law", "forum"}
	t.Log("\n" + table("clause model (not shipped), unfair_tos", evaluate(unfairRows, modelCats, model, nil), modelCats))
	t.Log("\n" + table("clause model (not shipped), tosdr_dev", evaluate(tosdrRows, tosdrCats, model, nil), tosdrCats))

	for _, f := range floors {
		s := sets[f.set][clausedata.Test][f.cat]
		require.NotNil(t, s, "%s %s", f.set, f.cat)
		t.Logf("held-out %s %s: P %.3f R %.3f (goal %.2f / %.2f)", f.set, f.cat, s.precision(), s.recall(), goalPrecision, goalRecall)
		assert.GreaterOrEqual(t, s.precision(), f.precision, "%s %s held-out precision", f.set, f.cat)
		assert.GreaterOrEqual(t, s.recall(), f.recall, "%s %s held-out recall", f.set, f.cat)
	}
}
