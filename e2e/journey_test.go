package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The owner's journey (issue 10): nothing typed is lost, and every control
// does what a person expects, on the static site and the single file (and,
// for Back and Forward, in the embed's iframe).

func (v *view) page() string {
	v.t.Helper()
	return v.str(`window.__e2e.page()`)
}

// click presses the element with id and lets the page redraw.
func (v *view) click(id string) {
	v.t.Helper()
	v.wait(fmt.Sprintf(`document.getElementById(%q)`, id), "#"+id)
	v.eval(fmt.Sprintf(`document.getElementById(%q).click(); window.__e2e.settle()`, id), nil)
}

// typeInto types text into a field's box and leaves it, as a person would.
func (v *view) typeInto(field, text string) {
	v.t.Helper()
	v.wait(fmt.Sprintf(`document.getElementById(window.__e2e.id(%q))`, field), field)
	v.eval(fmt.Sprintf(`(async () => { window.__e2e.set(%q, %q); await window.__e2e.settle(); return true })()`, field, text), nil)
}

func (v *view) waitPage(id string) {
	v.t.Helper()
	v.wait(fmt.Sprintf(`window.__e2e.page() === %q`, id), "the page "+id)
}

// openSaved opens the surface with a saved form in sessionStorage, as the
// checker leaves it there, so that a test starts mid-way without walking
// every page before.
func openSaved(t *testing.T, s surface, form string) *view {
	ctx := longTab(t)
	beforeLoad(t, ctx, fmt.Sprintf(`if (!sessionStorage.getItem("cipa-triage:answers:v1")) sessionStorage.setItem("cipa-triage:answers:v1", %q)`, form))
	v := newView(t, ctx, s.frame)
	v.navigate(s.url())
	v.driver()
	return v
}

// longTab is tab with room for a journey of many pages on a busy machine:
// the limit only stops a test that hangs, it measures nothing.
func longTab(t *testing.T) context.Context { return tab(t) }

// startJourney opens the surface and presses Start.
func startJourney(t *testing.T, s surface) *view {
	v := newView(t, longTab(t), s.frame)
	v.navigate(s.url())
	v.driver()
	v.click("ct-start")
	v.waitPage("letter.date")
	return v
}

// TestJourneyInvalidDate: a date that is not on the calendar is never
// dropped silently: the page says which answer and what to type, keeps what
// was typed, and does not move on. A date as people write it is read, and
// said back.
func TestJourneyInvalidDate(t *testing.T) {
	parallel(t)
	for _, s := range surfaces()[:2] {
		t.Run(s.name, func(t *testing.T) {
			parallel(t)
			v := startJourney(t, s)
			assert.Contains(t, v.str(`document.getElementById("ct-progress-text").innerText`), "more pages before you check your answers", "the pages left are counted")

			v.typeInto("letter.date", "02/30/2026")
			v.click("ct-continue")
			v.wait(`document.getElementById("ct-error-summary")`, "the error summary")
			summary := v.str(`document.getElementById("ct-error-summary").innerText`)
			assert.Contains(t, summary, "the date on the letter", "names the field")
			assert.Contains(t, summary, "9/14/2026", "says what to type")
			assert.Contains(t, summary, "not a day on the calendar")
			assert.Equal(t, "letter.date", v.page(), "the page does not move on")
			assert.Equal(t, "02/30/2026", v.str(`document.getElementById("letter-date").value`), "what was typed is kept")
			assert.Equal(t, "true", v.str(`document.getElementById("letter-date").getAttribute("aria-invalid")`))
			assert.Contains(t, v.str(`document.getElementById("letter-date").getAttribute("aria-describedby")`), "letter-date-error")

			v.typeInto("letter.date", "September 14, 2026")
			v.typeInto("letter.received", "9/18/2026")
			v.wait(`/September/.test(document.getElementById("letter-received-understood").innerText)`, "the date said back")
			assert.Contains(t, v.str(`document.getElementById("letter-received-understood").innerText`), "September 18, 2026")
			v.click("ct-continue")
			v.waitPage("letter.response_deadline")
			v.click("ct-back")
			v.waitPage("letter.date")
			assert.Equal(t, "September 14, 2026", v.str(`document.getElementById("letter-date").value`), "shown as typed")
		})
	}
}

