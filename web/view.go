package web

import (
	"unicode"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/web/model"
	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"
	"github.com/hexops/vecty/event"
	"github.com/hexops/vecty/prop"
)

// Render draws the current page. The root keeps the id it mounts into, so
// that the stylesheet's scoping (#cipa-triage) holds on a host page.
func (a *App) Render() vecty.ComponentOrHTML {
	pages := model.Flow(a.form)
	i := model.IndexOf(pages, a.form.Page)
	p := pages[i]
	var body vecty.ComponentOrHTML
	if a.form.Page == LawPageID { // outside the flow; reached from the results page
		p = model.Page{ID: LawPageID, Kind: model.PageResults}
		body = a.lawPage()
	}
	switch p.Kind {
	case model.PageStart:
		body = a.startPage()
	case model.PageQuestions:
		body = a.questionPage(pages, i)
	case model.PageCheck:
		body = a.checkPage(pages)
	case model.PageResults:
		if body == nil {
			body = a.resultsPage()
		}
	}
	return elem.Div(
		vecty.Markup(prop.ID("cipa-triage"), vecty.Class("ct-root"),
			vecty.MarkupIf(a.cfg.AccentColor != "", vecty.Style("--ct-accent", a.cfg.AccentColor))),
		a.header(p.Kind != model.PageResults),
		elem.Main(vecty.Markup(vecty.Class("ct-main"), vecty.Attribute("lang", "en")),
			a.messageView(),
			a.errorSummary(p),
			// vecty v0.6 counts a keyed child as in place only when a rendered
			// sibling precedes it; otherwise it moves the node on every redraw,
			// and moving it drops the keyboard focus (leaving a date box, which
			// redraws "Read as: ...", sent the focus to the page's body). This
			// empty element is that sibling whether or not a message shows.
			elem.Span(vecty.Markup(vecty.Class("ct-page-anchor"), vecty.Attribute("hidden", true))),
			// Keyed by page, so every page gets fresh form controls.
			vecty.List{elem.Div(vecty.Markup(vecty.Key(p.ID), vecty.Class("ct-page"), vecty.Attribute("data-page", p.ID)), body)},
		),
		a.footer(p),
	)
}

// header names the service, and the firm except on the results page, which
// shows the firm in full beside the results.
func (a *App) header(firm bool) *vecty.HTML {
	return elem.Header(vecty.Markup(vecty.Class("ct-header")),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-service")), vecty.Text(model.Start.Service)),
		vecty.If(firm && a.cfg.HasFirm(), a.firmPanel(false)),
	)
}

// SetConfig shows details that arrived after the app started: the embedding
// page's answer, when it came later than the wasm entry waits for
// (wasm/config.go). Where the details may come from is decided before this.
func (a *App) SetConfig(c model.Config) {
	a.cfg = c
	a.rerender()
}

// firmPanel shows the embedding firm; full adds the mail button.
func (a *App) firmPanel(full bool) *vecty.HTML {
	c := a.cfg
	var contact vecty.List
	if c.FirmPhone != "" {
		contact = append(contact, elem.ListItem(vecty.Text("Phone: "), elem.Anchor(vecty.Markup(prop.Href("tel:"+c.FirmPhone)), vecty.Text(c.FirmPhone))))
	}
	if c.FirmEmail != "" {
		contact = append(contact, elem.ListItem(vecty.Text("Email: "), elem.Anchor(vecty.Markup(prop.Href("mailto:"+c.FirmEmail)), vecty.Text(c.FirmEmail))))
	}
	if c.FirmURL != "" {
		contact = append(contact, elem.ListItem(elem.Anchor(vecty.Markup(prop.Href(c.FirmURL), vecty.Attribute("target", "_blank"), vecty.Attribute("rel", "noopener noreferrer")), vecty.Text(c.FirmURL))))
	}
	var mail vecty.ComponentOrHTML
	if full && c.FirmEmail != "" {
		as, _ := a.Assessment()
		ans, _ := a.form.Answers()
		mail = elem.Div(
			elem.Paragraph(elem.Anchor(vecty.Markup(vecty.Class("ct-button"), prop.ID("ct-send-to-firm"), prop.Href(model.Mailto(c, ans, as))),
				vecty.Text("Send my results to "+c.FirmName))),
			elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text("This opens your own email program with a summary filled in; you choose whether to send it. This page sends nothing.")))
	}
	return elem.Aside(vecty.Markup(vecty.Class("ct-firm"), prop.ID("ct-firm"), vecty.Attribute("aria-label", "About "+c.FirmName)),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-firm-name")), vecty.Text("Offered by "+c.FirmName)),
		vecty.If(c.OfferText != "", elem.Paragraph(vecty.Text(c.OfferText))),
		vecty.If(len(contact) > 0, elem.UnorderedList(vecty.Markup(vecty.Class("ct-plain-list")), contact)),
		mail,
	)
}

