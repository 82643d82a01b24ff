// Package clausemodel is the terms reader's small learned clause classifier:
// a logistic regression over hashed word unigrams and bigrams plus one
// feature per rule that fires, trained by `go run ./core/terms/internal/trainmodel`
// on the training half of the public clause sets (core/terms/internal/clausedata).
// Each kind carries a Mode, chosen by the trainer's cross-validation over the
// training half's documents: whether the reader uses the rules alone, the
// model alone, either, or the rules with the model as a veto. The package
// knows no rules: the caller passes their scores, so core/terms can use it.
package clausemodel

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
)

//go:embed model.bin
var modelBin []byte

// Bits is the number of hash bits: 2^Bits weight buckets a kind.
const Bits = 14

// Kinds are the kinds the model scores, as the terms reader names them.
var Kinds = []string{"arbitration", "class_waiver", "governing_law", "forum"}

// Mode is how the reader combines the rules and the model for one kind.
type Mode byte

const (
	RulesOnly Mode = iota // the model is not used
	ModelOnly             // the model decides; the rules only give it features
	Either                // rules or model: the model adds recall
	Both                  // rules and model: the model vetoes rule hits
)

var modeNames = []string{"rules", "model", "either", "both"}

func (m Mode) String() string {
	if int(m) < len(modeNames) {
		return modeNames[m]
	}
	return fmt.Sprintf("mode(%d)", byte(m))
}

// Decide combines the rules' verdict and the model's for mode m.
func (m Mode) Decide(rule, model bool) bool {
	switch m {
	case ModelOnly:
		return model
	case Either:
		return rule || model
	case Both:
		return rule && model
	}
	return rule
}

// Model is one weight vector a kind, kept sparse: most buckets are zero.
type Model struct {
	Kinds map[string]*Linear
}

// Linear is one kind's weights, bias, decision threshold and mode.
type Linear struct {
	Bias      float32
	Threshold float32 // probability at or above which the clause is that kind
	Mode      Mode
	Weights   map[uint32]float32
}

// Prob is the model's probability that a sentence with these features is the kind.
func (l *Linear) Prob(feats []uint32) float64 {
	z := float64(l.Bias)
	for _, f := range feats {
		z += float64(l.Weights[f])
	}
	return 1 / (1 + math.Exp(-z))
}

// Says is whether features reach the threshold.
func (l *Linear) Says(feats []uint32) bool { return l.Prob(feats) >= float64(l.Threshold) }

// Features are a sentence's hashed word unigrams and bigrams, and one
// feature for each kind whose rules fire on it (score 1 or more) or half
// fire (above 0): rules maps kind to the rules' score, nil for words alone.
func Features(sentence string, rules map[string]float64) []uint32 {
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
	for _, k := range Kinds {
		if sc := rules[k]; sc >= 1 {
			out = append(out, bucket("\x00rule "+k))
		} else if sc > 0 {
			out = append(out, bucket("\x00part "+k))
		}
	}
	return out
}

// bucket is the FNV-1a hash of s, cut to Bits bits; written out so that
// hashing every word of a long document allocates nothing.
func bucket(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h & (1<<Bits - 1)
}

// The model file: "CTM2", then a kind count byte; for each kind its name
// (length byte, bytes), its mode (byte), bias, threshold and scale (float32
// little-endian), the number of weights (uint16) and each weight as bucket
// (uint16) and value (int8, times scale).

// Encode writes m in the model file's format.
func (m *Model) Encode() []byte {
	out := []byte("CTM2")
	out = append(out, byte(len(Kinds)))
	for _, k := range Kinds {
		l := m.Kinds[k]
		out = append(out, byte(len(k)))
		out = append(out, k...)
		out = append(out, byte(l.Mode))
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
	if len(b) < 5 || string(b[:4]) != "CTM2" {
		return nil, bad
	}
	n, b := int(b[4]), b[5:]
	m := &Model{Kinds: map[string]*Linear{}}
	for i := 0; i < n; i++ {
		if len(b) < 1 || len(b) < 1+int(b[0])+15 {
			return nil, bad
		}
		name := string(b[1 : 1+b[0]])
		b = b[1+b[0]:]
		mode := Mode(b[0])
		if mode > Both {
			return nil, bad
		}
		b = b[1:]
		l := &Linear{
			Mode:      mode,
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

// Embedded is the model built into the reader, decoded on first use; nil if
// the file is malformed (the reader then uses its rules alone, and
// TestEmbedded fails).
var Embedded = sync.OnceValue(func() *Model {
	m, err := DecodeModel(modelBin)
	if err != nil {
		return nil
	}
	return m
})

// Size is the embedded model's size in bytes.
func Size() int { return len(modelBin) }
