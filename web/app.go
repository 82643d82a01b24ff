package web

import (
	"encoding/json"
	"fmt"
	"github.com/cipa-triage/cipa-triage/web/model"
	"io"
	"strings"
	"time"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/intake/catalog"
	"github.com/cipa-triage/cipa-triage/core/report"
	"github.com/hexops/vecty"
)

// HeadingID is the id of every page's main heading; focus moves there on
// each page change so screen readers announce the new page.
const HeadingID = "ct-heading"

// ErrorSummaryID is the id of the error summary, focused when it appears.
const ErrorSummaryID = "ct-error-summary"

// MaxImportBytes bounds an imported answers file: real ones are a few KB.
const MaxImportBytes = 1 << 20

// App is the whole checker: the state and the root component.
type App struct {
	vecty.Core

	host     Host
	cfg      model.Config
	form     *model.Form
	remember bool
	now      func() time.Time

	problems core.Problems // on the current page, shown at the top
	message  string        // a note after an action (import done, storage refused)
	alert    bool          // message is a problem
	reads    map[string]*readState
	mounted  bool // vecty forbids Rerender before the first render
}

// Mount is called by vecty once the app is on the page.
func (a *App) Mount() { a.mounted = true }

// Options are what the wasm entry knows at start.
type Options struct {
	Host     Host
	Config   model.Config
	Saved    []byte // the stored form, if any
	Remember bool   // the form came from localStorage
	Now      func() time.Time
}

// New builds the app. A stored form that no longer reads is not lost
// silently: the page says so and starts empty.
func New(o Options) *App {
	a := &App{host: o.Host, cfg: o.Config, remember: o.Remember, now: o.Now, reads: map[string]*readState{}}
	if a.now == nil {
		a.now = time.Now
	}
	f, err := model.LoadForm(o.Saved)
	if err != nil {
		a.say(true, "Your saved answers could not be read ("+err.Error()+"); starting afresh.")
		f = model.NewForm()
	}
	a.form = f
	return a
}

// model.Form exposes the form (for tests and the JavaScript API).
func (a *App) Form() *model.Form { return a.form }

func (a *App) say(alert bool, msg string) { a.message, a.alert = msg, alert }

func (a *App) rerender() {
	if a.mounted {
		vecty.Rerender(a)
	}
}

// save stores the form; a refusal (private mode, quota) is told, not hidden.
func (a *App) save() {
	if a.host == nil {
		return
	}
	if err := a.host.Store(a.form.Save(), a.remember); err != nil {
		a.say(true, "Your answers could not be kept in this browser ("+err.Error()+"). Use \"Save answers to a file\" to keep them.")
	}
}

// Assessment is the triage of the current answers as of today.
func (a *App) Assessment() (core.Assessment, core.Problems) {
	ans, probs := a.form.Answers()
	if len(probs) > 0 {
		return core.Assessment{}, probs
	}
	return model.SafeAssess(ans, core.DateOf(a.now()))
}

// GoTo shows the page with id.
func (a *App) GoTo(id string) {
	a.problems = nil
	a.form.Page = id
	a.save()
	a.rerender()
	if a.host != nil {
		a.host.Focus(HeadingID)
	}
}

// Continue checks the page's answers and moves on, or shows what is wrong.
func (a *App) Continue() {
	pages := model.Flow(a.form)
	i := model.IndexOf(pages, a.form.Page)
	if probs := model.PageProblems(a.form, pages[i]); len(probs) > 0 {
		a.problems = probs
		a.rerender()
		if a.host != nil {
			a.host.Focus(ErrorSummaryID)
		}
		return
	}
	a.message = ""
	if i+1 < len(pages) {
		a.GoTo(pages[i+1].ID)
	}
}

// Back returns to the previous page, keeping everything typed.
func (a *App) Back() {
	pages := model.Flow(a.form)
	i := model.IndexOf(pages, a.form.Page)
	a.message = ""
	if i > 0 {
		a.GoTo(pages[i-1].ID)
	}
}

// SetRemember moves the saved answers between sessionStorage and localStorage.
func (a *App) SetRemember(on bool) {
	a.remember = on
	a.save()
	if a.message == "" || !a.alert {
		if on {
			a.say(false, "Your answers will be remembered on this device until you choose \"Forget everything\".")
		} else {
			a.say(false, "Your answers are kept only until this browser tab is closed.")
		}
	}
	a.rerender()
}

