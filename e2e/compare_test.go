package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var pairs = filepath.Join("..", "core", "har", "testdata", "recorded")

// TestCompareRecordings gives the page two HAR recordings of the same site,
// as a person would: chosen one by one (the "Reject all" one first), then
// two dropped at once, then a broken file. The comparison runs in the
// readers' worker; the page shows each tag's verdict, the files' SHA-256 and
// a Markdown download, and the comparison joins the results page and report.
func TestCompareRecordings(t *testing.T) {
	parallel(t)
	for _, s := range surfaces()[:2] {
		t.Run(s.name, func(t *testing.T) {
			parallel(t)
			v := s.open(t)
			v.driver()
			v.eval(`window.__e2e.step({})`, nil) // "Start now"
			advance(t, v, "site")
			v.wait(`document.getElementById("ct-compare-file-2")`, "the comparison's two file inputs")

			// Chosen one by one, "Reject all" first: the banner's answers
			// put them in order.
			reject, accept := filepath.Join(pairs, "pair-honored-reject.har"), filepath.Join(pairs, "pair-honored-accept.har")
			choose(t, v, 1, reject)
			v.wait(`document.getElementById("ct-compare-file-1-name").innerText.includes("pair-honored-reject.har")`, "the first file's name")
			assert.False(t, v.truth(`document.getElementById("ct-compare-result")`), "one file is not compared")
			choose(t, v, 2, accept)
			v.wait(`document.querySelector("#ct-compare-result, #ct-compare .ct-error-message")`, "the comparison")
			require.True(t, v.truth(`document.getElementById("ct-compare-result")`), v.str(`document.getElementById("ct-compare").innerText`))
			res := v.str(`document.getElementById("ct-compare-result").innerText`)
			assert.Contains(t, res, `"Reject all" stopped every tag that sent data after "Accept all" (Meta (Facebook) Pixel and TikTok Pixel).`)
			verdicts := v.str(`[...document.querySelectorAll('#ct-compare-result li[data-outcome="honored"]')].map(li => li.innerText).join("\n")`)
			assert.Contains(t, verdicts, `Meta (Facebook) Pixel: sent page addresses, events such as page views and a browser identifier from a cookie only after "Accept all" in the "Accept all" recording; absent in the "Reject all" recording. "Reject all" stopped it.`)
			assert.Contains(t, verdicts, "TikTok Pixel:")
			assert.Equal(t, sha(t, accept), v.str(`document.querySelector('#ct-compare-result li[data-role="accept"] .ct-sha256').innerText`))
			assert.Equal(t, sha(t, reject), v.str(`document.querySelector('#ct-compare-result li[data-role="reject"] .ct-sha256').innerText`))
			name, md := downloadText(t, v, "ct-compare-download")
			assert.Equal(t, "cipa-triage-comparison.md", name)
			assert.Contains(t, md, "# Comparison of two recordings\n")
			assert.Contains(t, md, "`"+sha(t, reject)+"`")

			// Both dropped at once: OneTrust ignores "Reject all".
			drop(t, v, filepath.Join(pairs, "pair-ignored-accept.har"), filepath.Join(pairs, "pair-ignored-reject.har"))
			v.wait(`document.querySelectorAll('#ct-compare-result li[data-outcome="ignored"]').length === 2`, "the verdicts on the second pair")
			res = v.str(`document.getElementById("ct-compare-result").innerText`)
			assert.Contains(t, res, `2 tags kept sending data after "Reject all" (Meta (Facebook) Pixel and Google Analytics 4): the banner does not honor the rejection.`)
			assert.Contains(t, res, `went on after "Reject all" in the "Reject all" recording. It kept sending data after "Reject all": the rejection was not honored.`)

			// A broken second file: the reader's message, naming it; the
			// page goes on.
			choose(t, v, 2, filepath.Join("..", "core", "har", "testdata", "edge", "empty.har"))
			v.wait(`document.querySelector("#ct-compare .ct-error-message[role=alert]")`, "the message about the empty file")
			msg := v.str(`document.querySelector("#ct-compare .ct-error-message").innerText`)
			assert.Contains(t, msg, "empty.har: reading the HAR: the file is not JSON")
			assert.NotContains(t, msg, "panic")

			// The same file twice is compared, with a warning.
			choose(t, v, 2, filepath.Join(pairs, "pair-ignored-accept.har"))
			v.wait(`document.querySelector('#ct-compare-result li[data-warning="same_file"]')`, "the warning that both files are one")

			// A fix recorded twice, dropped the wrong way round: the banner
			// cannot tell them apart, so the page asks and swaps.
			before, after := filepath.Join(pairs, "pair-fix-before.har"), filepath.Join(pairs, "pair-fix-after.har")
			drop(t, v, after, before)
			v.wait(fmt.Sprintf(`document.querySelector('#ct-compare-result li[data-role="before"] .ct-sha256')?.innerText === %q`, sha(t, after)), "the comparison, taken in the order dropped")
			require.True(t, v.truth(`document.getElementById("ct-compare-swap")`), "the page asks which recording came first")
			v.eval(`document.getElementById("ct-compare-swap").click()`, nil)
			v.wait(fmt.Sprintf(`document.querySelector('#ct-compare-result li[data-role="before"] .ct-sha256')?.innerText === %q`, sha(t, before)), "the comparison the other way round")
			assert.Contains(t, v.str(`document.getElementById("ct-compare-order-question").innerText`), "pair-fix-before.har was taken as the recording before the fix")

			// The fair pair again; then the results page and the report carry it.
			choose(t, v, 2, filepath.Join(pairs, "pair-ignored-reject.har"))
			v.wait(`document.querySelectorAll('#ct-compare-result li[data-outcome="ignored"]').length === 2`, "the comparison")
			fill(t, v, map[string]any{}, 0)
			v.wait(`document.getElementById("comparison")`, "the comparison on the results page")
			assert.Contains(t, v.str(`document.getElementById("comparison").innerText`), "the rejection was not honored")
			name, md = downloadText(t, v, "ct-download-md")
			assert.Equal(t, "cipa-triage-report.md", name)
			assert.Contains(t, md, "\n## Comparison of two recordings\n")
			assert.Contains(t, md, "`"+sha(t, filepath.Join(pairs, "pair-ignored-reject.har"))+"`")
		})
	}
}

