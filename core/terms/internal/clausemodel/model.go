// Package clausemodel is a small learned clause classifier measured beside
// the terms reader's rules: a logistic regression over hashed word unigrams
// and bigrams plus one feature per rule that fires, trained by
// `go run ./core/terms/internal/trainmodel` on the training half of the public
// clause sets (core/terms/internal/clausedata). It is not shipped: on the
// training half's cross-validation it lost to the rules on class waiver,
// governing law and forum, and its gain on arbitration came from learning
// which arbitration clauses CLAUDETTE's annotators call unfair, at the cost of
// plain agreements to arbitrate (docs/terms-and-policy.md has the figures).
package clausemodel

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"hash/fnv"
	"math"
	"strings"
	"sync"

	"github.com/cipa-triage/cipa-triage/core/terms"
)

//go:embed model.bin
var modelBin []byte

// Bits is the number of hash bits: 2^Bits weight buckets a kind.
const Bits = 14

// Kinds are the kinds the model scores.
var Kinds = []terms.Kind{terms.Arbitration, terms.ClassWaiver, terms.GoverningLaw, terms.Forum}

// Model is one weight vector a kind, kept sparse: most buckets are zero.
type Model struct {
	Kinds map[terms.Kind]*Linear
}

// Linear is one kind's weights, bias and decision threshold.
type Linear struct {
	Bias      float32
	Threshold float32 // probability at or above which the clause is that kind
	// Use is whether the model beat the rules in the trainer's
	// cross-validation on the training half.
	Use     bool
	Weights map[uint32]float32
}

// Prob is the model's probability that a sentence with these features is the kind.
func (l *Linear) Prob(feats []uint32) float64 {
	z := float64(l.Bias)
	for _, f := range feats {
		z += float64(l.Weights[f])
	}
	return 1 / (1 + math.Exp(-z))
}

// Features are a sentence's hashed word unigrams and bigrams, and a feature
// per rule that fires on it (withRules).
func Features(sentence string, withRules bool) []uint32 {
	words := strings.FieldsFunc(strings.ToLower(sentence), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	out := make([]uint32, 0, 2*len(words)+8)
	for i, w := range words {
		out = append(out, bucket(w))
		if i > 0 {
			out = append(out, bucket(words[i-1]+" "+w))
		}
	}
	if withRules {
		for _, k := range Kinds {
			sc := terms.Score(k, sentence)
			if sc >= 1 {
				out = append(out, bucket("\x00rule "+string(k)))
			} else if sc > 0 {
				out = append(out, bucket("\x00part "+string(k)))
			}
		}
	}
	return out
}

func bucket(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32() & (1<<Bits - 1)
}

// The model file: "CTM1", then a kind count byte; for each kind its name
// (length byte, bytes), whether it is used (byte), bias, threshold and scale (float32 little-endian), the
// number of weights (uint16) and each weight as bucket (uint16) and value
// (int8, times scale).

// Encode writes m in the model file's format.
func (m *Model) Encode() []byte {
	out := []byte("CTM1")
	out = append(out, byte(len(Kinds)))
	for _, k := range Kinds {
		l := m.Kinds[k]
		out = append(out, byte(len(k)))
		out = append(out, k...)
		use := byte(0)
		if l.Use {
			use = 1
		}
		out = append(out, use)
		var max float32
		for _, w := range l.Weights {
			max = float32(math.Max(float64(max), math.Abs(float64(w))))
		}
		scale := max / 127
		if scale == 0 {
			scale = 1
		}
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(l.Bias))
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(l.Threshold))
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(scale))
		var kept [][2]int
		for b := uint32(0); b < 1<<Bits; b++ {
			if q := int(math.Round(float64(l.Weights[b] / scale))); q != 0 {
				kept = append(kept, [2]int{int(b), q})
			}
		}
		out = binary.LittleEndian.AppendUint16(out, uint16(len(kept)))
		for _, e := range kept {
			out = binary.LittleEndian.AppendUint16(out, uint16(e[0]))
			out = append(out, byte(int8(e[1])))
		}
	}
	return out
}

// DecodeModel reads the model file's format.
func DecodeModel(b []byte) (*Model, error) {
	bad := errors.New("terms: malformed clause model")
	if len(b) < 5 || string(b[:4]) != "CTM1" {
		return nil, bad
	}
	n, b := int(b[4]), b[5:]
	m := &Model{Kinds: map[terms.Kind]*Linear{}}
	for i := 0; i < n; i++ {
		if len(b) < 1 || len(b) < 1+int(b[0])+15 {
			return nil, bad
		}
		name := terms.Kind(b[1 : 1+b[0]])
		b = b[1+b[0]:]
		use := b[0] == 1
		b = b[1:]
		l := &Linear{
			Use:       use,
			Bias:      math.Float32frombits(binary.LittleEndian.Uint32(b)),
			Threshold: math.Float32frombits(binary.LittleEndian.Uint32(b[4:])),
			Weights:   map[uint32]float32{},
		}
		scale := math.Float32frombits(binary.LittleEndian.Uint32(b[8:]))
		count := int(binary.LittleEndian.Uint16(b[12:]))
		b = b[14:]
		if len(b) < 3*count {
			return nil, bad
		}
		for j := 0; j < count; j++ {
			l.Weights[uint32(binary.LittleEndian.Uint16(b))] = float32(int8(b[2])) * scale
			b = b[3:]
		}
		m.Kinds[name] = l
	}
	return m, nil
}

// clauseModel is the embedded model, decoded on first use.
var clauseModel = sync.OnceValue(func() *Model {
	m, err := DecodeModel(modelBin)
	if err != nil {
		return nil
	}
	return m
})

// Says reports whether the embedded model reads the sentence as kind k;
// false for kinds it does not score.
func Says(k terms.Kind, sentence string) bool {
	m := clauseModel()
	if m == nil || m.Kinds[k] == nil {
		return false
	}
	l := m.Kinds[k]
	return l.Prob(Features(sentence, true)) >= float64(l.Threshold)
}
