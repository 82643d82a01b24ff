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

func sampleAnswers() core.Answers {
	return core.Answers{Letter: core.Letter{
		Firm: "Pacific Trial Attorneys", Attorney: "Scott J. Ferrell",
		ClaimantNames: []string{"Jane Roe", "John Doe"}, Claimants: 2,
		Date: core.MustDate("2026-11-10"), Business: "Acme Shoes", Website: "acmeshoes.example",
	}}
}

func mailBody(t *testing.T, link string) string {
	t.Helper()
	u, err := url.Parse(link)
	require.NoError(t, err)
	return u.Query().Get("body")
}

func TestMailto(t *testing.T) {
	cfg := Config{FirmName: "Doe Law", FirmEmail: "intake@doe.example"}
	link := Mailto(cfg, sampleAnswers(), sampleAssessment())
	require.True(t, strings.HasPrefix(link, "mailto:intake@doe.example?subject="))
	assert.NotContains(t, link, "+", "spaces must be %20 in mailto links")
	u, err := url.Parse(link)
	require.NoError(t, err)
	assert.Equal(t, "CIPA demand letter: triage results for Acme Shoes", u.Query().Get("subject"))
	body := mailBody(t, link)
	// What a firm needs for its conflict check, before anything else.
	for _, want := range []string{
		"Opposing firm: Pacific Trial Attorneys (Scott J. Ferrell)",
		"Claimants: Jane Roe; John Doe (2 in all)",
		"Letter dated: November 10, 2026",
		"Website: acmeshoes.example",
		"Act by: December 1, 2026 (11 days left), the firm's response window, not a court deadline",
	} {
		assert.Contains(t, body, want)
	}
	assert.Less(t, strings.Index(body, "Opposing firm"), strings.Index(body, "My results"), "the conflict-check facts come first")
	assert.Contains(t, body, "Consent before tags fire: Tags fired before consent.")
	assert.Contains(t, body, "Arbitration agreement (strong)")
	assert.NotContains(t, body, "One-year limit", "weak defenses are not key findings")
	assert.NotContains(t, body, "California visitors", "factors in the business's favor are not listed")
	assert.Contains(t, body, "Mass arbitration: likely (30 demands, threshold 25)")
	assert.Contains(t, body, "\r\n", "lines end with CRLF in mail bodies")

	assert.Empty(t, Mailto(Config{FirmName: "No email"}, sampleAnswers(), sampleAssessment()))
}

// TestMailtoMissingFacts: a fact the user did not give is said to be
// missing, not left out, so the firm knows to ask.
func TestMailtoMissingFacts(t *testing.T) {
	body := mailBody(t, Mailto(Config{FirmEmail: "x@y.example"}, core.Answers{}, core.Assessment{}))
	for _, want := range []string{"Opposing firm: not given", "Claimants: not given", "Letter dated: not given", "Website: not given", "Act by: not known yet"} {
		assert.Contains(t, body, want)
	}
}

// TestMailtoTruncates: a long body is shortened to fit a link by whole
// lines, keeping the conflict-check facts, and no word is cut.
func TestMailtoTruncates(t *testing.T) {
	a := sampleAssessment()
	for i := 0; i < 60; i++ {
		a.Factors = append(a.Factors, core.Factor{ID: "f", Title: "A risk factor with a long title", Status: core.StatusRisk, Finding: strings.Repeat("findings words ", 20)})
	}
	ans := sampleAnswers()
	for i := 0; i < 40; i++ {
		ans.Letter.ClaimantNames = append(ans.Letter.ClaimantNames, "Claimant Number"+strings.Repeat("x", i%7))
	}
	link := Mailto(Config{FirmEmail: "x@y.example"}, ans, a)
	assert.LessOrEqual(t, len(link), MaxMailtoLen)
	body := mailBody(t, link)
	assert.Contains(t, body, "Shortened to fit an email link")
	for _, want := range []string{"Opposing firm:", "Claimants: Jane Roe; John Doe;", "and 34 more (42 in all)", "Letter dated:", "Website:", "Act by:"} {
		assert.Contains(t, body, want, "the conflict-check facts survive")
	}
	// Every line ends on a whole word: clipped findings end "words…", never "wor…".
	clipped := 0
	for _, line := range strings.Split(body, "\r\n") {
		if strings.HasSuffix(line, "…") {
			clipped++
			last := strings.Fields(strings.TrimSuffix(line, "…"))
			assert.Contains(t, []string{"findings", "words"}, last[len(last)-1], "cut mid-word: %q", line)
		}
	}
	assert.Positive(t, clipped, "some findings were clipped, so the check above ran")
}

func TestClipAtWords(t *testing.T) {
	assert.Equal(t, "short", Clip("short", 10))
	assert.Equal(t, "the quick…", Clip("the quick brown fox", 12), "never mid-word")
	assert.Equal(t, "the quick brown…", Clip("the quick brown fox", 17))
	assert.Equal(t, "the quick…", Clip("the quick, brown fox", 12), "no trailing comma before the ellipsis")
	assert.Equal(t, "abcdefghi…", Clip("abcdefghijklmnop", 10), "one long word is cut where it must be")
	assert.LessOrEqual(t, len([]rune(Clip("the quick brown fox jumps", 12))), 12)
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
