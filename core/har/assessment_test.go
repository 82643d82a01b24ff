package har_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/har"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// What a HAR shows reaches the assessment (issue 11.4): the banner finding
// says what fired, how many milliseconds after load, against the banner,
// and what it sent, and the preservation step names the HAR to keep.
func TestRecordingReachesAssessment(t *testing.T) {
	for name, want := range map[string][]string{
		"ads.har": {"In your recording, TikTok Pixel sent data 224 ms after the page began to load, before any answer to the banner: a hashed email address or phone number, form-field names, the text of buttons clicked, page addresses and events such as page views.",
			`Field names and button text among it: "Get a quote" and "quote".`, "more tags sent data"},
		"consent-onetrust-reject.har": {"went on after the visitor rejected tracking"},
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", "recorded", name)
			f, err := os.Open(path)
			require.NoError(t, err)
			defer f.Close()
			res, err := har.Reader{}.Read(core.Source{Name: name, Size: -1, R: f}, core.Answers{})
			require.NoError(t, err)
			a := core.Answers{Letter: core.Letter{Date: core.MustDate("2026-11-10")}}.Merge(res.Answers)
			require.NotNil(t, a.Site.Recording)
			as := core.Assess(a, core.MustDate("2026-11-26"))
			var banner core.Factor
			for _, f := range as.Factors {
				if f.ID == "consent_banner" {
					banner = f
				}
			}
			for _, w := range want {
				assert.Contains(t, strings.Join(banner.Evidence, " "), w)
			}
			assert.Contains(t, as.NextSteps[0].Detail, "Keep the HAR file you read here ("+name+")")
			var preserve string
			for _, e := range as.Timeline {
				if strings.HasPrefix(e.Title, "Preserve") {
					preserve = e.Detail
				}
			}
			assert.Contains(t, preserve, name)
		})
	}
}
