package e2e

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/web/model"
)

// The documents a user drops in: real fixtures of the readers' own tests.
var (
	letterPDF   = filepath.Join("..", "core", "letter", "testdata", "14-ashgrove-stacked.pdf")
	letterWant  = filepath.Join("..", "core", "letter", "testdata", "14-ashgrove-stacked.json")
	metaHAR     = filepath.Join("..", "core", "har", "testdata", "recorded", "meta.har")
	termsHTML   = filepath.Join("..", "core", "terms", "testdata", "docs", "t13_wayfarer_saved_page.html")
	policyText  = filepath.Join("..", "core", "policy", "testdata", "docs", "p01_meta_pixel_named.txt")
	readTimeout = "the reader's findings"
)

// TestIntake drops real documents into the page through its own file inputs
// and paste box, checks that every prefilled value is shown with the words it
// came from before it is used, that confirmed values become answers the
// results use, that a corrupt file is refused without losing answers, and
// that nothing leaves the page meanwhile.
func TestIntake(t *testing.T) {
	parallel(t)
	for _, surf := range surfaces()[:2] { // the site and the single file; the embed is the site in a frame
		t.Run(surf.name, func(t *testing.T) {
			parallel(t)
			ctx := tab(t)
			reqs := record(t, ctx)
			v := newView(t, ctx, false)
			v.navigate(surf.url())
			v.driver()
			v.eval(`window.__e2e.step({})`, nil) // "Start now"
			v.wait(`document.getElementById("ct-file-letter")`, "the letter's drop zone")

			intakeLetter(t, v)
			intakeCorrupt(t, v)
			advance(t, v, "site")
			intakeHAR(t, v)
			intakePolicy(t, v)
			advance(t, v, "terms")
			intakeTerms(t, v)

			// "Check your answers" lists what the documents gave, merged
			// with one another.
			advance(t, v, "check")
			for field, want := range map[string]string{
				"letter.firm":                "Ashgrove Litigation Partners LLP",
				"letter.response_deadline":   display("letter.response_deadline", "2027-02-02"),
				"site.trackers":              display("site.trackers", []any{"meta_pixel"}),
				"site.policy_names_trackers": display("site.policy_names_trackers", "yes"),
				"terms.provider":             display("terms.provider", "aaa"),
				"terms.class_waiver":         display("terms.class_waiver", "yes"),
			} {
				got := v.str(fmt.Sprintf(`(document.querySelector('.ct-summary-row[data-field="%s"] .ct-summary-value') || {}).innerText || ""`, field))
				assert.Equal(t, want, strings.TrimSpace(got), "check your answers: %s", field)
			}

			// The results use what the documents gave: the letter's own
			// response deadline.
			fill(t, v, map[string]any{}, 0)
			var r results
			v.eval(`window.__e2e.results()`, &r)
			assert.Equal(t, "2027-02-02", r.Deadline, "the results show the deadline the letter gives")

			origin := siteURL
			if strings.HasPrefix(surf.url(), "file:") {
				origin = "file://"
			}
			require.NotEmpty(t, reqs.list(), "the recorder saw the page load")
			assert.Empty(t, reqs.outside(origin), "requests that left the page's origin")
		})
	}
}

// upload puts a file in a drop zone's input, as choosing it would.
func upload(t *testing.T, v *view, reader, file string) {
	t.Helper()
	abs, err := filepath.Abs(file)
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(v.ctx, chromedp.SetUploadFiles(chromedp.CSS("#ct-file-"+reader), []string{abs})))
}

// found is one row of a drop zone's review, as the page shows it.
type found struct {
	Field, Text string
	Quotes      []string
	Absence     string // why a value found by absence has no quote
	Checked     bool
}

