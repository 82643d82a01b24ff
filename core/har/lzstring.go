package har

import (
	"strings"
	"sync"
	"unicode/utf16"
)

// lz-string (github.com/pieroxy/lz-string, MIT) is how some tags pack their
// payloads before sending: PostHog's "compression=lz64", among others. This
// is its decompressFromBase64, written from the published algorithm.

const lzAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="

// maxLZUnits bounds the dictionary and output, so a crafted input cannot
// grow memory without limit.
const maxLZUnits = maxDecoded

// lzIndex maps a base64 character to its value (-1 for others); built on
// first use.
var lzIndex = sync.OnceValue(func() (t [256]int16) {
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(lzAlphabet); i++ {
		t[lzAlphabet[i]] = int16(i)
	}
	return t
})

// lzDecompressBase64 returns the text and whether s was lz-string data.
func lzDecompressBase64(s string) (string, bool) {
	idx := lzIndex()
	if s == "" {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		if idx[s[i]] < 0 {
			return "", false
		}
	}
	const reset = 32
	val, pos, index := int(idx[s[0]]), reset, 1
	bad := false
	read := func(n int) int {
		bits := 0
		for p := 0; p < n; p++ {
			b := val & pos
			pos >>= 1
			if pos == 0 {
				pos = reset
				if index < len(s) {
					val = int(idx[s[index]])
				} else {
					val = 0
					bad = index > len(s)+1
				}
				index++
			}
			if b > 0 {
				bits |= 1 << p
			}
		}
		return bits
	}
	dict := [][]uint16{nil, nil, nil}
	units := 0
	var c []uint16
	switch read(2) {
	case 0:
		c = []uint16{uint16(read(8))}
	case 1:
		c = []uint16{uint16(read(16))}
	default:
		return "", false
	}
	dict = append(dict, c)
	w := c
	out := append([]uint16(nil), c...)
	enlargeIn, numBits := 4, 3
	for {
		if bad || index > len(s)+1 {
			return "", false
		}
		code := read(numBits)
		switch code {
		case 0, 1:
			n := 8
			if code == 1 {
				n = 16
			}
			dict = append(dict, []uint16{uint16(read(n))})
			code = len(dict) - 1
			enlargeIn--
		case 2:
			return string(utf16.Decode(out)), true
		}
		if enlargeIn == 0 {
			enlargeIn = 1 << numBits
			numBits++
		}
		var entry []uint16
		switch {
		case code < len(dict) && dict[code] != nil:
			entry = dict[code]
		case code == len(dict):
			entry = append(append([]uint16(nil), w...), w[0])
		default:
			return "", false
		}
		out = append(out, entry...)
		next := make([]uint16, 0, len(w)+1)
		next = append(append(next, w...), entry[0])
		dict = append(dict, next)
		units += len(next) + len(entry)
		if units > maxLZUnits || len(out) > maxLZUnits {
			return "", false
		}
		enlargeIn--
		w = entry
		if enlargeIn == 0 {
			enlargeIn = 1 << numBits
			numBits++
		}
	}
}

// looksLZ64 says whether a value could be lz-string base64: long, and only
// base64 characters (padding included).
func looksLZ64(v string) bool {
	return len(v) >= 24 && strings.Trim(v, lzAlphabet) == ""
}
