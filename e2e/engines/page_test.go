package engines

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
)

// page is one browser tab driven by a test, whatever the protocol.
type page interface {
	navigate(url string) error
	// evaluate runs a JavaScript expression (awaiting a promise) in the page
	// and gives its value as JSON.
	evaluate(expr string) (json.RawMessage, error)
	// consoleErrors lists the errors the page logged or threw so far.
	consoleErrors() []string
	close()
}

// driven wraps a page with the test's helpers: eval into a value, wait on a
// condition (never a fixed sleep), fail with what was asked.
type driven struct {
	t *testing.T
	p page
}

func (d driven) eval(expr string, out any) {
	d.t.Helper()
	raw, err := d.p.evaluate(expr)
	if err != nil {
		d.t.Fatalf("evaluating %s: %v", clip(expr), err)
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			d.t.Fatalf("evaluating %s: result %s: %v", clip(expr), raw, err)
		}
	}
}

func (d driven) str(expr string) string {
	d.t.Helper()
	var s string
	d.eval(`String(`+expr+`)`, &s)
	return s
}

// wait polls a condition until it holds; the limit is generous because these
// machines are shared and slow, and a passing run never waits for it.
func (d driven) wait(cond, what string) {
	d.t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	var last error
	for time.Now().Before(deadline) {
		raw, err := d.p.evaluate(`!!(` + cond + `)`)
		if err == nil && string(raw) == "true" {
			return
		}
		last = err
		time.Sleep(100 * time.Millisecond)
	}
	d.t.Fatalf("waited 90 s for %s (%s); last error: %v; console errors: %q", what, clip(cond), last, d.p.consoleErrors())
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 160 {
		return s[:160] + "…"
	}
	return s
}

// asJSON turns an expression into one whose value travels as a JSON string,
// awaited if it is a promise: both protocols carry strings unchanged.
func asJSON(expr string) string {
	return fmt.Sprintf(`(async () => { const v = await (%s); return JSON.stringify(v === undefined ? null : v); })()`, expr)
}
