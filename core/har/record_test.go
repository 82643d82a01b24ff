//go:build !js

package har_test

// The recorder behind testdata/recorded: headless Chromium visits our own
// test pages on loopback; every vendor host is answered inside the browser
// by the DevTools Fetch domain with our stubs (testdata/record/stubs.js),
// so nothing leaves the machine; a small HAR writer turns the Network
// domain's events into HAR 1.2 as Chrome's DevTools export writes it.
//
//	go test ./core/har -run TestRecord -record

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/cipa-triage/cipa-triage/internal/headless"
	"github.com/stretchr/testify/require"
)

var recordFlag = flag.Bool("record", false, "re-record testdata/recorded/*.har with headless Chromium")

// recording is one visit: a page, what the visitor does, and the file.
type recording struct {
	file  string
	page  string
	gpc   bool
	steps func(base string) []chromedp.Action[chromedp.Void]
	flush bool // ask replay stubs to upload before the HAR is closed
	// serve answers a path with another file of testdata/record, so that two
	// versions of one page (before and after a fix) share the page's address.
	serve map[string]string
}

const (
	recEmail = "pat.tester@example.org"
	recPhone = "4155550134"
)

func recordings() []recording {
	wait := chromedp.Sleep(700 * time.Millisecond)
	load := func(base, page string) []chromedp.Action[chromedp.Void] {
		return []chromedp.Action[chromedp.Void]{chromedp.Navigate(base + page), chromedp.WaitReady(chromedp.CSS("h1")), wait}
	}
	return []recording{
		{file: "meta.har", page: "/meta.html", steps: func(b string) []chromedp.Action[chromedp.Void] {
			return append(load(b, "/meta.html"), chromedp.SendKeys(chromedp.CSS("#email"), recEmail), chromedp.SendKeys(chromedp.CSS("#phone"), "(415) 555-0134"),
				chromedp.Click(chromedp.CSS("#book")), wait)
		}},
		{file: "ads.har", page: "/ads.html", steps: func(b string) []chromedp.Action[chromedp.Void] {
			return append(load(b, "/ads.html"), chromedp.SendKeys(chromedp.CSS("#email"), recEmail), chromedp.Click(chromedp.CSS("#quote-btn")), wait)
		}},
		{file: "replay.har", page: "/replay.html", flush: true, steps: func(b string) []chromedp.Action[chromedp.Void] {
			return append(load(b, "/replay.html"), chromedp.SendKeys(chromedp.CSS("#symptom"), "chest pain at night"), chromedp.SendKeys(chromedp.CSS("#email"), recEmail),
				chromedp.Click(chromedp.CSS("#check")), wait)
		}},
		{file: "chat.har", page: "/chat.html", steps: func(b string) []chromedp.Action[chromedp.Void] {
			return append(load(b, "/chat.html"), chromedp.SendKeys(chromedp.CSS("#chat"), "I was charged twice, my card ends 4242"), chromedp.Click(chromedp.CSS("#send")), wait)
		}},
		{file: "consent-onetrust-reject.har", page: "/consent-onetrust.html", steps: func(b string) []chromedp.Action[chromedp.Void] {
			return append(load(b, "/consent-onetrust.html"), chromedp.Click(chromedp.CSS("#reject")), wait,
				chromedp.Click(chromedp.CSS("#next")), chromedp.WaitReady(chromedp.CSS("h1")), wait)
		}},
		{file: "consent-cookiebot-accept.har", page: "/consent-cookiebot.html", steps: func(b string) []chromedp.Action[chromedp.Void] {
			return append(load(b, "/consent-cookiebot.html"), chromedp.Click(chromedp.CSS("#accept")), wait,
				chromedp.Navigate(b+"/consent-cookiebot.html?again=1"), chromedp.WaitReady(chromedp.CSS("h1")), wait)
		}},
		{file: "gpc.har", page: "/gpc.html", gpc: true, steps: func(b string) []chromedp.Action[chromedp.Void] { return load(b, "/gpc.html") }},
		{file: "loaded-only.har", page: "/loaded-only.html", steps: func(b string) []chromedp.Action[chromedp.Void] { return load(b, "/loaded-only.html") }},
		// Pairs for the comparison of two recordings (core/harcompare): the
		// same page before and after a fix, and "Accept all" against
		// "Reject all" on a banner that honors the rejection and on one that
		// does not. The visitor answers, then opens a second page.
		{file: "pair-fix-before.har", page: "/shop.html", serve: map[string]string{"/shop.html": "shop-before.html"}, steps: answerThenNext("/shop.html", "#accept")},
		{file: "pair-fix-after.har", page: "/shop.html", serve: map[string]string{"/shop.html": "shop-after.html"}, steps: answerThenNext("/shop.html", "#accept")},
		{file: "pair-honored-accept.har", page: "/consent-cookiebot.html", steps: answerThenReload("/consent-cookiebot.html", "#accept")},
		{file: "pair-honored-reject.har", page: "/consent-cookiebot.html", steps: answerThenReload("/consent-cookiebot.html", "#reject")},
		{file: "pair-ignored-accept.har", page: "/consent-onetrust.html", steps: answerThenNext("/consent-onetrust.html", "#accept")},
		{file: "pair-ignored-reject.har", page: "/consent-onetrust.html", steps: answerThenNext("/consent-onetrust.html", "#reject")},
	}
}

