package web

import (
	"fmt"
	"github.com/cipa-triage/cipa-triage/web/model"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"
	"github.com/hexops/vecty/prop"
)

// resultsPage draws the assessment: what to do and by when first, then
// what it could cost, then why, then the sources.
func (a *App) resultsPage() vecty.ComponentOrHTML {
	as, probs := a.Assessment()
	if len(probs) > 0 {
		return elem.Div(
			elem.Heading1(vecty.Markup(prop.ID(HeadingID), vecty.Attribute("tabindex", "-1")), vecty.Text("Your results")),
			elem.Paragraph(vecty.Text("Some answers need correcting before the results can be worked out. Choose \"Back\" or use \"Check your answers\".")),
			button("Check your answers", "ct-to-check", true, func() { a.GoTo("check") }),
		)
	}
	cites := map[string]core.Citation{}
	for _, c := range as.Citations {
		cites[c.ID] = c
	}
	return elem.Div(vecty.Markup(vecty.Class("ct-results")),
		elem.Heading1(vecty.Markup(prop.ID(HeadingID), vecty.Attribute("tabindex", "-1")), vecty.Text("Your results")),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-caption")), vecty.Text("Worked out on "+as.AsOf.Long()+" from your answers, on this device.")),
		a.lawReviewView(as),
		deadlineView(as),
		vecty.If(len(as.Summary) > 0, elem.Paragraph(vecty.Markup(vecty.Class("ct-lead"), prop.ID("summary")), vecty.Text(strings.Join(as.Summary, " ")))),
		vecty.If(a.cfg.HasFirm(), a.firmPanel(true)),
		warningsView(as),
		nextStepsView(as),
		exposureView(as),
		theoriesView(as),
		massView(as),
		factorsView(as, cites),
		defensesView(as, cites),
		timelineView(as),
		citationsView(as),
		elem.Section(vecty.Markup(prop.ID("notice"), vecty.Class("ct-notice")),
			elem.Heading2(vecty.Text("This is not legal advice")),
			elem.Paragraph(vecty.Text(orDefault(as.Notice, "This checker gives general information from your own answers. It is not legal advice and does not create a lawyer-client relationship. Deadlines and amounts must be confirmed by a lawyer licensed in California."))),
		),
		elem.Div(vecty.Markup(vecty.Class("ct-actions", "ct-noprint")),
			button("Download report (Markdown)", "ct-download-md", false, a.DownloadMarkdown),
			button("Download results (JSON)", "ct-download-json", false, a.DownloadJSON),
			button("Add the dates to your calendar (.ics)", "ct-download-ics", false, a.DownloadCalendar),
			button("Print or save as PDF", "ct-print", false, a.print),
		),
		elem.Div(vecty.Markup(vecty.Class("ct-actions", "ct-nav", "ct-noprint")),
			button("Check your answers", "ct-to-check", false, func() { a.GoTo("check") }),
			button("Back", "ct-back", false, a.Back),
		),
	)
}

func orDefault(s, d string) string {
	if strings.TrimSpace(s) == "" {
		return d
	}
	return s
}

func deadlineView(as core.Assessment) *vecty.HTML {
	var big, small, basis string
	urgent := false
	switch {
	case as.Deadline.IsZero():
		big = "Response deadline not known yet"
		small = orDefault(as.DeadlineBasis, "Give the letter's date to work it out.")
	default:
		big = "Respond by " + as.Deadline.Long()
		small = model.DaysLeftText(as.DaysLeft)
		urgent = as.DaysLeft <= 7
		if as.DeadlineBasis != "" {
			basis = "Worked out from " + as.DeadlineBasis + "."
		}
	}
	return elem.Section(vecty.Markup(prop.ID("deadline"), vecty.ClassMap{"ct-panel": true, "ct-deadline": true, "ct-urgent": urgent},
		vecty.Attribute("data-days-left", fmt.Sprint(as.DaysLeft)), vecty.Attribute("data-deadline", as.Deadline.String())),
		elem.Heading2(vecty.Text(big)),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-days-left")), vecty.Text(small)),
		vecty.If(basis != "", elem.Paragraph(vecty.Markup(vecty.Class("ct-basis")), vecty.Text(basis))),
	)
}

