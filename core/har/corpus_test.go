package har_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core/har"
)

// corpusCase is what a person reading a published HAR's request URLs finds
// in it (testdata/corpus/README.md says where each file comes from).
type corpusCase struct {
	producer string   // log.creator.name, as the file says
	entries  int      // len(log.entries)
	sent     []string // tracker ids that sent data, sorted
	loaded   []string // tracker ids that only loaded, sorted
	ids      map[string]string
	mistyped int // fields whose type differs from HAR 1.2's
}

var corpus = map[string]corpusCase{
	"charles-proxy.har":               {producer: "Charles Proxy", entries: 1},
	"chrome.har":                      {producer: "WebInspector", entries: 3},
	"firefox-111.har":                 {producer: "Firefox", entries: 14},
	"insomnia.har":                    {producer: "Insomnia REST Client", entries: 1},
	"safari.har":                      {producer: "WebKit Web Inspector", entries: 19},
	"chrome-postdata.har":             {producer: "WebInspector", entries: 1},
	"chrome-with-bom.har":             {producer: "WebInspector", entries: 1},
	"firefox-111-head.har":            {producer: "Firefox", entries: 1},
	"mitmproxy.har":                   {producer: "mitmproxy", entries: 2},
	"mitmproxy-websocket.har":         {producer: "mitmproxy", entries: 3},
	"mitmproxy-event-stream.har":      {producer: "mitmproxy", entries: 2},
	"fiddler-4-ie11.har":              {producer: "Fiddler", entries: 11},
	"internet-explorer-11.har":        {producer: "Internet Explorer Network Inspector", entries: 25, mistyped: 13},
	"chrome-51.har":                   {producer: "WebInspector", entries: 3},
	"firefox-47.har":                  {producer: "Firefox", entries: 3},
	"fiddler-2-cnn.har.gz":            {producer: "Fiddler", entries: 22},
	"fiddler-2-no-pages.har.gz":       {producer: "Fiddler", entries: 87, sent: []string{"universal_analytics"}, ids: map[string]string{"universal_analytics": "UA-18648165-1"}},
	"safari-4-data-url.har":           {producer: "a name", entries: 1},
	"firebug-1.8.har":                 {producer: "Firebug", entries: 16, sent: []string{"universal_analytics"}, ids: map[string]string{"universal_analytics": "UA-3586722-1"}},
	"firebug-1.7-softwareishard.har":  {producer: "Firebug", entries: 40, sent: []string{"universal_analytics"}},
	"firebug-1.5-google.har":          {producer: "Firebug", entries: 5},
	"firebug-1.5-iceweasel.har":       {producer: "Firebug", entries: 2},
	"firebug-1.12-cnn.har.gz":         {producer: "Firebug", entries: 145, sent: []string{"google_ads", "x_pixel"}, ids: map[string]string{"google_ads": "AW-986255830"}},
	"chrome-har-capturer-cnn.har.gz":  {producer: "Chrome HAR Capturer", entries: 292, sent: []string{"google_ads", "meta_pixel", "microsoft_ads", "x_pixel"}, ids: map[string]string{"meta_pixel": "731697573629176", "microsoft_ads": "5526986"}},
	"firebug-1.12-humanssuck.har":     {producer: "Firebug", entries: 4},
	"no-creator-missing-pageref.har":  {entries: 2},
	"webpagetest-2-wikipedia.har.gz":  {producer: "WebPagetest", entries: 102},
	"webpagetest-17-expressen.har.gz": {producer: "WebPagetest", entries: 607, sent: []string{"meta_pixel", "universal_analytics"}, ids: map[string]string{"meta_pixel": "810947455647573", "universal_analytics": "UA-86376213-1"}},
	"webpagetest-2-nytimes.har.gz":    {producer: "WebPagetest", entries: 328, sent: []string{"meta_pixel", "universal_analytics", "x_pixel"}, ids: map[string]string{"meta_pixel": "100468016962764", "universal_analytics": "UA-58630905-1"}},
	"chrome-har-0.12.har.gz":          {producer: "chrome-har", entries: 174, sent: []string{"ga4", "linkedin_insight", "meta_pixel", "universal_analytics"}, loaded: []string{"google_tag_manager"}, ids: map[string]string{"ga4": "G-D8LRHP9HJ8", "universal_analytics": "UA-643778-1", "linkedin_insight": "2801748"}},
	"chrome-har-0.2-mytoys.har.gz":    {producer: "chrome-har", entries: 50, loaded: []string{"meta_pixel"}},
	"chrome-har-1.3.har":              {producer: "chrome-har", entries: 7},
	"browsertime-1-chrome.har":        {producer: "Browsertime", entries: 11, sent: []string{"universal_analytics"}, ids: map[string]string{"universal_analytics": "UA-31246987-3"}},
	"browsertime-1-firefox.har":       {producer: "Browsertime", entries: 12},
	"firefox-43-linkedin.har.gz":      {producer: "Firefox", entries: 23, sent: []string{"universal_analytics"}, ids: map[string]string{"universal_analytics": "UA-62256447-1"}},
	"playwright-fulfill.har":          {producer: "Playwright", entries: 5},
	"playwright-redirect.har":         {producer: "Playwright", entries: 3},
	"playwright-sha1.har":             {producer: "Playwright", entries: 1},
	"har-to-k6-full.har":              {entries: 8},
	"har-to-k6-multipart.har":         {entries: 5},
}

