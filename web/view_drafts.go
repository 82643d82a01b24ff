package web

import (
	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"
	"github.com/hexops/vecty/prop"
)

// draftOffer is one draft as the results page offers it.
type draftOffer struct {
	kind, title, hint string
}

var draftOffers = []draftOffer{
	{"insurer", "Notice of claim to your insurer", "What you received, from whom and when, what it alleges and the dates, with your policy's details left blank. Send it before any payment or promise."},
	{"hold", "Preservation note for your team and vendors", "What to keep (site code, tag-manager versions, consent logs, recordings, pixel settings, contracts, policy versions) and from which date, and what not to delete."},
	{"counsel", "Outline for your lawyer", "Your answers, the documents read, the dates, the factors, defenses and exposure, and the questions still open."},
}

// draftsView offers the three drafts (core/draft), each as Word, Markdown
// or print. The readers' worker writes them on this device; nothing is sent.
func (a *App) draftsView() *vecty.HTML {
	var items vecty.List
	for _, d := range draftOffers {
		d := d
		items = append(items, elem.Div(vecty.Markup(vecty.Class("ct-draft-offer"), vecty.Attribute("data-draft", d.kind)),
			elem.Heading3(vecty.Text(d.title)),
			elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text(d.hint)),
			elem.Div(vecty.Markup(vecty.Class("ct-actions")),
				button("Word (.docx)", "ct-draft-"+d.kind+"-docx", false, func() { a.Draft(d.kind, "docx") }),
				button("Markdown", "ct-draft-"+d.kind+"-md", false, func() { a.Draft(d.kind, "md") }),
				button("Print", "ct-draft-"+d.kind+"-print", false, func() { a.Draft(d.kind, "html") }),
			)))
	}
	return elem.Section(vecty.Markup(prop.ID("drafts"), vecty.Class("ct-drafts", "ct-noprint"), vecty.Attribute("aria-labelledby", "drafts-title")),
		elem.Heading2(vecty.Markup(prop.ID("drafts-title")), vecty.Text("Drafts to review with your lawyer")),
		elem.Paragraph(vecty.Text("Filled from your answers and made on this device. Each is marked as a draft: check it with your lawyer, fill in the blanks in square brackets, then send it yourself. The checker sends nothing.")),
		items,
		elem.Paragraph(vecty.Markup(prop.ID("ct-draft-status"), vecty.Class("ct-hint"), vecty.Attribute("role", "status")), vecty.Text(a.draftStatus)),
	)
}

// draftPrintView holds the draft being printed; the page's print style shows
// it alone.
func (a *App) draftPrintView() vecty.ComponentOrHTML {
	if a.draftPrint == "" {
		return nil
	}
	return elem.Div(vecty.Markup(prop.ID("ct-draft-print"), vecty.Class("ct-draft-print"), vecty.UnsafeHTML(a.draftPrint)))
}

// Draft has the worker write one draft in format (md, docx, or html to
// print here) and downloads or prints it.
func (a *App) Draft(kind, format string) {
	as, probs := a.Assessment()
	if len(probs) > 0 {
		a.problems = probs
		a.rerender()
		return
	}
	if a.host == nil {
		return
	}
	ans, _ := a.form.Answers()
	a.draftStatus = "Writing the draft on this device…"
	a.rerender()
	err := a.host.Draft(DraftRequest{Draft: kind, Format: format, Answers: ans, Assessment: as,
		Done: func(name, mime string, data []byte, err error) {
			if err != nil {
				a.draftStatus = "The draft could not be written: " + err.Error()
				a.rerender()
				return
			}
			if format == "html" {
				a.draftPrint = string(data)
				a.draftStatus = "The draft is ready to print."
				a.rerender()
				a.print()
				return
			}
			a.draftStatus = "Saved " + name + " to your downloads."
			a.download(name, mime, data)
			a.rerender()
		}})
	if err != nil {
		a.draftStatus = "The draft could not be written: " + err.Error()
		a.rerender()
	}
}

// printReport prints the results, not a draft printed earlier.
func (a *App) printReport() {
	a.draftPrint = ""
	a.rerender()
	a.print()
}
