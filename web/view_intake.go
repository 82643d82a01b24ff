package web

import (
	"encoding/json"
	"fmt"
	"github.com/cipa-triage/cipa-triage/web/model"
	"sort"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"
	"github.com/hexops/vecty/event"
	"github.com/hexops/vecty/prop"
)

// dropZones offers every reader registered for a section: a file input and a
// drop area, a paste box for readers that take plain text, and the review of
// what the last read found.
func (a *App) dropZones(section string) vecty.ComponentOrHTML {
	rs := readersFor(section)
	if len(rs) == 0 {
		return nil
	}
	var zones vecty.List
	for _, r := range rs {
		zones = append(zones, a.dropZone(r))
		if takesHAR(r) {
			zones = append(zones, a.compareZone())
		}
	}
	return elem.Section(vecty.Markup(vecty.Class("ct-intake"), vecty.Attribute("aria-labelledby", "ct-intake-"+section)),
		elem.Heading2(vecty.Markup(prop.ID("ct-intake-"+section)), vecty.Text("Fill in answers from a document")),
		elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text("The document is read here, on this device; it is not uploaded. You check every answer before it is used.")),
		zones)
}

// pastedName is the file name pasted text is read under: the ".txt" tells
// a reader that dispatches on the ending that this is plain text.
const pastedName = "pasted.txt"

func fileLabel(name string) string {
	switch name {
	case pastedName:
		return "the pasted text"
	case "":
		return "the file"
	}
	return name
}

// ReaderTitle names a reader for people: "letter" becomes "Letter", "har" becomes "HAR".
func ReaderTitle(name string) string {
	if len(name) <= 3 {
		return strings.ToUpper(name)
	}
	return model.Humanize(name)
}

func (a *App) dropZone(r core.ReaderInfo) vecty.ComponentOrHTML {
	name := r.Name
	st := a.read(r)
	fileID := "ct-file-" + name
	pasteID := "ct-paste-" + name
	onFile := func(e *vecty.Event) { a.startRead(r, e) }
	accept := strings.Join(r.Accepts, ",")
	return elem.Div(vecty.Markup(prop.ID("ct-read-"+name), vecty.Class("ct-dropzone"), vecty.Attribute("data-reader", name), vecty.Attribute("tabindex", "-1")),
		elem.Heading3(vecty.Text(ReaderTitle(name)+" ("+strings.Join(r.Accepts, ", ")+")")),
		vecty.If(takesHAR(r), elem.Paragraph(vecty.Markup(vecty.Class("ct-warning-text")),
			vecty.Text("A HAR file records everything your browser exchanged with your site, including cookies and login tokens. It is read only on this device; cookies and tokens are never shown, stored or exported."))),
		elem.Div(vecty.Markup(vecty.Class("ct-drop-area"),
			event.DragOver(func(*vecty.Event) {}).PreventDefault(),
			event.Drop(onFile).PreventDefault()),
			elem.Label(vecty.Markup(prop.For(fileID)), vecty.Text("Choose a file")),
			elem.Input(vecty.Markup(prop.Type(prop.TypeFile), prop.ID(fileID), vecty.Attribute("accept", accept), event.Change(onFile))),
			elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text("or drop it on this box")),
		),
		vecty.If(takesText(r), elem.Div(vecty.Markup(vecty.Class("ct-paste")),
			elem.Label(vecty.Markup(prop.For(pasteID)), vecty.Text("Or paste the text")),
			elem.TextArea(vecty.Markup(prop.ID(pasteID), vecty.Class("ct-textarea"), vecty.Attribute("rows", "4"), prop.Value(st.Paste),
				event.Input(func(e *vecty.Event) { st.Paste = a.host.InputValue(e) }))),
			button("Read pasted text", "ct-paste-read-"+name, false, func() {
				if strings.TrimSpace(st.Paste) == "" {
					st.Err = "Paste some text first."
					a.rerender()
					return
				}
				a.startRead(r, nil)
			}),
		)),
		a.readStatus(r, st),
	)
}