// answerThenNext loads page, clicks the banner's button, then follows the
// page's "next" link, as a visitor browsing on would.
func answerThenNext(page, button string) func(string) []chromedp.Action[chromedp.Void] {
	wait := chromedp.Sleep(700 * time.Millisecond)
	return func(b string) []chromedp.Action[chromedp.Void] {
		return []chromedp.Action[chromedp.Void]{chromedp.Navigate(b + page), chromedp.WaitReady(chromedp.CSS("h1")), wait,
			chromedp.Click(chromedp.CSS(button)), wait, chromedp.Click(chromedp.CSS("#next")), chromedp.WaitReady(chromedp.CSS("h1")), wait}
	}
}

// answerThenReload loads page, clicks the banner's button, then opens the
// page again, where a banner that holds tags back lets them load or not.
func answerThenReload(page, button string) func(string) []chromedp.Action[chromedp.Void] {
	wait := chromedp.Sleep(700 * time.Millisecond)
	return func(b string) []chromedp.Action[chromedp.Void] {
		return []chromedp.Action[chromedp.Void]{chromedp.Navigate(b + page), chromedp.WaitReady(chromedp.CSS("h1")), wait,
			chromedp.Click(chromedp.CSS(button)), wait, chromedp.Navigate(b + page + "?again=1"), chromedp.WaitReady(chromedp.CSS("h1")), wait}
	}
}

// siteHandler serves testdata/record, with the recording's own files for
// the paths it names.
func siteHandler(serve map[string]string) http.Handler {
	dir := filepath.Join("testdata", "record")
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if f, ok := serve[r.URL.Path]; ok {
			http.ServeFile(w, r, filepath.Join(dir, f))
			return
		}
		files.ServeHTTP(w, r)
	})
}

