package har_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/knowledge"
)

// TestCatalog checks the shipped signature data: every tracker maps to a
// questionnaire technology, names a source, and none is drawn from the
// non-commercial lists we may not ship.
func TestCatalog(t *testing.T) {
	cat, err := knowledge.Trackers()
	require.NoError(t, err)
	tech := map[string]bool{"": true}
	for _, o := range core.Technologies {
		tech[o.Value] = true
	}
	for _, tr := range cat.Trackers {
		assert.True(t, tech[tr.Technology], "%s: technology %q is not in core.Technologies", tr.ID, tr.Technology)
		assert.NotEmpty(t, tr.Source, tr.ID)
		low := strings.ToLower(tr.Source)
		for _, banned := range []string{"ghostery", "trackerdb", "tracker radar", "tracker-radar", "disconnect"} {
			assert.NotContains(t, low, banned, "%s draws on a non-commercial list", tr.ID)
		}
	}
	required := []string{"meta_pixel", "tiktok_pixel", "google_ads", "ga4", "linkedin_insight", "x_pixel", "snap_pixel", "pinterest_tag", "reddit_pixel", "microsoft_ads",
		"hotjar", "fullstory", "clarity", "logrocket", "mouseflow", "smartlook", "lucky_orange", "quantum_metric", "contentsquare", "heap", "posthog", "sentry_replay", "datadog_rum",
		"salesforce_chat", "liveperson", "drift", "intercom", "zendesk_chat"}
	have := map[string]bool{}
	for _, tr := range cat.Trackers {
		have[tr.ID] = true
	}
	for _, id := range required {
		assert.True(t, have[id], "catalog lacks %s", id)
	}
	cmps := map[string]bool{}
	for _, m := range cat.ConsentManagers {
		cmps[m.ID] = true
	}
	for _, id := range []string{"onetrust", "cookiebot", "trustarc", "didomi", "osano", "termly", "cookieyes", "usercentrics"} {
		assert.True(t, cmps[id], "catalog lacks consent manager %s", id)
	}
}

func TestParseTrackersRejectsBadData(t *testing.T) {
	for name, doc := range map[string]string{
		"not json":  `{`,
		"no source": `{"trackers":[{"id":"x","rules":[{"kind":"beacon","host":"a.com"}]}]}`,
		"bad kind":  `{"trackers":[{"id":"x","source":"s","rules":[{"kind":"pixel","host":"a.com"}]}]}`,
		"bad regex": `{"trackers":[{"id":"x","source":"s","rules":[{"kind":"beacon","host":"a.com","path":"("}]}]}`,
		"repeated":  `{"trackers":[{"id":"x","source":"s","rules":[{"kind":"beacon","host":"a.com"}]},{"id":"x","source":"s","rules":[{"kind":"beacon","host":"a.com"}]}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			_, err := knowledge.ParseTrackers([]byte(doc))
			assert.Error(t, err)
		})
	}
}
