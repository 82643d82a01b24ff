package e2e

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/ledongthuc/pdf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// resultsTab is a tab for the results tests: tab waits as long as the run
// allows (see patience), enough for the questionnaire and a print or two.
func resultsTab(t *testing.T) context.Context { return tab(t) }

// openResults completes the first scenario on the static site.
func openResults(t *testing.T) *view {
	t.Helper()
	v := newView(t, resultsTab(t), false)
	v.navigate(surfaces()[0].url())
	completeScenario(t, v, scenarios()[0])
	return v
}

// resultsAt completes the first scenario in a tab of the given size and
// leaves the results page scrolled to the top.
func resultsAt(t *testing.T, w, h int64, mobile bool) *view {
	t.Helper()
	ctx := resultsTab(t)
	opts := []chromedp.EmulateViewportOption{}
	if mobile {
		opts = append(opts, chromedp.EmulateMobile)
	}
	require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(w, h, opts...)))
	v := newView(t, ctx, false)
	v.navigate(surfaces()[0].url())
	completeScenario(t, v, scenarios()[0])
	v.eval(`window.scrollTo(0, 0); document.activeElement && document.activeElement.blur(); window.__e2e.settle()`, nil)
	return v
}

// TestResultsFirstScreen: on a 375 px phone and a 1280 px laptop, before any
// scrolling, the page shows the day to act by, what kind of day it is and
// where it came from, the days left, and the first thing to do today.
func TestResultsFirstScreen(t *testing.T) {
	parallel(t)
	for _, size := range []struct {
		name   string
		w, h   int64
		mobile bool
	}{{"phone 375x667", 375, 667, true}, {"laptop 1280x800", 1280, 800, false}} {
		t.Run(size.name, func(t *testing.T) {
			v := resultsAt(t, size.w, size.h, size.mobile)
			var got []struct {
				Sel, Text     string
				Top, Bottom   float64
				Left, Right   float64
				Width, Height float64
			}
			v.eval(`(() => {
				const vh = window.innerHeight;
				return ["#deadline h2", "#deadline .ct-days-left", "#deadline-kind", "#first-action"].map(sel => {
					const e = document.querySelector(sel);
					if (!e) return {Sel: sel, Text: "", Top: -1, Bottom: 1e9};
					const r = e.getBoundingClientRect();
					return {Sel: sel, Text: e.innerText, Top: r.top, Bottom: r.bottom, Left: r.left, Right: r.right, Width: r.width, Height: r.height};
				});
			})()`, &got)
			var vw, vh float64
			v.eval(`window.innerWidth`, &vw)
			v.eval(`window.innerHeight`, &vh)
			require.Equal(t, float64(size.w), vw)
			for _, g := range got {
				assert.NotEmpty(t, g.Text, "%s is on the page", g.Sel)
				assert.Greater(t, g.Height, 0.0, "%s is drawn", g.Sel)
				assert.GreaterOrEqual(t, g.Top, 0.0, "%s starts on screen", g.Sel)
				assert.LessOrEqual(t, g.Bottom, vh, "%s ends above the fold (%.0f px high screen): %q", g.Sel, vh, g.Text)
				assert.LessOrEqual(t, g.Right, vw, "%s fits the width", g.Sel)
			}
			text := strings.Join([]string{got[0].Text, got[1].Text, got[2].Text, got[3].Text}, "\n")
			assert.Contains(t, text, "December 15, 2026", "the day the letter gives")
			assert.Regexp(t, `\d+ days left|due today|passed`, text)
			assert.Contains(t, text, "not a court deadline", "what kind of date it is")
			assert.Contains(t, text, "The letter gives this date", "where the date came from")
			assert.Contains(t, strings.ToLower(got[3].Text), "today", "the first action is for today")
			// E2E_SHOTS=DIR keeps a picture of each first screen to look at.
			if os.Getenv("E2E_SHOTS") != "" {
				shot, err := chromedp.Call(v.ctx, page.CaptureScreenshot, page.CaptureScreenshotParams{Format: page.CaptureScreenshotFormatPng})
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(fmt.Sprintf("%s/first-%d.png", os.Getenv("E2E_SHOTS"), size.w), shot.Data, 0o644))
			}
		})
	}
}