// TestJourneyChangeReturnsToCheck: "Change" on Check your answers, then
// Continue, lands back on Check your answers, through any questions the
// change opens and no others.
func TestJourneyChangeReturnsToCheck(t *testing.T) {
	parallel(t)
	for _, s := range surfaces()[:2] {
		t.Run(s.name, func(t *testing.T) {
			parallel(t)
			// Answered up to Check your answers already, as a reload finds it.
			v := openSaved(t, s, `{"answers":{"letter":{"date":"2026-10-01"},"terms":{"arbitration_clause":"no"}},"page":"check"}`)
			v.waitPage("check")

			v.click("change-letter-date")
			v.waitPage("letter.date")
			v.typeInto("letter.date", "10/2/2026")
			v.click("ct-continue")
			v.waitPage("check")
			assert.Equal(t, "October 2, 2026", strings.TrimSpace(v.str(`document.querySelector('.ct-summary-row[data-field="letter.date"] .ct-summary-value').innerText`)))

			// A change that opens questions: they are asked, then the check page.
			v.click("change-terms-arbitration_clause")
			v.waitPage("terms.arbitration_clause")
			v.click("terms-arbitration_clause-yes")
			var pages []string
			for i := 0; i < 10 && v.page() != "check"; i++ {
				pages = append(pages, v.page())
				v.click("ct-continue")
			}
			require.Equal(t, "check", v.page(), "Continue never led back to the check page (went through %v)", pages)
			assert.Contains(t, pages, "terms.provider", "the opened questions are asked")
			for _, p := range pages {
				assert.True(t, p == "terms.arbitration_clause" || p == "terms.provider" || p == "terms.rules" || p == "terms.class_waiver" ||
					p == "terms.mass_arbitration_provision" || p == "terms.pre_dispute_notice" || p == "terms.assent" ||
					p == "terms.claimant_account", "a page the change did not open: %s", p)
			}
			assert.Contains(t, v.str(`document.querySelector('.ct-summary-row[data-field="terms.provider"]').innerText`), "Which arbitration provider")
		})
	}
}

// TestJourneyBackForward: the browser's Back and Forward move between the
// checker's pages, and never leave it.
func TestJourneyBackForward(t *testing.T) {
	parallel(t)
	for _, s := range surfaces() {
		t.Run(s.name, func(t *testing.T) {
			parallel(t)
			v := startJourney(t, s)
			top := &view{t: t, ctx: v.ctx} // the tab's own page: the embed's host, or the app itself
			hostURL := top.str(`location.href`)
			v.typeInto("letter.date", "2026-10-01")
			v.click("ct-continue")
			v.waitPage("letter.response_deadline")
			v.click("ct-continue")
			v.waitPage("letter.firm")

			top.eval(`history.back(); true`, nil)
			v.waitPage("letter.response_deadline")
			top.eval(`history.back(); true`, nil)
			v.waitPage("letter.date")
			assert.Equal(t, "2026-10-01", v.str(`document.getElementById("letter-date").value`), "what was typed is still there")
			top.eval(`history.forward(); true`, nil)
			v.waitPage("letter.response_deadline")
			top.eval(`history.back(); true`, nil)
			v.waitPage("letter.date")
			top.eval(`history.back(); true`, nil)
			v.waitPage("start")
			assert.Equal(t, hostURL, top.str(`location.href`), "still on the same page: Back stayed in the checker")
			top.eval(`history.forward(); true`, nil)
			v.waitPage("letter.date")
		})
	}
}

// TestJourneyResumeAfterLoad: "I don't know" on typed questions travels in
// the answers file, and loading the file goes to the first page still to
// answer, as "Continue where you left off" does.
func TestJourneyResumeAfterLoad(t *testing.T) {
	parallel(t)
	for _, s := range surfaces()[:2] {
		t.Run(s.name, func(t *testing.T) {
			parallel(t)
			v := startJourney(t, s)
			dir := downloadDir(t, v.ctx)
			v.typeInto("letter.date", "2026-10-01")
			v.click("ct-continue")
			v.waitPage("letter.response_deadline")
			v.click("letter-response_deadline-unknown")
			v.click("letter-response_days-unknown")
			v.click("ct-continue")
			v.waitPage("letter.firm")
			v.click("ct-export")
			file := waitForDownloads(t, dir, 1)[0]
			b, err := os.ReadFile(file)
			require.NoError(t, err)
			assert.Contains(t, string(b), `"letter.response_deadline"`, "I don't know is in the file")

			v.click("ct-forget")
			v.click("ct-forget-yes")
			v.waitPage("start")
			v.click("ct-start")
			v.waitPage("letter.date")
			require.NoError(t, chromedp.Do(v.ctx, chromedp.SetUploadFiles(`#ct-import`, []string{file}, chromedp.NodeReady)))
			v.wait(`/loaded from/i.test((document.getElementById("ct-message") || {}).innerText || "")`, "the import's confirmation")
			v.waitPage("letter.firm")
			v.click("ct-back")
			v.waitPage("letter.response_deadline")
			assert.True(t, v.truth(`document.getElementById("letter-response_deadline-unknown").checked`), "I don't know came back from the file")
			assert.True(t, v.truth(`document.getElementById("letter-response_days-unknown").checked`))

			// After a reload, "Continue where you left off" goes to the same page.
			v.reload()
			v.driver()
			v.click("ct-back") // whichever page the reload shows, go back towards the start
			for i := 0; i < 5 && v.page() != "start"; i++ {
				v.click("ct-back")
			}
			v.waitPage("start")
			assert.Equal(t, "Continue where you left off", strings.TrimSpace(v.str(`document.getElementById("ct-start").innerText`)))
			v.click("ct-start")
			v.waitPage("letter.firm")
		})
	}
}