func (a *App) messageView() vecty.ComponentOrHTML {
	if a.message == "" {
		return nil
	}
	class := "ct-message"
	role := "status"
	if a.alert {
		class, role = "ct-message ct-message-alert", "alert"
	}
	return elem.Div(vecty.Markup(prop.ID("ct-message"), vecty.Class(splitClasses(class)...), vecty.Attribute("role", role), vecty.Attribute("tabindex", "-1")),
		elem.Paragraph(vecty.Text(a.message)))
}

func splitClasses(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}

// errorSummary lists the page's problems, each linking to its field.
func (a *App) errorSummary(p model.Page) vecty.ComponentOrHTML {
	if len(a.problems) == 0 {
		return nil
	}
	onPage := map[string]bool{}
	for _, q := range p.Questions {
		onPage[q.Field] = true
	}
	var items vecty.List
	for _, pr := range a.problems {
		pr := pr
		field := model.FieldOf(pr.Field)
		text := pr.Message
		if q := core.QuestionFor(field); q != nil {
			// Core's messages ("must be a number") need the question to stand alone.
			if r := []rune(text); len(r) > 0 && unicode.IsLower(r[0]) {
				text = q.Title + " " + text
			}
			if !onPage[field] {
				// On Check your answers: a link to the question's page, as "Change" is.
				pages := model.Flow(a.form)
				pageID := pages[model.IndexOf(pages, field)].ID
				items = append(items, elem.ListItem(elem.Anchor(vecty.Markup(prop.Href("#"+model.InputID(field)),
					event.Click(func(*vecty.Event) { a.Change(pageID) }).PreventDefault()),
					vecty.Text(text))))
				continue
			}
			items = append(items, elem.ListItem(elem.Anchor(vecty.Markup(prop.Href("#"+model.InputID(field)),
				event.Click(func(*vecty.Event) { a.host.Focus(focusTarget(*q)) }).PreventDefault()),
				vecty.Text(text))))
			continue
		}
		// A field path means nothing to the user: only a question's title is shown.
		text = model.Sentence(text)
		items = append(items, elem.ListItem(vecty.Text(text)))
	}
	return elem.Div(vecty.Markup(prop.ID(ErrorSummaryID), vecty.Class("ct-error-summary"), vecty.Attribute("role", "alert"), vecty.Attribute("tabindex", "-1"),
		vecty.Attribute("aria-labelledby", "ct-error-summary-title")),
		elem.Heading2(vecty.Markup(prop.ID("ct-error-summary-title")), vecty.Text("There is a problem")),
		elem.UnorderedList(items),
	)
}

// focusTarget is the control an error link moves to: the input, or the
// first option of a choice.
func focusTarget(q core.Question) string {
	switch q.Kind {
	case core.KindEnum, core.KindEnumList, core.KindBool:
		opts := model.Choices(q)
		if q.Kind == core.KindBool {
			return model.BoolOptionID(q.Field, opts[0].Value)
		}
		return model.OptionID(q.Field, opts[0].Value)
	}
	return model.InputID(q.Field)
}

func (a *App) problemFor(field string) string {
	for _, pr := range a.problems {
		if model.FieldOf(pr.Field) == field {
			return pr.Message
		}
	}
	return ""
}

func button(text, id string, primary bool, onClick func()) *vecty.HTML {
	class := "ct-button"
	if !primary {
		class = "ct-button-secondary"
	}
	return elem.Button(vecty.Markup(prop.Type(prop.TypeButton), vecty.Class(class), vecty.MarkupIf(id != "", prop.ID(id)),
		event.Click(func(*vecty.Event) { onClick() })), vecty.Text(text))
}

// Start leaves the start page: for the first question, or, with saved
// answers, for the first page still to answer (or Check your answers). A
// press of Start made while the app was still loading is honored with this
// once it has started.
func (a *App) Start() {
	if a.HasAnswers() {
		a.Resume()
		return
	}
	next := "letter.date"
	if ps := model.Flow(a.form); len(ps) > 1 {
		next = ps[1].ID
	}
	a.GoTo(next)
}