func (a *App) readStatus(r core.ReaderInfo, st *readState) vecty.ComponentOrHTML {
	switch {
	case st.Err != "":
		return elem.Paragraph(vecty.Markup(vecty.Class("ct-error-message"), vecty.Attribute("role", "alert")), vecty.Text(st.Err))
	case st.Busy:
		return a.readProgress(r, st)
	case st.Result != nil:
		return a.review(r, st)
	case len(st.Applied) > 0:
		return elem.Paragraph(vecty.Markup(vecty.Attribute("role", "status"), vecty.Class("ct-done")),
			vecty.Text(fmt.Sprintf("%s from %s %s now in your answers. You can still change them below.", model.Plural(len(st.Applied), "answer", "answers"), fileLabel(st.File), isAre(len(st.Applied)))))
	}
	return nil
}

// readProgress shows a read under way: a bar of the bytes read (and the
// entries, for a HAR) and a Cancel button. The read runs in a worker, so the
// page answers typing and scrolling meanwhile.
func (a *App) readProgress(r core.ReaderInfo, st *readState) vecty.ComponentOrHTML {
	p := st.Progress
	figures := ""
	if p.Bytes > 0 {
		figures = byteSize(p.Bytes)
		if p.Size > 0 {
			figures += " of " + byteSize(p.Size)
		}
		figures += " read"
		if p.Entries > 0 {
			figures += fmt.Sprintf(", %d entries", p.Entries)
		}
	}
	bar := vecty.Markup(prop.ID("ct-progress-"+r.Name), vecty.Attribute("aria-label", "Reading "+fileLabel(st.File)))
	if p.Size > 0 {
		bar = vecty.Markup(bar, vecty.Attribute("max", p.Size), vecty.Attribute("value", min(p.Bytes, p.Size)))
	}
	return elem.Div(vecty.Markup(vecty.Class("ct-busy")),
		elem.Progress(bar),
		// Only the fixed words are announced; the figures change ten times a second.
		elem.Paragraph(vecty.Markup(vecty.Attribute("role", "status")), vecty.Text("Reading "+fileLabel(st.File)+" on this device…")),
		vecty.If(figures != "", elem.Paragraph(vecty.Markup(vecty.Class("ct-hint"), prop.ID("ct-progress-text-"+r.Name)), vecty.Text(figures))),
		button("Cancel", "ct-cancel-"+r.Name, false, func() { a.CancelRead(r) }),
	)
}

