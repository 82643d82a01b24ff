package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// harTiming records, in the page's own clock, when a file is chosen in the
// HAR drop zone (the input's change event, seen first in the capture phase)
// and when the zone shows the reader's findings or an error.
const harTiming = `(() => {
	window.__har = {};
	document.addEventListener("change", e => {
		if (e.target && e.target.id === "ct-file-har") window.__har = {start: performance.now()};
	}, true);
	new MutationObserver(() => {
		const h = window.__har;
		if (h.start && !h.end && document.querySelector("#ct-read-har li.ct-found, #ct-read-har .ct-error-message")) {
			h.end = performance.now();
			const err = document.querySelector("#ct-read-har .ct-error-message");
			h.error = err ? err.innerText : "";
		}
	}).observe(document, {childList: true, subtree: true});
	return true;
})()`

// BenchmarkHARDrop measures reading a ~50 MB HAR dropped into the page: the
// file goes in through the drop zone's own file input, and the time runs in
// the page's clock from the input's change event to the findings on screen,
// so it counts the File -> Go stream, the reader and the drawing of the
// review. MB/s is the file's size over that time. reader-only-MB/s is the
// same bytes, already in memory, handed to window.cipaTriage.read in the same
// page: the reader alone, without the stream or the review; the gap between
// the two is what the page path adds.
// Run: make bench-har (or E2E_DIST=dist go test ./e2e -run '^$' -bench HARDrop -benchtime 3x)
func BenchmarkHARDrop(b *testing.B) {
	file, size := bigHAR(b, 50<<20)
	var rates, readerOnly []float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		drop, reader := dropHAR(b, file, size)
		rates, readerOnly = append(rates, drop), append(readerOnly, reader)
	}
	b.ReportMetric(median(rates), "MB/s")
	b.ReportMetric(median(readerOnly), "reader-only-MB/s")
}

// dropHAR opens the site in a fresh browser context (no saved session), goes
// to the website section and chooses the HAR; it returns MB/s in the page's
// clock, then the reader alone on the same bytes (see BenchmarkHARDrop).
func dropHAR(b *testing.B, file string, size int64) (drop, reader float64) {
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
	defer cancel()
	require.NoError(b, chromedp.Do(ctx))
	ctx, cancelT := context.WithTimeout(ctx, 5*time.Minute)
	defer cancelT()
	v := newView(b, ctx, false)
	v.navigate(siteURL + "/index.html")
	v.driver()
	v.eval(`window.__e2e.step({})`, nil) // "Start now"
	v.wait(`document.getElementById("ct-file-letter")`, "the letter's drop zone")
	advanceB(b, v, "site")
	v.wait(`document.getElementById("ct-file-har")`, "the HAR drop zone")
	v.eval(harTiming, nil)
	b.StartTimer()
	require.NoError(b, chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS("#ct-file-har"), []string{file})))
	var h struct {
		Start, End float64
		Error      string
	}
	deadline := time.Now().Add(5 * time.Minute)
	for h.End == 0 {
		require.True(b, time.Now().Before(deadline), "timed out waiting for the HAR reader's findings")
		time.Sleep(50 * time.Millisecond)
		v.eval(`window.__har`, &h)
	}
	b.StopTimer()
	require.Empty(b, h.Error, "the page refused the HAR")
	require.True(b, v.truth(`[...document.querySelectorAll("#ct-read-har li.ct-found")].some(li => li.innerText.includes("Meta"))`),
		"the review names the Meta Pixel")
	drop = float64(size) / 1e6 / ((h.End - h.Start) / 1000)

	// The reader alone: the same file through a probe input, read whole into
	// memory first (not timed), then one cipaTriage.read.
	v.eval(`(() => { const i = document.createElement("input"); i.type = "file"; i.id = "hs-probe"; i.hidden = true; document.body.append(i); return true })()`, nil)
	require.NoError(b, chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS("#hs-probe"), []string{file})))
	v.eval(`(() => { window.__probe = null; document.getElementById("hs-probe").files[0].arrayBuffer().then(async ab => {
		const u8 = new Uint8Array(ab), t0 = performance.now();
		const out = await window.cipaTriage.read("har", "big.har", u8);
		window.__probe = {ms: performance.now() - t0, ok: out.includes("meta_pixel")};
	}); return true })()`, nil)
	var p struct {
		MS float64
		OK bool
	}
	for deadline := time.Now().Add(5 * time.Minute); p.MS == 0; {
		require.True(b, time.Now().Before(deadline), "timed out waiting for cipaTriage.read")
		time.Sleep(50 * time.Millisecond)
		v.eval(`window.__probe || {}`, &p)
	}
	require.True(b, p.OK, "cipaTriage.read found no Meta Pixel")
	b.Logf("%.1f MB: %.0f ms dropped, %.0f ms reader alone", float64(size)/1e6, h.End-h.Start, p.MS)
	return drop, float64(size) / 1e6 / (p.MS / 1000)
}

// advanceB is advance for a benchmark: steps through the pages to a section.
func advanceB(b *testing.B, v *view, section string) {
	for i := 0; i < 40; i++ {
		var p string
		v.eval(`window.__e2e.page()`, &p)
		if p == section || len(p) > len(section) && p[:len(section)+1] == section+"." {
			return
		}
		var st struct{ Page, Error string }
		v.eval(`window.__e2e.step({})`, &st)
		require.Empty(b, st.Error, "on the way to the %s section, page %q refused to continue", section, st.Page)
	}
	b.Fatalf("never reached the %s section", section)
}

// bigHAR writes a HAR of at least min bytes to a temp dir by repeating the
// entries of the recorded Meta Pixel visit, and returns its path and size.
func bigHAR(b testing.TB, min int) (string, int64) {
	raw, err := os.ReadFile(metaHAR)
	require.NoError(b, err)
	var doc struct {
		Log map[string]json.RawMessage `json:"log"`
	}
	require.NoError(b, json.Unmarshal(raw, &doc))
	var entries []json.RawMessage
	require.NoError(b, json.Unmarshal(doc.Log["entries"], &entries))
	require.NotEmpty(b, entries)
	var all []json.RawMessage
	for i, e := range entries { // the output is compact JSON: count compact sizes
		var c bytes.Buffer
		require.NoError(b, json.Compact(&c, e))
		entries[i] = c.Bytes()
	}
	for n := 0; n < min; {
		for _, e := range entries {
			all = append(all, e)
			n += len(e) + 1
		}
	}
	doc.Log["entries"], err = json.Marshal(all)
	require.NoError(b, err)
	out, err := json.Marshal(doc)
	require.NoError(b, err)
	path := filepath.Join(b.TempDir(), "big.har")
	require.NoError(b, os.WriteFile(path, out, 0o644))
	return path, int64(len(out))
}
