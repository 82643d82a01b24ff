package terms_test

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
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
// (../shared/data from the repository root), as CI lays them out, and the
// adjudicated labels in core/terms/internal/clausedata/adjudicated. The
// rules and the model were tuned on the training half of each set only; the
// held-out half is reported separately and is what the floors guard.

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

// adjudicated relabels both sets with the adjudicated labels; ok is false
// when the files are absent outside CI. A sha that does not match the source
// fails the test: the source changed under the labels.
func adjudicated(t *testing.T, unfair, tosdr []clausedata.Sample) (au, at []clausedata.Sample, ok bool) {
	dir, err := clausedata.AdjudicatedDir()
	require.NoError(t, err)
	var out [2][]clausedata.Sample
	for i, set := range [][]clausedata.Sample{unfair, tosdr} {
		source := set[0].Source
		labels, err := clausedata.LoadAdjudicated(dir, source)
		if errors.Is(err, clausedata.ErrNoAdjudication) {
			if os.Getenv("CI") == "true" {
				t.Fatalf("CI must measure against the adjudicated labels: %v", err)
			}
			t.Logf("no adjudicated labels for %s (%v): printing the published labels' tables only", source, err)
			return nil, nil, false
		}
		require.NoError(t, err)
		relabelled, omitted, err := clausedata.Adjudicate(set, labels)
		require.NoError(t, err, "%s: the adjudicated labels no longer fit the source file", source)
		if len(omitted) > 0 {
			t.Logf("%s: %d rows published as one of the four kinds are not in the adjudicated file and count as no", source, len(omitted))
		}
		out[i] = relabelled
	}
	return out[0], out[1], true
}

// detector maps a clause to the categories it finds.
type detector func(text string) map[string]bool

func withLawOrForum(out map[string]bool) map[string]bool {
	out[clausedata.LawOrForum] = out["governing_law"] || out["forum"]
	return out
}

// verdict is what the reader and its parts say of one clause, worked out
// once and shared by every detector and label set.
type verdict struct {
	shipped, rules, model map[string]bool
	heading               bool
}

// verdicts caches verdict by clause text: each clause is read once, not once
// per detector and label set.
type verdicts map[string]*verdict

func (v verdicts) of(text string) *verdict {
	if got := v[text]; got != nil {
		return got
	}
	got := &verdict{shipped: map[string]bool{}, rules: map[string]bool{}, model: map[string]bool{}}
	for _, k := range terms.Classify(text) {
		got.shipped[string(k)] = true
	}
	one := strings.Join(strings.Fields(text), " ")
	for _, k := range terms.ClassifyRules(one) {
		got.rules[string(k)] = true
	}
	got.heading = terms.IsHeading(one)
	scores := map[string]float64{}
	for _, k := range clausemodel.Kinds {
		scores[k] = terms.Score(terms.Kind(k), one)
	}
	feats := clausemodel.Features(one, scores)
	for k, l := range clausemodel.Embedded().Kinds {
		got.model[k] = l.Says(feats)
	}
	v[text] = got
	return got
}

// shipped is what the reader does: the rules and the learned model, combined
// per kind as the model file says.
func (v verdicts) shipped(text string) map[string]bool {
	out := map[string]bool{}
	for k, yes := range v.of(text).shipped {
		out[k] = yes
	}
	return withLawOrForum(out)
}

// combined is the rules and the model under one mode for every kind the
// model scores (the rules alone for the rest), measured beside the shipped
// choice. A heading is never one of the four kinds, whatever the model says
// (core/terms/heading.go).
func (v verdicts) combined(mode clausemodel.Mode) detector {
	return func(text string) map[string]bool {
		got := v.of(text)
		out := map[string]bool{}
		for k, yes := range got.rules {
			out[k] = yes
		}
		if !got.heading {
			for _, k := range clausemodel.Kinds {
				out[k] = mode.Decide(out[k], got.model[k])
			}
		}
		return withLawOrForum(out)
	}
}

// heldOut is whether the held-out half is printed and guarded. Tuning runs
// set TERMS_HELD_OUT=hide, so that nothing about that half is seen while
// the rules and the model are chosen.
func heldOut() bool { return os.Getenv("TERMS_HELD_OUT") != "hide" }