// ForgetEverything clears the answers and both storages.
func (a *App) ForgetEverything() {
	a.form = model.NewForm()
	for _, st := range a.reads {
		if st.cancel != nil {
			st.cancel()
		}
	}
	a.reads = map[string]*readState{}
	a.remember = false
	a.problems = nil
	if a.host != nil {
		if err := a.host.Forget(); err != nil {
			a.say(true, "The browser refused to clear its storage: "+err.Error())
		} else {
			a.say(false, "Everything you entered has been forgotten on this device.")
		}
	}
	a.form.Page = "start"
	a.rerender()
	if a.host != nil {
		a.host.Focus(HeadingID)
	}
}

// ExportAnswers offers the answers document as a JSON file.
func (a *App) ExportAnswers() {
	a.download("cipa-triage-answers.json", "application/json", a.form.Document())
}

// ImportAnswers replaces the answers with a file's, if it validates; if not,
// it lists the problems and keeps the current answers.
func (a *App) ImportAnswers(name string, data []byte) {
	if err := a.form.SetDocument(data); err != nil {
		var probs core.Problems
		if p, ok := err.(core.Problems); ok {
			probs = p
		} else {
			probs = core.Problems{{Field: "(document)", Message: err.Error()}}
		}
		a.problems = append(core.Problems{{Field: "(import)", Message: name + " was not loaded; your answers are unchanged."}}, probs...)
		a.message = ""
	} else {
		a.problems = nil
		a.form.DontKnow = map[string]bool{}
		a.say(false, "Answers loaded from "+name+".")
		a.save()
	}
	a.rerender()
	if a.host != nil {
		if len(a.problems) > 0 {
			a.host.Focus(ErrorSummaryID)
		} else {
			a.host.Focus("ct-message")
		}
	}
}

func (a *App) importFrom(e *vecty.Event) {
	if a.host == nil {
		return
	}
	err := a.host.OpenFile(e, func(src core.Source) {
		data, err := io.ReadAll(io.LimitReader(src.R, MaxImportBytes+1))
		switch {
		case err != nil:
			a.problems = core.Problems{{Field: "(import)", Message: "Could not read " + src.Name + ": " + err.Error()}}
			a.rerender()
		case len(data) > MaxImportBytes:
			a.problems = core.Problems{{Field: "(import)", Message: src.Name + " is larger than 1 MB, so it is not an answers file from this checker; nothing was changed."}}
			a.rerender()
		default:
			a.ImportAnswers(src.Name, data)
		}
	})
	if err != nil {
		a.say(true, err.Error())
		a.rerender()
	}
}

// DownloadMarkdown and DownloadJSON offer the results.
func (a *App) DownloadMarkdown() {
	as, probs := a.Assessment()
	if len(probs) > 0 {
		a.problems = probs
		a.rerender()
		return
	}
	a.download("cipa-triage-report.md", "text/markdown", []byte(report.Markdown(as)))
}

func (a *App) DownloadJSON() {
	as, probs := a.Assessment()
	if len(probs) > 0 {
		a.problems = probs
		a.rerender()
		return
	}
	data, err := json.MarshalIndent(as, "", "  ")
	if err != nil {
		a.say(true, "The results could not be written: "+err.Error())
		a.rerender()
		return
	}
	a.download("cipa-triage-results.json", "application/json", data)
}

func (a *App) download(name, mime string, data []byte) {
	if a.host == nil {
		return
	}
	if err := a.host.Download(name, mime, data); err != nil {
		a.say(true, "The browser refused the download: "+err.Error())
		a.rerender()
	}
}

func (a *App) print() {
	if a.host == nil {
		return
	}
	if err := a.host.Print(); err != nil {
		a.say(true, "The print dialog could not be opened: "+err.Error())
		a.rerender()
	}
}

// readState is one reader's last read, waiting for the user to confirm.
type readState struct {
	File     string
	Busy     bool
	Progress ReadProgress
	cancel   func()
	Err      string
	Result   *core.Result
	Found    map[string]any
	Fields   []string
	Selected map[string]bool
	Applied  []string
	Paste    string
}

