// Package report renders an Assessment and the questionnaire for people
// (Markdown) and for programs (JSON).
package report

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
)

// JSON renders an assessment as indented JSON ending in a newline. Every
// list is present (empty rather than null).
func JSON(a core.Assessment) ([]byte, error) {
	data, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("report: encoding the assessment: %w", err)
	}
	return append(data, '\n'), nil
}

// Questions renders the questionnaire as Markdown: each question with its
// answers-file path, the kind of value, the help a user sees, the options
// and when it is asked, so an answers file can be written by hand.
func Questions(sections []core.Section) string {
	var b strings.Builder
	b.WriteString("# Questions\n\nEvery question writes one field of the answers file (the path in `code`). Every choice question also accepts `unknown` (\"I don't know\"); any question may be left out.\n\n")
	for _, s := range sections {
		fmt.Fprintf(&b, "## %s\n\n", s.Title)
		if s.Intro != "" {
			fmt.Fprintf(&b, "%s\n\n", s.Intro)
		}
		for _, q := range s.Questions {
			fmt.Fprintf(&b, "- **%s** (`%s`, %s)\n", q.Title, q.Field, q.Kind)
			if q.Help != "" {
				fmt.Fprintf(&b, "  %s\n", q.Help)
			}
			if q.More != "" {
				fmt.Fprintf(&b, "  %s: %s\n", q.MoreTitle, q.More)
			}
			if len(q.Options) > 0 {
				opts := make([]string, len(q.Options))
				for i, o := range q.Options {
					opts[i] = fmt.Sprintf("`%s` %s", o.Value, o.Label)
				}
				fmt.Fprintf(&b, "  Options: %s.\n", strings.Join(opts, "; "))
			}
			if q.Default != "" {
				fmt.Fprintf(&b, "  If left empty: %s.\n", q.Default)
			}
			if q.ShowIf != nil {
				fmt.Fprintf(&b, "  Asked when `%s` is %s.\n", q.ShowIf.Field, strings.Join(q.ShowIf.Values, " or "))
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}