// review waits for a reader's review and returns its rows by field.
func review(t *testing.T, v *view, reader string) map[string]found {
	t.Helper()
	zone := fmt.Sprintf(`document.getElementById("ct-read-%s")`, reader)
	v.wait(zone+`.querySelector("li.ct-found, .ct-error-message")`, readTimeout+" from "+reader)
	require.False(t, v.truth(zone+`.querySelector(".ct-error-message")`), "the %s reader failed: %s", reader, v.str(zone+`.innerText`))
	var rows []found
	v.eval(zone+`.querySelectorAll("li.ct-found").length >= 0 && Array.from(`+zone+`.querySelectorAll("li.ct-found")).map(li => ({
		field: li.dataset.field,
		text: li.innerText,
		quotes: Array.from(li.querySelectorAll(".ct-quote")).map(q => q.innerText),
		absence: Array.from(li.querySelectorAll(".ct-absence")).map(p => p.innerText).join(" "),
		checked: !!(li.querySelector("input[type=checkbox]") || {}).checked,
	}))`, &rows)
	out := map[string]found{}
	for _, r := range rows {
		out[r.Field] = r
	}
	return out
}

// confirm presses "Use all" and waits for the zone to say the answers are in.
func confirm(t *testing.T, v *view, reader string) {
	t.Helper()
	v.eval(fmt.Sprintf(`document.getElementById("ct-use-all-%s").click()`, reader), nil)
	v.wait(fmt.Sprintf(`document.querySelector("#ct-read-%s .ct-done")`, reader), "the "+reader+" answers to be used")
}

// advance answers nothing more and presses Continue until the section's
// first page, or the page with that id ("check").
func advance(t *testing.T, v *view, section string) {
	t.Helper()
	for i := 0; i < 40; i++ {
		if p := v.str(`window.__e2e.page()`); strings.HasPrefix(p, section+".") || p == section {
			return
		}
		var st struct{ Page, Error string }
		v.eval(`window.__e2e.step({})`, &st)
		require.Empty(t, st.Error, "on the way to the %s section, page %q refused to continue", section, st.Page)
	}
	t.Fatalf("never reached the %s section", section)
}

func intakeLetter(t *testing.T, v *view) {
	t.Helper()
	var want struct{ Letter map[string]any }
	b, err := os.ReadFile(letterWant)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &want))
	var ans core.Answers
	require.NoError(t, json.Unmarshal(b, &ans))
	flat, err := model.Flatten(ans)
	require.NoError(t, err)

	upload(t, v, "letter", letterPDF)
	rows := review(t, v, "letter")
	for field, value := range flat {
		t.Run(field, func(t *testing.T) {
			row, ok := rows[field]
			require.True(t, ok, "the review does not show %s (it shows %v)", field, keys(rows))
			q := core.QuestionFor(field)
			require.NotNil(t, q)
			assert.Contains(t, row.Text, model.DisplayValue(*q, value), "the value shown for confirmation")
			assert.True(t, row.Checked, "ticked to be used")
			require.NotEmpty(t, row.Quotes, "no evidence quoted for %s", field)
			for _, quote := range row.Quotes {
				assert.NotEqual(t, "“”", strings.TrimSpace(strings.SplitN(quote, "\n", 2)[0]), "an empty quote")
			}
		})
	}
	// The quotes are the letter's own words.
	assert.Contains(t, strings.Join(rows["letter.firm"].Quotes, " "), "Ashgrove Litigation Partners LLP")
	assert.Contains(t, strings.Join(rows["letter.date"].Quotes, " "), "January 5, 2027")
	assert.Contains(t, strings.Join(rows["letter.claimant_names"].Quotes, " "), "Nadia Castellanos")
	assert.Contains(t, strings.Join(rows["letter.statutes"].Quotes, " "), "638.51")
	assert.Contains(t, strings.Join(rows["letter.response_deadline"].Quotes, " "), "2027")

	confirm(t, v, "letter")
	assert.Equal(t, "2027-01-05", v.str(`document.getElementById("letter-date").value`), "the letter's date is now the answer")
}

