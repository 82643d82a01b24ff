package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// frameJS finds the embed's iframe on the host page.
const frameJS = `document.querySelector("#cipa-triage-embed iframe")`

// TestEmbedHeight: in the firm's hostile page, the embed's iframe takes the
// height the app reports, so the checker never scrolls inside its frame; it
// grows from the first question to the taller results page; and a height
// message from anyone but the app's own frame, or with an absurd height,
// changes nothing.
func TestEmbedHeight(t *testing.T) {
	parallel(t)
	v := surfaces()[2].open(t)
	top := &view{t: t, ctx: v.ctx} // the host page itself

	frameHeight := func() float64 {
		t.Helper()
		var h float64
		top.eval(frameJS+`.getBoundingClientRect().height`, &h)
		return h
	}
	// fits waits until the frame shows all of the app with no scrolling
	// inside it, and is no taller than the app needs.
	fits := func(what string) float64 {
		t.Helper()
		top.wait(`/^\d+px$/.test(`+frameJS+`.style.height)`, "the app to report its height")
		var st struct {
			Need, Inner, Scroll float64
		}
		var h float64
		for deadline := patience(t); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			v.eval(`({Need: document.getElementById("cipa-triage").getBoundingClientRect().bottom + scrollY,
				Inner: innerHeight, Scroll: document.documentElement.scrollHeight})`, &st)
			h = frameHeight()
			if st.Scroll <= st.Inner+1 && h-st.Need >= 0 && h-st.Need <= 24 {
				return h
			}
		}
		t.Fatalf("the frame (%.0fpx) does not fit %s: the app needs %.0fpx, the frame's document scrolls %.0fpx in %.0fpx",
			h, what, st.Need, st.Scroll, st.Inner)
		return 0
	}

	start := fits("the first question")
	completeScenario(t, v, scenarios()[0])
	top.wait(fmt.Sprintf(frameJS+`.getBoundingClientRect().height > %f`, start+100), "the frame to grow for the results")
	results := fits("the results")
	assert.Greater(t, results, start+100, "the results page is taller than the first question, and so is the frame")

	// Forgeries. The test's own listener is added after embed.js's, so when
	// it has seen a message, embed.js has already judged it.
	top.eval(`window.__forged = []; window.addEventListener("message", e => {
		if (e.data && e.data.forged) window.__forged.push(e.data.forged); }); true`, nil)
	forge := func(name, from, js string) {
		t.Helper()
		before := frameHeight()
		if from == "frame" {
			v.eval(js, nil)
		} else {
			top.eval(js, nil)
		}
		top.wait(fmt.Sprintf(`window.__forged.includes(%q)`, name), "the host page to receive the "+name+" message")
		assert.Equal(t, before, frameHeight(), "the %s message must not resize the frame", name)
	}
	msg := func(name, height string) string {
		return fmt.Sprintf(`({type: "cipa-triage:height", height: %s, forged: %q})`, height, name)
	}
	// Another frame on the firm's page (an ad, a chat widget) posts a plausible height.
	forge("other-frame", "top", fmt.Sprintf(`(() => {
		const f = document.createElement("iframe");
		f.srcdoc = "<script>parent.postMessage(" + JSON.stringify(%s) + ", '*')<\/script>";
		document.body.appendChild(f); return true; })()`, `{type: "cipa-triage:height", height: 5000, forged: "other-frame"}`))
	// A script of the host page posts to its own window.
	forge("host-window", "top", `window.postMessage(`+msg("host-window", "5000")+`, "*"); true`)
	// The app's own frame, but heights no sane page has, or not a number.
	for _, c := range []struct{ name, height string }{
		{"too-tall", "1e9"}, {"too-short", "10"}, {"infinite", "Infinity"}, {"nan", "NaN"}, {"text", `"5000"`},
	} {
		forge(c.name, "frame", `parent.postMessage(`+msg(c.name, c.height)+`, "*"); true`)
	}
	require.InDelta(t, results, frameHeight(), 1, "after every forgery the frame keeps the app's own height")
}
