package web

import (
	"strconv"
	"strings"

	"github.com/cipa-triage/cipa-triage/web/model"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"
	"github.com/hexops/vecty/event"
	"github.com/hexops/vecty/prop"
)

func (a *App) questionPage(pages []model.Page, i int) vecty.ComponentOrHTML {
	p := pages[i]
	// A section's first page leads with the section (h1) and its drop zones;
	// elsewhere a lone question is the page's h1.
	single := len(p.Questions) == 1 && !p.SectionStart
	nextText := "Continue"
	if i+1 < len(pages) && pages[i+1].Kind == model.PageCheck {
		nextText = "Check your answers"
	}
	var qs vecty.List
	for _, q := range p.Questions {
		qs = append(qs, a.questionView(q, single))
	}
	pct := model.Percent(a.form, pages, i)
	return elem.Div(
		elem.Div(vecty.Markup(vecty.Class("ct-progress")),
			elem.Paragraph(vecty.Markup(vecty.Class("ct-caption"), prop.ID("ct-progress-text")), vecty.Text(model.Progress(a.form, p))),
			elem.Div(vecty.Markup(vecty.Class("ct-progress-bar"), vecty.Attribute("role", "progressbar"), vecty.Attribute("aria-valuemin", "0"),
				vecty.Attribute("aria-valuemax", "100"), vecty.Attribute("aria-valuenow", pct), vecty.Attribute("aria-labelledby", "ct-progress-text")),
				elem.Div(vecty.Markup(vecty.Class("ct-progress-fill"), vecty.Style("width", strconv.Itoa(pct)+"%"))))),
		vecty.If(!single, elem.Heading1(vecty.Markup(prop.ID(HeadingID), vecty.Attribute("tabindex", "-1")), vecty.Text(p.Section.Title))),
		vecty.If(p.SectionStart && p.Section.Intro != "", elem.Paragraph(vecty.Markup(vecty.Class("ct-lead")), vecty.Text(p.Section.Intro))),
		vecty.If(p.SectionStart, a.dropZones(p.Section.ID)),
		qs,
		elem.Div(vecty.Markup(vecty.Class("ct-actions", "ct-nav")),
			button(nextText, "ct-continue", true, a.Continue),
			button("Back", "ct-back", false, a.Back),
		),
	)
}

// questionView draws one question: the question as heading (h1 alone on a
// page, h2 beside others), its help as hint, its error, and its control.
func (a *App) questionView(q core.Question, single bool) vecty.ComponentOrHTML {
	id := model.InputID(q.Field)
	errText := a.problemFor(q.Field)
	heading := func(children ...vecty.MarkupOrChild) *vecty.HTML {
		if single {
			return elem.Heading1(append([]vecty.MarkupOrChild{vecty.Markup(prop.ID(HeadingID), vecty.Attribute("tabindex", "-1"), vecty.Class("ct-question-title"))}, children...)...)
		}
		return elem.Heading2(append([]vecty.MarkupOrChild{vecty.Markup(vecty.Class("ct-question-title"))}, children...)...)
	}
	describedBy := ""
	if q.Help != "" || q.Default != "" {
		describedBy = id + "-hint"
	}
	if errText != "" {
		if describedBy != "" {
			describedBy += " "
		}
		describedBy += id + "-error"
	}
	hint := vecty.If(q.Help != "" || q.Default != "", elem.Div(vecty.Markup(prop.ID(id+"-hint"), vecty.Class("ct-hint")),
		vecty.If(q.Help != "", elem.Paragraph(vecty.Text(q.Help))),
		vecty.If(q.Default != "", elem.Paragraph(vecty.Text("If you leave this empty, the checker assumes: "+q.Default+".")))))
	// More is for the curious (the court decisions behind a hint): closed,
	// and outside the hint the control is described by.
	more := vecty.If(q.More != "", elem.Details(vecty.Markup(vecty.Class("ct-details"), prop.ID(id+"-more")),
		elem.Summary(vecty.Text(orDefault(q.MoreTitle, "More detail"))),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text(q.More))))
	errView := vecty.If(errText != "", elem.Paragraph(vecty.Markup(prop.ID(id+"-error"), vecty.Class("ct-error-message")),
		elem.Span(vecty.Markup(vecty.Class("ct-visually-hidden")), vecty.Text("Error: ")), vecty.Text(errText)))
	groupClass := vecty.ClassMap{"ct-question": true, "ct-question-error": errText != ""}

	switch q.Kind {
	case core.KindEnum, core.KindBool, core.KindEnumList:
		return elem.Div(vecty.Markup(groupClass, vecty.Attribute("data-field", q.Field)),
			elem.FieldSet(vecty.Markup(vecty.Class("ct-fieldset"), vecty.MarkupIf(describedBy != "", vecty.Attribute("aria-describedby", describedBy))),
				elem.Legend(vecty.Markup(vecty.Class("ct-legend")), heading(vecty.Text(q.Title))),
				hint, more, errView, a.choices(q)))
	}
	return elem.Div(vecty.Markup(groupClass, vecty.Attribute("data-field", q.Field)),
		heading(elem.Label(vecty.Markup(prop.For(id)), vecty.Text(q.Title))),
		hint, more, errView, a.textControl(q, describedBy, errText != ""),
		a.dontKnowBox(q))
}

