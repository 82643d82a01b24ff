package engines

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// engines are the browsers the smoke suite runs in, besides Chromium.
var engines = map[string]func(testing.TB) page{
	"firefox": startFirefox,
	"webkit":  startWebKit,
}

// smokeAnswers is one whole matter: a Meta Pixel letter with a stated
// deadline, no banner, browsewrap terms with an AAA clause.
var smokeAnswers = map[string]any{
	"letter.date":              "2026-10-01",
	"letter.received":          "2026-10-05",
	"letter.response_deadline": "2026-12-15",
	"letter.claimants":         "1",
	"letter.statutes":          []string{"631", "637.2"},
	"letter.technologies":      []string{"meta_pixel"},
	"letter.forum":             "aaa",
	"site.trackers":            []string{"meta_pixel"},
	"site.consent_banner":      "none",
	"terms.arbitration_clause": "yes",
	"terms.provider":           "aaa",
	"terms.assent":             "browsewrap",
	"business.model":           "b2c",
}

func driverJS(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "driver.js"))
	if err != nil {
		t.Fatal(err)
	}
	return "(() => {\n" + string(b) + "\nreturn true; })()"
}

// TestSmoke runs in each engine, on the static site and the single file:
// the start page, a typed date, the questionnaire to its results, the
// heading-to-hint spacing, and a letter file read, with no console error.
func TestSmoke(t *testing.T) {
	for _, engine := range []string{"firefox", "webkit"} {
		t.Run(engine, func(t *testing.T) {
			p := engines[engine](t)
			d := driven{t: t, p: p}
			for _, surf := range []string{"site", "single-file"} {
				t.Run(surf, func(t *testing.T) {
					d := driven{t: t, p: d.p}
					// open shows the build afresh: answers the app kept from
					// an earlier run in this browser are cleared first.
					open := func() {
						t.Helper()
						for i := 0; i < 2; i++ {
							if err := p.navigate(surfaces()[surf]); err != nil {
								t.Fatalf("opening %s: %v", surf, err)
							}
							d.wait(`window.cipaTriage && window.cipaTriage.ready`, "the app to be ready")
							if i == 0 {
								d.eval(`(sessionStorage.clear(), localStorage.clear(), true)`, nil)
							}
						}
						d.eval(driverJS(t), nil)
					}
					open()
					if h := d.str(`(document.querySelector("#cipa-triage h1") || {innerText: ""}).innerText`); strings.TrimSpace(h) == "" {
						t.Fatal("the start page has no heading")
					}
					d.wait(`document.getElementById("ct-start")`, "the start button")

					// Start, then type the letter's date on the first page.
					d.eval(`window.__e2e.step({})`, nil)
					d.wait(`document.getElementById("letter-date")`, "the first question")
					// An empty date is shown as empty and said to be so, never
					// as today (Safari greys today's date into an empty picker).
					if v := d.str(`document.getElementById("letter-date").value`); v != "" {
						t.Fatalf("the empty date box shows %q", v)
					}
					if u := d.str(`(document.getElementById("letter-date-understood") || {innerText: ""}).innerText`); !strings.Contains(u, "Not filled in") {
						t.Errorf("an empty date box does not say it is not filled in (it says %q)", u)
					}
					d.eval(`window.__e2e.set("letter.date", "2026-10-01")`, nil)
					if got := d.str(`document.getElementById("letter-date").value`); got == "" {
						t.Fatal("the typed date did not stay in its box")
					}
					d.wait(`(document.getElementById("letter-date-understood") || {innerText: ""}).innerText.includes("2026")`, "the date read back")

					// Walk to the results, measuring the legend-to-hint gap on the way.
					var gaps []float64
					for i := 0; i < 40; i++ {
						var gap *float64
						d.eval(`window.__e2e.legendHintGap()`, &gap)
						if gap != nil {
							gaps = append(gaps, *gap)
						}
						var st struct {
							Page  string `json:"page"`
							Done  bool   `json:"done"`
							Error string `json:"error"`
						}
						d.eval(`window.__e2e.step(`+mustJSON(smokeAnswers)+`)`, &st)
						if st.Error != "" {
							t.Fatalf("page %s: %s", st.Page, st.Error)
						}
						if st.Done {
							break
						}
					}
					d.wait(`document.getElementById("deadline")`, "the results")
					if got := d.str(`document.getElementById("deadline").dataset.deadline`); got != "2026-12-15" {
						t.Errorf("the results give the deadline %q, want 2026-12-15", got)
					}
					if txt := d.str(`document.getElementById("cipa-triage").innerText`); !strings.Contains(strings.ToLower(txt), "not legal advice") {
						t.Error("the results do not say they are not legal advice")
					}
					if len(gaps) == 0 {
						t.Error("no question with a heading in its legend and a hint was seen, so the spacing was not checked")
					}
					for _, g := range gaps {
						if g < 12 {
							t.Errorf("a question heading sits %.1f px above its hint, want at least 12", g)
						}
					}

					// A letter file, dropped onto the letter's drop zone.
					open()
					d.eval(`window.__e2e.step({})`, nil)
					d.wait(`document.querySelector("#ct-read-letter .ct-drop-area")`, "the letter's drop zone")
					letterPath, err := filepath.Abs(filepath.Join("..", "..", "core", "letter", "testdata", "01-harborline-meta-aaa.txt"))
					if err != nil {
						t.Fatal(err)
					}
					if fs, ok := p.(fileSetter); ok {
						// Chosen through the file input, as with the file dialog.
						if err := fs.setFile("#ct-file-letter", letterPath); err != nil {
							t.Fatalf("choosing the letter file: %v", err)
						}
					} else {
						// Dropped onto the drop zone, as a file dragged from the desktop.
						letter, err := os.ReadFile(letterPath)
						if err != nil {
							t.Fatal(err)
						}
						d.eval(fmt.Sprintf(`(() => {
						const dt = new DataTransfer();
						dt.items.add(new File([%s], "letter.txt", {type: "text/plain"}));
						document.querySelector("#ct-read-letter .ct-drop-area").dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
						return true })()`, mustJSON(string(letter))), nil)
					}
					d.wait(`document.querySelector("#ct-read-letter li.ct-found, #ct-read-letter .ct-error-message")`, "the letter's review")
					if msg := d.str(`(document.querySelector("#ct-read-letter .ct-error-message") || {innerText: ""}).innerText`); msg != "" {
						t.Fatalf("the letter was refused: %s", msg)
					}
					if review := d.str(`document.getElementById("ct-read-letter").innerText`); !strings.Contains(review, "HARBORLINE LEGAL GROUP LLP") {
						t.Errorf("the review does not show the sending firm: %s", review)
					}

					// Two recordings compared in the readers' worker: in
					// WebKit's single file the page hands the worker the
					// files' bytes (web/readers.js).
					for i := 0; i < 30 && d.str(`!!document.getElementById("ct-compare-file-2")`) != "true"; i++ {
						d.eval(`window.__e2e.step({})`, nil)
					}
					d.wait(`document.getElementById("ct-compare-file-2")`, "the comparison's file inputs")
					dir := filepath.Join("..", "..", "core", "har", "testdata", "recorded")
					pair := []string{"pair-honored-reject.har", "pair-honored-accept.har"}
					if fs, ok := p.(fileSetter); ok {
						for i, name := range pair {
							abs, err := filepath.Abs(filepath.Join(dir, name))
							if err != nil {
								t.Fatal(err)
							}
							if err := fs.setFile(fmt.Sprintf("#ct-compare-file-%d", i+1), abs); err != nil {
								t.Fatalf("choosing %s: %v", name, err)
							}
						}
					} else {
						var adds strings.Builder
						for _, name := range pair {
							b, err := os.ReadFile(filepath.Join(dir, name))
							if err != nil {
								t.Fatal(err)
							}
							fmt.Fprintf(&adds, "dt.items.add(new File([%s], %q, {type: \"application/json\"}));\n", mustJSON(string(b)), name)
						}
						d.eval(`(() => { const dt = new DataTransfer();
						`+adds.String()+`
						document.querySelector('#ct-compare .ct-drop-area[data-slot="1"]').dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
						return true })()`, nil)
					}
					d.wait(`document.querySelector("#ct-compare-result, #ct-compare .ct-error-message")`, "the comparison")
					if msg := d.str(`(document.querySelector("#ct-compare .ct-error-message") || {innerText: ""}).innerText`); msg != "" {
						t.Fatalf("the comparison failed: %s", msg)
					}
					if got := d.str(`document.querySelectorAll('#ct-compare-result li[data-outcome="honored"]').length`); got != "2" {
						t.Errorf("%s verdicts say Reject all was honored, want 2: %s", got, d.str(`document.getElementById("ct-compare-result").innerText`))
					}
					if errs := p.consoleErrors(); len(errs) > 0 {
						t.Errorf("console errors in %s: %q", engine, errs)
					}
				})
			}
		})
	}
}

// fileSetter is a driver that can choose a file on a file input (WebKit's:
// a File made in a file:// page by a synthetic drop cannot be read there).
type fileSetter interface {
	setFile(css, path string) error
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}
