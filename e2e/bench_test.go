package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// marks records, in the page's own clock (ms since navigation started), when
// the start page shows, when the first question can be answered (its input
// is on the page: the built-in one, or the app's), when the app announces it
// is ready, and when the app's own first question is drawn (WebAssembly has
// taken over). It presses Start the moment the start page shows, as a user
// who knows the way would, so the test's own latency is not counted.
const marks = `window.__marks = {};
const check = () => {
	const m = window.__marks;
	// The button, not just the heading: the built-in start page arrives with
	// the HTML, and the parser may stop between the two.
	if (!m.start && document.querySelector('[data-page="start"] h1') && document.getElementById("ct-start")) {
		m.start = performance.now();
		setTimeout(() => document.getElementById("ct-start").click(), 0);
	}
	if (!m.question && document.querySelector('[data-page="letter.date"] input')) m.question = performance.now();
	if (!m.app && document.querySelector('[data-page="letter.date"]:not([data-prerendered]) input') && window.cipaTriage && window.cipaTriage.ready) m.app = performance.now();
};
// Checked on every change to the page and when the app says it is ready:
// the app may draw its page before it says so, and then nothing changes.
document.addEventListener("cipa-triage-ready", () => { window.__marks.ready = performance.now(); check(); });
new MutationObserver(check).observe(document, {childList: true, subtree: true});`

// pageLimit bounds each page load of the benchmark: a run that has not
// reached the app's first question by then fails, saying which step never
// came, instead of waiting for go test's own timeout.
const pageLimit = 2 * time.Minute

// BenchmarkFirstQuestion measures time to first question in fresh browsers:
// each iteration launches Chromium with a new profile (launch time is not
// counted), opens the build, and presses Start as soon as the start page
// shows. ms-to-start-page is the start page (written into the HTML, so it
// shows before the code has loaded); ms-to-first-question adds the press of
// Start and the first question, ready to type in (the build's own copy when
// the app has not yet run); ms-to-app-ready is when the app announces it
// runs, and ms-to-app-question when it has drawn the question itself.
//
// Each iteration first opens a control page in the same way: the same start
// page and question in plain HTML with no WebAssembly, from the same server
// (or file:// for the single file). control-ms is its median, and
// x-control the app's median over the control's: these machines are shared
// and noisy, and the ratio is what compares across runs.
// Run: make bench-browser (or E2E_DIST=dist go test ./e2e -run '^$' -bench . -benchtime 7x)
func BenchmarkFirstQuestion(b *testing.B) {
	controls := map[string]func() string{
		"site":        func() string { return siteURL + "/control.html" },
		"single-file": func() string { return "file://" + mustAbs(b, filepath.Join("testdata", "control.html")) },
	}
	for _, s := range surfaces()[:2] {
		b.Run(s.name, func(b *testing.B) {
			var start, question, ready, app, control []float64
			for i := 0; i < b.N; i++ {
				c := firstQuestion(b, controls[s.name](), false)
				m := firstQuestion(b, s.url(), true)
				start, question, ready, app = append(start, m.Start), append(question, m.Question), append(ready, m.Ready), append(app, m.App)
				control = append(control, c.Question)
			}
			b.ReportMetric(median(start), "ms-to-start-page")
			b.ReportMetric(median(question), "ms-to-first-question")
			b.ReportMetric(median(ready), "ms-to-app-ready")
			b.ReportMetric(median(app), "ms-to-app-question")
			b.ReportMetric(median(control), "control-ms")
			if c := median(control); c > 0 {
				b.ReportMetric(median(question)/c, "x-control")
				b.ReportMetric(median(app)/c, "app-x-control")
			}
		})
	}
}

func mustAbs(b *testing.B, p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		b.Fatal(err)
	}
	return filepath.ToSlash(abs)
}

// times are one page load's marks, in ms.
type times struct{ Start, Question, Ready, App float64 }

// firstQuestion opens url in a fresh browser and returns its marks; for the
// app (app true) it waits until the app has drawn the question itself. Every
// step is bounded by pageLimit and a failure names the step that never came.
func firstQuestion(b *testing.B, url string, app bool) times {
	b.StopTimer()
	profile, err := os.MkdirTemp("", "e2e-bench")
	if err != nil {
		b.Fatal(err)
	}
	defer os.RemoveAll(profile)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), browserOptions(profile)...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	if err := chromedp.Do(ctx); err != nil { // launch, not measured
		b.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: marks}); err != nil {
		b.Fatal(err)
	}
	// Bounded from here on: the navigation (which waits for the page's load
	// event), every evaluation and the waits below.
	deadline := time.Now().Add(pageLimit)
	ctx, cancelLimit := context.WithTimeout(ctx, pageLimit+30*time.Second) // and time to say why
	defer cancelLimit()
	b.StartTimer()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		b.Fatalf("%s: the page did not load within %s: %v", url, pageLimit, err)
	}
	var m times
	read := func() error {
		r, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](`({Start: window.__marks.start || 0, Question: window.__marks.question || 0, Ready: window.__marks.ready || 0, App: window.__marks.app || 0})`))
		if err != nil {
			return err
		}
		return json.Unmarshal(r, &m)
	}
	for {
		err := read()
		if err == nil && m.Question > 0 && (!app || m.App > 0) {
			break
		}
		if time.Now().After(deadline) {
			// What the page shows instead, for the message.
			state, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`[...document.querySelectorAll("[data-page]")].map(e =>
				e.getAttribute("data-page") + (e.hasAttribute("data-prerendered") ? " (built-in)" : "")).join(", ") +
				"; pending start: " + window.cipaTriagePending`))
			b.Fatalf("%s: after %s, start page at %.0f ms, first question at %.0f ms, app ready at %.0f ms, app's question at %.0f ms (0: never); pages shown: %s; last error: %v",
				url, pageLimit, m.Start, m.Question, m.Ready, m.App, state, err)
		}
		time.Sleep(25 * time.Millisecond)
	}
	b.StopTimer()
	if !app {
		m.Ready, m.App = m.Question, m.Question
	}
	return m
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
