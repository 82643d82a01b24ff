package e2e

import (
	"fmt"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var holds sync.Map // name -> chan struct{}, closed to release

// held is the gate of the site served under /hold/name/.
func held(name string) chan struct{} {
	c, _ := holds.LoadOrStore(name, make(chan struct{}))
	return c.(chan struct{})
}

// holdSite serves the site with its app.wasm held back until release is
// called: a host as slow as need be, with nothing changed in the page.
func holdSite(t *testing.T) (url string, release func()) {
	name := fmt.Sprintf("%p", t)
	gate := held(name)
	var once sync.Once
	release = func() { once.Do(func() { close(gate) }) }
	t.Cleanup(release)
	return siteURL + "/hold/" + name + "/index.html", release
}

// signature is the first question page's structure and words: each
// element's tag, id, classes (vecty writes them in any order) and, for a leaf, its text. The page the build
// writes must be the app's, or the take-over would move things under the
// visitor's hand.
const signature = `[...document.querySelectorAll('[data-page="letter.date"] *')].map(e =>
	e.tagName + "#" + e.id + "." + [...e.classList].sort().join(" ") + (e.children.length ? "" : ":" + e.textContent.trim())).join("\n")`

// TestFirstQuestionBeforeReady: pressing Start before the app has run shows
// the first question at once (built into the page from the same
// definitions); a visitor can type there, and when the app takes over it
// keeps what was typed, the focus and the caret, and goes on. On the site
// the server holds app.wasm back; in the single file, WebAssembly's start
// is held (holdWasm).
func TestFirstQuestionBeforeReady(t *testing.T) {
	parallel(t)
	for _, s := range surfaces()[:2] {
		t.Run(s.name, func(t *testing.T) {
			parallel(t)
			ctx := tab(t)
			url, release := s.url(), func() {}
			if s.name == "site" {
				url, release = holdSite(t)
			} else {
				beforeLoad(t, ctx, holdWasm)
			}
			v := newView(t, ctx, false)
			require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(url)))
			v.wait(`document.getElementById("ct-start")`, "the built-in start page")
			v.eval(`document.getElementById("ct-start").click()`, nil)
			v.wait(`document.querySelector('[data-page="letter.date"][data-prerendered] #letter-date')`, "the built-in first question")
			require.False(t, v.truth(`window.cipaTriage && window.cipaTriage.ready`), "the app ran before the press, so this test proves nothing")
			assert.Equal(t, "ct-heading", v.str(`document.activeElement.id`), "the question's heading has the focus, as in the app")
			built := v.str(signature)

			// A person types into the page before the app runs.
			require.NoError(t, chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#letter-date"), "9/14/2026")))
			require.NoError(t, chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#letter-received"), "9/15/2")))
			assert.Equal(t, "9/14/2026", v.str(`document.getElementById("letter-date").value`))
			if s.name == "single-file" { // and presses Continue too early
				require.NoError(t, chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#letter-received"), "026")))
				v.eval(`document.getElementById("ct-continue").click()`, nil)
			}
			require.False(t, v.truth(`window.cipaTriage && window.cipaTriage.ready`), "the app ran while the test typed, so this test proves less than it says")

			if s.name == "site" {
				release()
			} else {
				v.eval(`window.__releaseWasm()`, nil)
			}
			v.waitReady()
			if s.name == "single-file" {
				// The early Continue is honored: the app checks the page and moves on.
				v.wait(`document.querySelector('[data-page]') && !document.querySelector('[data-page="letter.date"]')`, "the page after the first question")
			} else {
				v.wait(`document.querySelector('[data-page="letter.date"]:not([data-prerendered])')`, "the app's first question")
				// The app takes over on the frame after it draws: wait for it.
				v.wait(`document.getElementById("letter-date").value === "9/14/2026"`, "what was typed kept by the app")
				v.wait(`document.getElementById("letter-received").value === "9/15/2"`, "what was being typed kept by the app")
				v.wait(`document.getElementById("letter-date-understood").textContent.includes("September 14, 2026")`, "the typed date read by the app")
				v.wait(`document.activeElement.id === "letter-received"`, "the focus back in the box being typed in")
				// The visitor goes on typing where they were, and on.
				require.NoError(t, chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#letter-received"), "026")))
				assert.Equal(t, "9/15/2026", v.str(`document.getElementById("letter-received").value`))
				v.eval(`document.getElementById("ct-continue").click()`, nil)
				v.wait(`document.querySelector('[data-page]') && !document.querySelector('[data-page="letter.date"]')`, "the page after the first question")
			}
			saved := v.str(`sessionStorage.getItem("cipa-triage:answers:v1") || localStorage.getItem("cipa-triage:answers:v1") || ""`)
			assert.Contains(t, saved, `"2026-09-14"`, "the app stored the letter's date typed before it ran")
			assert.Contains(t, saved, `"2026-09-15"`, "and the day it came")

			// The built-in page is the app's page, element for element.
			v2 := s.open(t)
			v2.eval(`document.getElementById("ct-start").click()`, nil)
			v2.wait(`document.querySelector('[data-page="letter.date"] #letter-date')`, "the app's first question")
			assert.Equal(t, v2.str(signature), built)
		})
	}
}

// TestStartWhileParsing: the app may start before the browser has parsed
// the whole page (the single file is megabytes of HTML). A press of Start
// kept from before must still lead to the first question, drawn by the app.
// The site's index.html is served with its last bytes held back until the
// app's module has started, so the app starts while the page is "loading".
func TestStartWhileParsing(t *testing.T) {
	parallel(t)
	ctx := tab(t)
	name := fmt.Sprintf("%p", t)
	close(held(name)) // app.wasm comes at once; only the page's end is held
	tail := held(name + "/tail")
	release := sync.OnceFunc(func() { close(tail) })
	t.Cleanup(release)
	beforeLoad(t, ctx, `(() => {
		const real = WebAssembly.instantiate, realStreaming = WebAssembly.instantiateStreaming;
		const mark = p => p.then(r => { window.__wasmStarted = true; return r; });
		WebAssembly.instantiate = function () { return mark(real.apply(this, arguments)); };
		if (realStreaming) WebAssembly.instantiateStreaming = function () { return mark(realStreaming.apply(this, arguments)); };
	})()`)
	v := newView(t, ctx, false)
	// Navigate waits for the load event, which the held tail keeps back.
	go func() { _ = chromedp.Do(ctx, chromedp.Navigate(siteURL+"/hold/"+name+"/parsing.html")) }()
	v.wait(`document.getElementById("ct-start")`, "the built-in start page")
	v.eval(`document.getElementById("ct-start").click()`, nil)
	v.wait(`window.__wasmStarted`, "the app's module to start")
	require.Equal(t, "loading", v.str(`document.readyState`), "the page finished parsing first, so this test proves nothing")
	release()
	v.waitReady()
	v.wait(`document.querySelector('[data-page="letter.date"]:not([data-prerendered])')`, "the app's first question, after a press made while the page was still parsing")
}
