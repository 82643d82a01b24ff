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

// Questions renders the questionnaire as Markdown.
func Questions(sections []core.Section) string {
	var b strings.Builder
	for _, s := range sections {
		fmt.Fprintf(&b, "## %s\n\n", s.Title)
		for _, q := range s.Questions {
			fmt.Fprintf(&b, "- **%s** (`%s`, %s)\n", q.Title, q.Field, q.Kind)
		}
		b.WriteString("\n")
	}
	return b.String()
}
