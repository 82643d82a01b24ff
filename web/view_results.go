package web

import (
	"fmt"
	"sort"
	"strings"

	"github.com/cipa-triage/cipa-triage/web/model"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"
	"github.com/hexops/vecty/event"
	"github.com/hexops/vecty/prop"
)

// resultsPage draws the assessment: on the first screen the day to act by,
// what kind of day it is and the first thing to do today; then the brief;
// then every detail in sections the user opens. The default page stays
// short (a browser test counts its words); the full report opens them all.
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
	b := as.Brief
	return elem.Div(vecty.Markup(vecty.ClassMap{"ct-results": true, "ct-report-full": a.fullReport, "ct-printing-draft": a.draftPrint != ""}),
		elem.Heading1(vecty.Markup(prop.ID(HeadingID), vecty.Attribute("tabindex", "-1")), vecty.Text("Your results")),
		actByView(b),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-caption")), vecty.Text("Worked out on "+as.AsOf.Long()+" from your answers, on this device.")),
		a.lawReviewView(as),
		briefView(b, as.AsOf),
		recordingView(as),
		a.comparisonResults(),
		vecty.If(a.cfg.HasFirm(), a.firmPanel(true)),
		warningsView(as),
		vecty.If(as.MassArbitration.Applies, massView(as)),
		elem.Div(vecty.Markup(vecty.Class("ct-more-all")),
			elem.Heading2(vecty.Markup(vecty.Class("ct-more-heading")), vecty.Text("The details")),
			elem.Paragraph(vecty.Markup(vecty.Class("ct-hint", "ct-noprint")), vecty.Text("Open a section to read it. The full report has every section.")),
			nextStepsView(as),
			exposureView(as),
			vecty.If(!as.MassArbitration.Applies, moreSection("mass-arbitration-more", "Mass arbitration", "not expected to apply", massView(as))),
			factorsView(as, cites),
			defensesView(as, cites),
			timelineView(as),
			summaryView(as),
			citationsView(as),
		),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-print-only", "ct-short-note")),
			vecty.Text("This is the short report. The full report adds every step, the costs, the factors, the defenses, the timeline and the sources.")),
		elem.Section(vecty.Markup(prop.ID("notice"), vecty.Class("ct-notice")),
			elem.Heading2(vecty.Text("This is not legal advice")),
			elem.Paragraph(vecty.Text(orDefault(as.Notice, "This checker gives general information from your own answers. It is not legal advice and does not create a lawyer-client relationship. Deadlines and amounts must be confirmed by a lawyer licensed in California."))),
		),
		a.reportChoice(),
		elem.Div(vecty.Markup(vecty.Class("ct-actions", "ct-noprint")),
			button("Print or save as PDF", "ct-print", true, a.printReport),
			button("Download report (Markdown)", "ct-download-md", false, a.DownloadMarkdown),
			button("Download results (JSON)", "ct-download-json", false, a.DownloadJSON),
			button("Add the dates to your calendar (.ics)", "ct-download-ics", false, a.DownloadCalendar),
		),
		a.draftsView(),
		a.draftPrintView(),
		elem.Div(vecty.Markup(vecty.Class("ct-actions", "ct-nav", "ct-noprint")),
			button("Check your answers", "ct-to-check", false, func() { a.GoTo("check") }),
			button("Back", "ct-back", false, a.Back),
		),
	)
}