// TestResultsSections: every detail section starts closed, opens and closes
// by mouse and by keyboard (Enter on its summary), and stays open while the
// page redraws around it.
func TestResultsSections(t *testing.T) {
	parallel(t)
	v := openResults(t)
	ids := []string{"next-steps", "exposure", "factors", "defenses", "timeline", "citations"}
	for _, id := range ids {
		d := fmt.Sprintf(`document.getElementById(%q)`, id+"-details")
		require.True(t, v.truth(d), "section %s is a <details>", id)
		assert.False(t, v.truth(d+`.open`), "%s starts closed", id)
		assert.False(t, v.truth(d+`.querySelector(":scope > :not(summary)").checkVisibility()`), "%s's body is hidden while closed", id)
		v.eval(d+`.querySelector("summary").click(); window.__e2e.settle()`, nil)
		assert.True(t, v.truth(d+`.open`), "%s opens on a click", id)
		assert.True(t, v.truth(d+`.querySelector(":scope > :not(summary)").checkVisibility()`), "%s shows its body", id)
		v.eval(d+`.querySelector("summary").click(); window.__e2e.settle()`, nil)
		assert.False(t, v.truth(d+`.open`), "%s closes on a second click", id)
	}
	// The keyboard: focus the summary and press Enter.
	v.eval(`document.querySelector("#factors-details > summary").focus()`, nil)
	require.NoError(t, chromedp.Do(v.ctx, chromedp.KeyEvent("\r")))
	v.wait(`document.getElementById("factors-details").open`, "Enter to open the factors")
	assert.True(t, v.truth(`document.querySelectorAll("#factors tr[data-id]").length > 0`))
	// A redraw (choosing the full report) keeps an opened section open.
	v.eval(`document.getElementById("ct-report-full").click(); window.__e2e.settle()`, nil)
	assert.True(t, v.truth(`document.getElementById("ct-report-full").checked`))
	assert.True(t, v.truth(`document.getElementById("factors-details").open`), "the redraw closed a section the user opened")
}

// TestResultsWordBudget: the default results page (detail sections closed)
// reads in a few minutes: at most about 1,200 words of visible text.
func TestResultsWordBudget(t *testing.T) {
	parallel(t)
	v := openResults(t)
	words := func(sel string) int {
		var n int
		v.eval(fmt.Sprintf(`(document.querySelector(%q).innerText.match(/[A-Za-z0-9$§][^\s]*/g) || []).length`, sel), &n)
		return n
	}
	page := words(`[data-page="results"]`)
	all := words(`#cipa-triage`)
	full := 0
	v.eval(`document.querySelectorAll("[data-page=results] details").forEach(d => d.open = true); window.__e2e.settle()`, nil)
	full = words(`[data-page="results"]`)
	t.Logf("visible words: results %d, whole app %d; with every section open %d", page, all, full)
	assert.LessOrEqual(t, page, 1200, "the default results page")
	assert.Greater(t, full, page+500, "the closed sections hold the details (else the count proves nothing)")
}

// TestResultsPrint: print-to-PDF gives the short report by default (about 4
// pages, without the detail sections), and the full one when chosen.
func TestResultsPrint(t *testing.T) {
	parallel(t)
	v := openResults(t)
	printPDF := func() (string, int) {
		b, err := chromedp.Run(v.ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperLetter)))
		require.NoError(t, err)
		r, err := pdf.NewReader(bytes.NewReader(b), int64(len(b)))
		require.NoError(t, err)
		return pdfText(t, b), r.NumPage()
	}
	short, shortPages := printPDF()
	v.eval(`document.getElementById("ct-report-full").click(); window.__e2e.settle()`, nil)
	full, fullPages := printPDF()
	t.Logf("printed pages: short %d, full %d", shortPages, fullPages)
	assert.LessOrEqual(t, shortPages, 5, "the short report is about 4 pages")
	assert.GreaterOrEqual(t, shortPages, 1)
	assert.Greater(t, fullPages, shortPages, "the full report has more")
	for _, want := range []string{"December 15, 2026", "not a court deadline", "Do this today", "In brief", "This is not legal advice"} {
		assert.Contains(t, strings.ToLower(squash(short)), strings.ToLower(squash(want)), "the short report")
	}
	assert.NotContains(t, squash(short), squash("Defenses that may be open to you"), "the short report leaves out the details")
	assert.Contains(t, squash(short), squash("This is the short report"))
	factor := v.str(`document.querySelector("#factors tr[data-id] th").textContent`)
	for _, want := range []string{"Defenses that may be open to you", factor, "Sources", "December 15, 2026"} {
		assert.Contains(t, squash(full), squash(want), "the full report prints every section open")
	}
	assert.NotContains(t, squash(full), squash("This is the short report"))

	// The downloads follow the same choice: short by default, full when chosen.
	download := func(id string) (string, string) { return downloadText(t, v, id) }
	name, md := download("ct-download-md")
	assert.Equal(t, "cipa-triage-report-full.md", name)
	assert.Contains(t, md, "## Factors")
	v.eval(`document.getElementById("ct-report-short").click(); window.__e2e.settle()`, nil)
	name, md = download("ct-download-md")
	assert.Equal(t, "cipa-triage-report.md", name)
	assert.NotContains(t, md, "## Factors", "the short Markdown leaves the factors out")
	assert.Contains(t, md, "December 15, 2026")
	name, js := download("ct-download-json")
	assert.Equal(t, "cipa-triage-results.json", name)
	assert.Contains(t, js, `"brief"`)
	assert.NotContains(t, js, `"factors"`, "the short JSON leaves the factors out")
}

