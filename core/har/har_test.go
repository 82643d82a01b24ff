package har_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/har"
)

const (
	testEmail = "pat.tester@example.org"
	testPhone = "(415) 555-0134"
)

func read(t *testing.T, name string, opts har.Options) core.Result {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "edge", name))
	require.NoError(t, err)
	defer f.Close()
	res, err := har.Reader{Options: opts}.Read(core.Source{Name: name, Size: -1, R: f}, core.Answers{})
	require.NoError(t, err)
	return res
}

func trackers(res core.Result) map[string]har.Tracker {
	out := map[string]har.Tracker{}
	for _, t := range res.Details["trackers"].([]har.Tracker) {
		out[t.ID] = t
	}
	return out
}

func has(t har.Tracker, kind, value string) bool {
	for _, d := range t.DataSent {
		if d.Kind == kind && strings.Contains(d.Value, value) {
			return true
		}
	}
	return false
}

func noted(t har.Tracker, kind, note string) bool {
	for _, d := range t.DataSent {
		if d.Kind == kind && strings.Contains(d.Note, note) {
			return true
		}
	}
	return false
}

func warned(res core.Result, words string) bool {
	for _, w := range res.Warnings {
		if strings.Contains(w.Message, words) {
			return true
		}
	}
	return false
}

func TestReaderContract(t *testing.T) {
	r := har.Reader{}
	assert.Equal(t, "har", r.Name())
	assert.Equal(t, "site", r.Section())
	assert.Contains(t, r.Accepts(), ".har")
}

func TestEdgeCases(t *testing.T) {
	opts := har.Options{TestEmails: []string{testEmail}, TestPhones: []string{testPhone}}
	tests := []struct {
		file  string
		check func(t *testing.T, res core.Result)
	}{
		{"firefox.har", func(t *testing.T, res core.Result) {
			tr := trackers(res)
			tt := tr["tiktok_pixel"]
			assert.Equal(t, "sent_data", tt.Status)
			assert.Equal(t, []string{"CABCDEF123"}, tt.IDs)
			assert.True(t, has(tt, "page_url", "https://clinic.example.com/book?step=2"))
			assert.True(t, has(tt, "button_text", "Confirm booking"))
			assert.True(t, noted(tt, "hashed_identifier", "SHA-256 of your test email"))
			assert.True(t, noted(tt, "hashed_identifier", "SHA-256 of your test phone number"))
			ga := tr["ga4"]
			assert.True(t, has(ga, "event", "form_start"), "GA4 batch lines are each read")
			assert.True(t, has(ga, "form_field", "email"))
			require.NotNil(t, ga.FirstMS)
			assert.Equal(t, int64(250), *ga.FirstMS, "first request relative to the page start, across +01:00 offsets")
			assert.Equal(t, []string{"tiktok_pixel", "google_ads"}, res.Answers.Site.Trackers)
		}},
		{"safari.har", func(t *testing.T, res core.Result) {
			tr := trackers(res)
			for _, id := range []string{"linkedin_insight", "snap_pixel", "microsoft_ads", "x_pixel", "pinterest_tag", "reddit_pixel"} {
				assert.Equal(t, "sent_data", tr[id].Status, id)
			}
			assert.True(t, has(tr["x_pixel"], "page_url", "https://shop.example.com/"))
			assert.True(t, noted(tr["pinterest_tag"], "hashed_identifier", "your test email"))
			assert.True(t, warned(res, "body the HAR did not keep"), "Safari left the Snap POST body out")
		}},
		{"compressed.har", func(t *testing.T, res core.Result) {
			tr := trackers(res)
			assert.True(t, noted(tr["clarity"], "replay_upload", "gzip"), "gzip body kept as bytes in the text")
			assert.True(t, has(tr["linkedin_insight"], "button_text", "Get a quote"), "base64 of gzip in a text body")
			assert.True(t, has(tr["sentry_replay"], "typed_text", "my knee hurts"), "zlib recording inside a Sentry envelope")
			assert.True(t, noted(tr["datadog_rum"], "form_value", "your test email"), "deflated multipart segment")
			assert.True(t, warned(res, "could not open"), "a body Chrome mangled is counted, not read")
		}},
		{"sanitized.har", func(t *testing.T, res core.Result) {
			tr := trackers(res)
			assert.Equal(t, "sent_data", tr["meta_pixel"].Status)
			assert.True(t, warned(res, "holds no cookies"))
			assert.True(t, warned(res, "body the HAR did not keep"))
		}},
		{"onetrust-reject.har", func(t *testing.T, res core.Result) {
			mp := trackers(res)["meta_pixel"]
			require.NotNil(t, mp.BeforeConsent)
			assert.True(t, *mp.BeforeConsent)
			require.NotNil(t, mp.AfterReject)
			assert.True(t, *mp.AfterReject)
			c := res.Details["consent"].(har.Consent)
			require.NotNil(t, c.Rejected)
			assert.Equal(t, "OneTrust", c.Rejected.Manager)
			assert.Equal(t, 5, c.Rejected.Request, "the default OptanonConsent of request 4 is not an answer")
			assert.Equal(t, "notice_only", string(res.Answers.Site.ConsentBanner))
			assert.NotEmpty(t, res.Evidence["site.consent_banner"])
		}},
		{"cookiebot-accept.har", func(t *testing.T, res core.Result) {
			mp := trackers(res)["meta_pixel"]
			require.NotNil(t, mp.BeforeConsent)
			assert.False(t, *mp.BeforeConsent)
			assert.Nil(t, mp.AfterReject)
			assert.Equal(t, "blocks_until_consent", string(res.Answers.Site.ConsentBanner))
		}},
		{"websocket.har", func(t *testing.T, res core.Result) {
			tr := trackers(res)
			assert.True(t, has(tr["hotjar"], "typed_text", "555-0134 call me"), "WebSocket frames are read")
			assert.Equal(t, []string{"3456789"}, tr["hotjar"].IDs)
			assert.Equal(t, "chat", tr["drift"].Technology)
			assert.Equal(t, []string{"session_replay", "chat"}, res.Answers.Site.Trackers)
			assert.Equal(t, "none", string(res.Answers.Site.ConsentBanner))
			assert.True(t, warned(res, "cannot prove"), "no-CMP prefill says one visit proves little")
		}},
		{"truncated.har", func(t *testing.T, res core.Result) {
			assert.Equal(t, []string{"meta_pixel"}, res.Answers.Site.Trackers)
			assert.True(t, warned(res, "incomplete"))
		}},
		{"zero-entries.har", func(t *testing.T, res core.Result) {
			assert.Empty(t, res.Answers.Site.Trackers)
			assert.True(t, warned(res, "no requests"))
		}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) { tc.check(t, read(t, tc.file, opts)) })
	}
}

