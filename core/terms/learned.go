package terms

import (
	"sync"

	"github.com/cipa-triage/cipa-triage/core/terms/internal/clausemodel"
)

// The learned clause model (core/terms/internal/clausemodel) sits beside the
// rules for arbitration, class waiver, governing law and forum. For each
// kind the trainer's cross-validation over the training half of the public
// clause sets chose how the two combine (clausemodel.Mode): the rules alone,
// the model alone, either, or the rules with the model as a veto. When the
// rules fire, the quotation is theirs; a hit of the model alone quotes the
// sentence it scored.

// modelKind is a kind the model takes part in: its index in Kinds and its
// weights, threshold and mode.
type modelKind struct {
	at int
	l  *clausemodel.Linear
}

// modelKinds are the kinds whose mode is not the rules alone, worked out
// on first use (nothing runs when the package loads).
var modelKinds = sync.OnceValue(func() (out []modelKind) {
	m := clausemodel.Embedded()
	for i, k := range Kinds {
		if m == nil || m.Kinds[string(k)] == nil || m.Kinds[string(k)].Mode == clausemodel.RulesOnly {
			continue
		}
		out = append(out, modelKind{i, m.Kinds[string(k)]})
	}
	return out
})

// scoreAll fills scores (one a kind, in Kinds order) for one sentence: the
// rules' score, then the model's verdict where its mode says to use it. A
// kind the combination finds scores at least 1, one it rejects 0. A
// heading keeps the rules' scores (heading.go says why); isHeading tells
// the caller it is one. The heading test is a regular expression, so it
// runs only where its answer can change a verdict.
func scoreAll(sentence, lower string, scores []float64) (isHeading bool) {
	found := false // a kind that a heading alone cannot make present
	read, lower := withoutTitles(sentence, lower)
	for i, k := range Kinds {
		scores[i] = scoreLower(k, read, lower)
		found = found || headed[k] && scores[i] >= 1
	}
	if found && heading(sentence) {
		return true
	}
	var feats []uint32
	for _, mk := range modelKinds() {
		rule := scores[mk.at] >= 1
		if mk.l.Mode == clausemodel.Both && !rule {
			continue
		}
		// The model may add a clause the rules missed, but only in a
		// sentence holding a word of the kind's gate ("court", "venue" ...
		// for the forum): the rest of a long document is none of it, and
		// reading every sentence with the model costs a tenth more time.
		if !rule && !holdsAny(lower, gates[Kinds[mk.at]]) {
			continue
		}
		if feats == nil {
			rules := make(map[string]float64, len(clausemodel.Kinds))
			for _, k := range clausemodel.Kinds {
				rules[k] = scores[kindIndex(Kind(k))]
			}
			feats = clausemodel.Features(sentence, rules)
		}
		switch got := mk.l.Mode.Decide(rule, mk.l.Says(feats)); {
		case got && !rule:
			// No rule found a kind in headed (found is false), so nothing
			// has been changed yet that a heading would have kept.
			if !found && heading(sentence) {
				return true
			}
			scores[mk.at] = 1
		case !got && rule:
			scores[mk.at] = 0
		}
	}
	return false
}

// kindIndex is each kind's position in Kinds.
func kindIndex(k Kind) int {
	for i, x := range Kinds {
		if x == k {
			return i
		}
	}
	return -1
}