// reportChoice picks the short or the full report for printing and the
// downloads; short is the default.
func (a *App) reportChoice() *vecty.HTML {
	opt := func(id, label, hint string, full bool) *vecty.HTML {
		return elem.Div(vecty.Markup(vecty.Class("ct-radio")),
			elem.Input(vecty.Markup(prop.Type(prop.TypeRadio), prop.ID(id), prop.Name("ct-report"), prop.Checked(a.fullReport == full),
				vecty.Attribute("aria-describedby", id+"-hint"),
				event.Change(func(*vecty.Event) { a.fullReport = full; a.rerender() }))),
			elem.Label(vecty.Markup(prop.For(id)), vecty.Text(label)),
			elem.Paragraph(vecty.Markup(prop.ID(id+"-hint"), vecty.Class("ct-hint", "ct-option-hint")), vecty.Text(hint)))
	}
	return elem.FieldSet(vecty.Markup(vecty.Class("ct-report-choice", "ct-noprint")),
		elem.Legend(vecty.Markup(vecty.Class("ct-legend")), elem.Heading2(vecty.Text("Print or download"))),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text("Choose the report, then print it or download it.")),
		opt("ct-report-short", "Short report", "The date to act by, the first steps and the brief: about 4 printed pages.", false),
		opt("ct-report-full", "Full report", "Every section, with the sources: for your lawyer.", true),
	)
}

func orDefault(s, d string) string {
	if strings.TrimSpace(s) == "" {
		return d
	}
	return s
}

// actByView is the first screen: the day, its kind and source, the days
// left and the one thing to do today.
func actByView(b core.Brief) *vecty.HTML {
	var big, small string
	urgent := false
	basis := b.ActByBasis
	switch {
	case b.ActBy.IsZero():
		big = "Act by: not known yet"
		small = "Give the letter's date to work it out."
	default:
		big = "Act by " + b.ActBy.Long()
		small = model.DaysLeftText(b.DaysLeft)
		urgent = b.DaysLeft <= 7
	}
	return elem.Section(vecty.Markup(prop.ID("deadline"), vecty.ClassMap{"ct-panel": true, "ct-deadline": true, "ct-urgent": urgent},
		vecty.Attribute("aria-labelledby", "deadline-title"),
		vecty.Attribute("data-days-left", fmt.Sprint(b.DaysLeft)), vecty.Attribute("data-deadline", b.ActBy.String())),
		elem.Heading2(vecty.Markup(prop.ID("deadline-title")), vecty.Text(big)),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-days-left")), vecty.Text(small)),
		elem.Paragraph(vecty.Markup(prop.ID("deadline-kind"), vecty.Class("ct-basis")),
			vecty.Text(b.ActByKind), vecty.If(basis != "", vecty.Text(" "+basis))),
		vecty.If(b.Today.Title != "", elem.Div(vecty.Markup(prop.ID("first-action"), vecty.Class("ct-today")),
			elem.Heading3(vecty.Text("Do this today")),
			elem.Paragraph(elem.Strong(vecty.Text(model.Sentence(b.Today.Title))), vecty.If(b.Today.Detail != "", vecty.Text(" "+b.Today.Detail))))),
	)
}

// briefView is the brief under the first screen: what this is, the week,
// the money and the strongest points each way, in at most 300 words.
func briefView(b core.Brief, today core.Date) *vecty.HTML {
	var week vecty.List
	for _, s := range b.ThisWeek {
		by := ""
		switch {
		case s.By.IsZero():
		case s.By.Equal(today):
			by = ", today"
		default:
			by = ", by " + s.By.Long()
		}
		week = append(week, elem.ListItem(elem.Strong(vecty.Text(s.Title)),
			vecty.If(by != "", elem.Span(vecty.Markup(vecty.Class("ct-by")), vecty.Text(by)))))
	}
	var money, pro, con []string
	for _, m := range b.Money {
		money = append(money, m.Text)
	}
	for _, p := range b.For {
		pro = append(pro, p.Text)
	}
	for _, p := range b.Against {
		con = append(con, p.Text)
	}
	list := func(id, title string, items []string) vecty.ComponentOrHTML {
		if len(items) == 0 {
			return nil
		}
		var li vecty.List
		for _, it := range items {
			li = append(li, elem.ListItem(vecty.Text(it)))
		}
		return elem.Div(vecty.Markup(prop.ID(id), vecty.Class("ct-brief-part")), elem.Heading3(vecty.Text(title)), elem.UnorderedList(li))
	}
	return elem.Section(vecty.Markup(prop.ID("brief"), vecty.Class("ct-brief"), vecty.Attribute("aria-labelledby", "brief-title")),
		elem.Heading2(vecty.Markup(prop.ID("brief-title")), vecty.Text("In brief")),
		vecty.If(b.WhatThisIs != "", elem.Paragraph(vecty.Markup(vecty.Class("ct-lead")), vecty.Text(b.WhatThisIs))),
		vecty.If(len(week) > 0, elem.Div(vecty.Markup(prop.ID("this-week"), vecty.Class("ct-brief-part")),
			elem.Heading3(vecty.Text("This week")), elem.OrderedList(week))),
		list("brief-money", "The money", money),
		elem.Div(vecty.Markup(vecty.Class("ct-points")),
			list("brief-for", "For you", pro),
			list("brief-against", "Against you", con)),
	)
}