func warningsView(as core.Assessment) vecty.ComponentOrHTML {
	if len(as.Warnings) == 0 {
		return nil
	}
	var items vecty.List
	for _, w := range as.Warnings {
		text := w.Message
		if q := core.QuestionFor(w.Field); q != nil {
			text = q.Title + " " + w.Message
		}
		items = append(items, elem.ListItem(vecty.Markup(vecty.Attribute("data-field", w.Field)), vecty.Text(text)))
	}
	return elem.Section(vecty.Markup(prop.ID("warnings"), vecty.Class("ct-warnings")),
		elem.Heading2(vecty.Text("Check these")),
		elem.UnorderedList(items))
}

func nextStepsView(as core.Assessment) *vecty.HTML {
	var items vecty.List
	for _, s := range as.NextSteps {
		items = append(items, elem.ListItem(
			elem.Strong(vecty.Text(s.Title)),
			vecty.If(!s.By.IsZero(), elem.Span(vecty.Markup(vecty.Class("ct-by")), vecty.Text(" by "+s.By.Long()))),
			vecty.If(s.Detail != "", elem.Paragraph(vecty.Text(s.Detail)))))
	}
	return elem.Section(vecty.Markup(prop.ID("next-steps")),
		elem.Heading2(vecty.Text("What to do next")),
		emptyOr(len(items) == 0, "No steps worked out yet: answer more questions.", elem.OrderedList(vecty.Markup(vecty.Class("ct-steps")), items)))
}

func emptyOr(empty bool, msg string, h *vecty.HTML) vecty.ComponentOrHTML {
	if empty {
		return elem.Paragraph(vecty.Markup(vecty.Class("ct-empty")), vecty.Text(msg))
	}
	return h
}

func money(m core.Money) string {
	s := core.USD(m.Amount)
	if m.Confirm {
		s += " (to be confirmed)"
	}
	return s
}

func exposureView(as core.Assessment) *vecty.HTML {
	e := as.Exposure
	var rows vecty.List
	row := func(k, v, why string) {
		rows = append(rows, elem.Div(vecty.Markup(vecty.Class("ct-summary-row")),
			elem.DefinitionTerm(vecty.Markup(vecty.Class("ct-summary-key")), vecty.Text(k)),
			elem.Description(vecty.Markup(vecty.Class("ct-summary-value")), vecty.Text(v),
				vecty.If(why != "", elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text(why))))))
	}
	if e.Claimed != nil {
		row("What the letter demands", money(*e.Claimed), e.Claimed.Basis)
	}
	if e.Statutory.Amount > 0 || e.Statutory.Basis != "" {
		row("Statutory measure (Penal Code 637.2)", money(e.Statutory), e.Statutory.Basis)
	}
	if e.PerClaimant.High > 0 || e.PerClaimant.Basis != "" {
		row("Realistic range per claimant", core.USD(e.PerClaimant.Low)+" to "+core.USD(e.PerClaimant.High), e.PerClaimant.Basis)
	}
	if e.Forum != "" {
		row("Where it would be decided", forumName(e.Forum), "")
	}
	var costRows vecty.List
	for _, c := range e.Costs {
		note := c.When
		if c.Confirm {
			note += " (confirm against the provider's current fee schedule)"
		}
		costRows = append(costRows, elem.TableRow(vecty.Markup(vecty.Attribute("data-id", c.ID)),
			elem.TableData(vecty.Text(c.Label)),
			elem.TableData(vecty.Markup(vecty.Class("ct-num")), vecty.Text(core.USD(c.Amount))),
			elem.TableData(vecty.Text(c.Payer)),
			elem.TableData(vecty.Text(note)),
		))
	}
	var notes vecty.List
	for _, n := range e.Notes {
		notes = append(notes, elem.ListItem(vecty.Text(n)))
	}
	return elem.Section(vecty.Markup(prop.ID("exposure")),
		elem.Heading2(vecty.Text("What it could cost")),
		emptyOr(len(rows) == 0, "Not enough answers yet to estimate the exposure.", elem.DescriptionList(vecty.Markup(vecty.Class("ct-summary-list")), rows)),
		vecty.If(len(costRows) > 0, elem.Div(vecty.Markup(vecty.Class("ct-table-wrap")), elem.Table(vecty.Markup(vecty.Class("ct-table")),
			elem.Caption(vecty.Text(fmt.Sprintf("Arbitration costs the business would bear: %s in all", core.USD(e.CostsTotal)))),
			elem.TableHead(elem.TableRow(th("Fee"), th("Amount"), th("Paid by"), th("When"))),
			elem.TableBody(costRows)))),
		vecty.If(e.CostsNote != "", elem.Paragraph(vecty.Markup(vecty.Class("ct-hint"), prop.ID("costs-note")), vecty.Text(e.CostsNote))),
		vecty.If(len(notes) > 0, elem.UnorderedList(vecty.Markup(vecty.Class("ct-notes")), notes)),
	)
}

