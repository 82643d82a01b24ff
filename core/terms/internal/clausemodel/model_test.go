package clausemodel

import (
	"hash/fnv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEmbedded checks the file built into the reader decodes and scores
// every kind the reader asks it about.
func TestEmbedded(t *testing.T) {
	m := Embedded()
	require.NotNil(t, m, "model.bin does not decode: retrain with go run ./core/terms/internal/trainmodel")
	for _, k := range Kinds {
		l := m.Kinds[k]
		require.NotNil(t, l, k)
		assert.LessOrEqual(t, l.Mode, Both, k)
		assert.Greater(t, l.Threshold, float32(0), k)
	}
	t.Logf("model.bin: %d bytes", Size())
}

func TestEncodeDecode(t *testing.T) {
	feats := Features("You agree to arbitrate all disputes.", map[string]float64{"arbitration": 2, "forum": 0.5})
	m := &Model{Kinds: map[string]*Linear{}}
	for i, k := range Kinds {
		w := map[uint32]float32{}
		for _, f := range feats {
			w[f] = 0.5
		}
		m.Kinds[k] = &Linear{Bias: -1, Threshold: 0.6, Mode: Mode(i), Weights: w}
	}
	got, err := DecodeModel(m.Encode())
	require.NoError(t, err)
	for i, k := range Kinds {
		l := got.Kinds[k]
		require.NotNil(t, l, k)
		assert.Equal(t, Mode(i), l.Mode)
		assert.InDelta(t, m.Kinds[k].Prob(feats), l.Prob(feats), 0.01, k)
		assert.True(t, l.Says(feats), k)
		assert.False(t, l.Says(Features("Our liability is limited.", nil)), k)
	}
	for _, bad := range [][]byte{nil, []byte("CTM1"), []byte("CTM2\x01\x0barbitration\x09")} {
		_, err := DecodeModel(bad)
		assert.Error(t, err, "%q", bad)
	}
}

// TestBucket pins the hash to FNV-1a: the weights in model.bin are keyed by it.
func TestBucket(t *testing.T) {
	for _, w := range []string{"", "arbitrate", "binding arbitration", "\x00rule forum"} {
		h := fnv.New32a()
		h.Write([]byte(w))
		assert.Equal(t, h.Sum32()&(1<<Bits-1), bucket(w), w)
	}
}

func TestDecide(t *testing.T) {
	for _, c := range []struct {
		mode                           Mode
		neither, rule, model, bothSaid bool
	}{
		{RulesOnly, false, true, false, true},
		{ModelOnly, false, false, true, true},
		{Either, false, true, true, true},
		{Both, false, false, false, true},
	} {
		assert.Equal(t, c.neither, c.mode.Decide(false, false), c.mode.String())
		assert.Equal(t, c.rule, c.mode.Decide(true, false), c.mode.String())
		assert.Equal(t, c.model, c.mode.Decide(false, true), c.mode.String())
		assert.Equal(t, c.bothSaid, c.mode.Decide(true, true), c.mode.String())
	}
}
