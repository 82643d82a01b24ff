package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// firstAnswers are the answers of the first pages of every scenario-like run:
// start, the letter's dates, its deadline.
var firstAnswers = map[string]any{
	"letter.date":              "2026-10-01",
	"letter.received":          "2026-10-05",
	"letter.response_deadline": "2026-12-15",
}

// checkFirstAnswers goes to the first question page and reads the answers
// back from the controls.
func checkFirstAnswers(t *testing.T, v *view) {
	t.Helper()
	v.driver()
	// The app comes back on the page it was on, or on the start page.
	for i := 0; i < 20 && !v.truth(`document.getElementById("letter-date")`); i++ {
		v.eval(`(document.getElementById("ct-start") || document.getElementById("ct-back")).click(); window.__e2e.settle()`, nil)
	}
	v.wait(`document.getElementById("letter-date")`, "the first question page")
	assert.Equal(t, "2026-10-01", v.str(`document.getElementById("letter-date").value`))
	assert.Equal(t, "2026-10-05", v.str(`document.getElementById("letter-received").value`))
	v.eval(`document.getElementById("ct-continue").click(); window.__e2e.settle()`, nil)
	v.wait(`document.getElementById("letter-response_deadline")`, "the deadline page")
	assert.Equal(t, "2026-12-15", v.str(`document.getElementById("letter-response_deadline").value`))
}

// TestReloadKeepsAnswers: a reload mid-way loses nothing.
func TestReloadKeepsAnswers(t *testing.T) {
	parallel(t)
	for _, s := range surfaces() {
		t.Run(s.name, func(t *testing.T) {
			v := s.open(t)
			fill(t, v, firstAnswers, 3) // start, dates, deadline: now on the third question page
			v.reload()
			checkFirstAnswers(t, v)
		})
	}
}

// TestExportImport saves the answers to a file, forgets everything, and loads
// the file back.
func TestExportImport(t *testing.T) {
	parallel(t)
	for _, s := range surfaces()[:2] {
		t.Run(s.name, func(t *testing.T) {
			v := s.open(t)
			dir := downloadDir(t, v.ctx)
			fill(t, v, firstAnswers, 3)
			v.eval(`document.getElementById("ct-export").click()`, nil)
			file := waitForDownloads(t, dir, 1)[0]
			b, err := os.ReadFile(file)
			require.NoError(t, err)
			var raw map[string]map[string]any
			require.NoError(t, json.Unmarshal(b, &raw), "%s", b)
			assert.Equal(t, "2026-10-01", raw["letter"]["date"])
			assert.Equal(t, "2026-12-15", raw["letter"]["response_deadline"])

			v.eval(`document.getElementById("ct-forget").click(); window.__e2e.settle()`, nil)
			v.eval(`document.getElementById("ct-forget-yes").click(); window.__e2e.settle()`, nil)
			v.eval(`document.getElementById("ct-start").click(); window.__e2e.settle()`, nil)
			v.wait(`document.getElementById("letter-date")`, "the first question page")
			require.Empty(t, v.str(`document.getElementById("letter-date").value`), "forget everything kept the answers")

			require.NoError(t, chromedp.Do(v.ctx, chromedp.SetUploadFiles(`#ct-import`, []string{file}, chromedp.NodeReady)))
			v.wait(`/loaded from/i.test((document.getElementById("ct-message") || {}).innerText || "")`, "the import's confirmation")
			// Read the answers back from the start, after a reload: they were saved too.
			v.reload()
			checkFirstAnswers(t, v)
		})
	}
}

// downloadDir lets the tab's downloads land in a new folder. Chromium may
// still be writing there when the test ends, so the folder is removed
// without complaint rather than by t.TempDir.
func downloadDir(t *testing.T, ctx context.Context) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "e2e-downloads")
	require.NoError(t, err)
	t.Cleanup(func() { os.RemoveAll(dir) })
	_, err = chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
		BrowserContextID: chromedp.FromContext(ctx).BrowserContextID,
	})
	require.NoError(t, err)
	return dir
}

// waitForDownloads waits for n finished files and returns them.
func waitForDownloads(t *testing.T, dir string, n int) []string {
	t.Helper()
	deadline := patience(t)
	var done []string
	for time.Now().Before(deadline) {
		done = done[:0]
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if info, err := e.Info(); err == nil && info.Size() > 0 && !strings.HasSuffix(e.Name(), ".crdownload") {
				done = append(done, filepath.Join(dir, e.Name()))
			}
		}
		if len(done) >= n {
			return done
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%d of %d downloads finished in %s: %v", len(done), n, dir, done)
	return nil
}