// intakeCorrupt gives the letter zone bytes that are not a PDF, named
// letter.pdf: chosen with the file input, then dropped on the box. Each time a
// plain message in the zone, and the answers already in stay.
func intakeCorrupt(t *testing.T, v *view) {
	t.Helper()
	junk := make([]byte, 4096)
	for i := range junk {
		junk[i] = byte(i*7919 + i/13) // arbitrary, not a PDF
	}
	dir := t.TempDir()
	ints := make([]int, len(junk)) // as numbers: a []byte would marshal as base64 text, an empty Uint8Array
	for i, b := range junk {
		ints[i] = int(b)
	}
	drop, _ := json.Marshal(ints)
	// Each under its own name, so that the second message is told from the first.
	for _, c := range []struct{ how, name string }{{"chosen", "letter.pdf"}, {"dropped", "garbled.pdf"}} {
		how, name := c.how, c.name
		t.Run(how, func(t *testing.T) {
			if how == "chosen" {
				bad := filepath.Join(dir, name)
				require.NoError(t, os.WriteFile(bad, junk, 0o600))
				upload(t, v, "letter", bad)
			} else {
				v.eval(fmt.Sprintf(`(() => {
					const dt = new DataTransfer();
					dt.items.add(new File([new Uint8Array(%s)], %q, {type: "application/pdf"}));
					document.querySelector("#ct-read-letter .ct-drop-area").dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
					return true })()`, drop, name), nil)
			}
			v.wait(fmt.Sprintf(`(document.querySelector("#ct-read-letter .ct-error-message[role=alert]") || {innerText: ""}).innerText.includes(%q)`, name), "the message naming "+name)
			msg := v.str(`document.querySelector("#ct-read-letter .ct-error-message").innerText`)
			assert.Contains(t, msg, "does not start like a PDF", "the message says what is wrong with it")
			assert.NotContains(t, msg, "panic")
			assert.Equal(t, "2027-01-05", v.str(`document.getElementById("letter-date").value`), "the answers entered before are kept")
			assert.True(t, v.truth(`window.cipaTriage.ready && document.getElementById("ct-continue")`), "the page still works")
		})
	}
}

func intakeHAR(t *testing.T, v *view) {
	t.Helper()
	v.wait(`document.getElementById("ct-file-har")`, "the HAR drop zone")
	notice := v.str(`document.getElementById("ct-read-har").innerText`)
	assert.Contains(t, notice, "cookies and tokens are never shown")

	upload(t, v, "har", metaHAR)
	rows := review(t, v, "har")
	require.Contains(t, rows, "site.trackers", "the review shows the trackers that fired")
	tr := rows["site.trackers"]
	assert.Contains(t, tr.Text, "Meta")
	quotes := strings.Join(tr.Quotes, " ")
	assert.Contains(t, quotes, "Meta (Facebook) Pixel sent data")
	assert.Contains(t, quotes, "PageView", "what the tracker sent")
	assert.Contains(t, quotes, "before any consent answer")
	// The details list the tracker and what it sent.
	details := v.str(`(document.querySelector("#ct-read-har .ct-details") || {}).textContent || ""`)
	assert.Contains(t, details, "Meta (Facebook) Pixel")
	assert.Contains(t, details, "Book appointment")

	secrets := harSecrets(t, metaHAR)
	require.NotEmpty(t, secrets, "the fixture has cookies to hide")
	confirm(t, v, "har")
	assert.True(t, v.truth(`document.getElementById("site-trackers-meta_pixel").checked`), "site.trackers is prefilled")
	// No cookie value anywhere: the page, its attributes, or its storage.
	page := v.str(`document.documentElement.outerHTML + JSON.stringify(sessionStorage) + JSON.stringify(localStorage)`)
	for _, s := range secrets {
		assert.NotContains(t, page, s, "a cookie value from the HAR is in the page")
	}
}

