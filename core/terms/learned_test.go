package terms

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core/terms/internal/clausemodel"
)

// withModel runs f with the reader using l for arbitration, then restores
// the embedded model.
func withModel(t *testing.T, l *clausemodel.Linear, f func()) {
	saved := modelKinds
	defer func() { modelKinds = saved }()
	modelKinds = func() []modelKind { return []modelKind{{kindIndex(Arbitration), l}} }
	f()
}

// trained is a model that says "arbitration" exactly for sentences holding
// every feature of sentence (rules' scores included).
func trained(sentence string, mode clausemodel.Mode) *clausemodel.Linear {
	rules := map[string]float64{}
	for _, k := range clausemodel.Kinds {
		rules[k] = Score(Kind(k), sentence)
	}
	feats := clausemodel.Features(sentence, rules)
	w := map[uint32]float32{}
	for _, f := range feats {
		w[f] = 10 / float32(len(feats))
	}
	return &clausemodel.Linear{Bias: -9.5, Threshold: 0.5, Mode: mode, Weights: w}
}

func TestModelCombination(t *testing.T) {
	const (
		ruleOnly  = "You and Acme agree that any dispute will be resolved by binding arbitration."
		modelOnly = "Disputes go before a neutral referee from an arbitration service, whose ruling is final for both of us."
		heading   = "Referee for arbitration disputes"
		// No word of the kind's gate ("arbitra"): the model is not asked.
		ungated = "Disputes go before a neutral referee whose ruling is final for both of us."
	)
	require.Empty(t, Classify(modelOnly), "the rules alone do not find it")

	withModel(t, trained(modelOnly, clausemodel.Either), func() {
		assert.Contains(t, Classify(modelOnly), Arbitration, "either: the model adds what the rules miss")
		assert.Contains(t, Classify(ruleOnly), Arbitration, "either: the rules' hits stay")
		f := Analyze("Terms.\n\n" + modelOnly + "\n\nOther text follows here.")
		assert.True(t, f.Clauses[Arbitration].Present)
		assert.Equal(t, modelOnly, f.Clauses[Arbitration].Quote, "a hit of the model alone quotes the sentence it scored")
	})
	withModel(t, trained(ungated, clausemodel.Either), func() {
		assert.Empty(t, Classify(ungated), "either: the model reads only sentences its kind's gate lets through")
	})
	withModel(t, trained(modelOnly, clausemodel.Both), func() {
		assert.NotContains(t, Classify(ruleOnly), Arbitration, "both: the model vetoes a rule hit it does not share")
		assert.Empty(t, Classify(modelOnly), "both: the model alone adds nothing")
	})
	withModel(t, trained(heading, clausemodel.Either), func() {
		assert.NotContains(t, Classify(heading), Arbitration, "a heading is never the clause, whatever the model says")
	})
}