// vendorScripts maps a script URL to the stub call that answers it.
var vendorScripts = []struct{ match, call string }{
	{"connect.facebook.net/en_US/fbevents.js", "__vendor.meta()"},
	{"analytics.tiktok.com/i18n/pixel/events.js", "__vendor.tiktok()"},
	{"www.googletagmanager.com/gtag/js", "__vendor.gtag()"},
	{"snap.licdn.com/", "__vendor.linkedin()"},
	{"static.ads-twitter.com/uwt.js", "__vendor.x()"},
	{"sc-static.net/scevent.min.js", "__vendor.snap()"},
	{"s.pinimg.com/ct/core.js", "__vendor.pinterest()"},
	{"www.redditstatic.com/ads/pixel.js", "__vendor.reddit()"},
	{"bat.bing.com/bat.js", "__vendor.uet()"},
	{"static.hotjar.com/c/", "__vendor.hotjar()"},
	{"edge.fullstory.com/s/fs.js", "__vendor.fullstory()"},
	{"www.clarity.ms/tag/", "__vendor.clarity()"},
	{"cdn.lr-ingest.io/", "__vendor.logrocket()"},
	{"cdn.mouseflow.com/projects/", "__vendor.mouseflow()"},
	{"web-sdk.smartlook.com/", "__vendor.smartlook()"},
	{"tools.luckyorange.com/", "__vendor.luckyorange()"},
	{"cdn.quantummetric.com/", "__vendor.quantum()"},
	{"t.contentsquare.net/uxa/", "__vendor.contentsquare()"},
	{"cdn.heapanalytics.com/js/", "__vendor.heap()"},
	{"i.posthog.com/static/array.js", "__vendor.posthog()"},
	{"browser.sentry-cdn.com/", "__vendor.sentry()"},
	{"datadoghq-browser-agent.com/", "__vendor.datadog()"},
	{"my.site.com/", "__vendor.salesforce()"},
	{"lptag.liveperson.net/", "__vendor.liveperson()"},
	{"js.driftt.com/", "__vendor.drift()"},
	{"widget.intercom.io/", "__vendor.intercom()"},
	{"static.zdassets.com/", "__vendor.zendesk()"},
	{"cdn.cookielaw.org/", "__vendor.onetrust()"},
	{"consent.cookiebot.com/uc.js", "__vendor.cookiebot()"},
}

// stubResponse answers any non-loopback request inside the browser.
func stubResponse(u string, rt network.ResourceType) (int64, string, []byte) {
	for _, v := range vendorScripts {
		if strings.Contains(u, v.match) {
			return 200, "application/javascript", []byte(v.call + ";")
		}
	}
	switch rt {
	case network.ResourceTypeScript:
		return 200, "application/javascript", []byte("/* stub */")
	case network.ResourceTypeImage, network.ResourceTypePing:
		gif := []byte("GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
		return 200, "image/gif", gif
	case network.ResourceTypeDocument:
		return 200, "text/html", []byte("<!doctype html><title>stub</title>")
	case network.ResourceTypeStylesheet:
		return 200, "text/css", []byte("/* stub */")
	}
	return 200, "application/json", []byte("{}")
}

func TestRecord(t *testing.T) {
	if !*recordFlag {
		t.Skip("run with -record to re-record the Chromium fixtures")
	}
	for _, rec := range recordings() {
		t.Run(rec.file, func(t *testing.T) {
			l, err := net.Listen("tcp", "127.0.0.1:0")
			require.NoError(t, err)
			srv := httptest.NewUnstartedServer(siteHandler(rec.serve))
			srv.Listener = l
			srv.Start()
			defer srv.Close()
			h := recordOne(t, srv.URL, rec)
			out, err := json.MarshalIndent(h, "", " ")
			require.NoError(t, err)
			// The loopback port changes every run; fixtures should not.
			host := strings.TrimPrefix(srv.URL, "http://")
			out = []byte(strings.NewReplacer(host, "127.0.0.1:8080", url.QueryEscape(host), url.QueryEscape("127.0.0.1:8080")).Replace(string(out)))
			require.NoError(t, os.WriteFile(filepath.Join("testdata", "recorded", rec.file), append(out, '\n'), 0o644))
		})
	}
}

func recordOne(t *testing.T, base string, rec recording) harDoc {
	profile := t.TempDir()
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), headless.Options("/usr/bin/chromium", profile)...)
	defer cancelA()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	require.NoError(t, chromedp.Do(ctx))
	ctx, cancelT := context.WithTimeout(ctx, 60*time.Second)
	defer cancelT()

	w := newHARWriter()
	require.NoError(t, chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *fetch.EventRequestPaused:
			// Everything but loopback is answered here, inside the browser.
			go func() {
				code, mime, body := stubResponse(e.Request.URL, e.ResourceType)
				_, _ = chromedp.Call(ctx, fetch.FulfillRequest, fetch.FulfillRequestParams{RequestID: e.RequestID, ResponseCode: code,
					ResponseHeaders: []*fetch.HeaderEntry{{Name: "Content-Type", Value: mime}, {Name: "Access-Control-Allow-Origin", Value: "*"}}, Body: body})
			}()
		default:
			w.event(ev)
		}
	}))
	_, err := chromedp.Call(ctx, network.Enable, network.EnableParams{})
	require.NoError(t, err)
	if rec.gpc {
		_, err = chromedp.Call(ctx, network.SetExtraHTTPHeaders, network.SetExtraHTTPHeadersParams{Headers: network.Headers{"Sec-GPC": "1"}})
		require.NoError(t, err)
	}
	_, err = chromedp.Call(ctx, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "https://*"}, {URLPattern: "wss://*"}}})
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx, rec.steps(base)...))
	if rec.flush {
		_, err := chromedp.Run(ctx, chromedp.Evaluate[any]("window.__flush().then(() => true)", chromedp.EvalAwaitPromise))
		require.NoError(t, err)
		require.NoError(t, chromedp.Do(ctx, chromedp.Sleep(700*time.Millisecond)))
	}
	return w.doc(ctx, t)
}

