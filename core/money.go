package core

import (
	"fmt"
	"math"
	"strings"
)

// USD writes a dollar amount as people read it: $5,000, or $1,234.50 when
// there are cents. Renderers use it so every page writes money one way.
func USD(x float64) string {
	neg := x < 0
	x = math.Abs(x)
	whole := int64(x)
	cents := int64(math.Round((x - float64(whole)) * 100))
	if cents == 100 {
		whole, cents = whole+1, 0
	}
	s := fmt.Sprintf("%d", whole)
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
