package e2e

import (
	_ "embed"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

//go:embed testdata/axe/axe.min.js
var axeJS string

// pageVisit brings the app to one of the pages the accessibility checks cover.
type pageVisit struct {
	name  string
	steps int // pages to pass, from the start page
}

var visits = []pageVisit{
	{"start", 0},
	{"question (dates)", 1},
	{"question (choices)", 6},
	{"results", -1},
	{"law changes", -2},
}

func visit(t *testing.T, v *view, p pageVisit) {
	t.Helper()
	switch {
	case p.steps == -2: // the list of legal changes, reached from the results
		completeScenario(t, v, scenarios()[1])
		v.eval(`document.querySelector("#ct-to-law").click()`, nil)
		v.wait(`!!document.querySelector("#law-changes")`, "the list of legal changes")
	case p.steps < 0:
		completeScenario(t, v, scenarios()[1])
	case p.steps > 0:
		fill(t, v, map[string]any{}, p.steps)
	}
}

// TestAccessibility runs axe-core's WCAG 2.1 A and AA rules on the start
// page, question pages and the results.
func TestAccessibility(t *testing.T) {
	parallel(t)
	for _, p := range visits {
		t.Run(p.name, func(t *testing.T) {
			v := surfaces()[0].open(t)
			visit(t, v, p)
			report := axeViolations(t, v)
			assert.Empty(t, report, "WCAG 2.1 AA violations")
		})
	}
}

// axeViolations runs axe-core's WCAG 2.1 A and AA rules on the page and
// lists what fails, one line per rule.
func axeViolations(t *testing.T, v *view) []string {
	t.Helper()
	v.eval(axeJS+";true", nil)
	var res struct {
		Violations []struct {
			ID, Impact, Help string
			Nodes            []struct{ Target []string }
		}
		Passes []struct{ ID string }
	}
	v.eval(`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
		.then(r => ({Violations: r.violations, Passes: r.passes.map(p => ({ID: p.id}))}))`, &res)
	require.NotEmpty(t, res.Passes, "axe ran no rule")
	var report []string
	for _, vi := range res.Violations {
		var where []string
		for _, n := range vi.Nodes {
			where = append(where, strings.Join(n.Target, " "))
		}
		report = append(report, fmt.Sprintf("%s (%s): %s at %v", vi.ID, vi.Impact, vi.Help, where))
	}
	return report
}

// TestNarrowScreen: on a 360 px phone nothing scrolls sideways.
func TestNarrowScreen(t *testing.T) {
	parallel(t)
	for _, p := range visits {
		t.Run(p.name, func(t *testing.T) {
			ctx := tab(t)
			require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile)))
			v := newView(t, ctx, false)
			v.navigate(surfaces()[0].url())
			visit(t, v, p)
			var w struct{ Scroll, Client int }
			v.eval(`({Scroll: document.documentElement.scrollWidth, Client: document.documentElement.clientWidth})`, &w)
			assert.Equal(t, 360, w.Client)
			assert.LessOrEqual(t, w.Scroll, w.Client, "the page scrolls sideways")
			wide := v.str(`[...document.querySelectorAll("#cipa-triage *")].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 5).map(e => e.tagName + "#" + e.id + "." + e.className).join(", ")`)
			assert.Empty(t, wide, "elements wider than the screen")
		})
	}
}