// The HAR writer: Network events in, HAR 1.2 out.

type harReq struct {
	id        network.RequestID
	started   time.Time
	req       *network.Request
	rtype     network.ResourceType
	initiator *network.Initiator
	extra     network.Headers
	status    int64
	statusTxt string
	respHdr   network.Headers
	respExtra network.Headers
	mime      string
	postData  []byte
}

type harWriter struct {
	mu    sync.Mutex
	byID  map[network.RequestID]*harReq
	order []*harReq
	first time.Time
	title string
}

func newHARWriter() *harWriter { return &harWriter{byID: map[network.RequestID]*harReq{}} }

func (w *harWriter) event(ev any) {
	w.mu.Lock()
	defer w.mu.Unlock()
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		if e.RedirectResponse != nil {
			return
		}
		r := &harReq{id: e.RequestID, started: time.UnixMicro(int64(float64(e.WallTime) * 1e6)), req: e.Request, rtype: e.Type, initiator: e.Initiator}
		for _, p := range e.Request.PostDataEntries {
			r.postData = append(r.postData, p.Bytes...)
		}
		w.byID[e.RequestID] = r
		w.order = append(w.order, r)
		if w.first.IsZero() {
			w.first = r.started
		}
	case *network.EventRequestWillBeSentExtraInfo:
		if r := w.byID[e.RequestID]; r != nil {
			r.extra = e.Headers
		} else {
			w.byID[e.RequestID] = &harReq{id: e.RequestID, extra: e.Headers}
		}
	case *network.EventResponseReceived:
		if r := w.byID[e.RequestID]; r != nil && e.Response != nil {
			r.status, r.statusTxt, r.respHdr, r.mime = e.Response.Status, e.Response.StatusText, e.Response.Headers, e.Response.MimeType
		}
	case *network.EventResponseReceivedExtraInfo:
		if r := w.byID[e.RequestID]; r != nil {
			r.respExtra = e.Headers
		}
	}
}

type harNV struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

type harDoc struct {
	Log struct {
		Version string           `json:"version"`
		Creator harNV            `json:"creator"`
		Pages   []map[string]any `json:"pages"`
		Entries []map[string]any `json:"entries"`
	} `json:"log"`
}

