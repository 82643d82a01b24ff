package web

import (
	"fmt"
	"strings"

	"github.com/cipa-triage/cipa-triage/web/model"
	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"
	"github.com/hexops/vecty/event"
	"github.com/hexops/vecty/prop"
)

// compareState is the comparison of two recordings: the files chosen, in
// the order given, and the worker's answer.
type compareState struct {
	Files    [2]*HeldFile
	Busy     bool
	Progress ReadProgress
	cancel   func()
	Err      string
	Result   *model.Comparison
}

// compareZone offers "Compare two recordings" beside the HAR reader: two
// files, each chosen or dropped (or both at once), compared in the readers'
// worker as soon as both are there.
func (a *App) compareZone() vecty.ComponentOrHTML {
	st := &a.cmp
	slot := func(i int, label string) vecty.ComponentOrHTML {
		id := fmt.Sprintf("ct-compare-file-%d", i+1)
		onFiles := func(e *vecty.Event) { a.holdForCompare(i, e) }
		chosen := "No file chosen yet."
		if f := st.Files[i]; f != nil {
			chosen = "Chosen: " + f.Name
		}
		return elem.Div(vecty.Markup(vecty.Class("ct-drop-area"), vecty.Attribute("data-slot", fmt.Sprint(i+1)),
			event.DragOver(func(*vecty.Event) {}).PreventDefault(),
			event.Drop(onFiles).PreventDefault()),
			elem.Label(vecty.Markup(prop.For(id)), vecty.Text(label)),
			elem.Input(vecty.Markup(prop.Type(prop.TypeFile), prop.ID(id), vecty.Attribute("accept", ".har,.json"), vecty.Attribute("multiple", true), event.Change(onFiles))),
			elem.Paragraph(vecty.Markup(vecty.Class("ct-hint"), prop.ID(id+"-name")), vecty.Text(chosen)),
		)
	}
	return elem.Div(vecty.Markup(prop.ID("ct-compare"), vecty.Class("ct-dropzone", "ct-compare"), vecty.Attribute("tabindex", "-1")),
		elem.Heading3(vecty.Text("Compare two recordings")),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")),
			vecty.Text(`Record your site twice, before and after a fix, or once clicking "Accept all" and once "Reject all" on the banner, and give both HAR files here (or drop both at once). The checker tells "Accept all" from "Reject all" by the banner's answer in each file. Both are read on this device only.`)),
		elem.Div(vecty.Markup(vecty.Class("ct-compare-slots")),
			slot(0, `First recording (before the fix, or with "Accept all")`),
			slot(1, `Second recording (after the fix, or with "Reject all")`)),
		a.compareStatus(),
	)
}

// holdForCompare keeps the file (or both files) an event carries for slot
// i, and compares once both recordings are there.
func (a *App) holdForCompare(i int, e *vecty.Event) {
	st := &a.cmp
	files, err := a.host.HoldFiles(e)
	if err != nil {
		st.Err = model.Sentence(err.Error())
		a.rerender()
		return
	}
	if len(files) > 2 {
		st.Err = fmt.Sprintf("%d files were given: choose two recordings, the first and the second.", len(files))
		a.rerender()
		return
	}
	if len(files) == 2 {
		st.Files[0], st.Files[1] = &files[0], &files[1]
	} else {
		st.Files[i] = &files[0]
	}
	st.Err, st.Result = "", nil
	if st.Files[0] != nil && st.Files[1] != nil {
		a.startCompare()
		return
	}
	a.rerender()
}

func (a *App) startCompare() {
	st := &a.cmp
	if st.cancel != nil {
		st.cancel()
	}
	st.Busy, st.Err, st.Result, st.Progress = true, "", nil, ReadProgress{Size: -1}
	var mine *compareState
	req := CompareRequest{Files: [2]HeldFile{*st.Files[0], *st.Files[1]},
		Progress: func(p ReadProgress) {
			if mine != nil && mine.Busy {
				mine.Progress = p
				a.rerender()
			}
		},
	}
	mine = st
	req.Done = func(text string, err error) {
		if !st.Busy {
			return // canceled meanwhile
		}
		st.Busy, st.cancel = false, nil
		if err == nil {
			st.Result, err = model.DecodeComparison(text)
		}
		if err != nil {
			st.Err = compareError(err)
		}
		a.rerender()
		if a.host != nil {
			a.host.Focus("ct-compare")
		}
	}
	cancel, err := a.host.Compare(req)
	if err != nil {
		st.Busy, st.Err = false, compareError(err)
	}
	st.cancel = cancel
	a.rerender()
}

// compareError tells why the comparison failed. The reader's message starts
// with the file's name, which keeps its case.
func compareError(err error) string {
	msg := strings.TrimSpace(err.Error())
	if !strings.HasSuffix(msg, ".") {
		msg += "."
	}
	return "The two recordings could not be compared: " + msg
}

// CancelCompare stops a comparison under way; the files stay chosen.
func (a *App) CancelCompare() {
	st := &a.cmp
	if st.cancel != nil {
		st.cancel()
	}
	st.Busy, st.cancel = false, nil
	a.rerender()
}

