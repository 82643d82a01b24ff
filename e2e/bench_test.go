package e2e

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// marks records, in the page's own clock (ms since navigation started), when
// the app's first screen and its first question appear. It presses Start the
// moment the start page shows, as a user who knows the way would, so the
// test's own latency is not counted.
const marks = `window.__marks = {};
new MutationObserver(() => {
	const m = window.__marks;
	// The button, not just the heading: the built-in start page arrives with
	// the HTML, and the parser may stop between the two.
	if (!m.start && document.querySelector('[data-page="start"] h1') && document.getElementById("ct-start")) {
		m.start = performance.now();
		setTimeout(() => document.getElementById("ct-start").click(), 0);
	}
	if (!m.question && document.querySelector('[data-page="letter.date"] h1, [data-page="letter.date"] h2')) m.question = performance.now();
}).observe(document, {childList: true, subtree: true});`

// BenchmarkFirstQuestion measures time to first question in fresh browsers:
// each iteration launches Chromium with a new profile (launch time is not
// counted), opens the build, and presses Start as soon as the start page
// shows. ms-to-start-page is the start page (written into the HTML, so it
// shows before the code has loaded); ms-to-first-question adds the press of
// Start and the drawing of the first question page by the app, once it runs.
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
			var start, question, control []float64
			for i := 0; i < b.N; i++ {
				_, c := firstQuestion(b, controls[s.name]())
				st, q := firstQuestion(b, s.url())
				start, question, control = append(start, st), append(question, q), append(control, c)
			}
			b.ReportMetric(median(start), "ms-to-start-page")
			b.ReportMetric(median(question), "ms-to-first-question")
			b.ReportMetric(median(control), "control-ms")
			if c := median(control); c > 0 {
				b.ReportMetric(median(question)/c, "x-control")
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

func firstQuestion(b *testing.B, url string) (start, question float64) {
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
	b.StartTimer()
	v := newView(b, ctx, false)
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		b.Fatal(err)
	}
	v.wait(`window.__marks.question`, "the first question")
	b.StopTimer()
	var m struct{ Start, Question float64 }
	v.eval(`({Start: window.__marks.start, Question: window.__marks.question})`, &m)
	return m.Start, m.Question
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
