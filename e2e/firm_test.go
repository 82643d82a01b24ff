package e2e

import (
	"fmt"
	"html"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/cipa-triage/cipa-triage/build/bundle"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The firm's details and who may change them (issue 17; web/model/site.go).
// The pinned build is the shipped dist/ with the firm pinned by the same
// bundle.Pin that `make dist FIRM_CONFIG=...` uses.

const (
	forgedName  = "Forged LLP"
	forgedEmail = "thief@forged.example"
)

// forgedHash is what a stranger would write in a link to the firm's checker.
var forgedHash = "#config=" + url.PathEscape(`{"firm_name":"`+forgedName+`","firm_email":"`+forgedEmail+`","offer_text":"Send us your letter"}`)

var pinned struct {
	once        sync.Once
	config      []byte
	siteURL     string // the pinned site
	allowedHost string // an origin the pinned site's embed_origins lists
	otherHost   string // an origin it does not
}

// pinnedSite serves the shipped site with the firm pinned, and two firm
// pages on other origins that embed it, once for the package.
func pinnedSite(t *testing.T) {
	t.Helper()
	pinned.once.Do(func() {
		// The servers live as long as the test binary.
		allowed, other := serve(embedPages(&pinned.siteURL)), serve(embedPages(&pinned.siteURL))
		pinned.allowedHost, pinned.otherHost = allowed.URL, other.URL
		pinned.config = []byte(fmt.Sprintf(`{"firm_name":"Example LLP","firm_email":"intake@example.com","firm_phone":"+1 555 0100",
			"offer_text":"Free 20-minute call about your letter","embed_origins":[%q]}`, allowed.URL))
		index, err := os.ReadFile(filepath.Join(distDir, "site", "index.html"))
		if err != nil {
			panic(err)
		}
		page, err := bundle.Pin(index, pinned.config)
		if err != nil {
			panic(err)
		}
		files := siteHandler(filepath.Join(distDir, "site"))
		pinned.siteURL = serve(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/" || r.URL.Path == "/index.html" {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				w.Header().Set("Cache-Control", "no-store")
				w.Write(page)
				return
			}
			files.ServeHTTP(w, r)
		})).URL
	})
	require.NotEmpty(t, pinned.siteURL)
}

// pinnedSingleFile writes the single file with the firm pinned.
func pinnedSingleFile(t *testing.T) string {
	t.Helper()
	pinnedSite(t)
	b, err := os.ReadFile(filepath.Join(distDir, "cipa-triage.html"))
	require.NoError(t, err)
	b, err = bundle.Pin(b, pinned.config)
	require.NoError(t, err)
	p := filepath.Join(t.TempDir(), "cipa-triage.html")
	require.NoError(t, os.WriteFile(p, b, 0o644))
	return "file://" + filepath.ToSlash(p)
}