func headerList(hs ...network.Headers) []harNV {
	seen := map[string]bool{}
	var out []harNV
	for _, h := range hs {
		for k, v := range h {
			if seen[strings.ToLower(k)] {
				continue
			}
			seen[strings.ToLower(k)] = true
			for _, line := range strings.Split(fmt.Sprint(v), "\n") {
				out = append(out, harNV{k, line})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// bodyText keeps a body as Chrome would show it: text when it is UTF-8,
// otherwise one character per byte, which keeps every byte.
func bodyText(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return string(rs)
}

func (w *harWriter) doc(ctx context.Context, t *testing.T) harDoc {
	w.mu.Lock()
	reqs := append([]*harReq(nil), w.order...)
	w.mu.Unlock()
	for _, r := range reqs {
		if r.req.HasPostData && len(r.postData) == 0 {
			if res, err := chromedp.Call(ctx, network.GetRequestPostData, network.GetRequestPostDataParams{RequestID: r.id}); err == nil {
				r.postData = res.PostData
			}
		}
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	sort.SliceStable(reqs, func(i, j int) bool { return reqs[i].started.Before(reqs[j].started) })
	var d harDoc
	d.Log.Version = "1.2"
	d.Log.Creator = harNV{"cipa-triage HAR recorder (Chromium via chromedp)", "1"}
	d.Log.Pages = []map[string]any{{"startedDateTime": w.first.UTC().Format(time.RFC3339Nano), "id": "page_1", "title": "", "pageTimings": map[string]any{}}}
	for _, r := range reqs {
		if r.req == nil {
			continue
		}
		if extra := w.byID[r.id]; extra != nil && extra.extra != nil && r.extra == nil {
			r.extra = extra.extra
		}
		reqHeaders := headerList(r.extra, r.req.Headers)
		var cookies []harNV
		for _, h := range reqHeaders {
			if strings.EqualFold(h.Name, "cookie") {
				for _, kv := range strings.Split(h.Value, ";") {
					if k, v, ok := strings.Cut(strings.TrimSpace(kv), "="); ok {
						cookies = append(cookies, harNV{k, v})
					}
				}
			}
		}
		var query []harNV
		if u, err := url.Parse(r.req.URL); err == nil {
			for k, vs := range u.Query() {
				for _, v := range vs {
					query = append(query, harNV{k, v})
				}
			}
		}
		sort.Slice(query, func(i, j int) bool { return query[i].Name < query[j].Name })
		req := map[string]any{"method": r.req.Method, "url": r.req.URL + r.req.URLFragment, "httpVersion": "HTTP/1.1", "headers": nonNil(reqHeaders),
			"queryString": nonNil(query), "cookies": nonNil(cookies), "headersSize": -1, "bodySize": len(r.postData)}
		if len(r.postData) > 0 {
			mime := ""
			for _, h := range reqHeaders {
				if strings.EqualFold(h.Name, "content-type") {
					mime = h.Value
				}
			}
			req["postData"] = map[string]any{"mimeType": mime, "text": bodyText(r.postData)}
		}
		status := r.status
		resp := map[string]any{"status": status, "statusText": r.statusTxt, "httpVersion": "HTTP/1.1", "headers": nonNil(headerList(r.respExtra, r.respHdr)),
			"cookies": []harNV{}, "content": map[string]any{"size": 0, "mimeType": r.mime}, "redirectURL": "", "headersSize": -1, "bodySize": -1}
		e := map[string]any{"startedDateTime": r.started.UTC().Format(time.RFC3339Nano), "time": 1, "request": req, "response": resp,
			"cache": map[string]any{}, "timings": map[string]any{"send": 0, "wait": 1, "receive": 0}, "pageref": "page_1",
			"_resourceType": strings.ToLower(string(r.rtype))}
		if r.initiator != nil {
			e["_initiator"] = map[string]any{"type": string(r.initiator.Type), "url": r.initiator.URL}
		}
		d.Log.Entries = append(d.Log.Entries, e)
	}
	require.NotEmpty(t, d.Log.Entries)
	return d
}

func nonNil(v []harNV) []harNV {
	if v == nil {
		return []harNV{}
	}
	return v
}