// recordingView is what the user's own files showed (a HAR recording:
// which tag fired, when, what it sent): the facts a lawyer asks for first.
func recordingView(as core.Assessment) vecty.ComponentOrHTML {
	var ev []string
	for _, f := range as.Factors {
		ev = append(ev, f.Evidence...)
	}
	if len(ev) == 0 {
		return nil
	}
	return elem.Section(vecty.Markup(prop.ID("recording"), vecty.Class("ct-brief"), vecty.Attribute("aria-labelledby", "recording-title")),
		elem.Heading3(vecty.Markup(prop.ID("recording-title")), vecty.Text("What your recording showed")),
		evidenceList(ev))
}

func evidenceList(ev []string) vecty.ComponentOrHTML {
	if len(ev) == 0 {
		return nil
	}
	var items vecty.List
	for _, e := range ev {
		items = append(items, elem.ListItem(vecty.Text(e)))
	}
	return elem.UnorderedList(vecty.Markup(vecty.Class("ct-evidence")), items)
}

// moreSection is one section of details, closed until the user opens it.
// Native <details> opens without script, by keyboard, and in print.
func moreSection(id, title, count string, body ...vecty.MarkupOrChild) *vecty.HTML {
	return elem.Section(vecty.Markup(prop.ID(id), vecty.Class("ct-more")),
		elem.Details(append([]vecty.MarkupOrChild{vecty.Markup(vecty.Class("ct-more-details"), prop.ID(id+"-details")),
			elem.Summary(vecty.Markup(vecty.Class("ct-more-summary")),
				elem.Heading2(vecty.Markup(vecty.Class("ct-more-title")), vecty.Text(title)),
				vecty.If(count != "", elem.Span(vecty.Markup(vecty.Class("ct-more-count")), vecty.Text(count)))),
		}, body...)...))
}

func counted(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
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
	return moreSection("next-steps", "Every step, with dates", counted(len(items), "step", "steps"),
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
		row("Where it would be decided", core.ForumLabel(e.Forum), "")
	}
	var costRows vecty.List
	for _, c := range e.Costs {
		note := c.When
		if c.Confirm {
			note += " (confirm against the provider's current fee schedule)"
		}
		costRows = append(costRows, elem.TableRow(vecty.Markup(vecty.Attribute("data-id", c.ID)),
			elem.TableData(vecty.Markup(vecty.Attribute("data-label", "Fee")), vecty.Text(c.Label)),
			elem.TableData(vecty.Markup(vecty.Class("ct-num"), vecty.Attribute("data-label", "Amount")), vecty.Text(core.USD(c.Amount))),
			elem.TableData(vecty.Markup(vecty.Attribute("data-label", "Paid by")), vecty.Text(string(c.Payer))),
			elem.TableData(vecty.Markup(vecty.Attribute("data-label", "When")), vecty.Text(note)),
		))
	}
	var notes vecty.List
	for _, n := range e.Notes {
		notes = append(notes, elem.ListItem(vecty.Text(n)))
	}
	count := ""
	if e.Statutory.Amount > 0 {
		count = "up to " + core.USD(e.Statutory.Amount) + " under the statute"
	}
	return moreSection("exposure", "What it could cost", count,
		emptyOr(len(rows) == 0, "Not enough answers yet to estimate the exposure.", elem.DescriptionList(vecty.Markup(vecty.Class("ct-summary-list")), rows)),
		vecty.If(len(costRows) > 0, elem.Div(vecty.Markup(vecty.Class("ct-table-wrap")), elem.Table(vecty.Markup(vecty.Class("ct-table", "ct-stack")),
			elem.Caption(vecty.Text(fmt.Sprintf("Arbitration costs the business would bear: %s in all", core.USD(e.CostsTotal)))),
			elem.TableHead(elem.TableRow(th("Fee"), th("Amount"), th("Paid by"), th("When"))),
			elem.TableBody(costRows)))),
		vecty.If(e.CostsNote != "", elem.Paragraph(vecty.Markup(vecty.Class("ct-hint"), prop.ID("costs-note")), vecty.Text(e.CostsNote))),
		vecty.If(len(notes) > 0, elem.UnorderedList(vecty.Markup(vecty.Class("ct-notes")), notes)),
		theoriesView(as),
	)
}

