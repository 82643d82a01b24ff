package draft

import (
	"strconv"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/knowledge"
	"github.com/cipa-triage/cipa-triage/core/wording"
)

// builder collects a draft's blocks and the knowledge ids they cite.
type builder struct {
	doc  Doc
	ids  []string
	seen map[string]int // id -> its number in the sources list
}

func newBuilder(kind string, title wording.Entry) *builder {
	b := &builder{seen: map[string]int{}}
	b.doc.Kind = kind
	b.doc.Title = title.Title
	b.doc.Blocks = append(b.doc.Blocks,
		Block{Type: TypeHeading, Level: 1, Text: b.doc.Title},
		Block{Type: TypeBanner, Text: say("draft.common.banner").Text})
	return b
}

// say gives the draft sentence for key, filled with name, value pairs: a
// core.Date is written out long, a float64 is money, an int counts (and
// picks plurals), a []string is listed with "and". The key must be a
// string literal so that the wording test can check each call.
func say(key string, kv ...any) wording.Entry {
	e, ok := wording.LookupDraft(key)
	if !ok {
		// The wording test keeps this from happening; the braces make it
		// visible if it ever does.
		return wording.Entry{Key: key, Title: "{" + key + "}", Text: "{" + key + "}"}
	}
	vars := wording.Vars(core.SayValue, kv...)
	e.Title = wording.Fill(e.Title, vars)
	e.Text = wording.Fill(e.Text, vars)
	return e
}

// cite numbers the entry's sources and gives the marker to put after its
// text: " (source 2)", " (sources 1, 3)", or "" when it cites none.
func (b *builder) cite(ids []string) string {
	var nums []string
	for _, id := range ids {
		n, ok := b.seen[id]
		if !ok {
			b.ids = append(b.ids, id)
			n = len(b.ids)
			b.seen[id] = n
		}
		nums = append(nums, strconv.Itoa(n))
	}
	switch len(nums) {
	case 0:
		return ""
	case 1:
		return " (source " + nums[0] + ")"
	}
	return " (sources " + strings.Join(nums, ", ") + ")"
}

// The drafts call these with a wording key and its figures rather than
// with an entry: an entry is a large value, and copying it at each of some
// two hundred call sites cost the readers' module about 40 KB of code.

// t is the text of the entry for key.
//
//go:noinline
func (b *builder) t(key string, kv ...any) string { return say(key, kv...).Text }

// li is the text of the entry for key with its sources' marker.
//
//go:noinline
func (b *builder) li(key string, kv ...any) string {
	e := say(key, kv...)
	return e.Text + b.cite(e.Sources)
}

// h adds the entry's title as a heading.
//
//go:noinline
func (b *builder) h(level int, key string) {
	b.doc.Blocks = append(b.doc.Blocks, Block{Type: TypeHeading, Level: level, Text: say(key).Title})
}

// p adds the entry's text, with its sources' marker, as a paragraph.
//
//go:noinline
func (b *builder) p(key string, kv ...any) {
	b.doc.Blocks = append(b.doc.Blocks, Block{Type: TypeParagraph, Text: b.li(key, kv...)})
}

// text adds a paragraph that is not from the wording data: the owner's own
// answers, the assessment's sentences.
func (b *builder) text(s string) {
	b.doc.Blocks = append(b.doc.Blocks, Block{Type: TypeParagraph, Text: s})
}

func (b *builder) list(items []string) {
	if len(items) > 0 {
		b.doc.Blocks = append(b.doc.Blocks, Block{Type: TypeList, Items: items})
	}
}

func (b *builder) table(rows [][]string) {
	if len(rows) > 1 {
		b.doc.Blocks = append(b.doc.Blocks, Block{Type: TypeTable, Rows: rows})
	}
}

// finish adds the sources the draft cites and gives the draft.
func (b *builder) finish() Doc {
	if len(b.ids) > 0 {
		b.h(2, "draft.common.sources")
		b.p("draft.common.sources_intro")
		var items []string
		for _, id := range b.ids {
			k, ok := knowledge.Lookup(id)
			if !ok {
				items = append(items, id)
				continue
			}
			c := core.Citation{ID: id, Title: k.Title, Cite: k.Cite, Summary: k.Summary, URL: k.URL(), Confirm: k.Confirm}
			if d, err := core.ParseDate(k.Checked); err == nil {
				c.Checked = d
			}
			b.doc.Sources = append(b.doc.Sources, c)
			items = append(items, sourceLine(c))
		}
		b.doc.Blocks = append(b.doc.Blocks, Block{Type: TypeList, Items: items, Numbered: true})
	}
	b.p("draft.common.not_advice")
	return b.doc
}

func sourceLine(c core.Citation) string {
	s := c.Title
	if c.Cite != "" {
		s += ", " + c.Cite
	}
	s += ": " + c.Summary + " " + c.URL + " (checked " + c.Checked.Long()
	if c.Confirm {
		s += "; to be confirmed"
	}
	return s + ")"
}
