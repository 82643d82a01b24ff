package model

import (
	"net/url"
	"strings"
	"testing"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sampleAssessment() core.Assessment {
	return core.Assessment{
		AsOf:     core.MustDate("2026-11-20"),
		Deadline: core.MustDate("2026-12-01"), DaysLeft: 11,
		Summary:         []string{"A template pre-arbitration demand naming the Meta Pixel."},
		Exposure:        core.Exposure{Statutory: core.Money{Amount: 5000}, PerClaimant: core.Range{Low: 0, High: 5000}},
		MassArbitration: core.MassArbitration{Applies: true, Demands: 30, Threshold: 25},
		Factors: []core.Factor{
			{ID: "consent", Title: "Consent before tags fire", Status: core.StatusRisk, Finding: "Tags fired before consent."},
			{ID: "california", Title: "California visitors", Status: core.StatusOK, Finding: "None."},
		},
		Defenses: []core.Defense{
			{ID: "arbitration", Title: "Arbitration agreement", Strength: core.StrengthStrong},
			{ID: "limitations", Title: "One-year limit", Strength: core.StrengthWeak},
		},
	}
}

func TestMailto(t *testing.T) {
	cfg := Config{FirmName: "Doe Law", FirmEmail: "intake@doe.example"}
	link := Mailto(cfg, sampleAssessment(), "Acme Shoes")
	require.True(t, strings.HasPrefix(link, "mailto:intake@doe.example?subject="))
	assert.NotContains(t, link, "+", "spaces must be %20 in mailto links")
	u, err := url.Parse(link)
	require.NoError(t, err)
	q := u.Query()
	assert.Equal(t, "CIPA demand letter: triage results for Acme Shoes", q.Get("subject"))
	body := q.Get("body")
	assert.Contains(t, body, "Response deadline: December 1, 2026 (11 days left)")
	assert.Contains(t, body, "Consent before tags fire: Tags fired before consent.")
	assert.Contains(t, body, "Arbitration agreement (strong)")
	assert.NotContains(t, body, "One-year limit", "weak defenses are not key findings")
	assert.NotContains(t, body, "California visitors", "factors in the business's favour are not listed")
	assert.Contains(t, body, "Mass arbitration: likely (30 demands, threshold 25)")
	assert.Contains(t, body, "\r\n", "lines end with CRLF in mail bodies")

	assert.Empty(t, Mailto(Config{FirmName: "No email"}, sampleAssessment(), ""))
}

func TestMailtoTruncates(t *testing.T) {
	a := sampleAssessment()
	for i := 0; i < 60; i++ {
		a.Factors = append(a.Factors, core.Factor{ID: "f", Title: "A risk factor with a long title", Status: core.StatusRisk, Finding: strings.Repeat("finding words ", 20)})
	}
	link := Mailto(Config{FirmEmail: "x@y.example"}, a, "")
	assert.LessOrEqual(t, len(link), MaxMailtoLen)
	u, err := url.Parse(link)
	require.NoError(t, err)
	body := u.Query().Get("body")
	assert.Contains(t, body, "Shortened to fit an email link")
	assert.Contains(t, body, "Response deadline", "the most important line survives")
}

func TestDeadlineAndMoney(t *testing.T) {
	assert.Equal(t, "due today", DaysLeftText(0))
	assert.Equal(t, "1 day left", DaysLeftText(1))
	assert.Equal(t, "passed 3 days ago", DaysLeftText(-3))
	assert.Equal(t, "not known yet (give the letter's date)", DeadlineText(core.Assessment{}))
	for in, want := range map[float64]string{0: "$0", 5000: "$5,000", 1234567.5: "$1,234,567.50", 999.999: "$1,000", -2500: "-$2,500"} {
		assert.Equal(t, want, core.USD(in), "%v", in)
	}
}