func th(s string) *vecty.HTML {
	return elem.TableHeader(vecty.Markup(vecty.Attribute("scope", "col")), vecty.Text(s))
}

func massView(as core.Assessment) *vecty.HTML {
	m := as.MassArbitration
	head := "Mass-arbitration rules are not expected to apply"
	if m.Applies {
		head = "Mass-arbitration rules are likely to apply"
	}
	title := elem.Heading2(vecty.Text(head))
	if !m.Applies {
		// Inside its closed section, which already has the heading.
		title = elem.Paragraph(elem.Strong(vecty.Text(head)))
	}
	return elem.Section(vecty.Markup(prop.ID("mass-arbitration"), vecty.Attribute("data-applies", fmt.Sprint(m.Applies)), vecty.ClassMap{"ct-panel": true, "ct-flag": m.Applies}),
		title,
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

func factorsView(as core.Assessment, cites map[string]core.Citation) *vecty.HTML {
	var rows vecty.List
	for _, f := range as.Factors {
		rows = append(rows, elem.TableRow(vecty.Markup(vecty.Attribute("data-id", string(f.ID)), vecty.Attribute("data-status", string(f.Status)), vecty.Class("ct-status-"+string(f.Status))),
			elem.TableHeader(vecty.Markup(vecty.Attribute("scope", "row")), vecty.Text(f.Title)),
			elem.TableData(elem.Span(vecty.Markup(vecty.Class("ct-tag", "ct-tag-"+string(f.Status))), vecty.Text(core.StatusLabel(f.Status)))),
			elem.TableData(elem.Paragraph(vecty.Text(f.Finding)),
				vecty.If(f.Why != "", elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text(f.Why))),
				evidenceList(f.Evidence),
				citeNames(f.Citations, cites)),
		))
	}
	return moreSection("factors", "The factors", factorCount(as.Factors),
		emptyOr(len(rows) == 0, "No factors worked out yet.", elem.Div(vecty.Markup(vecty.Class("ct-table-wrap")), elem.Table(vecty.Markup(vecty.Class("ct-table", "ct-factors")),
			elem.Caption(vecty.Markup(vecty.Class("ct-visually-hidden")), vecty.Text("Factors, their status and what was found")),
			elem.TableHead(elem.TableRow(th("Factor"), th("Status"), th("What we found"))),
			elem.TableBody(rows)))),
	)
}

// strengthOrder puts the defenses worth most first.
var strengthOrder = map[string]int{core.StrengthStrong: 0, core.StrengthModerate: 1, core.StrengthWeak: 2, core.StrengthUnknown: 3, core.StrengthUnavailable: 4}

func defensesView(as core.Assessment, cites map[string]core.Citation) *vecty.HTML {
	item := func(d core.Defense) *vecty.HTML {
		return elem.ListItem(vecty.Markup(vecty.Attribute("data-id", string(d.ID)), vecty.Attribute("data-strength", d.Strength), vecty.Class("ct-defense")),
			elem.Heading3(vecty.Text(d.Title+" "), elem.Span(vecty.Markup(vecty.Class("ct-tag", "ct-strength-"+d.Strength)), vecty.Text(core.StrengthLabel(d.Strength)))),
			elem.Paragraph(vecty.Text(d.Why)),
			citeNames(d.Citations, cites))
	}
	ds := append([]core.Defense(nil), as.Defenses...)
	sort.SliceStable(ds, func(i, j int) bool { return strengthOrder[ds[i].Strength] < strengthOrder[ds[j].Strength] })
	var items, other vecty.List
	open := 0
	for _, d := range ds {
		if d.NotRaised {
			other = append(other, item(d))
			continue
		}
		if d.Strength == core.StrengthStrong || d.Strength == core.StrengthModerate {
			open++
		}
		items = append(items, item(d))
	}
	count := counted(open, "strong or moderate", "strong or moderate")
	return moreSection("defenses", "Defenses that may be open to you", count,
		emptyOr(len(items) == 0, "No defenses worked out yet.", elem.UnorderedList(vecty.Markup(vecty.Class("ct-plain-list")), items)),
		vecty.If(len(other) > 0, elem.Details(vecty.Markup(prop.ID("defenses-not-raised"), vecty.Class("ct-more-details", "ct-not-raised")),
			elem.Summary(vecty.Markup(vecty.Class("ct-more-summary")),
				elem.Heading3(vecty.Markup(vecty.Class("ct-more-title")), vecty.Text("Defenses to claims this letter does not make")),
				elem.Span(vecty.Markup(vecty.Class("ct-more-count")), vecty.Text(counted(len(other), "defense, kept in case the firm adds the claim", "defenses, kept in case the firm adds the claim")))),
			elem.UnorderedList(vecty.Markup(vecty.Class("ct-plain-list")), other))))
}

func factorCount(fs []core.Factor) string {
	n := map[core.Status]int{}
	for _, f := range fs {
		n[f.Status]++
	}
	var parts []string
	if n[core.StatusRisk] > 0 {
		parts = append(parts, fmt.Sprintf("%d against you", n[core.StatusRisk]))
	}
	if n[core.StatusOK] > 0 {
		parts = append(parts, fmt.Sprintf("%d in your favor", n[core.StatusOK]))
	}
	if n[core.StatusUnknown] > 0 {
		parts = append(parts, fmt.Sprintf("%d not known yet", n[core.StatusUnknown]))
	}
	return strings.Join(parts, ", ")
}

// summaryView is the whole picture, paragraph by paragraph.
func summaryView(as core.Assessment) vecty.ComponentOrHTML {
	var paras vecty.List
	for _, p := range as.Summary {
		if strings.TrimSpace(p) != "" {
			paras = append(paras, elem.Paragraph(vecty.Text(p)))
		}
	}
	if len(paras) == 0 {
		return nil
	}
	return moreSection("summary", "The whole picture", "", paras)
}

func timelineView(as core.Assessment) *vecty.HTML {
	var items vecty.List
	for _, ev := range as.Timeline {
		items = append(items, elem.ListItem(vecty.Markup(vecty.Attribute("data-kind", ev.Kind), vecty.Class("ct-event", "ct-event-"+ev.Kind)),
			elem.Time(vecty.Markup(vecty.Attribute("datetime", ev.Date.String()), vecty.Class("ct-event-date")), vecty.Text(ev.Date.Long())),
			elem.Div(elem.Strong(vecty.Text(ev.Title)), vecty.If(ev.Detail != "", elem.Paragraph(vecty.Text(ev.Detail))))))
	}
	return moreSection("timeline", "Timeline", counted(len(items), "dated event", "dated events"),
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
	return moreSection("citations", "Sources", counted(len(items), "source, each with the date it was checked", "sources, each with the date it was checked"),
		emptyOr(len(items) == 0, "No sources cited yet.", elem.OrderedList(vecty.Markup(vecty.Class("ct-citations")), items)))
}
