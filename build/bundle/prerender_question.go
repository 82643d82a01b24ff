package bundle

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/intake/catalog"
	"github.com/cipa-triage/cipa-triage/web/model"
)

// FirstQuestionTemplateID is the <template> that holds the first question
// page, written by the build. index.html's first script shows it when Start
// is pressed before the app runs, and hands what the visitor typed or chose
// there to the app when it takes over.
const FirstQuestionTemplateID = "ct-first-question"

// firstQuestion is the first question page as the app draws it (web:
// questionPage, questionView, dropZones), with the same ids, classes and
// words, from the same definitions (core.Questionnaire, model.Flow), in a
// <template>: inert, so its ids do not clash with the start page's, until
// the visitor presses Start. It is nil when the page holds a kind of
// question it does not draw; Start then waits for the app, as before.
func firstQuestion() *html.Node {
	f := model.NewForm()
	pages := model.Flow(f)
	if len(pages) < 2 || pages[1].Kind != model.PageQuestions {
		return nil
	}
	const i = 1
	p := pages[i]
	single := len(p.Questions) == 1 && !p.SectionStart
	page := el(atom.Div, "ct-page")
	page.Attr = append(page.Attr, html.Attribute{Key: "data-page", Val: p.ID}, html.Attribute{Key: "data-prerendered", Val: "true"})
	body := el(atom.Div, "")
	page.AppendChild(body)

	pct := strconv.Itoa(model.Percent(f, pages, i))
	body.AppendChild(el(atom.Div, "ct-progress",
		attrs(el(atom.P, "ct-caption", text(model.Progress(f, p))), "id", "ct-progress-text"),
		attrs(el(atom.Div, "ct-progress-bar", attrs(el(atom.Div, "ct-progress-fill"), "style", "width: "+pct+"%;")),
			"role", "progressbar", "aria-valuemin", "0", "aria-valuemax", "100", "aria-valuenow", pct, "aria-labelledby", "ct-progress-text")))
	if !single {
		body.AppendChild(attrs(el(atom.H1, "", text(p.Section.Title)), "id", "ct-heading", "tabindex", "-1"))
	}
	if p.SectionStart && p.Section.Intro != "" {
		body.AppendChild(el(atom.P, "ct-lead", text(p.Section.Intro)))
	}
	if p.SectionStart {
		if zones := dropZones(p.Section.ID); zones != nil {
			body.AppendChild(zones)
		}
	}
	for _, q := range p.Questions {
		v := questionView(q, single)
		if v == nil {
			return nil
		}
		body.AppendChild(v)
	}
	next := "Continue"
	if i+1 < len(pages) && pages[i+1].Kind == model.PageCheck {
		next = "Check your answers"
	}
	body.AppendChild(el(atom.Div, "ct-actions ct-nav",
		attrs(el(atom.Button, "ct-button", text(next)), "type", "button", "id", "ct-continue"),
		attrs(el(atom.Button, "ct-button-secondary", text("Back")), "type", "button", "id", "ct-back")))

	t := attrs(el(atom.Template, ""), "id", FirstQuestionTemplateID)
	// A template's children belong to its content; the parser and the
	// renderer both treat a template's child nodes as that content.
	t.AppendChild(page)
	return t
}

// dropZones is web's dropZones: the readers of a section, as boxes to
// choose, drop or paste a document. A file chosen or text pasted before the
// app runs is handed to it like anything typed.
func dropZones(section string) *html.Node {
	rs := catalog.ForSection(section)
	if len(rs) == 0 {
		return nil
	}
	s := attrs(el(atom.Section, "ct-intake",
		attrs(el(atom.H2, "", text("Fill in answers from a document")), "id", "ct-intake-"+section),
		el(atom.P, "ct-hint", text("The document is read here, on this device; it is not uploaded. You check every answer before it is used."))),
		"aria-labelledby", "ct-intake-"+section)
	for _, r := range rs {
		title := model.Humanize(r.Name)
		if len(r.Name) <= 3 {
			title = strings.ToUpper(r.Name)
		}
		zone := attrs(el(atom.Div, "ct-dropzone", el(atom.H3, "", text(title+" ("+strings.Join(r.Accepts, ", ")+")"))),
			"id", "ct-read-"+r.Name, "data-reader", r.Name, "tabindex", "-1")
		if accepts(r, ".har") {
			zone.AppendChild(el(atom.P, "ct-warning-text", text("A HAR file records everything your browser exchanged with your site, including cookies and login tokens. It is read only on this device; cookies and tokens are never shown, stored or exported.")))
		}
		zone.AppendChild(el(atom.Div, "ct-drop-area",
			attrs(el(atom.Label, "", text("Choose a file")), "for", "ct-file-"+r.Name),
			attrs(el(atom.Input, ""), "type", "file", "id", "ct-file-"+r.Name, "accept", strings.Join(r.Accepts, ",")),
			el(atom.P, "ct-hint", text("or drop it on this box"))))
		if accepts(r, ".txt") {
			zone.AppendChild(el(atom.Div, "ct-paste",
				attrs(el(atom.Label, "", text("Or paste the text")), "for", "ct-paste-"+r.Name),
				attrs(el(atom.Textarea, "ct-textarea"), "id", "ct-paste-"+r.Name, "rows", "4"),
				attrs(el(atom.Button, "ct-button-secondary", text("Read pasted text")), "type", "button", "id", "ct-paste-read-"+r.Name)))
		}
		s.AppendChild(zone)
	}
	return s
}

