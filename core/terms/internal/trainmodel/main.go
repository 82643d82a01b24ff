// Command trainmodel trains the terms reader's clause model on the training
// half of the public clause sets and writes core/terms/internal/clausemodel/model.bin:
//
//	go run ./core/terms/internal/trainmodel
//
// It never reads the held-out half's labels: the threshold and the choice
// between features are made by five-fold cross-validation over the training
// half's documents, whose out-of-fold scores it prints beside the rules'.
package main

import (
	"flag"
	"fmt"
	"hash/fnv"
	"log"
	"math"
	"os"
	"sort"

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
	flag.Parse()
	dir, err := clausedata.Dir()
	if err != nil {
		log.Fatal(err)
	}
	unfair, err := clausedata.LoadUnfairToS(dir)
	if err != nil {
		log.Fatal(err)
	}
	tosdr, err := clausedata.LoadToSDR(dir)
	if err != nil {
		log.Fatal(err)
	}
	var train []clausedata.Sample
	for _, s := range append(unfair, tosdr...) {
		if s.Split == clausedata.Train {
			train = append(train, s)
		}
	}
	m := &clausemodel.Model{Kinds: map[terms.Kind]*clausemodel.Linear{}}
	for _, k := range clausemodel.Kinds {
		var withRules, plain []example
		for _, s := range train {
			label, ok := labelOf(k, s)
			if !ok {
				continue
			}
			fold := int(hash(s.Doc) % 5)
			rule := hasKind(terms.Classify(s.Text), k)
			withRules = append(withRules, example{clausemodel.Features(s.Text, true), label, rule, fold})
			plain = append(plain, example{clausemodel.Features(s.Text, false), label, rule, fold})
		}
		rules := cvRules(withRules)
		p1, thr1 := crossValidate(plain)
		p2, thr2 := crossValidate(withRules)
		fmt.Printf("%-14s n=%4d  rules %s | words %s (t=%.2f) | words+rules %s (t=%.2f)\n", k, len(withRules), rules, p1, thr1, p2, thr2)
		l := fit(withRules)
		l.Threshold = float32(thr2)
		l.Use = f1(p2) > f1(rules)
		fmt.Printf("%-14s better: the %s\n", k, map[bool]string{true: "model (words and rules) in cross-validation", false: "rules in cross-validation"}[l.Use])
		m.Kinds[k] = l
	}
	bin := m.Encode()
	if err := os.WriteFile(*out, bin, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %s: %d bytes\n", *out, len(bin))
}

// labelOf is whether s is kind k, and false for ok when its label does not
// say. ToS;DR labels governing law and forum together, so its positives
// teach neither alone; its class-waiver labels are the only ones (UNFAIR-ToS
// has no such category, and its "Other" clauses hold waivers).
func labelOf(k terms.Kind, s clausedata.Sample) (label, ok bool) {
	switch {
	case s.Source == "unfair_tos" && k == terms.ClassWaiver:
		return false, false
	case s.Source == "tosdr_dev" && (k == terms.GoverningLaw || k == terms.Forum):
		if s.Unknown["governing_law_or_forum"] || s.Truth["governing_law_or_forum"] {
			return false, false
		}
		return false, true
	case s.Unknown[string(k)]:
		return false, false
	}
	return s.Truth[string(k)], true
}

func hasKind(ks []terms.Kind, k terms.Kind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
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

// crossValidate scores out-of-fold probabilities and picks the threshold
// with the best F1 on them (the higher threshold among equals).
func crossValidate(ex []example) (prf, float64) {
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
	for _, t := range cands {
		if t < 0.05 {
			continue
		}
		preds := make([]bool, len(ex))
		for i, p := range probs {
			preds[i] = p >= t
		}
		s := count(labels, preds)
		f := 2 * float64(s.tp) / math.Max(1, float64(2*s.tp+s.fp+s.fn))
		if f >= bestF {
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
