package e2e

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

var screenshot = flag.String("screenshot", "", "write a PNG of the results page (the README's picture) to this file")

// TestScreenshot draws the README's picture of the results page, embedded
// with a firm's details, when asked: make screenshot.
func TestScreenshot(t *testing.T) {
	if *screenshot == "" {
		t.Skip("only with -screenshot FILE")
	}
	ctx := tab(t)
	require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(1000, 1500)))
	v := newView(t, ctx, false)
	pinnedSite(t)
	v.navigate(pinned.siteURL + "/index.html")
	completeScenario(t, v, scenarios()[0])
	v.eval(`window.scrollTo(0, 0); document.activeElement && document.activeElement.blur(); window.__e2e.settle()`, nil)
	shot, err := chromedp.Call(ctx, page.CaptureScreenshot, page.CaptureScreenshotParams{Format: page.CaptureScreenshotFormatPng})
	require.NoError(t, err)
	require.True(t, bytes.HasPrefix(shot.Data, []byte("\x89PNG")))
	require.NoError(t, os.MkdirAll(filepath.Dir(*screenshot), 0o755))
	require.NoError(t, os.WriteFile(*screenshot, shot.Data, 0o644))
}