// byteSize writes n bytes for people: "812 KB", "48.2 MB".
func byteSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// review lists each value a reader found with the words it came from, for
// the user to confirm all at once or one by one.
func (a *App) review(r core.ReaderInfo, st *readState) vecty.ComponentOrHTML {
	name := r.Name
	res := st.Result
	var rows vecty.List
	for _, field := range st.Fields {
		field := field
		q := core.QuestionFor(field)
		if q == nil {
			// A finding no question asks for (the HAR's site.recording: when
			// each tag fired and what it sent) is not a row to confirm: it is
			// kept with the answers it came with and told on the results page.
			continue
		}
		title, value := q.Title, model.DisplayValue(*q, st.Found[field])
		id := "ct-use-" + name + "-" + model.InputID(field)
		var quotes vecty.List
		for _, ev := range res.Evidence[field] {
			where := ev.Where
			if ev.Confidence > 0 {
				if where != "" {
					where += ", "
				}
				where += fmt.Sprintf("confidence %.0f%%", ev.Confidence*100)
			}
			// A finding of absence ("no class waiver") has nothing to quote:
			// say why instead of drawing empty quotation marks.
			if strings.TrimSpace(ev.Quote) == "" {
				quotes = append(quotes, elem.Paragraph(vecty.Markup(vecty.Class("ct-hint", "ct-absence")),
					vecty.Text("Nothing to quote: this comes from what the document does not say ("+where+").")))
				continue
			}
			quotes = append(quotes, elem.BlockQuote(vecty.Markup(vecty.Class("ct-quote")),
				elem.Paragraph(vecty.Text("“"+model.Clip(ev.Quote, 400)+"”")),
				vecty.If(where != "", elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text(where)))))
		}
		on := st.Selected[field]
		mine, conflict := st.Mine[field]
		label := vecty.List{elem.Strong(vecty.Text(title)), vecty.Text(": " + value)}
		if conflict {
			label = vecty.List{elem.Strong(vecty.Text(title)), vecty.Text(" You said " + mine + "; " + docReads(name) + " " + value + ". Tick to use " + docNoun(name) + "'s answer instead of yours.")}
		}
		rows = append(rows, elem.ListItem(vecty.Markup(vecty.Class("ct-found"), vecty.MarkupIf(conflict, vecty.Class("ct-conflict")), vecty.Attribute("data-field", field)),
			elem.Div(vecty.Markup(vecty.Class("ct-checkbox")),
				elem.Input(vecty.Markup(prop.Type(prop.TypeCheckbox), prop.ID(id), prop.Checked(on),
					event.Change(func(*vecty.Event) { st.Selected[field] = !on; a.rerender() }))),
				elem.Label(vecty.Markup(prop.For(id)), label)),
			vecty.If(conflict && !on, elem.Paragraph(vecty.Markup(vecty.Class("ct-yours")), vecty.Text("Your answer stays: "+mine+"."))),
			vecty.If(len(quotes) == 0, elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")), vecty.Text("No quote given for this value: check it yourself."))),
			quotes))
	}
	// The reader's own warnings, then the assessment's about the same
	// values beside the user's answers, one per field.
	var warns vecty.List
	warned := map[string]bool{}
	for _, w := range res.Warnings {
		warned[model.FieldOf(w.Field)] = true
		warns = append(warns, elem.ListItem(vecty.Text(model.Sentence(w.Message))))
	}
	for _, w := range st.Checks {
		if f := model.FieldOf(w.Field); !warned[f] {
			warned[f] = true
			warns = append(warns, elem.ListItem(vecty.Text(model.Sentence(w.Message))))
		}
	}
	use := 0
	for _, f := range st.Fields {
		if _, conflict := st.Mine[f]; !conflict || st.Selected[f] {
			use++
		}
	}
	return elem.Div(vecty.Markup(vecty.Class("ct-review")),
		elem.Heading4(vecty.Text(fmt.Sprintf("Found in %s: %s to check", fileLabel(st.File), model.Plural(len(st.Fields), "answer", "answers")))),
		vecty.If(len(st.Mine) > 0, elem.Paragraph(vecty.Markup(vecty.Class("ct-hint")),
			vecty.Text("Where "+docNoun(name)+" differs from an answer you gave, your answer stays unless you tick the document's."))),
		vecty.If(len(rows) == 0, elem.Paragraph(vecty.Text("Nothing was found to fill in. You can answer the questions yourself."))),
		vecty.If(len(rows) > 0, elem.UnorderedList(vecty.Markup(vecty.Class("ct-plain-list")), rows)),
		vecty.If(len(warns) > 0, elem.Div(elem.Heading4(vecty.Text("Look at these")), elem.UnorderedList(warns))),
		readerDetailsView(name, res.Details),
		vecty.If(len(rows) > 0, elem.Div(vecty.Markup(vecty.Class("ct-actions")),
			vecty.If(use > 0, button(useAllText(use, len(st.Mine) > 0), "ct-use-all-"+name, true, func() { a.ApplyRead(r, true) })),
			button("Use the ticked answers", "ct-use-selected-"+name, false, func() { a.ApplyRead(r, false) }),
			button("Discard", "ct-discard-"+name, false, func() { *st = readState{Paste: st.Paste}; a.rerender() }),
		)),
	)
}

// docNoun names what a reader reads, for "the terms read No".
func docNoun(reader string) string {
	switch reader {
	case "letter":
		return "the letter"
	case "har":
		return "the recording"
	case "terms":
		return "the terms"
	case "policy":
		return "the policy"
	}
	return "the document"
}

// docReads is "the letter reads", "the terms read".
func docReads(reader string) string {
	if reader == "terms" {
		return "the terms read"
	}
	return docNoun(reader) + " reads"
}

