package report

import (
	"fmt"
	"strings"

	"github.com/cipa-triage/cipa-triage/core/knowledge"
	"github.com/cipa-triage/cipa-triage/core/wording"
)

// Wording renders every sentence the checker can say as Markdown for a
// lawyer's review in one read: grouped by rule, each outcome with its texts
// (placeholders left in braces) and the sources it cites, by title.
func Wording(entries []wording.Entry) string {
	var b strings.Builder
	b.WriteString("# What the checker says\n\n")
	b.WriteString("Every sentence the rules can produce, grouped by rule and outcome, from `core/wording/wording.json`. ")
	b.WriteString("`{name}` is filled with the matter's figure; `{name|one|many}` picks the singular when that figure is 1. ")
	b.WriteString("Sources are the knowledge entries (`core/knowledge`) shown as the sentence's citations.\n")
	writeEntries(&b, entries)
	return b.String()
}

// WordingDrafts renders the drafts' sentences (core/wording/drafts.json)
// the same way, to follow Wording in one review.
func WordingDrafts(entries []wording.Entry) string {
	var b strings.Builder
	b.WriteString("\n# What the drafts say\n\n")
	b.WriteString("The sentences of the notice to the insurer, the preservation note and the outline for counsel (`cipa-triage draft`), from `core/wording/drafts.json`. ")
	b.WriteString("Text in square brackets is a blank the owner fills in; sources are cited by number in the draft.\n")
	writeEntries(&b, entries)
	return b.String()
}

func writeEntries(b *strings.Builder, entries []wording.Entry) {
	rule := ""
	for _, e := range entries {
		if r := e.Rule(); r != rule {
			rule = r
			fmt.Fprintf(b, "\n## %s\n", rule)
		}
		fmt.Fprintf(b, "\n### %s\n\n", e.Outcome())
		for _, t := range e.Texts() {
			fmt.Fprintf(b, "- %s: %s\n", t[0], t[1])
		}
		if len(e.Sources) > 0 {
			var names []string
			for _, id := range e.Sources {
				name := id
				if k, ok := knowledge.Lookup(id); ok {
					name = k.Title
					if k.Cite != "" {
						name += ", " + k.Cite
					}
					name += " (`" + id + "`)"
				}
				names = append(names, name)
			}
			fmt.Fprintf(b, "- sources: %s\n", strings.Join(names, "; "))
		}
	}
}