// TestResultsReaderPanels: what the HAR and terms readers found is told to a
// person: when each tag fired and what it sent, the consent answer and the
// privacy signal in sentences, the assent guide as prose with the court
// decisions closed; no patterns, field names or "Id: ... Checked: ..." lines.
func TestResultsReaderPanels(t *testing.T) {
	parallel(t)
	v := newView(t, resultsTab(t), false)
	v.navigate(surfaces()[0].url())
	v.driver()
	v.eval(`window.__e2e.step({})`, nil) // "Start now"
	advance(t, v, "site")
	v.wait(`document.getElementById("ct-file-har")`, "the HAR drop zone")
	upload(t, v, "har", metaHAR)
	review(t, v, "har")
	require.True(t, v.truth(`document.getElementById("ct-har-details")`), "the HAR panel")
	v.eval(`document.getElementById("ct-har-details").open = true`, nil)
	har := v.str(`document.getElementById("ct-har-details").innerText`)
	t.Logf("HAR panel:\n%s", har)
	for _, want := range []string{"Meta (Facebook) Pixel sent data about the visit", "after the page began to load", "before the visitor answered any consent banner", "What it sent", "Book appointment", "Global Privacy Control", "Keep it with the other evidence"} {
		assert.Contains(t, har, want)
	}
	for _, not := range []string{"Gpc", "gpc_", "requests: 0", `\.`, "(?", "Omnibug", "Source:", "Id:", "Data sent", "First ms"} {
		assert.NotContains(t, har, not, "the HAR panel speaks to a person")
	}

	advance(t, v, "terms")
	v.wait(`document.getElementById("ct-file-terms")`, "the terms drop zone")
	upload(t, v, "terms", termsHTML)
	review(t, v, "terms")
	require.True(t, v.truth(`document.getElementById("ct-assent-guide")`), "the assent guide")
	assert.False(t, v.truth(`document.querySelector("#ct-assent-guide details").open`), "the decisions start closed")
	v.eval(`document.querySelector("#ct-assent-guide details").open = true`, nil)
	guide := v.str(`document.getElementById("ct-assent-guide").innerText`)
	t.Logf("assent guide:\n%s", guide)
	for _, want := range []string{"How do users accept your terms?", "(clickwrap)", "(browsewrap)", "The court decisions behind this"} {
		assert.Contains(t, guide, want)
	}
	for _, not := range []string{"Id:", "Checked:", "Holding:", "Looks:", "Means:", "Value:"} {
		assert.NotContains(t, guide, not, "the assent guide is prose")
	}
	assert.Contains(t, guide, "Nguyen v. Barnes & Noble, 763 F.3d 1171 (9th Cir. 2014)", "each decision once, with its citation")
}

// TestResultsAccessibility: axe-core finds no WCAG 2.1 AA failure on the
// results page as it opens and with every section open (a closed section's
// content is not checked otherwise), and with every section open nothing is
// wider than a 360 px phone.
func TestResultsAccessibility(t *testing.T) {
	parallel(t)
	ctx := resultsTab(t)
	require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile)))
	v := newView(t, ctx, false)
	v.navigate(surfaces()[0].url())
	completeScenario(t, v, scenarios()[0])
	assert.Empty(t, axeViolations(t, v), "WCAG 2.1 AA violations, sections closed")
	v.eval(`document.querySelectorAll("[data-page=results] details").forEach(d => d.open = true); window.__e2e.settle()`, nil)
	assert.Empty(t, axeViolations(t, v), "WCAG 2.1 AA violations, sections open")
	wide := v.str(`[...document.querySelectorAll("#cipa-triage *")].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 5).map(e => e.tagName + "#" + e.id + "." + e.className).join(", ")`)
	assert.Empty(t, wide, "elements wider than the screen with every section open")
}