// embedPages serves a firm's page that embeds the checker at *site with the
// details in its query: /?firm_phone=...&offer_text=...
func embedPages(site *string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var attrs strings.Builder
		for k, v := range r.URL.Query() {
			fmt.Fprintf(&attrs, ` data-%s="%s"`, strings.ReplaceAll(k, "_", "-"), html.EscapeString(v[0]))
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A firm's page</title></head>
<body><p>Got a CIPA demand letter?</p><div id="cipa-triage-embed"%s></div><script src="%s/embed.js"></script></body></html>`, attrs.String(), *site)
	})
}

// firmText is the firm panel's text, or "" when the page shows no firm.
func firmText(v *view) string {
	v.t.Helper()
	return v.str(`(document.getElementById("ct-firm") || {innerText: ""}).innerText`)
}

// TestPinnedFirmIgnoresForgedLink: on a pinned build, a stranger's #config=
// in the link changes nothing on the page, and the mail button still
// addresses the firm, on the site and in the single file.
func TestPinnedFirmIgnoresForgedLink(t *testing.T) {
	parallel(t)
	pinnedSite(t)
	for _, s := range []surface{
		{name: "site", url: func() string { return pinned.siteURL + "/index.html" }},
		{name: "single-file", url: func() string { return pinnedSingleFile(t) }},
	} {
		t.Run(s.name, func(t *testing.T) {
			base := s.url()
			plain := newView(t, tab(t), false)
			plain.navigate(base)
			want := plain.str(`document.body.innerText`)
			require.Contains(t, firmText(plain), "Example LLP", "the pinned firm shows")
			require.Contains(t, firmText(plain), "+1 555 0100")

			v := newView(t, tab(t), false)
			v.navigate(base + forgedHash)
			assert.Equal(t, want, v.str(`document.body.innerText`), "the forged link changes nothing on the page")

			if s.name != "site" {
				return // the same app: the mail link is checked once
			}
			completeScenario(t, v, scenarios()[0])
			body := v.str(`document.body.innerText`)
			assert.NotContains(t, body, forgedName)
			assert.NotContains(t, body, forgedEmail)
			href := v.str(`document.getElementById("ct-send-to-firm").href`)
			assert.True(t, strings.HasPrefix(href, "mailto:intake@example.com?subject="), "the mail link addresses the pinned firm: %.80s", href)
			assert.NotContains(t, href, "forged")
			assert.Equal(t, "Send my results to Example LLP", v.str(`document.getElementById("ct-send-to-firm").innerText`))
		})
	}
}

// TestPinnedEmbedOrigins: embed.js on a pinned build shows the pinned firm;
// a page on an origin the firm listed may set details on top, and a page on
// any other origin is ignored.
func TestPinnedEmbedOrigins(t *testing.T) {
	parallel(t)
	pinnedSite(t)
	office := "?firm_phone=" + url.QueryEscape("+1 213 555 0199") + "&offer_text=" + url.QueryEscape("Call our Los Angeles office")
	forged := "?firm_name=" + url.QueryEscape(forgedName) + "&firm_email=" + url.QueryEscape(forgedEmail) + "&firm_phone=" + url.QueryEscape("+1 999 555 0000")

	t.Run("listed origin", func(t *testing.T) {
		v := newView(t, tab(t), true)
		v.navigate(pinned.allowedHost + "/" + office)
		firm := firmText(v)
		assert.Contains(t, firm, "Example LLP", "the pinned name stays")
		assert.Contains(t, firm, "+1 213 555 0199", "the listed page's phone is on top")
		assert.Contains(t, firm, "Call our Los Angeles office")
		assert.NotContains(t, firm, "+1 555 0100")
	})
	t.Run("other origin", func(t *testing.T) {
		v := newView(t, tab(t), true)
		v.navigate(pinned.otherHost + "/" + forged)
		firm := firmText(v)
		assert.Contains(t, firm, "Example LLP", "the pinned firm shows")
		assert.Contains(t, firm, "+1 555 0100")
		body := v.str(`document.body.innerText`)
		assert.NotContains(t, body, forgedName)
		assert.NotContains(t, body, forgedEmail)
		assert.NotContains(t, body, "+1 999 555 0000")
	})
	t.Run("no details", func(t *testing.T) {
		v := newView(t, tab(t), true)
		v.navigate(pinned.otherHost + "/")
		assert.Contains(t, firmText(v), "Example LLP", "embed.js with no data-* attributes shows the pinned firm")
	})
}

// TestUnpinnedIgnoresAddress: the public page and the single file show no firm
// that only the link names (README, "Embed it on your site", says why), and
// the mail button does not exist there.
func TestUnpinnedIgnoresAddress(t *testing.T) {
	parallel(t)
	for _, s := range surfaces()[:2] {
		t.Run(s.name, func(t *testing.T) {
			v := newView(t, tab(t), false)
			v.navigate(s.url() + forgedHash)
			assert.Empty(t, firmText(v), "no firm panel")
			body := v.str(`document.body.innerText`)
			assert.NotContains(t, body, forgedName)
			if s.name != "site" {
				return
			}
			completeScenario(t, v, scenarios()[0])
			assert.False(t, v.truth(`document.getElementById("ct-send-to-firm")`), "no mail button")
			assert.NotContains(t, v.str(`document.body.innerText`), forgedName)
		})
	}
}