func useAllText(n int, conflicts bool) string {
	switch {
	case conflicts && n == 1:
		return "Use this answer"
	case conflicts:
		return fmt.Sprintf("Use these %d answers", n)
	case n == 1:
		return "Use this answer"
	}
	return fmt.Sprintf("Use all %d answers", n)
}

func isAre(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}

// secretKey matches details a reader should never have kept: a page must not
// show cookies or tokens even if a reader slipped.
func secretKey(k string) bool {
	k = strings.ToLower(k)
	for _, s := range []string{"cookie", "token", "authorization", "password", "secret", "header"} {
		if strings.Contains(k, s) {
			return true
		}
	}
	return false
}

// MaxDetailItems bounds how many items of one details list are drawn.
const MaxDetailItems = 50

// DetailsView draws a reader's details generically: each key a heading, lists
// as lists, objects as "key: value" lines with any quote set apart.
func DetailsView(details map[string]any) vecty.ComponentOrHTML {
	if len(details) == 0 {
		return nil
	}
	// Round-trip through JSON so any Go type becomes maps, lists and scalars.
	data, err := json.Marshal(details)
	if err != nil {
		return nil
	}
	var tree map[string]any
	if json.Unmarshal(data, &tree) != nil {
		return nil
	}
	keys := make([]string, 0, len(tree))
	for k := range tree {
		if !secretKey(k) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var parts vecty.List
	for _, k := range keys {
		parts = append(parts, elem.Div(vecty.Markup(vecty.Class("ct-detail"), vecty.Attribute("data-key", k)),
			elem.Heading4(vecty.Text(model.Humanize(k))), detailValue(tree[k], 0)))
	}
	return elem.Details(vecty.Markup(vecty.Class("ct-details")),
		elem.Summary(vecty.Text("What the reader found in detail")), parts)
}

func detailValue(v any, depth int) vecty.ComponentOrHTML {
	if depth > 3 {
		return vecty.Text("…")
	}
	switch x := v.(type) {
	case []any:
		if len(x) == 0 {
			return elem.Paragraph(vecty.Text("None"))
		}
		var items vecty.List
		for i, it := range x {
			if i == MaxDetailItems {
				items = append(items, elem.ListItem(vecty.Text(fmt.Sprintf("and %d more", len(x)-i))))
				break
			}
			items = append(items, elem.ListItem(detailValue(it, depth+1)))
		}
		return elem.UnorderedList(items)
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			if !secretKey(k) {
				keys = append(keys, k)
			}
		}
		// Names first, quotes last: reads as "Meta Pixel: ... “quote”".
		rank := func(k string) int {
			switch k {
			case "name", "label", "title", "id", "tracker", "kind", "type":
				return 0
			case "quote", "text", "excerpt":
				return 2
			}
			return 1
		}
		sort.Slice(keys, func(i, j int) bool {
			if rank(keys[i]) != rank(keys[j]) {
				return rank(keys[i]) < rank(keys[j])
			}
			return keys[i] < keys[j]
		})
		var out vecty.List
		for _, k := range keys {
			switch val := x[k].(type) {
			case string:
				if rank(k) == 2 {
					out = append(out, elem.BlockQuote(vecty.Markup(vecty.Class("ct-quote")), vecty.Text("“"+model.Clip(val, 400)+"”")))
					continue
				}
				out = append(out, elem.Div(elem.Strong(vecty.Text(model.Humanize(k)+": ")), vecty.Text(model.Clip(val, 300))))
			case nil:
			default:
				if _, isList := val.([]any); isList || isMap(val) {
					out = append(out, elem.Div(elem.Strong(vecty.Text(model.Humanize(k)+":")), detailValue(val, depth+1)))
					continue
				}
				out = append(out, elem.Div(elem.Strong(vecty.Text(model.Humanize(k)+": ")), vecty.Text(fmt.Sprint(val))))
			}
		}
		return elem.Div(out)
	case string:
		return vecty.Text(model.Clip(x, 300))
	case nil:
		return vecty.Text("")
	default:
		return vecty.Text(fmt.Sprint(x))
	}
}

func isMap(v any) bool { _, ok := v.(map[string]any); return ok }
