package core

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// USD writes a dollar amount as people read it: $5,000, or $1,234.50 when
// there are cents. Renderers use it so every page writes money one way.
func USD(x float64) string {
	neg := x < 0
	x = math.Abs(x)
	// Work in whole cents as text so that absurd amounts (a fuzzer's 1e300)
	// still print rather than overflow.
	var s string
	cents := 0
	if x >= 1e13 { // beyond float precision for cents: whole dollars
		s = strconv.FormatFloat(math.Round(x), 'f', 0, 64)
	} else {
		s = strconv.FormatFloat(math.Round(x*100), 'f', 0, 64)
		for len(s) < 3 {
			s = "0" + s
		}
		cents, _ = strconv.Atoi(s[len(s)-2:])
		s = s[:len(s)-2]
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := "$" + b.String()
	if cents != 0 {
		out += fmt.Sprintf(".%02d", cents)
	}
	if neg {
		out = "-" + out
	}
	return out
}