// TestJourneyConflictKept: a document that reads differently from an answer
// the user gave shows both, and the user's answer stays unless they tick the
// document's. A picture renamed .pdf gets a message in plain words.
func TestJourneyConflictKept(t *testing.T) {
	parallel(t)
	for _, s := range surfaces()[:2] {
		t.Run(s.name, func(t *testing.T) {
			parallel(t)
			v := startJourney(t, s)
			v.typeInto("letter.date", "1/10/2027")
			upload(t, v, "letter", letterPDF)
			rows := review(t, v, "letter")
			row := rows["letter.date"]
			assert.Contains(t, row.Text, "You said January 10, 2027")
			assert.Contains(t, row.Text, "the letter reads January 5, 2027")
			assert.False(t, row.Checked, "the document's value is not ticked over the user's answer")
			assert.True(t, rows["letter.firm"].Checked, "a value the user did not give is ticked")
			if time.Now().Before(time.Date(2027, 1, 5, 0, 0, 0, 0, time.UTC)) {
				assert.Contains(t, v.str(`document.querySelector("#ct-read-letter .ct-review").innerText`), "after today", "a letter dated in the future is flagged")
			}
			confirm(t, v, "letter")
			assert.Equal(t, "1/10/2027", v.str(`document.getElementById("letter-date").value`), "the user's answer stayed")
			v.advanceOne()
			assert.Equal(t, "Ashgrove Litigation Partners LLP", v.str(`document.getElementById("letter-firm").value`), "the other values were used")

			// A photo renamed .pdf.
			for i := 0; i < 5 && v.page() != "letter.date"; i++ {
				v.click("ct-back")
			}
			v.waitPage("letter.date")
			pic := filepath.Join(t.TempDir(), "letter-photo.pdf")
			require.NoError(t, os.WriteFile(pic, append([]byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00"), make([]byte, 2048)...), 0o600))
			upload(t, v, "letter", pic)
			v.wait(`(document.querySelector("#ct-read-letter .ct-error-message") || {innerText: ""}).innerText.includes("letter-photo.pdf")`, "the message about the photo")
			msg := v.str(`document.querySelector("#ct-read-letter .ct-error-message").innerText`)
			assert.Equal(t, "letter-photo.pdf looks like a picture, not a text PDF. Paste its text instead, or type the answers.", msg)
		})
	}
}

// advanceOne presses Continue until the page changes (the letter's first
// pages hold only dates).
func (v *view) advanceOne() {
	v.t.Helper()
	from := v.page()
	v.click("ct-continue")
	v.wait(fmt.Sprintf(`window.__e2e.page() !== %q`, from), "the next page")
	for i := 0; i < 5 && !v.truth(`document.getElementById("letter-firm")`); i++ {
		v.click("ct-continue")
	}
}

// TestJourneyForgetAsks: "Forget everything" says what it deletes and asks
// first; the start page offers no tools before there is anything to keep.
func TestJourneyForgetAsks(t *testing.T) {
	parallel(t)
	for _, s := range surfaces()[:2] {
		t.Run(s.name, func(t *testing.T) {
			parallel(t)
			v := newView(t, longTab(t), s.frame)
			v.navigate(s.url())
			v.driver()
			for _, id := range []string{"ct-export", "ct-import", "ct-forget"} {
				assert.False(t, v.truth(fmt.Sprintf(`document.getElementById(%q)`, id)), "#%s on an empty start page", id)
			}
			v.click("ct-start")
			v.waitPage("letter.date")
			v.typeInto("letter.date", "2026-10-01")
			v.typeInto("letter.received", "2026-10-05")

			v.click("ct-forget")
			v.wait(`document.getElementById("ct-forget-confirm")`, "the question")
			ask := v.str(`document.getElementById("ct-forget-confirm").innerText`)
			assert.Contains(t, ask, "2 answers")
			assert.Contains(t, ask, "cannot be undone")
			v.click("ct-forget-cancel")
			assert.False(t, v.truth(`document.getElementById("ct-forget-confirm")`))
			assert.Equal(t, "2026-10-01", v.str(`document.getElementById("letter-date").value`), "Cancel keeps everything")

			v.click("ct-forget")
			v.click("ct-forget-yes")
			v.waitPage("start")
			assert.Contains(t, v.str(`document.getElementById("ct-message").innerText`), "forgotten")
			assert.False(t, v.truth(`document.getElementById("ct-forget")`), "nothing left to forget")
			v.click("ct-start")
			v.waitPage("letter.date")
			assert.Empty(t, v.str(`document.getElementById("letter-date").value`))
		})
	}
}