func th(s string) *vecty.HTML {
	return elem.TableHeader(vecty.Markup(vecty.Attribute("scope", "col")), vecty.Text(s))
}

func forumName(id string) string {
	names := map[string]string{
		"aaa_consumer": "AAA arbitration, consumer rules", "aaa_commercial": "AAA arbitration, commercial rules",
		"aaa_mass": "AAA mass arbitration", "jams_mass": "JAMS mass arbitration", "jams": "JAMS arbitration",
		"court": "Court", "unknown": "Not known yet",
	}
	if n, ok := names[id]; ok {
		return n
	}
	return id
}

func massView(as core.Assessment) *vecty.HTML {
	m := as.MassArbitration
	head := "Mass-arbitration rules are not expected to apply"
	if m.Applies {
		head = "Mass-arbitration rules are likely to apply"
	}
	return elem.Section(vecty.Markup(prop.ID("mass-arbitration"), vecty.Attribute("data-applies", fmt.Sprint(m.Applies)), vecty.ClassMap{"ct-panel": true, "ct-flag": m.Applies}),
		elem.Heading2(vecty.Text(head)),
		vecty.If(m.Threshold > 0, elem.Paragraph(vecty.Text(fmt.Sprintf("%d similar demand(s) counted; the threshold is %d.", m.Demands, m.Threshold)))),
		vecty.If(m.Rules != "", elem.Paragraph(vecty.Text("Rules: "+m.Rules))),
		vecty.If(m.Why != "", elem.Paragraph(vecty.Text(m.Why))),
	)
}

func citeNames(ids []string, cites map[string]core.Citation) vecty.ComponentOrHTML {
	if len(ids) == 0 {
		return nil
	}
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if c, ok := cites[id]; ok && c.Title != "" {
			names = append(names, c.Title)
		} else {
			names = append(names, id)
		}
	}
	return elem.Paragraph(vecty.Markup(vecty.Class("ct-sources")), vecty.Text("Sources: "+strings.Join(names, "; ")))
}

var statusWords = map[string]string{core.StatusRisk: "Risk", core.StatusOK: "In your favour", core.StatusUnknown: "Unknown"}

