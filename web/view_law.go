package web

import (
	"fmt"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/knowledge"
	"github.com/cipa-triage/cipa-triage/core/report"
	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"
	"github.com/hexops/vecty/prop"
)

// LawPageID is the page that lists the legal changes the checker knows. It
// sits outside the question flow: the results page links to it and its
// Back button returns there.
const LawPageID = "law"

// lawReviewView says how old the law behind the results is, warns
// prominently once the as-of date is past the review window, and links to
// the list of changes.
func (a *App) lawReviewView(as core.Assessment) *vecty.HTML {
	return elem.Section(vecty.Markup(prop.ID("law-review"), vecty.Attribute("data-stale", boolAttr(as.Law.Stale)),
		vecty.ClassMap{"ct-panel": as.Law.Stale, "ct-flag": as.Law.Stale}),
		vecty.If(as.Law.Stale, elem.Div(vecty.Markup(prop.ID("law-warning"), vecty.Attribute("role", "alert")),
			elem.Heading2(vecty.Text("The law may have changed since this checker was reviewed")),
			elem.Paragraph(vecty.Text(as.Law.Warning)))),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-caption"), prop.ID("law-reviewed")), vecty.Text(report.LawReviewedLine(as.Law))),
		elem.Div(vecty.Markup(vecty.Class("ct-noprint")),
			button("What changed in the law", "ct-to-law", false, func() { a.GoTo(LawPageID) })),
	)
}

// theoriesView shows the statutory measure per theory the letter relies on,
// each with its worth before and after a dated change in the law.
func theoriesView(as core.Assessment) vecty.ComponentOrHTML {
	if len(as.Exposure.Theories) == 0 {
		return nil
	}
	var items vecty.List
	for _, t := range as.Exposure.Theories {
		worth := core.USD(t.Amount)
		if c := t.Change; c != nil {
			worth += " (" + core.USD(c.Before) + " before " + c.On.Long() + ", " + core.USD(c.After) + " from that day"
			if c.Confirm {
				worth += ", to be confirmed"
			}
			worth += ")"
		}
		items = append(items, elem.ListItem(vecty.Markup(vecty.Attribute("data-id", t.ID), vecty.Attribute("data-private", boolAttr(t.PrivateAction))),
			elem.Strong(vecty.Text(t.Title+": ")), vecty.Text(worth),
			elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text(t.Basis))))
	}
	return elem.Section(vecty.Markup(prop.ID("exposure-theories")),
		elem.Heading3(vecty.Text("By the statutes the letter cites")),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text("The same visits under each statute, so these are alternatives, not a sum.")),
		elem.UnorderedList(vecty.Markup(vecty.Class("ct-plain-list")), items))
}

// lawPage lists the legal changes the table knows, newest first, each with
// its date, source and confirm flag.
func (a *App) lawPage() vecty.ComponentOrHTML {
	r := knowledge.LastReview()
	var rows vecty.List
	for _, c := range knowledge.Changes() {
		on, _ := core.ParseDate(c.On)
		confirm := "No"
		if c.Confirm {
			confirm = "Yes: to be confirmed"
		}
		rows = append(rows, elem.TableRow(vecty.Markup(vecty.Attribute("data-id", c.ID), vecty.Attribute("data-on", c.On), vecty.Attribute("data-confirm", boolAttr(c.Confirm))),
			elem.TableData(vecty.Markup(vecty.Attribute("data-label", "Date")), elem.Time(vecty.Markup(vecty.Attribute("datetime", c.On)), vecty.Text(on.Long()))),
			elem.TableData(vecty.Markup(vecty.Attribute("data-label", "Change")), elem.Paragraph(vecty.Text(c.What)), elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text(c.Title))),
			elem.TableData(vecty.Markup(vecty.Attribute("data-label", "Source")), elem.Anchor(vecty.Markup(prop.Href(c.Source.URL), vecty.Attribute("target", "_blank"), vecty.Attribute("rel", "noopener noreferrer")), vecty.Text(c.Source.Title))),
			elem.TableData(vecty.Markup(vecty.Attribute("data-label", "Confirm")), vecty.Text(confirm)),
		))
	}
	reviewed, _ := core.ParseDate(r.Reviewed)
	return elem.Div(vecty.Markup(vecty.Class("ct-law")),
		elem.Heading1(vecty.Markup(prop.ID(HeadingID), vecty.Attribute("tabindex", "-1")), vecty.Text("What changed in the law")),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-lead")), vecty.Text("Law reviewed on "+reviewed.Long()+". "+r.Notes)),
		elem.Paragraph(vecty.Text(fmt.Sprintf("A result dated more than %d days after that review warns you. Then check:", r.WindowDays))),
		elem.UnorderedList(vecty.Markup(prop.ID("law-what-to-check")), whatToCheck(r.WhatToCheck)),
		elem.Div(vecty.Markup(vecty.Class("ct-table-wrap")), elem.Table(vecty.Markup(vecty.Class("ct-table", "ct-stack"), prop.ID("law-changes")),
			elem.Caption(vecty.Text("Legal changes this checker knows, newest first")),
			elem.TableHead(elem.TableRow(th("Date"), th("Change"), th("Source"), th("Confirm"))),
			elem.TableBody(rows))),
		elem.Div(vecty.Markup(vecty.Class("ct-actions", "ct-nav", "ct-noprint")),
			button("Back to your results", "ct-back", true, func() { a.GoTo("results") })),
	)
}

func boolAttr(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func whatToCheck(items []string) vecty.List {
	var out vecty.List
	for _, it := range items {
		out = append(out, elem.ListItem(vecty.Text(it)))
	}
	return out
}
