package web

import (
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
	cmp      compareState // "Compare two recordings"; kept for the session only
	mounted  bool         // vecty forbids Rerender before the first render
	// fullReport picks the full report over the short one for printing
	// and the downloads.
	fullReport bool
	// forgetting is true while "Forget everything" waits for the user to confirm.
	forgetting bool
	// draftStatus says how the last draft went; draftPrint is the draft
	// being printed (HTML the app's own code wrote, escaped), shown alone in
	// print.
	draftStatus string
	draftPrint  string
}

// Mount is called by vecty once the app is on the page. The page shown
// becomes the current history entry, so that Back can return to it.
func (a *App) Mount() {
	a.mounted = true
	if a.host != nil {
		a.host.PushPage(model.Flow(a.form)[model.IndexOf(model.Flow(a.form), a.form.Page)].ID, true)
	}
}

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
		a.say(true, "Your saved answers could not be read, so the checker starts afresh. If you saved them to a file, load that file.")
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
		a.say(true, "This browser would not keep your answers (it may be in private mode, or its storage is full). Use \"Save answers to a file\" to keep them.")
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

// GoTo shows the page with id, as a new entry in the browser's history so
// that the browser's Back and Forward move between pages.
func (a *App) GoTo(id string) { a.show(id, true) }

// ShowPage shows the page with id because the browser's Back or Forward
// asked for it: the history already has the entry.
func (a *App) ShowPage(id string) {
	if id == "" || id == a.form.Page {
		return
	}
	a.message = ""
	a.show(id, false)
}

func (a *App) show(id string, push bool) {
	a.problems = nil
	a.forgetting = false
	pages := model.Flow(a.form)
	if p := pages[model.IndexOf(pages, id)]; p.Kind != model.PageQuestions {
		a.form.Return = nil // the way back from a "Change" ends at any other page
	}
	a.form.Page = id
	a.save()
	a.rerender()
	if a.host != nil {
		if push {
			a.host.PushPage(id, false)
		}
		a.host.Focus(HeadingID)
	}
}

// Change opens a question's page from Check your answers; Continue there
// leads back to Check your answers (through any page the change opens).
func (a *App) Change(id string) {
	a.form.Return = model.PageIDs(model.Flow(a.form))
	a.GoTo(id)
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
	switch {
	case len(a.form.Return) > 0 && pages[i].Kind == model.PageQuestions:
		a.GoTo(model.AfterChange(pages, i, a.form.Return))
	case i+1 < len(pages):
		a.GoTo(pages[i+1].ID)
	}
}

// Back returns to the previous page, keeping everything typed; from a page
// opened by "Change", to Check your answers.
func (a *App) Back() {
	pages := model.Flow(a.form)
	i := model.IndexOf(pages, a.form.Page)
	a.message = ""
	for _, id := range a.form.Return {
		if id == pages[i].ID {
			a.GoTo("check")
			return
		}
	}
	if i > 0 {
		a.GoTo(pages[i-1].ID)
	}
}

// Resume goes to the first page with nothing answered, or to Check your answers.
func (a *App) Resume() { a.GoTo(model.Resume(a.form)) }

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

// AskForget shows what "Forget everything" deletes and asks to confirm.
func (a *App) AskForget(on bool) {
	a.forgetting = on
	a.rerender()
	if a.host != nil {
		if on {
			a.host.Focus("ct-forget-confirm")
		} else {
			a.host.Focus("ct-forget")
		}
	}
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
	a.forgetting = false
	if a.host != nil {
		if err := a.host.Forget(); err != nil {
			a.say(true, "The browser refused to clear its storage. Close this tab, or clear this site's data in the browser's settings.")
		} else {
			a.say(false, "Everything you entered has been forgotten on this device.")
		}
	}
	a.form.Page = "start"
	a.rerender()
	if a.host != nil {
		a.host.PushPage("start", false)
		a.host.Focus(HeadingID)
	}
}

// HasAnswers reports whether anything has been answered, typed or ticked.
func (a *App) HasAnswers() bool {
	return len(a.form.Doc) > 0 || len(a.form.DontKnow) > 0 || len(a.form.Typed) > 0
}

// HasWork reports whether there is anything to save or forget.
func (a *App) HasWork() bool { return a.HasAnswers() || a.remember }

// ExportAnswers offers the answers document as a JSON file.
func (a *App) ExportAnswers() {
	a.download("cipa-triage-answers.json", "application/json", a.form.Document())
}

// ImportAnswers replaces the answers with a file's, if it validates, and
// goes to the first page still to answer; if not, it lists the problems in
// plain words and keeps the current answers.
func (a *App) ImportAnswers(name string, data []byte) {
	if err := a.form.SetDocument(data); err != nil {
		a.problems = append(core.Problems{{Field: "(import)", Message: name + " was not loaded; your answers are unchanged."}}, model.ImportProblems(err)...)
		a.message = ""
		a.rerender()
		if a.host != nil {
			a.host.Focus(ErrorSummaryID)
		}
		return
	}
	a.form.Return = nil
	a.say(false, "Answers loaded from "+name+".")
	a.GoTo(model.Resume(a.form))
	if a.host != nil {
		a.host.Focus("ct-message")
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
			a.problems = core.Problems{{Field: "(import)", Message: "The browser could not read " + src.Name + ". Try choosing it again."}}
			a.rerender()
		case len(data) > MaxImportBytes:
			a.problems = core.Problems{{Field: "(import)", Message: src.Name + " is larger than 1 MB, so it is not an answers file from this checker; nothing was changed."}}
			a.rerender()
		default:
			a.ImportAnswers(src.Name, data)
		}
	})
	if err != nil {
		a.say(true, model.Sentence(err.Error()))
		a.rerender()
	}
}