func (a *App) compareStatus() vecty.ComponentOrHTML {
	st := &a.cmp
	switch {
	case st.Err != "":
		return elem.Paragraph(vecty.Markup(vecty.Class("ct-error-message"), vecty.Attribute("role", "alert")), vecty.Text(st.Err))
	case st.Busy:
		p := st.Progress
		figures := ""
		if p.Bytes > 0 {
			figures = byteSize(p.Bytes)
			if p.Size > 0 {
				figures += " of " + byteSize(p.Size)
			}
			figures += " read"
		}
		bar := vecty.Markup(prop.ID("ct-compare-progress"), vecty.Attribute("aria-label", "Reading the two recordings"))
		if p.Size > 0 {
			bar = vecty.Markup(bar, vecty.Attribute("max", p.Size), vecty.Attribute("value", min(p.Bytes, p.Size)))
		}
		return elem.Div(vecty.Markup(vecty.Class("ct-busy")),
			elem.Progress(bar),
			elem.Paragraph(vecty.Markup(vecty.Attribute("role", "status")), vecty.Text("Reading the two recordings on this device…")),
			vecty.If(figures != "", elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text(figures))),
			button("Cancel", "ct-compare-cancel", false, a.CancelCompare))
	case st.Result != nil:
		return elem.Div(vecty.Markup(prop.ID("ct-compare-result"), vecty.Class("ct-review")),
			comparisonView(st.Result, 4),
			a.compareOrderQuestion(),
			elem.Div(vecty.Markup(vecty.Class("ct-actions")),
				button("Download the comparison (Markdown)", "ct-compare-download", false, func() {
					a.download("cipa-triage-comparison.md", "text/markdown", []byte(st.Result.Markdown))
				}),
				button("Clear", "ct-compare-clear", false, func() { a.cmp = compareState{}; a.rerender() })))
	}
	return nil
}

// compareOrderQuestion asks which recording came first when the banner's
// answers could not tell: the files were taken in the order given, which a
// drop of two files at once does not choose. Swapping compares them again.
func (a *App) compareOrderQuestion() vecty.ComponentOrHTML {
	st := &a.cmp
	if st.Result == nil || st.Result.Mode != "before_after" || st.Files[0] == nil || st.Files[1] == nil {
		return nil
	}
	q := fmt.Sprintf("Is that the right way round? %s was taken as the recording before the fix and %s as the one after, from the order given.", st.Files[0].Name, st.Files[1].Name)
	return elem.Div(vecty.Markup(vecty.Class("ct-compare-order")),
		elem.Paragraph(vecty.Markup(prop.ID("ct-compare-order-question")), vecty.Text(q)),
		button(fmt.Sprintf("No: %s was before the fix", st.Files[1].Name), "ct-compare-swap", false, func() {
			st.Files[0], st.Files[1] = st.Files[1], st.Files[0]
			a.startCompare()
		}))
}

// comparisonView shows a comparison, plain words first: the summary and
// each tag's verdict, then the warnings, how the recordings were told
// apart, and both files with their SHA-256. level is the heading level of
// its parts.
func comparisonView(c *model.Comparison, level int) vecty.ComponentOrHTML {
	heading := func(id, text string) *vecty.HTML {
		m := vecty.Markup(vecty.MarkupIf(id != "", prop.ID(id)))
		if level <= 3 {
			return elem.Heading3(m, vecty.Text(text))
		}
		return elem.Heading4(m, vecty.Text(text))
	}
	var verdicts vecty.List
	for _, t := range c.Tags {
		verdicts = append(verdicts, elem.ListItem(vecty.Markup(vecty.Attribute("data-outcome", t.Outcome)), vecty.Text(t.Verdict)))
	}
	var warns vecty.List
	for _, w := range c.Warnings {
		warns = append(warns, elem.ListItem(vecty.Markup(vecty.Attribute("data-warning", w.Key)), vecty.Text(w.Message)))
	}
	var files vecty.List
	for _, r := range c.Recordings {
		files = append(files, elem.ListItem(vecty.Markup(vecty.Attribute("data-role", r.Role)),
			elem.Strong(vecty.Text(model.RoleTitle(r.Role)+": ")), vecty.Text(r.File+", SHA-256 "),
			elem.Code(vecty.Markup(vecty.Class("ct-sha256")), vecty.Text(r.SHA256))))
	}
	return elem.Div(vecty.Markup(vecty.Class("ct-comparison")),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-compare-summary")), elem.Strong(vecty.Text(c.Summary))),
		vecty.If(len(verdicts) > 0, elem.UnorderedList(vecty.Markup(vecty.Class("ct-compare-verdicts")), verdicts)),
		vecty.If(len(warns) > 0, elem.Div(vecty.Markup(vecty.Class("ct-compare-warnings")),
			heading("", "Before relying on it"), elem.UnorderedList(warns))),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text(c.Basis)),
		heading("", "The two files"),
		elem.UnorderedList(vecty.Markup(vecty.Class("ct-plain-list", "ct-compare-files")), files),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text("Keep both files unchanged: the SHA-256 fingerprints show later that they are the recordings compared here.")),
	)
}

// comparisonResults shows the comparison on the results page, once the
// owner has compared two recordings.
func (a *App) comparisonResults() vecty.ComponentOrHTML {
	c := a.cmp.Result
	if c == nil {
		return nil
	}
	return elem.Section(vecty.Markup(prop.ID("comparison"), vecty.Class("ct-brief"), vecty.Attribute("aria-labelledby", "comparison-title")),
		elem.Heading3(vecty.Markup(prop.ID("comparison-title")), vecty.Text("Your two recordings compared")),
		comparisonView(c, 4))
}

// withComparison puts the comparison, if any, into a Markdown report before
// its closing notice.
func (a *App) withComparison(rep string) string {
	c := a.cmp.Result
	if c == nil || c.ReportMarkdown == "" {
		return rep
	}
	at := strings.LastIndex(rep, "\n## Notice")
	if at < 0 {
		at = len(rep)
	}
	return rep[:at] + "\n" + c.ReportMarkdown + rep[at:]
}