// startPage draws model.Start; build/bundle writes the same words into
// index.html, so they show before the app has loaded.
func (a *App) startPage() vecty.ComponentOrHTML {
	resume := a.HasAnswers()
	s := model.Start
	startText := s.Begin
	if resume {
		startText = s.Resume
	}
	return elem.Div(
		elem.Heading1(vecty.Markup(prop.ID(HeadingID), vecty.Attribute("tabindex", "-1")), vecty.Text(s.Heading)),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-lead")), vecty.Text(s.Lead)),
		elem.Paragraph(vecty.Text(s.Note)),
		elem.Div(vecty.Markup(vecty.Class("ct-actions")),
			button(startText, model.StartButtonID, true, a.Start),
			vecty.If(resume, button("See results", "ct-start-results", false, func() { a.GoTo("results") })),
		),
	)
}

// footer holds the tools for the user's work. On the start page, before
// there is anything to save or forget, it holds only the note.
func (a *App) footer(p model.Page) *vecty.HTML {
	tools := p.Kind != model.PageStart || a.HasWork()
	return elem.Footer(vecty.Markup(vecty.Class("ct-footer", "ct-noprint")),
		vecty.If(tools, elem.Heading2(vecty.Markup(vecty.Class("ct-footer-title")), vecty.Text("Your answers"))),
		vecty.If(tools, elem.Div(vecty.Markup(vecty.Class("ct-checkbox")),
			elem.Input(vecty.Markup(prop.Type(prop.TypeCheckbox), prop.ID("ct-remember"), prop.Checked(a.remember),
				event.Change(func(*vecty.Event) { a.SetRemember(!a.remember) }))),
			elem.Label(vecty.Markup(prop.For("ct-remember")), vecty.Text("Remember on this device")),
			elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text("Off: answers are kept until you close this tab. On: kept in this browser until you forget them. Either way they stay on this device.")),
		)),
		vecty.If(tools, elem.Div(vecty.Markup(vecty.Class("ct-actions")),
			button("Save answers to a file", "ct-export", false, a.ExportAnswers),
			elem.Input(vecty.Markup(prop.Type(prop.TypeFile), prop.ID("ct-import"), vecty.Class("ct-visually-hidden"), vecty.Attribute("accept", ".json,application/json"),
				event.Change(a.importFrom))),
			elem.Label(vecty.Markup(vecty.Class("ct-button-secondary", "ct-file-button"), prop.For("ct-import")), vecty.Text("Load answers from a file")),
			vecty.If(!a.forgetting, button("Forget everything", "ct-forget", false, func() { a.AskForget(true) })),
		)),
		vecty.If(tools && a.forgetting, a.forgetPanel()),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text("This checker is information, not legal advice. Talk to a lawyer about your matter.")),
	)
}

// forgetPanel says what "Forget everything" deletes, and asks.
func (a *App) forgetPanel() *vecty.HTML {
	n := 0
	for _, m := range a.form.Doc {
		n += len(m)
	}
	for f := range a.form.DontKnow {
		if a.form.Get(f) == nil {
			n++
		}
	}
	what := "your answers"
	if n > 0 {
		what = "your " + model.Plural(n, "answer", "answers")
	}
	return elem.Div(vecty.Markup(prop.ID("ct-forget-confirm"), vecty.Class("ct-confirm"), vecty.Attribute("role", "alertdialog"),
		vecty.Attribute("aria-labelledby", "ct-forget-title"), vecty.Attribute("aria-describedby", "ct-forget-what"), vecty.Attribute("tabindex", "-1")),
		elem.Heading3(vecty.Markup(prop.ID("ct-forget-title")), vecty.Text("Forget everything?")),
		elem.Paragraph(vecty.Markup(prop.ID("ct-forget-what")),
			vecty.Text("This deletes "+what+", anything read from documents you dropped in, and the \"Remember on this device\" setting, from this browser. It cannot be undone. Files you saved with \"Save answers to a file\" are not touched.")),
		elem.Div(vecty.Markup(vecty.Class("ct-actions")),
			button("Yes, forget everything", "ct-forget-yes", true, a.ForgetEverything),
			button("Cancel", "ct-forget-cancel", false, func() { a.AskForget(false) }),
		),
	)
}