// DownloadMarkdown and DownloadJSON offer the results: the short report
// unless the user chose the full one on the results page.
func (a *App) DownloadMarkdown() {
	as, probs := a.Assessment()
	if len(probs) > 0 {
		a.problems = probs
		a.rerender()
		return
	}
	if a.fullReport {
		a.download("cipa-triage-report-full.md", "text/markdown", []byte(a.withComparison(report.Markdown(as))))
		return
	}
	a.download("cipa-triage-report.md", "text/markdown", []byte(a.withComparison(report.Short(as))))
}

func (a *App) DownloadJSON() {
	as, probs := a.Assessment()
	if len(probs) > 0 {
		a.problems = probs
		a.rerender()
		return
	}
	name, data, err := "cipa-triage-results.json", []byte(nil), error(nil)
	if a.fullReport {
		name = "cipa-triage-results-full.json"
		data, err = report.JSON(as)
	} else {
		data, err = report.ShortJSON(as)
	}
	if err != nil {
		a.say(true, "The results could not be written as a file. Use Print or the Markdown download instead.")
		a.rerender()
		return
	}
	a.download(name, "application/json", data)
}

// DownloadCalendar offers the matter's dates (deadline, fee clock,
// limitation dates, law changes) as an iCalendar file for the user's own
// calendar program: made in the page, never sent.
func (a *App) DownloadCalendar() {
	as, probs := a.Assessment()
	if len(probs) > 0 {
		a.problems = probs
		a.rerender()
		return
	}
	ans, _ := a.form.Answers()
	name := ans.Letter.Business
	if name == "" {
		name = ans.Letter.Website
	}
	events := report.MatterEvents(as, name)
	title := "CIPA letter dates"
	if name != "" {
		title += ": " + name
	}
	a.download(report.CalendarFileName(name), "text/calendar", report.ICS(title, as.AsOf, events))
}

func (a *App) download(name, mime string, data []byte) {
	if a.host == nil {
		return
	}
	if err := a.host.Download(name, mime, data); err != nil {
		a.say(true, "The browser did not let the checker save "+name+". Check that downloads are allowed for this page, then try again.")
		a.rerender()
	}
}

func (a *App) print() {
	if a.host == nil {
		return
	}
	if err := a.host.Print(); err != nil {
		a.say(true, "The print dialog could not be opened. Use your browser's own Print command instead.")
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
	// Mine holds, for each found field that contradicts an answer the user
	// gave, that answer in words: those fields start unticked.
	Mine map[string]string
	// Checks are the assessment's warnings about the found values beside
	// the user's other answers, as of the day of the read.
	Checks []core.Warning
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
	// Dates are judged against today: a letter dated in the future is flagged.
	known.AsOf = core.DateOf(a.now())
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
			return // forgotten or canceled meanwhile
		}
		a.finishRead(r, st, res, err)
	}
	name, cancel, err := a.host.Read(req)
	if err != nil {
		st.Busy, st.Err = false, model.ReadError(fileLabel(name), -1, err)
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
	a.say(false, "Reading was canceled; your answers are unchanged.")
	a.rerender()
	if a.host != nil {
		a.host.Focus("ct-read-" + r.Name)
	}
}

// finishRead holds a reader's result for confirmation, or shows its error in
// plain words. A found value that contradicts an answer the user gave starts
// unticked: the user's own answer stays unless they choose the document's.
func (a *App) finishRead(r core.ReaderInfo, st *readState, res core.Result, err error) {
	st.Busy, st.cancel = false, nil
	if err != nil {
		st.Err = model.ReadError(fileLabel(st.File), st.Progress.Size, err)
		a.rerender()
		if a.host != nil {
			a.host.Focus("ct-read-" + r.Name)
		}
		return
	}
	st.Result = &res
	found, err := model.Flatten(res.Answers)
	if err != nil {
		st.Err = "What was found in " + fileLabel(st.File) + " could not be shown. Type the answers on the page instead."
	}
	st.Found = found
	st.Fields = model.SortedFields(found)
	st.Selected, st.Mine = map[string]bool{}, map[string]string{}
	for _, f := range st.Fields {
		mine, differs := model.Differs(a.form, f, found[f])
		st.Selected[f] = !differs
		if differs {
			st.Mine[f] = mine
		}
	}
	st.Checks = model.ReadChecks(a.form, res.Answers, core.DateOf(a.now()))
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
		_, conflict := st.Mine[f]
		if (all && !conflict) || st.Selected[f] {
			fields = append(fields, f)
		}
	}
	if len(fields) == 0 {
		st.Err = "Tick at least one answer to use."
		a.rerender()
		return
	}
	if err := a.form.MergeFields(st.Result.Answers, fields); err != nil {
		st.Err = "These answers could not be used, so nothing was changed. Type them on the page instead."
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
// catalog, never by name: the readers themselves load later, in a worker.
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