func accepts(r core.ReaderInfo, ext string) bool {
	for _, e := range r.Accepts {
		if strings.EqualFold(e, ext) {
			return true
		}
	}
	return false
}

// questionView is web's questionView for a question not yet answered, or
// nil for a kind this page does not draw.
func questionView(q core.Question, single bool) *html.Node {
	id := model.InputID(q.Field)
	heading := func(kids ...*html.Node) *html.Node {
		if single {
			return attrs(el(atom.H1, "ct-question-title", kids...), "id", "ct-heading", "tabindex", "-1")
		}
		return el(atom.H2, "ct-question-title", kids...)
	}
	describedBy := ""
	var hint, more *html.Node
	if q.Help != "" || q.Default != "" {
		describedBy = id + "-hint"
		hint = attrs(el(atom.Div, "ct-hint"), "id", id+"-hint")
		if q.Help != "" {
			hint.AppendChild(el(atom.P, "", text(q.Help)))
		}
		if q.Default != "" {
			hint.AppendChild(el(atom.P, "", text("If you leave this empty, the checker assumes: "+q.Default+".")))
		}
	}
	if q.More != "" {
		title := q.MoreTitle
		if title == "" {
			title = "More detail"
		}
		more = attrs(el(atom.Details, "ct-details", el(atom.Summary, "", text(title)), el(atom.P, "ct-hint", text(q.More))), "id", id+"-more")
	}
	group := attrs(el(atom.Div, "ct-question"), "data-field", q.Field)
	add := func(parent *html.Node, kids ...*html.Node) {
		for _, k := range kids {
			if k != nil {
				parent.AppendChild(k)
			}
		}
	}
	switch q.Kind {
	case core.KindEnum, core.KindBool:
		fs := el(atom.Fieldset, "ct-fieldset", attrs(el(atom.Legend, "ct-legend", heading(text(q.Title)))))
		if describedBy != "" {
			fs.Attr = append(fs.Attr, html.Attribute{Key: "aria-describedby", Val: describedBy})
		}
		choices := el(atom.Div, "ct-choices")
		for _, o := range model.Choices(q) {
			oid := model.OptionID(q.Field, o.Value)
			if q.Kind == core.KindBool {
				oid = model.BoolOptionID(q.Field, o.Value)
			}
			class := "ct-radio"
			if o.Value == core.Unknown {
				class += " ct-dont-know"
			}
			in := attrs(el(atom.Input, ""), "type", "radio", "id", oid, "name", id, "value", o.Value)
			item := el(atom.Div, class, in, attrs(el(atom.Label, "", text(o.Label)), "for", oid))
			if o.Hint != "" {
				in.Attr = append(in.Attr, html.Attribute{Key: "aria-describedby", Val: oid + "-hint"})
				item.AppendChild(attrs(el(atom.P, "ct-hint ct-option-hint", text(o.Hint)), "id", oid+"-hint"))
			}
			choices.AppendChild(item)
		}
		add(fs, hint, more, choices)
		group.AppendChild(fs)
		return group
	case core.KindDate, core.KindInt, core.KindNumber, core.KindText:
	default:
		return nil
	}
	add(group, heading(attrs(el(atom.Label, "", text(q.Title)), "for", id)), hint, more)
	input := func(class string, extra ...string) *html.Node {
		d := describedBy
		if q.Kind == core.KindDate {
			d = strings.TrimSpace(id + "-format " + d)
		}
		in := attrs(el(atom.Input, class), append([]string{"type", "text", "id", id, "name", id, "autocomplete", "off"}, extra...)...)
		if d != "" {
			in.Attr = append(in.Attr, html.Attribute{Key: "aria-describedby", Val: d})
		}
		return in
	}
	switch q.Kind {
	case core.KindDate:
		group.AppendChild(el(atom.Div, "",
			attrs(el(atom.P, "ct-hint", text("For example "+model.DateExample+".")), "id", id+"-format"),
			input("ct-input ct-input-date", "spellcheck", "false"),
			attrs(el(atom.P, "ct-understood", text("Not filled in yet.")), "id", id+"-understood", "aria-live", "polite")))
	case core.KindInt:
		group.AppendChild(input("ct-input ct-input-short", "inputmode", "numeric", "spellcheck", "false"))
	case core.KindNumber:
		group.AppendChild(el(atom.Div, "ct-prefixed",
			attrs(el(atom.Span, "ct-prefix", text("$")), "aria-hidden", "true"),
			input("ct-input ct-input-medium", "inputmode", "decimal", "spellcheck", "false")))
	default:
		group.AppendChild(input("ct-input"))
	}
	unknown := model.OptionID(q.Field, core.Unknown)
	group.AppendChild(el(atom.Div, "ct-checkbox ct-dont-know",
		attrs(el(atom.Input, ""), "type", "checkbox", "id", unknown),
		attrs(el(atom.Label, "", text("I don't know")), "for", unknown)))
	return group
}

// attrs adds attributes, given as name, value pairs.
func attrs(n *html.Node, kv ...string) *html.Node {
	for i := 0; i+1 < len(kv); i += 2 {
		n.Attr = append(n.Attr, html.Attribute{Key: kv[i], Val: kv[i+1]})
	}
	return n
}
