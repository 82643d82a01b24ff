package draft

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scenario reads one of core's scenario files: its answers and its day.
func scenario(t *testing.T, name string) (core.Answers, core.Date) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "scenarios", name+".json"))
	require.NoError(t, err)
	var s struct {
		AsOf    string          `json:"as_of"`
		Answers json.RawMessage `json:"answers"`
	}
	require.NoError(t, json.Unmarshal(data, &s))
	a, probs := core.ParseAnswers(s.Answers)
	require.Empty(t, probs)
	return a, core.MustDate(s.AsOf)
}

func make3(t *testing.T, name string) map[string]Doc {
	t.Helper()
	a, day := scenario(t, name)
	as := core.Assess(a, day)
	out := map[string]Doc{}
	for _, k := range Kinds {
		d, err := Make(k, a, as)
		require.NoError(t, err)
		out[k] = d
	}
	return out
}

// goldenScenarios: a classic letter fully answered, a letter the owner knows
// almost nothing about, and one whose facts include a HAR recording.
var goldenScenarios = []string{"s01_meta_pixel_no_banner", "s25_nothing_known", "s50_har_recording_meta_pixel"}

func TestDraftsGolden(t *testing.T) {
	for _, name := range goldenScenarios {
		docs := make3(t, name)
		for _, k := range Kinds {
			t.Run(name+"/"+k, func(t *testing.T) {
				md := Markdown(docs[k])
				golden.Check(t, filepath.Join("testdata", name+"."+k+".md"), []byte(md))
				assert.Contains(t, md, "DRAFT — review with your lawyer before sending; this checker sends nothing")
				assert.NotContains(t, md, "{", "a placeholder left unfilled")
			})
		}
	}
}

// The facts the answers give are in every draft; what they do not give is a
// marked blank, never a guess.
func TestDraftsCarryTheFacts(t *testing.T) {
	docs := make3(t, "s01_meta_pixel_no_banner")
	for _, k := range Kinds {
		md := Markdown(docs[k])
		assert.Contains(t, md, "Swigart Law Group", k)
		assert.Contains(t, md, "November 10, 2026", k)
	}
	ins := Markdown(docs[Insurer])
	for _, want := range []string{"**\\[Policy number\\]**", "**\\[Policy period: from date to date\\]**", "Penal Code § 631(a): wiretapping", "$20,000", "December 10, 2026", "consent-to-settle", "D&O"} {
		assert.Contains(t, ins, want)
	}
	hold := Markdown(docs[Hold])
	assert.Contains(t, hold, "Keep every record from August 3, 2026, the earliest visit the letter names")
	assert.Contains(t, hold, "Meta (Facebook) Pixel")
	counsel := Markdown(docs[Counsel])
	assert.Contains(t, counsel, "| What date is on the letter? | November 10, 2026 |")
	assert.Contains(t, counsel, "## Open questions")

	// Nothing known: blanks, and the hold runs from one year before today.
	docs = make3(t, "s25_nothing_known")
	assert.Contains(t, Markdown(docs[Insurer]), "**\\[Name of the law firm that sent the letter\\]**")
	assert.Contains(t, Markdown(docs[Hold]), "keep every record from November 26, 2025 to today")
	assert.Contains(t, Markdown(docs[Counsel]), "What date is on the letter?")
}

func TestDraftSourcesAreNumbered(t *testing.T) {
	d := make3(t, "s01_meta_pixel_no_banner")[Insurer]
	require.NotEmpty(t, d.Sources)
	ids := map[string]bool{}
	for _, s := range d.Sources {
		ids[s.ID] = true
		assert.NotEmpty(t, s.URL, s.ID)
	}
	for _, id := range []string{"guide_insurer", "guide_consent_to_settle", "guide_insurance_lines", "pc_631"} {
		assert.True(t, ids[id], "the notice cites %s", id)
	}
	md := Markdown(d)
	assert.Contains(t, md, "to be confirmed)", "an unverified source is marked")
}

func TestMakeUnknownDraft(t *testing.T) {
	_, err := Make("letter", core.Answers{}, core.Assess(core.Answers{}, core.MustDate("2026-12-02")))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `no draft named "letter"`)
	assert.Contains(t, err.Error(), "insurer, hold, counsel")
}

// The owner's words are drawn as typed: Markdown and HTML characters in a
// firm's name do not become markup.
func TestOwnersWordsAreEscaped(t *testing.T) {
	a := core.Answers{Letter: core.Letter{Firm: `*Evil* <script>alert(1)</script> & [x] | y`}}
	d, err := Make(Insurer, a, core.Assess(a, core.MustDate("2026-12-02")))
	require.NoError(t, err)
	md := Markdown(d)
	assert.Contains(t, md, `\*Evil\* \<script>alert(1)\</script> & `)
	html := HTML(d)
	assert.NotContains(t, html, "<script>")
	assert.Contains(t, html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; ")
	assert.True(t, strings.HasPrefix(html, "<!DOCTYPE html>"))
}
