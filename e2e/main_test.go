// Package e2e drives the shipped builds in a real headless Chromium: the
// static site served from a loopback port, the single file opened with
// file://, and the embed inside a host page with hostile CSS.
//
// Run it with `make browsertest`, which builds dist/ and sets E2E_DIST. With no
// E2E_DIST (a plain `go test ./...`) the package skips: it has nothing to test.
// A missing Chromium skips locally and fails in CI (CI=true).
package e2e

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/cipa-triage/cipa-triage/internal/headless"
	"github.com/cipa-triage/cipa-triage/internal/precompressed"
)

var (
	distDir    string // dist/, holding site/ and cipa-triage.html
	siteURL    string // the static site, served by this test
	hostURL    string // the hostile host page, on another origin
	canaryURL  string // an origin that must never hear from the page
	canaryHits atomic.Int64
	browserCtx context.Context // one browser for the package; each test opens a tab
	chromium   string
)

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	distDir = os.Getenv("E2E_DIST")
	chromium = os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	if distDir == "" {
		fmt.Println("e2e: skipped: E2E_DIST is not set; run `make browsertest`, which builds dist/ first")
		return 0
	}
	if _, err := exec.LookPath(chromium); err != nil {
		if os.Getenv("CI") == "true" {
			fmt.Printf("e2e: FAIL: no Chromium at %s, and CI needs the browser tests (.ci/run installs it)\n", chromium)
			return 1
		}
		fmt.Printf("e2e: skipped: no Chromium at %s (apt-get install chromium, or set CHROMIUM)\n", chromium)
		return 0
	}
	var err error
	if distDir, err = filepath.Abs(distDir); err != nil {
		fmt.Println("e2e:", err)
		return 1
	}

	site := serve(siteHandler(filepath.Join(distDir, "site")))
	defer site.Close()
	siteURL = site.URL
	host := serve(hostHandler())
	defer host.Close()
	hostURL = host.URL
	canary := serve(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		canaryHits.Add(1)
		w.Header().Set("Access-Control-Allow-Origin", "*")
		fmt.Fprint(w, "leaked")
	}))
	defer canary.Close()
	canaryURL = canary.URL

	profile, err := os.MkdirTemp("", "e2e-chromium")
	if err != nil {
		fmt.Println("e2e:", err)
		return 1
	}
	defer os.RemoveAll(profile)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), browserOptions(profile)...)
	defer cancelAlloc()
	var cancelBrowser context.CancelFunc
	browserCtx, cancelBrowser = chromedp.NewContext(allocCtx)
	defer cancelBrowser()
	// Start the browser now, outside any test's timeout.
	if err := chromedp.Do(browserCtx); err != nil {
		fmt.Println("e2e: starting Chromium:", err)
		return 1
	}
	return m.Run()
}

// browserOptions are exactly the flags the team requires, and a fresh
// profile: only loopback is reachable and the browser calls nobody.
func browserOptions(profile string, extra ...chromedp.ExecAllocatorOption) []chromedp.ExecAllocatorOption {
	return append(headless.Options(chromium, profile), extra...)
}

// serve listens on loopback only.
func serve(h http.Handler) *httptest.Server {
	s := httptest.NewUnstartedServer(h)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	s.Listener = l
	s.Start()
	return s
}

// siteHandler serves the static site as a well set-up static host would,
// with the build's Brotli and gzip copies. Under
// /slow/ the same site answers app.wasm a second late, so the loading
// indicator can be seen; under /hold/NAME/ it answers app.wasm only once the
// test has called release(NAME) (holdSite).
func siteHandler(dir string) http.Handler {
	files := precompressed.FileServer(dir)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rest, ok := strings.CutPrefix(r.URL.Path, "/hold/"); ok {
			name, rest, _ := strings.Cut(rest, "/")
			if rest == "parsing.html" { // index.html, held back from </body> on
				page, err := os.ReadFile(filepath.Join(dir, "index.html"))
				if err != nil {
					http.Error(w, err.Error(), http.StatusInternalServerError)
					return
				}
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				w.Header().Set("Cache-Control", "no-store")
				cut := bytes.LastIndex(page, []byte("</body>"))
				if cut < 0 {
					http.Error(w, "index.html has no </body>", http.StatusInternalServerError)
					return
				}
				w.Write(page[:cut])
				w.(http.Flusher).Flush()
				select {
				case <-held(name + "/tail"):
				case <-r.Context().Done():
					return
				}
				w.Write(page[cut:])
				return
			}
			if rest == "app.wasm" {
				select {
				case <-held(name):
				case <-r.Context().Done():
					return
				}
			}
			r.URL.Path = "/" + rest
		}
		if rest, ok := strings.CutPrefix(r.URL.Path, "/slow/"); ok {
			if strings.HasSuffix(rest, ".wasm") {
				time.Sleep(time.Second)
			}
			r.URL.Path = "/" + rest
		}
		w.Header().Set("Cache-Control", "no-store")
		if r.URL.Path == "/control.html" { // make bench-browser's control page
			http.ServeFile(w, r, filepath.Join("testdata", "control.html"))
			return
		}
		files.ServeHTTP(w, r)
	})
}

// hostHandler serves the law firm's page with hostile CSS, which loads the
// embed script from the site's origin.
func hostHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, err := os.ReadFile(filepath.Join("testdata", "host.html"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(strings.ReplaceAll(string(b), "{{SITE}}", siteURL)))
	})
}

func singleFileURL() string {
	return "file://" + filepath.ToSlash(filepath.Join(distDir, "cipa-triage.html"))
}