func (a *App) read(r core.ReaderInfo) *readState {
	st := a.reads[r.Name]
	if st == nil {
		st = &readState{}
		a.reads[r.Name] = st
	}
	return st
}

// startRead hands the file an event carries (or, with no event, the pasted
// text) to the readers and shows its progress until the result comes back.
func (a *App) startRead(r core.ReaderInfo, e *vecty.Event) {
	st := a.read(r)
	if st.cancel != nil {
		st.cancel()
	}
	*st = readState{Paste: st.Paste, Busy: true, Progress: ReadProgress{Size: -1}}
	known, _ := a.form.Answers()
	req := ReadRequest{Reader: r.Name, Event: e, Known: known,
		Progress: func(p ReadProgress) {
			st.Progress = p
			a.rerender()
		},
	}
	if e == nil {
		req.Name, req.Text = pastedName, st.Paste
	}
	req.Done = func(res core.Result, err error) {
		if a.reads[r.Name] != st || !st.Busy {
			return // forgotten or cancelled meanwhile
		}
		a.finishRead(r, st, res, err)
	}
	name, cancel, err := a.host.Read(req)
	if err != nil {
		st.Busy, st.Err = false, err.Error()
	}
	st.File, st.cancel = name, cancel
	a.rerender()
}

// CancelRead stops a read in progress; the answers are untouched.
func (a *App) CancelRead(r core.ReaderInfo) {
	st := a.read(r)
	if st.cancel != nil {
		st.cancel()
	}
	*st = readState{Paste: st.Paste}
	a.say(false, "Reading was cancelled; your answers are unchanged.")
	a.rerender()
	if a.host != nil {
		a.host.Focus("ct-read-" + r.Name)
	}
}

// finishRead holds a reader's result for confirmation, or shows its error.
func (a *App) finishRead(r core.ReaderInfo, st *readState, res core.Result, err error) {
	st.Busy, st.cancel = false, nil
	if err != nil {
		st.Err = fmt.Sprintf("Could not read %s: %v", fileLabel(st.File), err)
		a.rerender()
		if a.host != nil {
			a.host.Focus("ct-read-" + r.Name)
		}
		return
	}
	st.Result = &res
	found, err := model.Flatten(res.Answers)
	if err != nil {
		st.Err = "The reader's findings could not be shown: " + err.Error()
	}
	st.Found = found
	st.Fields = model.SortedFields(found)
	st.Selected = map[string]bool{}
	for _, f := range st.Fields {
		st.Selected[f] = true
	}
	a.rerender()
	if a.host != nil {
		a.host.Focus("ct-read-" + r.Name)
	}
}

// ApplyRead merges the chosen fields of a reader's result into the answers.
func (a *App) ApplyRead(r core.ReaderInfo, all bool) {
	st := a.read(r)
	if st.Result == nil {
		return
	}
	var fields []string
	for _, f := range st.Fields {
		if all || st.Selected[f] {
			fields = append(fields, f)
		}
	}
	if len(fields) == 0 {
		st.Err = "Tick at least one answer to use, or choose \"Use all\"."
		a.rerender()
		return
	}
	if err := a.form.MergeFields(st.Result.Answers, fields); err != nil {
		st.Err = "These answers could not be used: " + err.Error()
		a.rerender()
		return
	}
	st.Applied = fields
	st.Result, st.Found, st.Fields, st.Selected = nil, nil, nil, nil
	a.save()
	a.rerender()
	if a.host != nil {
		a.host.Focus("ct-read-" + r.Name)
	}
}

// readersFor lists the drop zones of a section from the readers'
// catalogue, never by name: the readers themselves load later, in a worker.
func readersFor(section string) []core.ReaderInfo { return catalog.ForSection(section) }

func takesText(r core.ReaderInfo) bool { return accepts(r, ".txt") }
func takesHAR(r core.ReaderInfo) bool  { return accepts(r, ".har") }
func accepts(r core.ReaderInfo, ext string) bool {
	for _, e := range r.Accepts {
		if strings.EqualFold(e, ext) {
			return true
		}
	}
	return false
}

// business names the business for the mail subject.
func (a *App) business() string {
	if s, ok := a.form.Get("letter.business").(string); ok && s != "" {
		return s
	}
	if s, ok := a.form.Get("letter.website").(string); ok {
		return s
	}
	return ""
}
