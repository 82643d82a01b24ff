package policy

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cipa-triage/cipa-triage/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/text"
)

// Each fixture is read for the trackers its site ran; levels and answers are
// what a reader of the policy would say, written by hand.
var fixtures = map[string]struct {
	trackers []string
	levels   []Level
	answer   string
	updated  string
}{
	"p01_meta_pixel_named":          {[]string{"meta_pixel", "google_ads"}, []Level{Specific, Specific}, "yes", "2025-01-15"},
	"p02_facebook_pixel_older":      {[]string{"meta_pixel", "session_replay"}, []Level{Specific, Generic}, "generic", "2022-03-01"},
	"p03_meta_platforms_tiktok":     {[]string{"meta_pixel", "tiktok_pixel"}, []Level{Specific, Specific}, "yes", "2025-03-01"},
	"p04_hotjar_session_recording":  {[]string{"session_replay", "meta_pixel"}, []Level{Specific, Generic}, "generic", "2025-09-10"},
	"p05_generic_only":              {[]string{"meta_pixel", "session_replay"}, []Level{Generic, Generic}, "generic", "2024-08-14"},
	"p06_chat_transcripts":          {[]string{"chat"}, []Level{Specific}, "yes", "2025-02-01"},
	"p07_session_replay_no_vendor":  {[]string{"session_replay", "meta_pixel"}, []Level{Specific, Generic}, "generic", "2025-05-05"},
	"p08_no_tracking_language":      {[]string{"meta_pixel"}, []Level{None}, "no", "2023-04-22"},
	"p09_clarity_and_uet":           {[]string{"session_replay", "microsoft_ads", "chat"}, []Level{Specific, Specific, None}, "no", "2024-04-04"},
	"p10_facebook_follow_only":      {[]string{"meta_pixel"}, []Level{Generic}, "generic", "2023-11-02"},
	"p12_wayfarer_saved_page.html":  {[]string{"meta_pixel", "session_replay", "chat"}, []Level{Specific, Specific, Specific}, "yes", "2025-10-07"},
	"p13_wayfarer_printed.pdf":      {[]string{"meta_pixel", "session_replay", "chat"}, []Level{Specific, Specific, Specific}, "yes", "2025-10-07"},
	"p14_lumen_word.docx":           {[]string{"session_replay", "meta_pixel"}, []Level{Specific, Generic}, "generic", "2025-09-10"},
	"p11_tiktok_linkedin_pinterest": {[]string{"linkedin_insight", "pinterest_tag", "tiktok_pixel", "google_ads", "meta_pixel"}, []Level{Specific, Specific, Specific, Specific, Generic}, "generic", "2024-06-01"},
}

// read reads testdata/docs/name (".txt" implied when name has no ending) and
// returns the extracted text that offsets refer to.
func read(t testing.TB, name string, known core.Answers) (string, core.Result) {
	file := name
	if filepath.Ext(name) == "" {
		file = name + ".txt"
	}
	data, err := os.ReadFile(filepath.Join("testdata", "docs", file))
	require.NoError(t, err)
	res, err := Reader{}.Read(core.Source{Name: file, Size: int64(len(data)), R: bytes.NewReader(data)}, known)
	require.NoError(t, err)
	doc, err := text.FromBytes(file, data)
	require.NoError(t, err)
	return doc.Text, res
}

func TestReadFixtures(t *testing.T) {
	entries, err := os.ReadDir(filepath.Join("testdata", "docs"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(entries), 10)
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".txt")
		t.Run(name, func(t *testing.T) {
			w, ok := fixtures[name]
			require.True(t, ok, "fixture %s has no expected outcome", name)
			var known core.Answers
			known.Site.Trackers = w.trackers
			text, res := read(t, name, known)

			ds := res.Details["disclosures"].([]Disclosure)
			require.Len(t, ds, len(w.trackers))
			for i, d := range ds {
				assert.Equal(t, w.trackers[i], d.Tracker)
				assert.Equal(t, w.levels[i], d.Level, "level of %s", d.Tracker)
				if d.Level != None {
					got := strings.Join(strings.Fields(text[d.Offset:]), " ")
					assert.True(t, strings.HasPrefix(got, d.Quote), "quote of %s is at its offset", d.Tracker)
				}
			}
			assert.Equal(t, w.answer, string(res.Answers.Site.PolicyNamesTrackers))
			assert.Equal(t, w.updated, res.Answers.Site.PolicyUpdatedOn.String())
			assert.Equal(t, w.updated, res.Details["last_updated"])
			assert.NotEmpty(t, res.Evidence["site.policy_names_trackers"])
			assert.NotEmpty(t, res.Evidence["site.policy_updated_on"])
			assert.Empty(t, res.Answers.Site.Trackers, "the reader does not answer which trackers ran")
			assert.Zero(t, res.Answers.Terms)

			golden.JSON(t, filepath.Join("testdata", "golden", name+".json"), res)
		})
	}
}