// choose picks a file in the comparison's slot n (1 or 2).
func choose(t *testing.T, v *view, n int, path string) {
	t.Helper()
	abs, err := filepath.Abs(path)
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(v.ctx, chromedp.SetUploadFiles(chromedp.CSS(fmt.Sprintf("#ct-compare-file-%d", n)), []string{abs})))
}

// drop drops files on the comparison's first box at once, as a person
// dragging two files from a folder.
func drop(t *testing.T, v *view, paths ...string) {
	t.Helper()
	var js string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		ints := make([]int, len(data)) // numbers: a []byte would marshal as base64 text
		for i, b := range data {
			ints[i] = int(b)
		}
		arr, _ := json.Marshal(ints)
		js += fmt.Sprintf("dt.items.add(new File([new Uint8Array(%s)], %q, {type: \"application/json\"}));\n", arr, filepath.Base(p))
	}
	v.eval(`(() => { const dt = new DataTransfer();
		`+js+`
		document.querySelector('#ct-compare .ct-drop-area[data-slot="1"]').dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
		return true })()`, nil)
}

// downloadText clicks a download button and returns the file's name and
// text (downloadFile, as text).
func downloadText(t *testing.T, v *view, id string) (string, string) {
	t.Helper()
	name, data := downloadFile(t, v, id)
	return name, string(data)
}

func sha(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	s := sha256.Sum256(data)
	return hex.EncodeToString(s[:])
}