func (a *App) textControl(q core.Question, describedBy string, invalid bool) vecty.ComponentOrHTML {
	id := model.InputID(q.Field)
	value := a.form.TypedText(q)
	onInput := event.Input(func(e *vecty.Event) {
		a.form.Type(q, a.host.InputValue(e))
		a.save()
	})
	// A date box says back what it understood once the user leaves it.
	dated := q.Kind == core.KindDate || q.Kind == core.KindDateList
	onChange := vecty.MarkupIf(dated, event.Change(func(*vecty.Event) { a.rerender() }))
	formatID := id + "-format"
	if dated || q.Kind == core.KindTextList {
		describedBy = strings.TrimSpace(formatID + " " + describedBy)
	}
	common := func(more ...vecty.Applyer) vecty.MarkupList {
		return vecty.Markup(append([]vecty.Applyer{prop.ID(id), prop.Name(id), prop.Value(value), onInput, onChange,
			vecty.MarkupIf(describedBy != "", vecty.Attribute("aria-describedby", describedBy)),
			vecty.MarkupIf(invalid, vecty.Attribute("aria-invalid", "true")),
			vecty.Attribute("autocomplete", "off")}, more...)...)
	}
	switch q.Kind {
	case core.KindDate:
		// A text box, not the browser's date picker: the picker drops a date
		// it cannot read without a word, and people type dates as they write them.
		return elem.Div(
			elem.Paragraph(vecty.Markup(prop.ID(formatID), vecty.Class("ct-hint")), vecty.Text("For example "+model.DateExample+".")),
			elem.Input(common(prop.Type(prop.TypeText), vecty.Class("ct-input", "ct-input-date"), vecty.Attribute("spellcheck", "false"))),
			a.understood(q))
	case core.KindInt:
		return elem.Input(common(prop.Type(prop.TypeText), vecty.Class("ct-input", "ct-input-short"), vecty.Attribute("inputmode", "numeric"), vecty.Attribute("spellcheck", "false")))
	case core.KindNumber:
		return elem.Div(vecty.Markup(vecty.Class("ct-prefixed")),
			elem.Span(vecty.Markup(vecty.Class("ct-prefix"), vecty.Attribute("aria-hidden", "true")), vecty.Text("$")),
			elem.Input(common(prop.Type(prop.TypeText), vecty.Class("ct-input", "ct-input-medium"), vecty.Attribute("inputmode", "decimal"), vecty.Attribute("spellcheck", "false"))))
	case core.KindDateList:
		return elem.Div(
			elem.Paragraph(vecty.Markup(prop.ID(formatID), vecty.Class("ct-hint")), vecty.Text("One date per line, or separated by commas. For example "+model.DateExample+".")),
			elem.TextArea(common(vecty.Class("ct-textarea"), vecty.Attribute("rows", "4"), vecty.Attribute("spellcheck", "false"))),
			a.understood(q))
	case core.KindTextList:
		return elem.Div(
			elem.Paragraph(vecty.Markup(prop.ID(formatID), vecty.Class("ct-hint")), vecty.Text("One per line.")),
			elem.TextArea(common(vecty.Class("ct-textarea"), vecty.Attribute("rows", "4"))))
	}
	return elem.Input(common(prop.Type(prop.TypeText), vecty.Class("ct-input")))
}