// harSecrets lists every cookie value in a HAR, from its cookie lists and headers.
func harSecrets(t *testing.T, file string) []string {
	t.Helper()
	var har struct {
		Log struct {
			Entries []struct {
				Request, Response struct {
					Cookies []struct{ Value string }
					Headers []struct{ Name, Value string }
				}
			}
		}
	}
	b, err := os.ReadFile(file)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &har))
	seen := map[string]bool{}
	add := func(v string) {
		v = strings.TrimSpace(v)
		if len(v) >= 6 {
			seen[v] = true
			if u, err := url.QueryUnescape(v); err == nil {
				seen[u] = true
			}
		}
	}
	for _, e := range har.Log.Entries {
		for _, m := range []struct {
			Cookies []struct{ Value string }
			Headers []struct{ Name, Value string }
		}{e.Request, e.Response} {
			for _, c := range m.Cookies {
				add(c.Value)
			}
			for _, h := range m.Headers {
				switch strings.ToLower(h.Name) {
				case "cookie", "set-cookie":
					for _, part := range strings.Split(h.Value, ";") {
						if _, val, ok := strings.Cut(part, "="); ok {
							add(val)
						}
					}
				}
			}
		}
	}
	var out []string
	for s := range seen {
		out = append(out, s)
	}
	return out
}

// intakePolicy pastes the privacy policy's text: with the Meta Pixel already
// an answer, the reader says whether the policy names it, quoting it.
func intakePolicy(t *testing.T, v *view) {
	t.Helper()
	text, err := os.ReadFile(policyText)
	require.NoError(t, err)
	js, _ := json.Marshal(string(text))
	v.eval(fmt.Sprintf(`(() => { const el = document.getElementById("ct-paste-policy");
		el.focus(); el.value = %s; el.dispatchEvent(new Event("input", {bubbles: true})); return true })()`, js), nil)
	v.eval(`document.getElementById("ct-paste-read-policy").click()`, nil)
	rows := review(t, v, "policy")
	require.Contains(t, rows, "site.policy_names_trackers", "the policy's disclosure finding")
	row := rows["site.policy_names_trackers"]
	assert.Contains(t, row.Text, "Yes")
	assert.Contains(t, strings.Join(row.Quotes, " "), "We use the Meta Pixel, a tool provided by Meta Platforms, Inc.")
	confirm(t, v, "policy")
}

// display is how the page shows a field's value.
func display(field string, value any) string {
	q := core.QuestionFor(field)
	if q == nil {
		return "no question for " + field
	}
	return model.DisplayValue(*q, value)
}

func intakeTerms(t *testing.T, v *view) {
	t.Helper()
	v.wait(`document.getElementById("ct-file-terms")`, "the terms drop zone")
	upload(t, v, "terms", termsHTML)
	rows := review(t, v, "terms")
	for _, c := range []struct{ field, value, quote string }{
		{"terms.arbitration_clause", "yes", "binding individual arbitration"},
		{"terms.provider", "aaa", "American Arbitration Association"},
		{"terms.rules", "consumer", "Consumer"},
		{"terms.class_waiver", "yes", "not as a plaintiff or class member"},
		{"terms.governing_law", "california", "laws of the State of California"},
	} {
		t.Run(c.field, func(t *testing.T) {
			row, ok := rows[c.field]
			require.True(t, ok, "the review does not show %s (it shows %v)", c.field, keys(rows))
			q := core.QuestionFor(c.field)
			require.NotNil(t, q)
			assert.Contains(t, row.Text, model.DisplayValue(*q, c.value))
			assert.Contains(t, strings.Join(row.Quotes, " "), c.quote, "the clause is quoted")
		})
	}
	// Every value has its evidence: a quote, or for what the terms lack, the
	// reason, never empty quotation marks.
	for field, row := range rows {
		for _, quote := range row.Quotes {
			assert.NotEqual(t, "“”", strings.TrimSpace(strings.SplitN(quote, "\n", 2)[0]), "an empty quote for %s", field)
		}
		assert.True(t, len(row.Quotes) > 0 || row.Absence != "", "%s has neither a quote nor a reason", field)
	}
	confirm(t, v, "terms")
	assert.True(t, v.truth(`document.getElementById("terms-arbitration_clause-yes").checked`), "the terms answers are prefilled")
}

func keys(m map[string]found) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