func evaluate(samples []clausedata.Sample, cats []string, predict detector, errs func(s clausedata.Sample, cat string, truth, pred bool)) evaluation {
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
	splits := []string{clausedata.Train, clausedata.Test, "all"}
	if !heldOut() {
		splits = []string{clausedata.Train}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n| category | split | P | R | F1 | TP | FP | FN |\n|---|---|---|---|---|---|---|---|\n", name)
	for _, cat := range cats {
		for _, split := range splits {
			s := ev[split][cat]
			if s == nil {
				s = &score{}
			}
			fmt.Fprintf(&b, "| %s | %s | %.3f | %.3f | %.3f | %d | %d | %d |\n", cat, split, s.precision(), s.recall(), s.f1(), s.tp, s.fp, s.fn)
		}
	}
	for _, split := range splits {
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

// goal is issue 13's bar, on the held-out half under the adjudicated labels,
// for the four clauses that decide a CIPA demand.
const goalPrecision, goalRecall = 0.95, 0.92

// floor is what make test holds the shipped reader to on the adjudicated
// held-out half: the goal where it is reached, else the value reached when
// this round ended (docs/terms-and-policy.md has both).
type floor struct {
	set, cat          string
	precision, recall float64
}

var floors = []floor{
	// Reached on 2026-12-02 (second session), after the second blind
	// reading, the adjudication of its twelve disagreements
	// (adjudicated/decisions.tsv) and the rules written from claudette50:
	// precision, recall; the goal where it is reached, else the reached value.
	{"unfair_tos", "arbitration", 0.63, 0.75},   // 0.632, 0.750 (12 of 16 found, 7 false alarms)
	{"unfair_tos", "class_waiver", 0.80, 0.92},  // 0.800, recall 1.000: goal
	{"unfair_tos", "governing_law", 0.94, 0.88}, // 0.941, 0.889
	{"unfair_tos", "forum", 0.91, 0.84},         // 0.913, 0.840
	{"tosdr_dev", "arbitration", 0.90, 0.92},    // 0.900, recall 0.931: goal
	{"tosdr_dev", "class_waiver", 0.95, 0.85},   // precision 0.972: goal; 0.854
	{"tosdr_dev", "governing_law", 0.95, 0.92},  // 1.000, 0.929: goal reached
	{"tosdr_dev", "forum", 0.90, 0.92},          // 0.905, recall 0.950: goal (the model beside the rules)
}

// TestAccuracy prints precision, recall and F1 per category on both sets,
// under the published and the adjudicated labels, for the shipped reader and
// for the rules and the model alone and combined; and fails when the shipped
// reader falls below the floors on the adjudicated held-out half. The figures:
//
//	go test ./core/terms -run TestAccuracy -v     (or: make accuracy)
//
// TERMS_SHOW_ERRORS=adjudicated:unfair_tos:arbitration (or published:...)
// lists the shipped reader's misses and false alarms on the training half
// only (with ":rules" after it, the rules alone's); TERMS_HELD_OUT=hide
// prints the training half alone.
func TestAccuracy(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("accuracy is measured natively: the rules are the same code under js/wasm, only slower")
	}
	unfairRows, tosdrRows := data(t)
	adjUnfair, adjToSDR, haveAdj := adjudicated(t, unfairRows, tosdrRows)
	showErrors := os.Getenv("TERMS_SHOW_ERRORS")
	errs := func(labels string) func(s clausedata.Sample, cat string, truth, pred bool) {
		return func(s clausedata.Sample, cat string, truth, pred bool) {
			if s.Split != clausedata.Train || strings.TrimSuffix(showErrors, ":rules") != labels+":"+s.Source+":"+cat {
				return
			}
			kind := "FN"
			if pred {
				kind = "FP"
			}
			t.Logf("%s %s line %d [%s]: %.400s", kind, cat, s.Line, s.Doc, s.Text)
		}
	}

	m := clausemodel.Embedded()
	require.NotNil(t, m, "the embedded clause model does not decode")
	var modes []string
	for _, k := range clausemodel.Kinds {
		modes = append(modes, fmt.Sprintf("%s: %s", k, m.Kinds[k].Mode))
	}
	t.Logf("shipped: the rules and the clause model (%d bytes), per kind %s", clausemodel.Size(), strings.Join(modes, ", "))
	read := verdicts{}
	detectors := []struct {
		name string
		d    detector
	}{
		{"shipped reader", read.shipped},
		{"rules alone", read.combined(clausemodel.RulesOnly)},
		{"model alone", read.combined(clausemodel.ModelOnly)},
		{"rules or model", read.combined(clausemodel.Either)},
		{"rules with model veto", read.combined(clausemodel.Both)},
	}

	// The published labels, for information: they answer other questions
	// (clausedata/adjudicated.go says which).
	pubUnfair := []string{"arbitration", "governing_law", "forum", "use_is_assent"}
	pubToSDR := []string{"arbitration", "class_waiver", clausedata.LawOrForum}
	errsOf := 0 // the detector whose errors TERMS_SHOW_ERRORS lists
	if strings.HasSuffix(showErrors, ":rules") {
		errsOf = 1
	}
	for i, d := range detectors {
		var e func(clausedata.Sample, string, bool, bool)
		if i == errsOf {
			e = errs("published")
		}
		t.Log("\n" + table("published labels, "+d.name+", unfair_tos/data_fixed.tsv (3,850 clauses, 20 documents)", evaluate(unfairRows, pubUnfair, d.d, e), pubUnfair))
		t.Log("\n" + table("published labels, "+d.name+", tosdr_dev/quotes.jsonl (453 quotes)", evaluate(tosdrRows, pubToSDR, d.d, e), pubToSDR))
	}
	if !haveAdj {
		return
	}

	adjCats := clausedata.AdjudicatedKinds
	both := append(append([]clausedata.Sample(nil), adjUnfair...), adjToSDR...)
	extra := claudette50(t, unfairRows, tosdrRows)
	var guarded map[string]evaluation
	for i, d := range detectors {
		var e func(clausedata.Sample, string, bool, bool)
		if i == errsOf {
			e = errs("adjudicated")
		}
		sets := map[string]evaluation{
			"unfair_tos": evaluate(adjUnfair, adjCats, d.d, e),
			"tosdr_dev":  evaluate(adjToSDR, append(adjCats, clausedata.LawOrForum), d.d, e),
		}
		t.Log("\n" + table("adjudicated labels, "+d.name+", unfair_tos", sets["unfair_tos"], adjCats))
		t.Log("\n" + table("adjudicated labels, "+d.name+", tosdr_dev", sets["tosdr_dev"], append(adjCats, clausedata.LawOrForum)))
		t.Log("\n" + table("adjudicated labels, "+d.name+", both sets", evaluate(both, adjCats, d.d, nil), adjCats))
		t.Log("\n" + table("adjudicated labels, "+d.name+", claudette50 (training only)", evaluate(extra, adjCats, d.d, e), adjCats))
		if i == 0 {
			guarded = sets
		}
	}
	// The labels' own agreement: a second blind reading of the same rows,
	// scored as if it were a detector. No reader can be measured more
	// finely than two careful readers agree.
	second := secondReading(t, adjUnfair, adjToSDR)
	t.Log("\n" + table("second reading against the adjudicated labels, unfair_tos", second["unfair_tos"], adjCats))
	t.Log("\n" + table("second reading against the adjudicated labels, tosdr_dev", second["tosdr_dev"], adjCats))
	if !heldOut() {
		return
	}
	for _, f := range floors {
		s := guarded[f.set][clausedata.Test][f.cat]
		require.NotNil(t, s, "%s %s", f.set, f.cat)
		reached := "goal reached"
		if s.precision() < goalPrecision || s.recall() < goalRecall {
			reached = "goal NOT reached"
		}
		r := second[f.set][clausedata.Test][f.cat]
		require.NotNil(t, r, "second reading %s %s", f.set, f.cat)
		t.Logf("adjudicated held-out %s %s: P %.3f R %.3f (%d positives; goal %.2f / %.2f: %s; floor %.2f / %.2f; second reading P %.3f R %.3f)", f.set, f.cat, s.precision(), s.recall(), s.tp+s.fn, goalPrecision, goalRecall, reached, f.precision, f.recall, r.precision(), r.recall())
		assert.GreaterOrEqual(t, s.precision(), f.precision, "%s %s adjudicated held-out precision", f.set, f.cat)
		assert.GreaterOrEqual(t, s.recall(), f.recall, "%s %s adjudicated held-out recall", f.set, f.cat)
	}
}

// secondReading scores the second annotator's labels (adjudicated/second/)
// against the adjudicated ones, per set and split.
func secondReading(t *testing.T, unfair, tosdr []clausedata.Sample) map[string]evaluation {
	dir, err := clausedata.AdjudicatedDir()
	require.NoError(t, err)
	out := map[string]evaluation{}
	for _, set := range [][]clausedata.Sample{unfair, tosdr} {
		source := set[0].Source
		labels, err := clausedata.LoadAdjudicated(filepath.Join(dir, "second"), source)
		require.NoError(t, err, "the second reading of %s", source)
		said := map[string]map[string]bool{}
		for _, s := range set {
			if l, ok := labels[s.Line]; ok {
				require.Equal(t, clausedata.TextSHA(s.Text), l.SHA, "%s line %d: the second reading no longer fits the source", source, s.Line)
				said[s.Text] = l.Truth
			}
		}
		out[source] = evaluate(set, clausedata.AdjudicatedKinds, func(text string) map[string]bool {
			return maps.Clone(said[text])
		}, nil)
	}
	return out
}

// claudette50 loads the third, training-only set, and fails if one of its
// companies is in either held-out set's source: its wording would then be
// on both sides.
func claudette50(t *testing.T, unfair, tosdr []clausedata.Sample) []clausedata.Sample {
	dir, err := clausedata.Claudette50Dir()
	require.NoError(t, err)
	extra, err := clausedata.LoadClaudette50(dir)
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, set := range [][]clausedata.Sample{unfair, tosdr} {
		for _, s := range set {
			seen[companyKey(s.Doc)] = true
		}
	}
	for _, s := range extra {
		require.False(t, seen[companyKey(s.Doc)], "claudette50 row %d: %s is also in UNFAIR-ToS or ToS;DR", s.Line, s.Doc)
	}
	return extra
}

// companyKey compares company names across the sets: "Electronic_Arts",
// "electronicarts" and "electronic-arts.com" are one.
func companyKey(doc string) string {
	doc = strings.ToLower(doc)
	for _, tld := range []string{".com", ".edu", "-com", ".io"} {
		doc = strings.TrimSuffix(doc, tld)
	}
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, doc)
}