func factorsView(as core.Assessment, cites map[string]core.Citation) *vecty.HTML {
	var rows vecty.List
	for _, f := range as.Factors {
		rows = append(rows, elem.TableRow(vecty.Markup(vecty.Attribute("data-id", f.ID), vecty.Attribute("data-status", f.Status), vecty.Class("ct-status-"+f.Status)),
			elem.TableHeader(vecty.Markup(vecty.Attribute("scope", "row")), vecty.Text(f.Title)),
			elem.TableData(elem.Span(vecty.Markup(vecty.Class("ct-tag", "ct-tag-"+f.Status)), vecty.Text(orDefault(statusWords[f.Status], f.Status)))),
			elem.TableData(elem.Paragraph(vecty.Text(f.Finding)),
				vecty.If(f.Why != "", elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text(f.Why))),
				citeNames(f.Citations, cites)),
		))
	}
	return elem.Section(vecty.Markup(prop.ID("factors")),
		elem.Heading2(vecty.Text("The factors")),
		emptyOr(len(rows) == 0, "No factors worked out yet.", elem.Div(vecty.Markup(vecty.Class("ct-table-wrap")), elem.Table(vecty.Markup(vecty.Class("ct-table", "ct-factors")),
			elem.Caption(vecty.Markup(vecty.Class("ct-visually-hidden")), vecty.Text("Factors, their status and what was found")),
			elem.TableHead(elem.TableRow(th("Factor"), th("Status"), th("What we found"))),
			elem.TableBody(rows)))),
	)
}

func defensesView(as core.Assessment, cites map[string]core.Citation) *vecty.HTML {
	var items vecty.List
	for _, d := range as.Defenses {
		items = append(items, elem.ListItem(vecty.Markup(vecty.Attribute("data-id", d.ID), vecty.Attribute("data-strength", d.Strength), vecty.Class("ct-defense")),
			elem.Heading3(vecty.Text(d.Title+" "), elem.Span(vecty.Markup(vecty.Class("ct-tag", "ct-strength-"+d.Strength)), vecty.Text(d.Strength))),
			elem.Paragraph(vecty.Text(d.Why)),
			citeNames(d.Citations, cites)))
	}
	return elem.Section(vecty.Markup(prop.ID("defenses")),
		elem.Heading2(vecty.Text("Defenses that may be open to you")),
		emptyOr(len(items) == 0, "No defenses worked out yet.", elem.UnorderedList(vecty.Markup(vecty.Class("ct-plain-list")), items)))
}

func timelineView(as core.Assessment) *vecty.HTML {
	var items vecty.List
	for _, ev := range as.Timeline {
		items = append(items, elem.ListItem(vecty.Markup(vecty.Attribute("data-kind", ev.Kind), vecty.Class("ct-event", "ct-event-"+ev.Kind)),
			elem.Time(vecty.Markup(vecty.Attribute("datetime", ev.Date.String()), vecty.Class("ct-event-date")), vecty.Text(ev.Date.Long())),
			elem.Div(elem.Strong(vecty.Text(ev.Title)), vecty.If(ev.Detail != "", elem.Paragraph(vecty.Text(ev.Detail))))))
	}
	return elem.Section(vecty.Markup(prop.ID("timeline")),
		elem.Heading2(vecty.Text("Timeline")),
		emptyOr(len(items) == 0, "No dated events worked out yet.", elem.OrderedList(vecty.Markup(vecty.Class("ct-timeline")), items)))
}

func citationsView(as core.Assessment) *vecty.HTML {
	var items vecty.List
	for _, c := range as.Citations {
		meta := "Checked " + c.Checked.Long()
		if c.Confirm {
			meta += "; to be confirmed"
		}
		items = append(items, elem.ListItem(vecty.Markup(vecty.Attribute("data-id", c.ID), prop.ID("cite-"+c.ID)),
			elem.Strong(vecty.Text(c.Title)),
			vecty.If(c.Cite != "", vecty.Text(", "+c.Cite)),
			vecty.If(c.Summary != "", elem.Paragraph(vecty.Text(c.Summary))),
			elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")),
				vecty.If(c.URL != "", elem.Anchor(vecty.Markup(prop.Href(c.URL), vecty.Attribute("target", "_blank"), vecty.Attribute("rel", "noopener noreferrer")), vecty.Text(c.URL))),
				vecty.Text(" ("+meta+")"))))
	}
	return elem.Section(vecty.Markup(prop.ID("citations")),
		elem.Heading2(vecty.Text("Sources")),
		emptyOr(len(items) == 0, "No sources cited yet.", elem.OrderedList(vecty.Markup(vecty.Class("ct-citations")), items)))
}
