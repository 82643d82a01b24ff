package main

import (
	"os"
	"strings"
	"testing"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/intake"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readFragment runs a registered reader over a fixture, as the CLI and the
// app do, and returns its answers fragment.
func readFragment(t *testing.T, name, path string, known core.Answers) core.Answers {
	t.Helper()
	r := intake.Find(name)
	require.NotNil(t, r, "reader %s is registered", name)
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	res, err := r.Read(core.Source{Name: path, Size: -1, R: f}, known)
	require.NoError(t, err)
	return res.Answers
}

// The readers' fragments merge into the answers and move the assessment:
// terms naming the AAA Commercial Rules for a B2B site, and a HAR showing the
// tags waited for consent.
func TestReadersFeedAssess(t *testing.T) {
	data, err := os.ReadFile(example)
	require.NoError(t, err)
	answers, probs := core.ParseAnswers(data)
	require.Empty(t, probs)
	answers.Business.Model = "b2b"

	answers = answers.Merge(readFragment(t, "terms", "../../core/terms/testdata/docs/t02_aaa_commercial_b2b.txt", answers))
	answers = answers.Merge(readFragment(t, "har", "../../core/har/testdata/recorded/consent-cookiebot-accept.har", answers))
	require.Equal(t, "commercial", string(answers.Terms.Rules))
	require.Equal(t, core.BannerBlocks, answers.Site.ConsentBanner)

	as := core.Assess(answers, answers.AsOf)
	assert.Equal(t, core.ForumAAACommercial, as.Exposure.Forum)
	factors := map[core.FactorID]core.Status{}
	for _, f := range as.Factors {
		factors[f.ID] = f.Status
	}
	assert.Equal(t, core.StatusOK, factors["consent_banner"])
	assert.Equal(t, core.StatusOK, factors["aaa_rules"])
	defenses := map[core.DefenseID]core.Defense{}
	for _, d := range as.Defenses {
		defenses[d.ID] = d
	}
	assert.Equal(t, core.StrengthStrong, defenses["commercial_rules_economics"].Strength)
	assert.Equal(t, core.StrengthStrong, defenses["consent"].Strength)
	assert.Contains(t, defenses["arbitration_enforceable"].Why, "class-action waiver", "the terms read have no class waiver")
	assert.Equal(t, core.StrengthWeak, defenses["choice_of_law"].Strength, "the terms choose another state's law")
	var fields []string
	for _, w := range as.Warnings {
		fields = append(fields, w.Field)
	}
	assert.Contains(t, fields, "terms.pre_dispute_notice", "the letter calls itself a notice under terms that require none")
}

// A letter read from a file gives the deadline, the exposure and the batch
// count without typing.
func TestLetterReaderFeedsAssess(t *testing.T) {
	asOf := core.MustDate("2026-10-20")
	a := readFragment(t, "letter", "../../core/letter/testdata/01-harborline-meta-aaa.txt", core.Answers{})
	as := core.Assess(a, asOf)
	assert.Equal(t, "2026-11-13", as.Deadline.String(), "30 days from October 14, 2026")
	assert.Equal(t, 24, as.DaysLeft)
	require.NotNil(t, as.Exposure.Claimed)
	assert.Equal(t, 15000.0, as.Exposure.Claimed.Amount)
	assert.Equal(t, 15000.0, as.Exposure.Statutory.Amount, "3 violations at § 637.2's $5,000")
	assert.Equal(t, core.ForumAAAConsumer, as.Exposure.Forum, "the letter names the AAA and the terms are not yet known")
	var timeline []string
	for _, e := range as.Timeline {
		timeline = append(timeline, e.Detail)
	}
	assert.Contains(t, strings.Join(timeline, "\n"), "The letter itself demands that you preserve evidence.")

	batch := readFragment(t, "letter", "../../core/letter/testdata/02-calder-batch-jams.md", core.Answers{})
	m := core.Assess(batch, asOf).MassArbitration
	assert.Equal(t, 47, m.Demands)
	assert.Equal(t, 75, m.Threshold, "the letter threatens JAMS")
	assert.False(t, m.Applies, "47 is below JAMS's 75, and the terms' adoption is unknown")
}
