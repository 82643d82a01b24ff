package har_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/har"
)

// oneRequest wraps a request in a HAR and reads it.
func oneRequest(t *testing.T, method, u, body string) map[string]har.Tracker {
	t.Helper()
	e := map[string]any{"startedDateTime": "2026-11-01T10:00:01Z",
		"request": map[string]any{"method": method, "url": u, "headers": []any{}}, "response": map[string]any{"status": 200}}
	if body != "" {
		e["request"].(map[string]any)["postData"] = map[string]any{"mimeType": "text/plain", "text": body}
	}
	doc := map[string]any{"log": map[string]any{"version": "1.2", "entries": []any{
		map[string]any{"startedDateTime": "2026-11-01T10:00:00Z", "_resourceType": "document", "request": map[string]any{"method": "GET", "url": "https://www.shop.example/", "headers": []any{}}, "response": map[string]any{"status": 200}},
		e}}}
	raw, err := json.Marshal(doc)
	require.NoError(t, err)
	res, err := har.Reader{}.Read(core.Source{Name: "x.har", Size: -1, R: strings.NewReader(string(raw))}, core.Answers{})
	require.NoError(t, err)
	return trackers(res)
}

// TestURLSignatures checks the catalog against request shapes taken from
// public captures and vendor documentation (trackers.md §2), and against
// common third-party requests that are not tracking tags.
func TestURLSignatures(t *testing.T) {
	positives := []struct{ method, url, body, id, status string }{
		{"GET", "https://www.facebook.com/tr/?id=123&ev=PageView&dl=https%3A%2F%2Fshop.example%2F&rl=&if=false&ts=1&sw=1280&sh=720&v=2.9.1&r=stable&ec=0&o=4126&fbp=fb.1.1.2&it=1&coo=false&rqm=GET", "", "meta_pixel", "sent_data"},
		{"GET", "https://www.facebook.com/tr?id=123&ev=Lead&noscript=1", "", "meta_pixel", "sent_data"},
		{"GET", "https://www.facebook.com/privacy_sandbox/pixel/register/trigger/?id=123&ev=PageView", "", "meta_pixel", "sent_data"},
		{"GET", "https://connect.facebook.net/signals/config/123456789?v=2.9.170&r=stable", "", "meta_pixel", "loaded_only"},
		{"POST", "https://analytics.tiktok.com/api/v2/pixel", `{"event":"Pageview","context":{"pixel":{"code":"C1"}}}`, "tiktok_pixel", "sent_data"},
		{"POST", "https://analytics.tiktok.com/api/v2/pixel/act", `{"action":"Click"}`, "tiktok_pixel", "sent_data"},
		{"GET", "https://googleads.g.doubleclick.net/pagead/viewthroughconversion/987654321/?random=1&cv=11&url=https%3A%2F%2Fshop.example%2F", "", "google_ads", "sent_data"},
		{"GET", "https://www.googleadservices.com/pagead/conversion/987654321/?label=abc&value=1", "", "google_ads", "sent_data"},
		{"GET", "https://www.google.com/pagead/1p-user-list/987654321/?random=1", "", "google_ads", "sent_data"},
		{"GET", "https://www.google.com/ccm/collect?frm=0&en=page_view&dl=https%3A%2F%2Fshop.example%2F", "", "google_ads", "sent_data"},
		{"GET", "https://ad.doubleclick.net/activity;src=123;type=sales;cat=buy;ord=1", "", "google_ads", "sent_data"},
		{"GET", "https://www.googletagmanager.com/gtag/js?id=AW-987654321", "", "google_ads", "loaded_only"},
		{"POST", "https://region1.google-analytics.com/g/collect?v=2&tid=G-ABCDEF&cid=1.2&en=page_view", "", "ga4", "sent_data"},
		{"POST", "https://analytics.google.com/g/collect?v=2&tid=G-ABCDEF", "", "ga4", "sent_data"},
		{"POST", "https://sgtm.shop.example/g/collect?v=2&tid=G-ABCDEF&en=page_view", "", "ga4", "sent_data"},
		{"GET", "https://px.ads.linkedin.com/collect?v=2&fmt=js&pid=123&url=https%3A%2F%2Fshop.example%2F&time=1", "", "linkedin_insight", "sent_data"},
		{"POST", "https://px.ads.linkedin.com/wa/", `{"pids":[1]}`, "linkedin_insight", "sent_data"},
		{"GET", "https://snap.licdn.com/li.lms-analytics/insight.min.js", "", "linkedin_insight", "loaded_only"},
		{"GET", "https://analytics.twitter.com/i/adsct?txn_id=o1&events=%5B%5B%22pageview%22%2C%7B%7D%5D%5D&tw_document_href=https%3A%2F%2Fshop.example%2F", "", "x_pixel", "sent_data"},
		{"GET", "https://t.co/1/i/adsct?txn_id=o1&p_id=Twitter", "", "x_pixel", "sent_data"},
		{"POST", "https://analytics.x.com/1/i/adsctp", "txn_id=o1", "x_pixel", "sent_data"},
		{"GET", "https://tr.snapchat.com/p?pid=abc&ev=PAGE_VIEW&pl=https%3A%2F%2Fshop.example%2F", "", "snap_pixel", "sent_data"},
		{"GET", "https://ct.pinterest.com/v3/?tid=2612345&event=init&ad=%7B%22loc%22%3A%22https%3A%2F%2Fshop.example%2F%22%7D", "", "pinterest_tag", "sent_data"},
		{"GET", "https://alb.reddit.com/rp.gif?ts=1&id=t2_abc&event=PageVisit", "", "reddit_pixel", "sent_data"},
		{"GET", "https://bat.bing.com/action/0?ti=123&evt=pageLoad&p=https%3A%2F%2Fshop.example%2F", "", "microsoft_ads", "sent_data"},
		{"GET", "https://bat.bing.com/bat.js", "", "microsoft_ads", "loaded_only"},
		{"GET", "https://static.hotjar.com/c/hotjar-1234567.js?sv=6", "", "hotjar", "loaded_only"},
		{"GET", "https://static.hj.contentsquare.net/c/hotjar-1234567.js?sv=7", "", "hotjar", "loaded_only"},
		{"GET", "wss://ws.hotjar.com/api/v2/client/ws?v=6&site_id=1234567", "", "hotjar", "sent_data"},
		{"POST", "https://www.clarity.ms/eus2-j/collect", "x", "clarity", "sent_data"},
		{"GET", "https://www.clarity.ms/tag/abcd1234", "", "clarity", "loaded_only"},
		{"POST", "https://rs.fullstory.com/rec/bundle/v2?OrgId=o-1&UserId=2", "{}", "fullstory", "sent_data"},
		{"POST", "https://r.lr-ingest.io/i?a=org%2Fapp", "x", "logrocket", "sent_data"},
		{"POST", "https://ingest.quantummetric.com/horizon/acme?T=B&u=https%3A%2F%2Fshop.example%2F", "x", "quantum_metric", "sent_data"},
		{"GET", "https://c.contentsquare.net/pageview?pid=1&url=https%3A%2F%2Fshop.example%2F", "", "contentsquare", "sent_data"},
		{"POST", "https://k-aus1.contentsquare.net/v2/recording?rt=7&pid=1", "x", "contentsquare", "sent_data"},
		{"GET", "https://heapanalytics.com/h?a=123&h=%2F&t=Shop", "", "heap", "sent_data"},
		{"POST", "https://us.i.posthog.com/s/?compression=gzip-js&ver=1.200.0", "x", "posthog", "sent_data"},
		{"POST", "https://www.shop.example/ingest/s/?compression=gzip-js&ver=1.200.0", "x", "posthog", "sent_data"},
		{"POST", "https://eu.i.posthog.com/e/?ip=1", `{"event":"$pageview"}`, "posthog", "sent_data"},
		{"POST", "https://o1.ingest.us.sentry.io/api/2/envelope/?sentry_key=k", "{}\n{\"type\":\"replay_recording\"}\n[]", "sentry_replay", "sent_data"},
		{"POST", "https://browser-intake-datadoghq.com/api/v2/replay?ddsource=browser", "x", "datadog_rum", "sent_data"},
		{"POST", "https://browser-intake-datadoghq.eu/api/v2/rum?ddsource=browser", "{}", "datadog_rum", "sent_data"},
		{"GET", "https://service.force.com/embeddedservice/5.0/esw.min.js", "", "salesforce_chat", "loaded_only"},
		{"GET", "https://lptag.liveperson.net/tag/tag.js?site=123", "", "liveperson", "loaded_only"},
		{"POST", "https://event.api.drift.com/track", "{}", "drift", "sent_data"},
		{"GET", "https://widget.intercom.io/widget/abc123", "", "intercom", "loaded_only"},
		{"GET", "https://static.zdassets.com/ekr/snippet.js?key=abc", "", "zendesk_chat", "loaded_only"},
	}
	for _, p := range positives {
		t.Run(p.id+" "+p.url, func(t *testing.T) {
			found := oneRequest(t, p.method, p.url, p.body)
			require.Contains(t, found, p.id)
			assert.Equal(t, p.status, found[p.id].Status)
			assert.Len(t, found, 1, "one request, one tracker")
		})
	}
	negatives := []struct{ method, url, body string }{
		{"GET", "https://connect.facebook.net/en_US/sdk.js", ""},
		{"GET", "https://www.facebook.com/plugins/like.php?href=x", ""},
		{"GET", "https://www.facebook.com/trending", ""},
		{"GET", "https://fonts.googleapis.com/css2?family=Inter", ""},
		{"GET", "https://www.google.com/recaptcha/api.js", ""},
		{"GET", "https://www.google.com/maps/embed?pb=1", ""},
		{"GET", "https://maps.googleapis.com/maps/api/js?key=x", ""},
		{"GET", "https://www.youtube.com/embed/abc", ""},
		{"GET", "https://www.gstatic.com/recaptcha/releases/x/recaptcha__en.js", ""},
		{"GET", "https://www.googletagmanager.com/gtag/js?id=GT-XYZ", ""},
		{"POST", "https://api.stripe.com/v1/payment_methods", "card=x"},
		{"GET", "https://js.stripe.com/v3/", ""},
		{"GET", "https://cdn.shopify.com/s/files/1/theme.js", ""},
		{"GET", "https://cdn.jsdelivr.net/npm/lodash@4/lodash.min.js", ""},
		{"GET", "https://cdnjs.cloudflare.com/ajax/libs/jquery/3.7.1/jquery.min.js", ""},
		{"GET", "https://www.linkedin.com/in/someone", ""},
		{"GET", "https://twitter.com/someone", ""},
		{"GET", "https://www.pinterest.com/pin/123", ""},
		{"GET", "https://www.reddit.com/r/golang", ""},
		{"GET", "https://www.bing.com/search?q=x", ""},
		{"GET", "https://www.tiktok.com/@someone", ""},
		{"GET", "https://sentry.io/welcome/", ""},
		{"POST", "https://o1.ingest.sentry.io/api/2/envelope/", "{}\n{\"type\":\"event\"}\n{}"},
		{"GET", "https://www.shop.example/g/collect-coupons", ""},
		{"GET", "https://www.shop.example/api/cart", ""},
		{"GET", "https://www.datadoghq.com/pricing/", ""},
		{"GET", "https://www.hotjar.com/pricing/", ""},
	}
	for _, n := range negatives {
		t.Run("not a tracker "+n.url, func(t *testing.T) {
			assert.Empty(t, oneRequest(t, n.method, n.url, n.body))
		})
	}
}

// A consent manager known only by its host still rules out "no banner":
// the tags fired before any answer, which the reader says instead.
func TestHostOnlyConsentManager(t *testing.T) {
	doc := `{"log":{"entries":[
{"startedDateTime":"2026-11-01T10:00:00Z","_resourceType":"document","request":{"method":"GET","url":"https://www.shop.example/"},"response":{"status":200}},
{"startedDateTime":"2026-11-01T10:00:00.100Z","request":{"method":"GET","url":"https://global.ketchcdn.com/web/v3/config/shop/boot.js"},"response":{"status":200}},
{"startedDateTime":"2026-11-01T10:00:00.300Z","request":{"method":"GET","url":"https://www.facebook.com/tr/?id=1&ev=PageView"},"response":{"status":200}}]}}`
	res, err := har.Reader{}.Read(core.Source{Name: "x.har", Size: -1, R: strings.NewReader(doc)}, core.Answers{})
	require.NoError(t, err)
	assert.Empty(t, res.Answers.Site.ConsentBanner)
	assert.True(t, warned(res, "before any answer to the banner"))
	c := res.Details["consent"].(har.Consent)
	require.Len(t, c.Managers, 1)
	assert.Equal(t, "ketch", c.Managers[0].ID)
}
