package main

import (
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"log"
	"math"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/cipa-triage/cipa-triage/core/terms"
	"github.com/cipa-triage/cipa-triage/core/terms/internal/clausedata"
	"github.com/cipa-triage/cipa-triage/core/terms/internal/clausemodel"
)

type example struct {
	feats []uint32
	label bool
	rule  bool // the rules alone say so
	fold  int
}

func main() {
	out := flag.String("out", "core/terms/internal/clausemodel/model.bin", "where to write the model")
	labels := flag.String("labels", "adjudicated", "which labels to learn: adjudicated (core/terms/internal/clausedata/adjudicated) or published")
	allowed := flag.String("modes", "either,both", "the combinations the trainer may choose besides the rules alone (either, both); empty for none")
	flag.Parse()
	may := map[clausemodel.Mode]bool{}
	for _, name := range strings.Split(*allowed, ",") {
		switch strings.TrimSpace(name) {
		case "either":
			may[clausemodel.Either] = true
		case "both":
			may[clausemodel.Both] = true
		case "":
		default:
			log.Fatalf("-modes: %q is not either or both", name)
		}
	}
	train, err := trainingHalf(*labels)
	if err != nil {
		log.Fatal(err)
	}
	m := &clausemodel.Model{Kinds: map[string]*clausemodel.Linear{}}
	for _, k := range clausemodel.Kinds {
		var withRules, plain []example
		for _, s := range train {
			label, ok := labelOf(k, s, *labels == "adjudicated")
			if !ok {
				continue
			}
			fold := int(hash(s.Doc) % 5)
			// As the reader sees a sentence: one line, single spaces.
			text := strings.Join(strings.Fields(s.Text), " ")
			scores := ruleScores(text)
			rule := slices.Contains(terms.ClassifyRules(text), terms.Kind(k))
			withRules = append(withRules, example{clausemodel.Features(text, scores), label, rule, fold})
			plain = append(plain, example{clausemodel.Features(text, nil), label, rule, fold})
		}
		rules := cvRules(withRules)
		p1, _ := crossValidate(plain, clausemodel.ModelOnly)
		fmt.Printf("%-14s n=%4d positives=%d\n", k, len(withRules), positives(withRules))
		fmt.Printf("  rules                 %s\n", rules)
		fmt.Printf("  model, words only     %s\n", p1)
		best, bestMode, bestT := rules, clausemodel.RulesOnly, 0.5
		for _, mode := range []clausemodel.Mode{clausemodel.ModelOnly, clausemodel.Either, clausemodel.Both} {
			p, t := crossValidate(withRules, mode)
			fmt.Printf("  %-21s %s (t=%.2f)\n", "model+rules, "+mode.String(), p, t)
			// The model must beat the rules clearly to be used: a point of
			// F1 in cross-validation. It never replaces them: the rules'
			// sentence is the quotation a user checks, and the model alone
			// has missed plain agreements to arbitrate in the project's own
			// documents, which a user must be shown.
			if may[mode] && f1(p) > f1(best)+0.01 {
				best, bestMode, bestT = p, mode, t
			}
		}
		l := fit(withRules)
		l.Threshold, l.Mode = float32(bestT), bestMode
		fmt.Printf("  chosen: %s\n", bestMode)
		m.Kinds[k] = l
	}
	bin := m.Encode()
	if err := os.WriteFile(*out, bin, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %s: %d bytes\n", *out, len(bin))
}

// trainingHalf is the training half of both sets, under the labels asked
// for, and with adjudicated labels the training-only claudette50 set too.
func trainingHalf(labels string) ([]clausedata.Sample, error) {
	dir, err := clausedata.Dir()
	if err != nil {
		return nil, err
	}
	unfair, err := clausedata.LoadUnfairToS(dir)
	if err != nil {
		return nil, err
	}
	tosdr, err := clausedata.LoadToSDR(dir)
	if err != nil {
		return nil, err
	}
	switch labels {
	case "published":
	case "adjudicated":
		adir, err := clausedata.AdjudicatedDir()
		if err != nil {
			return nil, err
		}
		for _, set := range []*[]clausedata.Sample{&unfair, &tosdr} {
			l, err := clausedata.LoadAdjudicated(adir, (*set)[0].Source)
			if errors.Is(err, clausedata.ErrNoAdjudication) {
				return nil, fmt.Errorf("%w (train on the published labels with -labels published)", err)
			}
			if err != nil {
				return nil, err
			}
			if *set, _, err = clausedata.Adjudicate(*set, l); err != nil {
				return nil, err
			}
		}
	default:
		return nil, fmt.Errorf("-labels %q: want adjudicated or published", labels)
	}
	var train []clausedata.Sample
	for _, s := range append(unfair, tosdr...) {
		if s.Split == clausedata.Train {
			train = append(train, s)
		}
	}
	if labels == "adjudicated" {
		// claudette50 is labelled against the same guideline, and is all
		// training material (clausedata/claudette50/README.md).
		cdir, err := clausedata.Claudette50Dir()
		if err != nil {
			return nil, err
		}
		extra, err := clausedata.LoadClaudette50(cdir)
		if err != nil {
			return nil, err
		}
		train = append(train, extra...)
	}
	return train, nil
}

func ruleScores(text string) map[string]float64 {
	out := map[string]float64{}
	for _, k := range clausemodel.Kinds {
		out[k] = terms.Score(terms.Kind(k), text)
	}
	return out
}

func positives(ex []example) int {
	n := 0
	for _, e := range ex {
		if e.label {
			n++
		}
	}
	return n
}

// labelOf is whether s is kind k, and false for ok when its label does not
// say. Adjudicated labels speak to all four kinds in both sets. Published
// ToS;DR labels governing law and forum together, so its positives teach
// neither alone; its class-waiver labels are the only published ones
// (UNFAIR-ToS has no such category, and its "Other" clauses hold waivers).
func labelOf(k string, s clausedata.Sample, adjudicated bool) (label, ok bool) {
	switch {
	case adjudicated:
		return s.Truth[k], true
	case s.Source == "unfair_tos" && k == "class_waiver":
		return false, false
	case s.Source == "tosdr_dev" && (k == "governing_law" || k == "forum"):
		if s.Unknown[clausedata.LawOrForum] || s.Truth[clausedata.LawOrForum] {
			return false, false
		}
		return false, true
	case s.Unknown[k]:
		return false, false
	}
	return s.Truth[k], true
}

func hash(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

type prf struct{ tp, fp, fn int }

func (s prf) String() string {
	p := float64(s.tp) / math.Max(1, float64(s.tp+s.fp))
	r := float64(s.tp) / math.Max(1, float64(s.tp+s.fn))
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return fmt.Sprintf("P %.2f R %.2f F1 %.2f", p, r, f)
}

func f1(s prf) float64 { return 2 * float64(s.tp) / math.Max(1, float64(2*s.tp+s.fp+s.fn)) }

func count(labels []bool, preds []bool) prf {
	var s prf
	for i := range labels {
		switch {
		case labels[i] && preds[i]:
			s.tp++
		case preds[i]:
			s.fp++
		case labels[i]:
			s.fn++
		}
	}
	return s
}

func cvRules(ex []example) prf {
	labels, preds := make([]bool, len(ex)), make([]bool, len(ex))
	for i, e := range ex {
		labels[i], preds[i] = e.label, e.rule
	}
	return count(labels, preds)
}

// crossValidate scores out-of-fold probabilities, combines them with the
// rules by mode and picks the threshold with the best F1 (the higher
// threshold among equals).
func crossValidate(ex []example, mode clausemodel.Mode) (prf, float64) {
	probs := make([]float64, len(ex))
	for f := 0; f < 5; f++ {
		var tr []example
		for _, e := range ex {
			if e.fold != f {
				tr = append(tr, e)
			}
		}
		l := fit(tr)
		for i, e := range ex {
			if e.fold == f {
				probs[i] = l.Prob(e.feats)
			}
		}
	}
	labels := make([]bool, len(ex))
	for i, e := range ex {
		labels[i] = e.label
	}
	cands := append([]float64(nil), probs...)
	sort.Float64s(cands)
	best, bestF, bestT := prf{}, -1.0, 0.5
	for j, t := range cands {
		if t < 0.05 || j > 0 && t == cands[j-1] {
			continue
		}
		preds := make([]bool, len(ex))
		for i, p := range probs {
			preds[i] = mode.Decide(ex[i].rule, p >= t)
		}
		s := count(labels, preds)
		if f := f1(s); f >= bestF {
			best, bestF, bestT = s, f, t
		}
	}
	return best, bestT
}

// prune drops weights too small to change a decision, which keeps the
// embedded file small; cross-validation scores the pruned weights.
const prune = 0.05

// fit is L2-regularised logistic regression by full-batch gradient descent
// with AdaGrad steps; positives are weighted up to balance the classes.
func fit(ex []example) *clausemodel.Linear {
	const n = 1 << clausemodel.Bits
	w := make([]float64, n)
	g2 := make([]float64, n)
	var b, b2 float64
	pos := 0
	for _, e := range ex {
		if e.label {
			pos++
		}
	}
	posWeight := math.Min(10, float64(len(ex)-pos)/math.Max(1, float64(pos)))
	const lambda, rate, epochs = 1e-2, 0.5, 300
	grad := make([]float64, n)
	for ep := 0; ep < epochs; ep++ {
		for i := range grad {
			grad[i] = lambda * w[i]
		}
		var gb float64
		for _, e := range ex {
			z := b
			for _, f := range e.feats {
				z += w[f]
			}
			p := 1 / (1 + math.Exp(-z))
			y, weight := 0.0, 1.0
			if e.label {
				y, weight = 1, posWeight
			}
			d := weight * (p - y) / float64(len(ex))
			for _, f := range e.feats {
				grad[f] += d
			}
			gb += d
		}
		for i, g := range grad {
			if g != 0 {
				g2[i] += g * g
				w[i] -= rate * g / (math.Sqrt(g2[i]) + 1e-8)
			}
		}
		b2 += gb * gb
		b -= rate * gb / (math.Sqrt(b2) + 1e-8)
	}
	l := &clausemodel.Linear{Bias: float32(b), Weights: map[uint32]float32{}}
	for i, x := range w {
		if math.Abs(x) >= prune {
			l.Weights[uint32(i)] = float32(x)
		}
	}
	return l
}
