package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNothingLeaves is the privacy promise, proven: every request the page
// makes, from loading to a full assessment, goes to the page's own origin
// (the local server, or the file itself), or stays inside the page (data:,
// blob:).
func TestNothingLeaves(t *testing.T) {
	parallel(t)
	for _, s := range surfaces() {
		t.Run(s.name, func(t *testing.T) {
			ctx := tab(t)
			reqs := record(t, ctx)
			v := newView(t, ctx, s.frame)
			v.navigate(s.url())
			completeScenario(t, v, scenarios()[0])
			// Downloads are made in the page (blob:), never fetched; a draft
			// is written by the readers' worker, on the device too.
			dir := downloadDir(t, ctx)
			v.eval(`["ct-download-md", "ct-download-json", "ct-export", "ct-draft-insurer-docx"].forEach(id => document.getElementById(id).click())`, nil)
			waitForDownloads(t, dir, 4)
			got := reqs.list()
			require.NotEmpty(t, got, "the recorder saw no request at all, so it proves nothing")
			t.Logf("%d requests: %q", len(got), got)
			var bad []string
			switch s.name {
			case "single-file":
				bad = reqs.outside(singleFileURL())
			case "embed":
				for _, u := range reqs.outside(hostURL) {
					if !strings.HasPrefix(u, siteURL+"/") && !strings.HasPrefix(u, "blob:"+siteURL) {
						bad = append(bad, u)
					}
				}
			default:
				bad = reqs.outside(siteURL + "/")
			}
			assert.Empty(t, bad, "requests that left the page's origin (all requests: %q)", got)
			assert.Zero(t, canaryHits.Load())
		})
	}
}

var cspMeta = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]+)"`)

// TestPolicyInBuilds checks the policy is in both builds, before any script.
func TestPolicyInBuilds(t *testing.T) {
	for name, file := range map[string]string{
		"site":        filepath.Join(distDir, "site", "index.html"),
		"single-file": filepath.Join(distDir, "cipa-triage.html"),
	} {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(file)
			require.NoError(t, err)
			m := cspMeta.FindSubmatchIndex(b)
			require.NotNil(t, m, "no Content-Security-Policy meta tag")
			assert.Less(t, m[0], strings.Index(string(b), "<script"), "the policy must come before the first script")
			p := strings.ReplaceAll(string(b[m[2]:m[3]]), "&#39;", "'")
			assert.Contains(t, p, "default-src 'none'")
			assert.NotContains(t, p, "*")
			assert.NotContains(t, p, "http")
			if name == "single-file" {
				assert.Contains(t, p, "connect-src 'none'")
				assert.Contains(t, p, "worker-src blob:", "the readers' worker starts from the page's own text")
			} else {
				assert.Contains(t, p, "connect-src 'self'")
				assert.Contains(t, p, "worker-src 'self'", "the readers' worker is a file of the site")
			}
		})
	}
}

// TestPolicyBlocksOtherOrigins asks the page to reach another loopback
// origin by fetch, image and beacon; the browser must refuse each one, and the
// other origin must hear nothing.
func TestPolicyBlocksOtherOrigins(t *testing.T) {
	parallel(t)
	for _, s := range surfaces()[:2] {
		t.Run(s.name, func(t *testing.T) {
			v := s.open(t)
			before := canaryHits.Load()
			var res struct {
				Fetched    bool
				Error      string
				Violations []string
			}
			v.eval(fmt.Sprintf(`new Promise(resolve => {
				const violations = [];
				document.addEventListener("securitypolicyviolation", e => violations.push(e.violatedDirective + " " + e.blockedURI));
				new Image().src = %[1]q + "/image";
				try { navigator.sendBeacon(%[1]q + "/beacon", "x"); } catch (e) { violations.push("beacon threw " + e); }
				fetch(%[1]q + "/fetch").then(
					() => resolve({Fetched: true, Violations: violations}),
					err => setTimeout(() => resolve({Fetched: false, Error: String(err), Violations: violations}), 300));
			})`, canaryURL), &res)
			assert.False(t, res.Fetched, "fetch to another origin succeeded")
			assert.Contains(t, strings.Join(res.Violations, "\n"), "connect-src")
			assert.Contains(t, strings.Join(res.Violations, "\n"), "img-src")
			assert.Equal(t, before, canaryHits.Load(), "the other origin was reached")
		})
	}
}