func TestWrongFiles(t *testing.T) {
	tests := []struct{ file, want string }{
		{"not-har.json", "not a HAR"},
		{"list.json", "JSON list"},
		{"not-json.txt", "not JSON"},
		{"empty.har", "empty"},
		{"no-entries.har", "no \"log.entries\""},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", "edge", tc.file))
			require.NoError(t, err)
			defer f.Close()
			_, err = har.Reader{}.Read(core.Source{Name: tc.file, Size: -1, R: f}, core.Answers{})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// TestSecretsNeverLeave checks every byte the reader outputs, as JSON, for
// the cookie values, tokens and Authorization header planted in the HAR.
func TestSecretsNeverLeave(t *testing.T) {
	res := read(t, "secrets.har", har.Options{TestEmails: []string{testEmail}})
	out, err := json.Marshal(res)
	require.NoError(t, err)
	for _, secret := range []string{"S3CR3TSESSIONVALUE", "TOKENVALUE999", "COOKIEVALUEABCDEF", "REFRESHCOOKIEXYZ",
		"FRCOOKIEVALUE0001", "424242424242", "eyJhbGciOiJIUzI1NiJ9", "c2lnbmF0dXJlc2ln"} {
		assert.NotContains(t, string(out), secret)
	}
	mp := trackers(res)["meta_pixel"]
	assert.True(t, has(mp, "page_url", "https://shop.example.com/account"), "the page is still shown, minus its secrets")
	assert.True(t, has(mp, "cookie_id", "[hidden]"), "the _fbp identifier is named but hidden")
	assert.Contains(t, string(out), har.PrivacyNote)
}

func TestResultJSONShape(t *testing.T) {
	res := read(t, "onetrust-reject.har", har.Options{})
	out, err := json.Marshal(res)
	require.NoError(t, err)
	var doc struct {
		Answers  map[string]map[string]any `json:"answers"`
		Trackers []map[string]any          `json:"trackers"`
		Warnings []any                     `json:"warnings"`
	}
	require.NoError(t, json.Unmarshal(out, &doc))
	assert.Contains(t, doc.Answers["site"], "trackers")
	require.NotEmpty(t, doc.Trackers)
	for _, k := range []string{"id", "vendor", "category", "ids", "first_ms", "before_consent", "data_sent", "evidence"} {
		assert.Contains(t, doc.Trackers[0], k)
	}
	// The fragment must validate against the questionnaire.
	ans, _ := json.Marshal(res.Answers)
	_, probs := core.ParseAnswers(ans)
	assert.Empty(t, probs)
}

// TestRecordedCookiesNeverLeave takes every cookie value Chromium recorded
// in the fixtures and checks that none appears in the reader's output.
func TestRecordedCookiesNeverLeave(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "recorded", "*.har"))
	require.NoError(t, err)
	checked := 0
	for _, path := range files {
		raw, err := os.ReadFile(path)
		require.NoError(t, err)
		var doc struct {
			Log struct {
				Entries []struct {
					Request struct {
						Cookies []struct{ Value string } `json:"cookies"`
					} `json:"request"`
				} `json:"entries"`
			} `json:"log"`
		}
		require.NoError(t, json.Unmarshal(raw, &doc))
		res, err := har.Reader{}.Read(core.Source{Name: path, Size: -1, R: strings.NewReader(string(raw))}, core.Answers{})
		require.NoError(t, err)
		out, err := json.Marshal(res)
		require.NoError(t, err)
		for _, e := range doc.Log.Entries {
			for _, c := range e.Request.Cookies {
				if len(c.Value) >= 6 {
					checked++
					assert.NotContains(t, string(out), c.Value, path)
				}
			}
		}
	}
	assert.Greater(t, checked, 0, "the fixtures carry cookies to check")
}
