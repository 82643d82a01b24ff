package web

import (
	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/web/model"
	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"
	"github.com/hexops/vecty/event"
	"github.com/hexops/vecty/prop"
)

// checkPage lists every answer asked, section by section, each with a
// "Change" link back to its page.
func (a *App) checkPage(pages []model.Page) vecty.ComponentOrHTML {
	var sections vecty.List
	for _, s := range core.Questionnaire {
		var rows vecty.List
		for _, p := range pages {
			if p.Section == nil || p.Section.ID != s.ID {
				continue
			}
			for _, q := range p.Questions {
				q, pageID := q, p.ID
				rows = append(rows, elem.Div(vecty.Markup(vecty.Class("ct-summary-row"), vecty.Attribute("data-field", q.Field)),
					elem.DefinitionTerm(vecty.Markup(vecty.Class("ct-summary-key")), vecty.Text(q.Title)),
					elem.Description(vecty.Markup(vecty.Class("ct-summary-value")), vecty.Text(model.Display(a.form, q))),
					elem.Description(vecty.Markup(vecty.Class("ct-summary-action")),
						elem.Button(vecty.Markup(prop.Type(prop.TypeButton), vecty.Class("ct-link-button"), prop.ID("change-"+model.InputID(q.Field)),
							event.Click(func(*vecty.Event) { a.Change(pageID) })),
							vecty.Text("Change"), elem.Span(vecty.Markup(vecty.Class("ct-visually-hidden")), vecty.Text(" "+q.Title)))),
				))
			}
		}
		sections = append(sections, elem.Heading2(vecty.Text(s.Title)), elem.DescriptionList(vecty.Markup(vecty.Class("ct-summary-list")), rows))
	}
	return elem.Div(
		elem.Heading1(vecty.Markup(prop.ID(HeadingID), vecty.Attribute("tabindex", "-1")), vecty.Text("Check your answers")),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-lead")), vecty.Text("Unanswered questions are fine: the results say what they leave open. Change anything before you see the results, or later.")),
		sections,
		elem.Div(vecty.Markup(vecty.Class("ct-actions", "ct-nav")),
			button("See results", "ct-see-results", true, a.Continue),
			button("Back", "ct-back", false, a.Back),
		),
	)
}
