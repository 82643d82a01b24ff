package e2e

import (
	"context"
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// surface is one of the three ways the checker ships.
type surface struct {
	name  string
	url   func() string
	frame bool   // the app runs in the embed's iframe, not the top page
	local string // the page's own origin: requests may go only here (and the site, for the embed)
}

func surfaces() []surface {
	return []surface{
		{name: "site", url: func() string { return siteURL + "/index.html" }},
		{name: "single-file", url: singleFileURL},
		{name: "embed", url: func() string { return hostURL + "/" }, frame: true},
	}
}

// view is the app in a tab: in the top page, or in the embed's iframe. All
// its scripts run in the app's own JavaScript world.
type view struct {
	t     testing.TB
	ctx   context.Context
	frame bool

	mu       sync.Mutex
	contexts map[string]string // frame id -> unique id of its main world
}

func newView(t testing.TB, ctx context.Context, frame bool) *view {
	v := &view{t: t, ctx: ctx, frame: frame, contexts: map[string]string{}}
	require.NoError(t, chromedp.Listen(ctx, func(ev any) {
		e, ok := ev.(*runtime.EventExecutionContextCreated)
		if !ok {
			return
		}
		var aux struct {
			FrameID   string `json:"frameId"`
			IsDefault bool   `json:"isDefault"`
		}
		if json.Unmarshal(e.Context.AuxData, &aux) != nil || !aux.IsDefault {
			return
		}
		v.mu.Lock()
		v.contexts[aux.FrameID] = e.Context.UniqueID
		v.mu.Unlock()
	}))
	return v
}

// open shows the surface in a new tab and waits for the app.
func (s surface) open(t testing.TB) *view {
	v := newView(t, tab(t), s.frame)
	v.navigate(s.url())
	return v
}

func (v *view) navigate(url string) {
	v.t.Helper()
	require.NoError(v.t, chromedp.Do(v.ctx, chromedp.Navigate(url)))
	v.waitReady()
}

func (v *view) reload() {
	v.t.Helper()
	require.NoError(v.t, chromedp.Do(v.ctx, chromedp.Reload()))
	v.waitReady()
}

func (v *view) waitReady() {
	v.t.Helper()
	v.wait(`!!(window.cipaTriage && window.cipaTriage.ready)`, "the app to be ready")
}

// world returns the unique id of the JavaScript world to run in; "" is the top page.
func (v *view) world() string {
	if !v.frame {
		return ""
	}
	tree, err := chromedp.Call(v.ctx, page.GetFrameTree, cdp.Empty{})
	if err != nil || len(tree.FrameTree.ChildFrames) == 0 {
		return "-" // no frame yet
	}
	id := string(tree.FrameTree.ChildFrames[0].Frame.ID)
	v.mu.Lock()
	defer v.mu.Unlock()
	if w, ok := v.contexts[id]; ok {
		return w
	}
	return "-"
}

func (v *view) tryEval(js string, out any) error {
	w := v.world()
	if w == "-" {
		return errNoFrame
	}
	r, err := chromedp.Run(v.ctx, chromedp.Evaluate[[]byte](js, chromedp.EvalAwaitPromise, func(p *runtime.EvaluateParams) {
		p.UniqueContextID = w
	}))
	if err != nil {
		return err
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(r, out)
}

// eval runs the script in the app's world and decodes its result into out.
func (v *view) eval(js string, out any) {
	v.t.Helper()
	require.NoError(v.t, v.tryEval(js, out), "evaluating %s", js)
}

func (v *view) str(js string) string {
	v.t.Helper()
	var s string
	v.eval(js, &s)
	return s
}

func (v *view) truth(js string) bool {
	v.t.Helper()
	var b bool
	v.eval(`!!(`+js+`)`, &b)
	return b
}

// wait polls until the expression is truthy in the app's world, for as
// long as the test may run (patience).
func (v *view) wait(js, what string) {
	v.t.Helper()
	deadline := patience(v.t)
	var last error
	for time.Now().Before(deadline) {
		var ok bool
		if last = v.tryEval(`!!(`+js+`)`, &ok); last == nil && ok {
			return
		}
		time.Sleep(25 * time.Millisecond)
	}
	v.t.Fatalf("timed out waiting for %s (%s); last error: %v", what, js, last)
}

type errString string

func (e errString) Error() string { return string(e) }

const errNoFrame = errString("the embed's iframe has no document yet")
