// Package report renders an Assessment and the questionnaire for people.
package report

import (
	"fmt"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
)

// Markdown renders an assessment. SCAFFOLD: being written (issue 2).
func Markdown(a core.Assessment) string {
	return fmt.Sprintf("# CIPA demand letter triage\n\nDeadline: %s (%d days left)\n", a.Deadline, a.DaysLeft)
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
