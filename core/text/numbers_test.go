package text_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cipa-triage/cipa-triage/core/text"
)

func TestNumberWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int // 0 when it is not a number in words
	}{
		{"one", 1}, {"Thirty", 30}, {"eleven", 11}, {"nineteen", 19},
		{"forty-seven", 47}, {"twenty five", 25}, {"Seventy-Five", 75},
		{"hundred", 100}, {"one hundred", 100}, {"two hundred fifty", 250},
		{"", 0}, {"30", 0}, {"within thirty", 0}, {"a", 0}, {"thirty-odd", 0},
	} {
		t.Run(tc.in, func(t *testing.T) {
			n, ok := text.NumberWords(tc.in)
			assert.Equal(t, tc.want != 0, ok)
			assert.Equal(t, tc.want, n)
		})
	}
}

func ExampleParseDate() {
	d, ok := text.ParseDate("February 29, 2028")
	fmt.Println(d.Time().Format("2006-01-02"), ok)
	_, ok = text.ParseDate("February 30, 2026")
	fmt.Println(ok)
	// Output:
	// 2028-02-29 true
	// false
}