func TestTrackersInQuestion(t *testing.T) {
	t.Run("none given: all checked, answer left open", func(t *testing.T) {
		_, res := read(t, "p01_meta_pixel_named", core.Answers{})
		assert.Len(t, res.Details["disclosures"], len(core.Technologies))
		assert.Equal(t, "all", res.Details["trackers_from"])
		assert.Empty(t, res.Answers.Site.PolicyNamesTrackers)
		assert.True(t, hasWarning(res, "No trackers were given"))
	})
	t.Run("letter's technologies when the site's are not answered", func(t *testing.T) {
		var known core.Answers
		known.Letter.Technologies = []string{"meta_pixel"}
		_, res := read(t, "p01_meta_pixel_named", known)
		assert.Equal(t, "letter.technologies", res.Details["trackers_from"])
		assert.Equal(t, "yes", string(res.Answers.Site.PolicyNamesTrackers))
	})
	t.Run("unknown id warned about, not fatal", func(t *testing.T) {
		var known core.Answers
		known.Site.Trackers = []string{"meta_pixel", "carrier_pigeon"}
		_, res := read(t, "p01_meta_pixel_named", known)
		assert.True(t, hasWarning(res, "carrier_pigeon"))
		assert.Equal(t, "yes", string(res.Answers.Site.PolicyNamesTrackers))
	})
	t.Run("known answers are not modified", func(t *testing.T) {
		var known core.Answers
		known.Site.Trackers = []string{"meta_pixel"}
		_, _ = read(t, "p01_meta_pixel_named", known)
		assert.Equal(t, []string{"meta_pixel"}, known.Site.Trackers)
	})
}

func TestSpecificNeedsContext(t *testing.T) {
	ds := Disclose("Follow us on Facebook for holiday sales! We share your browsing activity with Facebook for advertising.", []string{"meta_pixel"})
	require.Len(t, ds, 1)
	assert.Equal(t, Specific, ds[0].Level)
	assert.Contains(t, ds[0].Quote, "advertising")

	ds = Disclose("Follow us on Facebook and Instagram for decorating ideas!", []string{"meta_pixel"})
	assert.Equal(t, None, ds[0].Level)

	ds = Disclose("We use Microsoft Clarity to record sessions on our pages.", []string{"microsoft_ads", "session_replay"})
	assert.Equal(t, None, ds[0].Level, "Clarity is session replay, not Microsoft's ad tag")
	assert.Equal(t, Specific, ds[1].Level)
}

func TestReaderContract(t *testing.T) {
	r := Reader{}
	assert.Equal(t, "policy", r.Name())
	assert.Equal(t, "site", r.Section())
	for id := range specs {
		found := false
		for _, o := range core.Technologies {
			found = found || o.Value == id
		}
		assert.True(t, found, "%s is a core.Technologies id", id)
	}
	for _, o := range core.Technologies {
		_, ok := specs[o.Value]
		assert.True(t, ok, "every core.Technologies id has a spec: %s", o.Value)
	}
}

func hasWarning(res core.Result, s string) bool {
	for _, w := range res.Warnings {
		if strings.Contains(w.Message, s) {
			return true
		}
	}
	return false
}

// FuzzDisclose checks that no input panics and that every quote is at its
// offset.
func FuzzDisclose(f *testing.F) {
	f.Add("We use the Meta Pixel. Last updated: June 1, 2024.")
	f.Add("cookies\n\n\nHotjar session replay\x00")
	f.Add(strings.Repeat("pixel ", 100))
	f.Fuzz(func(t *testing.T, text string) {
		for _, d := range Disclose(text, knownTrackers()) {
			if d.Level == None {
				continue
			}
			require.True(t, d.Offset >= 0 && d.Offset < len(text))
		}
	})
}

func BenchmarkDisclose(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "docs", "p01_meta_pixel_named.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(data)+"\n\n", 10)
	ids := knownTrackers()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Disclose(text, ids)
	}
}

// TestExcerptSaysOnlyWhatWasRead: a paragraph pasted alone that does not
// mention the pixel leaves the answer open; the whole policy says "no".
func TestExcerptSaysOnlyWhatWasRead(t *testing.T) {
	known := core.Answers{Site: core.Site{Trackers: []string{"meta_pixel"}}}
	excerpt := Result("We share your information only with our payment processor and, when required, with law enforcement.", known)
	assert.Equal(t, "", string(excerpt.Answers.Site.PolicyNamesTrackers))
	require.NotEmpty(t, excerpt.Evidence["site.policy_names_trackers"])
	assert.Contains(t, excerpt.Evidence["site.policy_names_trackers"][0].Where, "not found in this text")
	whole := Result("Acme Privacy Policy\n\nLast updated: May 1, 2026\n\nWe collect your name and email. We use them to fill orders. We share them with our payment processor. You may ask us to delete them.", known)
	assert.Equal(t, "no", string(whole.Answers.Site.PolicyNamesTrackers))
}