// understood shows a date answer as the checker read it ("Read as:
// September 14, 2026"), so a day and month the wrong way round is seen. The
// line is always there, empty until there is a date: filled in as the box
// loses focus, it must not move the Continue button under the pointer, and a
// live region is only announced if it was on the page before it changed.
func (a *App) understood(q core.Question) vecty.ComponentOrHTML {
	// An empty box says so in words: Safari shows today's date in grey in an
	// empty date picker, and nobody should take "not filled in" for today.
	text := ""
	switch v := a.form.Get(q.Field); {
	case v != nil:
		text = "Read as: " + model.DisplayValue(q, v)
	case a.form.DontKnow[q.Field]:
		text = "Not filled in: you chose I don't know."
	case strings.TrimSpace(a.form.TypedText(q)) == "":
		text = "Not filled in yet."
	}
	return elem.Paragraph(vecty.Markup(prop.ID(model.InputID(q.Field)+"-understood"), vecty.Class("ct-understood"), vecty.Attribute("aria-live", "polite")),
		vecty.Text(text))
}

// dontKnowBox is the "I don't know" of a typed question.
func (a *App) dontKnowBox(q core.Question) vecty.ComponentOrHTML {
	id := model.OptionID(q.Field, core.Unknown)
	on := a.form.DontKnow[q.Field]
	return elem.Div(vecty.Markup(vecty.Class("ct-checkbox", "ct-dont-know")),
		elem.Input(vecty.Markup(prop.Type(prop.TypeCheckbox), prop.ID(id), prop.Checked(on),
			event.Change(func(*vecty.Event) {
				a.form.SetDontKnow(q.Field, !on)
				a.problems = nil
				a.save()
				a.rerender()
			}))),
		elem.Label(vecty.Markup(prop.For(id)), vecty.Text("I don't know")),
	)
}

// choices draws radios (enum, bool) or checkboxes (enum list), each with
// its label, and "I don't know".
func (a *App) choices(q core.Question) vecty.ComponentOrHTML {
	var items vecty.List
	isList := q.Kind == core.KindEnumList
	selected := map[string]bool{}
	if isList {
		for _, v := range a.form.List(q.Field) {
			selected[v] = true
		}
		if a.form.DontKnow[q.Field] {
			selected[core.Unknown] = true
		}
	} else {
		cur := a.form.Str(q.Field)
		if cur == "" && a.form.DontKnow[q.Field] {
			cur = core.Unknown
		}
		selected[cur] = true
	}
	for _, o := range model.Choices(q) {
		o := o
		id := model.OptionID(q.Field, o.Value)
		if q.Kind == core.KindBool {
			id = model.BoolOptionID(q.Field, o.Value)
		}
		typ := prop.TypeRadio
		if isList {
			typ = prop.TypeCheckbox
		}
		on := selected[o.Value]
		hintID := ""
		if o.Hint != "" {
			hintID = id + "-hint"
		}
		onChange := event.Change(func(*vecty.Event) {
			switch {
			case isList && o.Value == core.Unknown:
				a.form.SetDontKnow(q.Field, !on)
			case isList:
				a.form.Toggle(q, o.Value, !on)
			default:
				a.form.Choose(q, o.Value)
			}
			a.problems = nil
			a.save()
			a.rerender()
		})
		class := "ct-radio"
		if isList {
			class = "ct-checkbox"
		}
		items = append(items, elem.Div(vecty.Markup(vecty.Class(class), vecty.MarkupIf(o.Value == core.Unknown, vecty.Class("ct-dont-know"))),
			elem.Input(vecty.Markup(prop.Type(typ), prop.ID(id), prop.Name(model.InputID(q.Field)), prop.Value(o.Value), prop.Checked(on), onChange,
				vecty.MarkupIf(hintID != "", vecty.Attribute("aria-describedby", hintID)))),
			elem.Label(vecty.Markup(prop.For(id)), vecty.Text(o.Label)),
			vecty.If(o.Hint != "", elem.Paragraph(vecty.Markup(prop.ID(hintID), vecty.Class("ct-hint", "ct-option-hint")), vecty.Text(o.Hint))),
		))
	}
	return elem.Div(vecty.Markup(vecty.Class("ct-choices")), items)
}
