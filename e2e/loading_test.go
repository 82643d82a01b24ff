package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoWebAssembly: a browser without WebAssembly gets a message that says
// so, not a blank page.
func TestNoWebAssembly(t *testing.T) {
	parallel(t)
	for _, s := range surfaces()[:2] {
		t.Run(s.name, func(t *testing.T) {
			ctx := tab(t)
			beforeLoad(t, ctx, `delete window.WebAssembly;`)
			v := newView(t, ctx, false)
			require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(s.url())))
			v.wait(`document.readyState === "complete" && /WebAssembly/i.test(document.body.innerText)`, "the no-WebAssembly message")
			assert.False(t, v.truth(`window.cipaTriage && window.cipaTriage.ready`))
			text := v.str(`document.body.innerText`)
			assert.NotContains(t, strings.ToLower(text), "loading", "the loading indicator must give way to the message")
		})
	}
}

// TestLoadingIndicator: while the WASM is on its way the page says so, and
// the indicator is gone once the app has started. The site's /slow/ path
// holds app.wasm back for a second.
func TestLoadingIndicator(t *testing.T) {
	parallel(t)
	ctx := tab(t)
	v := newView(t, ctx, false)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(siteURL+"/slow/index.html")))
	v.wait(`document.body && /loading/i.test(document.body.innerText)`, "a loading indicator")
	assert.True(t, v.truth(`document.querySelector('[role=status], [aria-busy=true], progress')`), "the indicator should be announced (role=status, aria-busy or progress)")
	assert.False(t, v.truth(`window.cipaTriage && window.cipaTriage.ready`), "the app was ready before its WASM arrived")
	v.waitReady()
	v.wait(`!/loading the/i.test(document.body.innerText)`, "the loading indicator to go")
}

// TestSingleFileDecoding: the single file starts in browsers without
// Uint8Array.fromBase64 (it falls back to atob), and says so plainly in
// browsers without DecompressionStream.
func TestSingleFileDecoding(t *testing.T) {
	parallel(t)
	t.Run("without fromBase64", func(t *testing.T) {
		ctx := tab(t)
		beforeLoad(t, ctx, `delete Uint8Array.fromBase64;`)
		v := newView(t, ctx, false)
		v.navigate(singleFileURL())
		assert.False(t, v.truth(`Uint8Array.fromBase64`))
	})
	t.Run("without DecompressionStream", func(t *testing.T) {
		ctx := tab(t)
		beforeLoad(t, ctx, `delete window.DecompressionStream;`)
		v := newView(t, ctx, false)
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(singleFileURL())))
		v.wait(`/DecompressionStream/.test(document.body.innerText)`, "a message naming what the browser lacks")
		assert.False(t, v.truth(`window.cipaTriage && window.cipaTriage.ready`))
	})
}