// TestCorpus reads every published HAR in testdata/corpus (written by
// browsers, proxies and libraries, not by us): none may be refused, and the
// tags found must be those their requests show.
func TestCorpus(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", "*.har*"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 30, "the corpus keeps at least 30 files")
	producers := map[string]bool{}
	for _, path := range files {
		name := filepath.Base(path)
		want, ok := corpus[name]
		require.True(t, ok, "%s is in testdata/corpus but not in the table", name)
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(path)
			require.NoError(t, err)
			defer f.Close()
			an, err := har.Analyze(f, har.Options{})
			require.NoError(t, err, "a published HAR must be read")
			assert.Nil(t, an.Log.Truncated)
			assert.Equal(t, want.entries, an.Log.Entries)
			assert.True(t, strings.HasPrefix(an.Log.Creator.Name, want.producer), "creator %q", an.Log.Creator.Name)
			assert.Equal(t, want.mistyped, an.Log.Mistyped, an.Log.MistypedFirst)
			var sent, loaded []string
			ids := map[string][]string{}
			for _, tr := range an.Trackers {
				if tr.Status == "sent_data" {
					sent = append(sent, tr.ID)
				} else {
					loaded = append(loaded, tr.ID)
				}
				ids[tr.ID] = tr.IDs
			}
			sort.Strings(sent)
			sort.Strings(loaded)
			assert.Equal(t, want.sent, sent, "tags that sent data")
			assert.Equal(t, want.loaded, loaded, "tags that only loaded")
			for id, v := range want.ids {
				assert.Contains(t, ids[id], v, id)
			}
		})
		if want.producer != "" && want.producer != "a name" {
			producers[want.producer] = true
		}
	}
	for name := range corpus {
		assert.FileExists(t, filepath.Join("testdata", "corpus", name))
	}
	assert.GreaterOrEqual(t, len(producers), 12, "producers: %v", producers)
}

// TestUniversalAnalyticsIsNotGA4: the retired Universal Analytics hits in
// published captures are named as such, and count as data sent.
func TestUniversalAnalyticsIsNotGA4(t *testing.T) {
	for _, name := range []string{"webpagetest-2-nytimes.har.gz", "firebug-1.8.har", "firefox-43-linkedin.har.gz"} {
		f, err := os.Open(filepath.Join("testdata", "corpus", name))
		require.NoError(t, err)
		an, err := har.Analyze(f, har.Options{})
		f.Close()
		require.NoError(t, err)
		var ua *har.Tracker
		for i := range an.Trackers {
			assert.NotEqual(t, "ga4", an.Trackers[i].ID, "%s: no GA4 before GA4 existed", name)
			if an.Trackers[i].ID == "universal_analytics" {
				ua = &an.Trackers[i]
			}
		}
		require.NotNil(t, ua, name)
		assert.Equal(t, "Google Universal Analytics", ua.Name)
		assert.Equal(t, "sent_data", ua.Status)
		assert.Positive(t, ua.DataRequests)
		assert.NotEmpty(t, ua.DataSent, "%s: what the hits carried (page, title, hit type)", name)
	}
}
