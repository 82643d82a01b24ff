package e2e

import (
	"os"
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// holdWasm holds every WebAssembly start in the page until the test calls
// window.__releaseWasm(), so it can act on the built-in start page before the
// app runs, on any surface and however loaded the machine.
const holdWasm = `(() => {
	let release;
	const gate = new Promise(r => { release = r; });
	window.__releaseWasm = () => release();
	const later = f => function () { const args = arguments, self = this;
		return gate.then(() => f.apply(self, args)); };
	WebAssembly.instantiate = later(WebAssembly.instantiate);
	if (WebAssembly.instantiateStreaming) WebAssembly.instantiateStreaming = later(WebAssembly.instantiateStreaming);
})()`

// TestStartBeforeReady: the start page is in the HTML, in the app's own words,
// before the code runs; a press of Start then is not lost but honored once
// the app has started.
func TestStartBeforeReady(t *testing.T) {
	parallel(t)
	for _, s := range surfaces()[:2] {
		t.Run(s.name, func(t *testing.T) {
			parallel(t)
			ctx := tab(t)
			beforeLoad(t, ctx, holdWasm)
			v := newView(t, ctx, false)
			require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(s.url())))
			v.wait(`document.getElementById("ct-start")`, "the built-in start page")
			early := v.str(`document.querySelector('[data-page="start"]').innerText`)
			v.eval(`document.getElementById("ct-start").click()`, nil)
			require.False(t, v.truth(`window.cipaTriage && window.cipaTriage.ready`), "the app ran before the press, so this test proves nothing")
			assert.True(t, v.truth(`document.querySelector('[data-page="letter.date"][data-prerendered]')`), "the press shows the built-in first question at once (TestFirstQuestionBeforeReady)")
			v.eval(`window.__releaseWasm()`, nil)
			v.waitReady()
			v.wait(`document.querySelector('[data-page="letter.date"]')`, "the first question, after the early press")

			// The app's own start page says what the built-in one said.
			v2 := s.open(t) // no hold in this tab
			v2.wait(`document.querySelector('[data-page="start"] h1')`, "the app's start page")
			assert.Equal(t, early, v2.str(`document.querySelector('[data-page="start"]').innerText`))
		})
	}
}

// TestReadInWorker drops a large HAR (E2E_BIG_HAR_MB, 40 by default; the
// issue's case is 200) into the site's drop zone. The read runs in the
// readers' worker: the page shows the bytes and entries read as they grow,
// its main thread never blocks for long, Cancel stops the read at once and
// keeps the answers, and a second read goes through to the findings.
func TestReadInWorker(t *testing.T) {
	parallel(t)
	mb := 40
	if s := os.Getenv("E2E_BIG_HAR_MB"); s != "" {
		n, err := strconv.Atoi(s)
		require.NoError(t, err)
		mb = n
	}
	file, size := bigHAR(t, mb<<20)
	for _, s := range surfaces()[:2] {
		t.Run(s.name, func(t *testing.T) {
			v := s.open(t)
			v.driver()
			v.eval(`window.__e2e.step({})`, nil) // "Start now"
			advance(t, v, "site")
			v.wait(`document.getElementById("ct-file-har")`, "the HAR drop zone")
			// Record the progress texts shown and the main thread's long tasks.
			v.eval(`(() => {
				window.__read = {texts: [], longest: 0, start: 0, end: 0};
				new PerformanceObserver(l => { for (const e of l.getEntries()) if (window.__read.start && !window.__read.end)
					window.__read.longest = Math.max(window.__read.longest, e.duration); }).observe({type: "longtask"});
				new MutationObserver(() => {
					const r = window.__read, p = document.getElementById("ct-progress-text-har");
					if (p && r.texts[r.texts.length - 1] !== p.innerText) r.texts.push(p.innerText);
					if (r.start && !r.end && document.querySelector("#ct-read-har li.ct-found, #ct-read-har .ct-error-message")) r.end = performance.now();
				}).observe(document, {childList: true, subtree: true, characterData: true});
				return true })()`, nil)

			// Cancel once the reader is under way.
			require.NoError(t, chromedp.Do(v.ctx, chromedp.SetUploadFiles(chromedp.CSS("#ct-file-har"), []string{file})))
			v.wait(`/entries/.test((document.getElementById("ct-progress-text-har") || {}).innerText || "")`, "the entries read so far")
			v.eval(`document.getElementById("ct-cancel-har").click()`, nil)
			v.wait(`!document.getElementById("ct-progress-har")`, "the read to stop")
			assert.Contains(t, v.str(`document.getElementById("ct-message").innerText`), "canceled")
			assert.False(t, v.truth(`document.querySelector("#ct-read-har li.ct-found")`), "a canceled read shows no findings")

			// Read it to the end.
			v.eval(`window.__read.texts = []; window.__read.start = performance.now(); true`, nil)
			require.NoError(t, chromedp.Do(v.ctx, chromedp.SetUploadFiles(chromedp.CSS("#ct-file-har"), []string{file})))
			v.wait(`window.__read.end`, "the HAR reader's findings")
			require.False(t, v.truth(`document.querySelector("#ct-read-har .ct-error-message")`), v.str(`document.getElementById("ct-read-har").innerText`))
			assert.True(t, v.truth(`[...document.querySelectorAll("#ct-read-har li.ct-found")].some(li => li.innerText.includes("Meta"))`), "the review names the Meta Pixel")
			var r struct {
				Texts               []string
				Longest, Start, End float64
			}
			v.eval(`window.__read`, &r)
			t.Logf("%.0f MB read in %.0f ms; progress shown %d times; longest main-thread task %.0f ms", float64(size)/1e6, r.End-r.Start, len(r.Texts), r.Longest)
			assert.GreaterOrEqual(t, len(r.Texts), 2, "the progress grows while the file is read: %v", r.Texts)
			assert.Less(t, r.Longest, (r.End-r.Start)/4, "the page's main thread was blocked for much of the read")
			if len(r.Texts) > 0 {
				assert.Regexp(t, `^[\d.]+ [KMG]?B of [\d.]+ MB read, \d+ entries$`, r.Texts[len(r.Texts)-1])
			}
		})
	}
}
