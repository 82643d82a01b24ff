package e2e

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// tab opens a new tab in the package's browser, in a browser context of its
// own (its own storage and download folder, as a fresh profile would have);
// it closes when the test ends.
func tab(t testing.TB) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	// A first action opens the tab, outside the deadline below: a deadline on
	// the first Run would bind the tab's life to it.
	require.NoError(t, chromedp.Do(ctx))
	tctx, tcancel := context.WithDeadline(ctx, patience(t))
	t.Cleanup(tcancel)
	return tctx
}

// patience is how long a test may wait for the page: until shortly before
// `go test -timeout` would stop the run, never a fixed figure, since a
// loaded machine (CI, or other browsers open) can be many times slower than
// a quiet one. Every wait is on a condition; this only turns a hang into a
// failure that names what never happened.
func patience(t testing.TB) time.Time {
	if d, ok := t.(interface{ Deadline() (time.Time, bool) }); ok {
		if end, ok := d.Deadline(); ok {
			return end.Add(-15 * time.Second)
		}
	}
	return time.Now().Add(10 * time.Minute)
}

// beforeLoad runs a script in every document of the tab before its own scripts.
func beforeLoad(t testing.TB, ctx context.Context, script string) {
	t.Helper()
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: script})
	require.NoError(t, err)
}

// requests records every request the tab makes, from now on.
type requests struct {
	mu   sync.Mutex
	urls []string
}

func record(t testing.TB, ctx context.Context) *requests {
	t.Helper()
	r := &requests{}
	require.NoError(t, chromedp.Listen(ctx, func(ev any) {
		var u string
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			u = e.Request.URL
			if e.Request.URLFragment != "" {
				u += e.Request.URLFragment
			}
		case *network.EventWebSocketCreated:
			u = e.URL
		case *network.EventWebTransportCreated:
			u = e.URL
		default:
			return
		}
		r.mu.Lock()
		r.urls = append(r.urls, u)
		r.mu.Unlock()
	}))
	_, err := chromedp.Call(ctx, network.Enable, network.EnableParams{})
	require.NoError(t, err)
	return r
}

func (r *requests) list() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.urls...)
}

// outside returns the requests that went anywhere but the page's own origin.
// data: and blob: URLs never leave the page.
func (r *requests) outside(origin string) []string {
	var bad []string
	for _, u := range r.list() {
		switch {
		case strings.HasPrefix(u, "data:"), strings.HasPrefix(u, "blob:"+origin), strings.HasPrefix(u, "blob:null/"):
		case strings.HasPrefix(u, origin):
		default:
			bad = append(bad, u)
		}
	}
	return bad
}

// parallel runs the test beside the others, each in its own tab of the one
// browser: most of a browser test is waiting. As many run at once as `go
// test -parallel` allows, which defaults to the number of cores; E2E_SERIAL=1
// turns it off.
func parallel(t *testing.T) {
	if os.Getenv("E2E_SERIAL") == "" {
		t.Parallel()
	}
}
