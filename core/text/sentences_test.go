package text_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cipa-triage/cipa-triage/core/text"
)

func TestAbbreviated(t *testing.T) {
	for _, tc := range []struct {
		before string // the text up to a full stop
		want   bool
	}{
		{"Cal. Pen", true},
		{"Civ. Proc", true},
		{"et seq", true},
		{"Case No", true},
		{"Acme Widgets, Inc", true},
		{"Acme LLC", true},
		{"Smith & Jones, L.L.P", true},
		{"cookies, e.g", true},
		{"under U.S", true},
		{"U.S.A", true},
		{"at 9 a.m", true},
		{"Jane Roe, Esq", true},
		{"J", true},
		{"Exhibit (a", true},
		{"583 W", true},
		{"100 Main Ave", true},
		{"on Sept", true},
		{"", false},
		{"cookies, etc", false},
		{"under the Code", false},
		{"we use cookies", false},
		{"within 30 days", false},
		{"section 4", false},
	} {
		t.Run(tc.before, func(t *testing.T) {
			assert.Equal(t, tc.want, text.Abbreviated(tc.before))
		})
	}
}
