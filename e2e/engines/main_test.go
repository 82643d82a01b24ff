// Package engines runs a short smoke suite of the shipped builds in Firefox
// (over WebDriver BiDi, which Firefox speaks itself) and in WebKit, Safari's
// engine (WebKitGTK's MiniBrowser under Xvfb, over W3C WebDriver): the start
// page, a typed date and a few pages, the results, a letter file read, and
// no console error. The full suite runs in Chromium (package e2e); this one
// keeps the other two engines honest.
//
// `make enginetest` builds dist/ and runs it. Without E2E_DIST it skips; a
// missing browser skips locally and fails in CI (CI=true), where .ci/run
// installs firefox-esr, webkit2gtk-driver and xvfb.
package engines

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

var (
	distDir string
	siteURL string
)

func TestMain(m *testing.M) {
	distDir = os.Getenv("E2E_DIST")
	if distDir == "" {
		fmt.Println("engines: skipped: E2E_DIST is not set; run `make enginetest`, which builds dist/ first")
		return
	}
	var err error
	if distDir, err = filepath.Abs(distDir); err != nil {
		fmt.Println("engines:", err)
		os.Exit(1)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("engines:", err)
		os.Exit(1)
	}
	files := http.FileServer(http.Dir(filepath.Join(distDir, "site")))
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		if r.URL.Path == "/control.html" {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(controlPage))
			return
		}
		files.ServeHTTP(w, r)
	}))
	srv.Listener = l
	srv.Start()
	siteURL = srv.URL
	code := m.Run()
	srv.Close()
	os.Exit(code)
}

// need finds a program, or skips the test (fails it in CI).
func need(t testing.TB, names ...string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, n := range names {
		p, err := exec.LookPath(n)
		if err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s is not installed, and CI needs it (.ci/run installs firefox-esr, webkit2gtk-driver and xvfb)", n)
			}
			t.Skipf("%s is not installed (apt-get install firefox-esr webkit2gtk-driver xvfb)", n)
		}
		out[n] = p
	}
	return out
}

// surfaces are the two builds a visitor opens directly.
func surfaces() map[string]string {
	return map[string]string{
		"site":        siteURL + "/index.html",
		"single-file": "file://" + filepath.Join(distDir, "cipa-triage.html"),
	}
}
