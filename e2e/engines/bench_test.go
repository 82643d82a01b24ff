package engines

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// controlPage is a plain HTML page with one question: what any page costs
// to show in this engine on this machine. The app's time is reported as a
// ratio to it, since these shared machines are noisy.
const controlPage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Control</title></head>
<body><main><h1 id="q">When is the letter dated?</h1><label for="d">Date</label><input id="d" type="text"></main></body></html>`

// firstQuestionJS runs in the page once navigation has finished: it waits
// (each animation frame) for the start page, presses Start at once, and
// gives, in the page's own clock (ms since navigation started), when the
// first question showed. A control page gives when its question was parsed.
const firstQuestionJS = `new Promise(resolve => {
	if (document.getElementById("q")) {
		resolve(performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd);
		return;
	}
	let pressed = false;
	const tick = () => {
		if (document.querySelector('[data-page="letter.date"] h1, [data-page="letter.date"] h2')) {
			resolve(performance.now());
			return;
		}
		const start = document.getElementById("ct-start");
		if (!pressed && start && window.cipaTriage && window.cipaTriage.ready) {
			pressed = true;
			start.click();
		}
		requestAnimationFrame(tick);
	};
	tick();
})`

// BenchmarkFirstQuestion measures time to first question in Firefox and
// WebKit, beside a plain control page in the same run: one browser per
// engine, a fresh navigation per sample (the site is served no-store; the
// single file carries its code inline), answers cleared between samples.
// Run: make bench-browser (or E2E_DIST=dist go test ./e2e/engines -run '^$' -bench . -benchtime 5x)
func BenchmarkFirstQuestion(b *testing.B) {
	controlDir := b.TempDir()
	controlFile := filepath.Join(controlDir, "control.html")
	if err := os.WriteFile(controlFile, []byte(controlPage), 0o644); err != nil {
		b.Fatal(err)
	}
	for _, engine := range []string{"firefox", "webkit"} {
		b.Run(engine, func(b *testing.B) {
			b.StopTimer()
			p := engines[engine](b)
			for _, surf := range []string{"site", "single-file"} {
				b.Run(surf, func(b *testing.B) {
					control := siteURL + "/control.html"
					if surf == "single-file" {
						control = "file://" + controlFile
					}
					var app, ctl []float64
					for i := 0; i < b.N; i++ {
						ctl = append(ctl, sample(b, p, control))
						app = append(app, sample(b, p, surfaces()[surf]))
					}
					b.ReportMetric(median(ctl), "ms-control")
					b.ReportMetric(median(app), "ms-to-first-question")
					if c := median(ctl); c > 0 {
						b.ReportMetric(median(app)/c, "x-control")
					}
				})
			}
		})
	}
}

func sample(b *testing.B, p page, url string) float64 {
	b.Helper()
	_ = p.navigate("about:blank")
	b.StartTimer()
	if err := p.navigate(url); err != nil {
		b.Fatalf("opening %s: %v", url, err)
	}
	raw, err := p.evaluate(firstQuestionJS)
	b.StopTimer()
	if err != nil {
		b.Fatalf("%s: %v", url, err)
	}
	var ms float64
	if err := json.Unmarshal(raw, &ms); err != nil {
		b.Fatalf("%s: %s: %v", url, raw, err)
	}
	// Clear what the app kept, so the next sample starts on the start page.
	if _, err := p.evaluate(`(sessionStorage.clear(), localStorage.clear(), true)`); err != nil {
		b.Fatalf("clearing storage: %v", err)
	}
	time.Sleep(50 * time.Millisecond)
	return ms
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
