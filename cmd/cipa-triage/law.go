package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/cipa-triage/cipa-triage/core/knowledge"
)

// runLaw lists the legal changes the knowledge table knows, newest first,
// with the date the table was last reviewed as a whole.
func runLaw(args []string, stdout, stderr io.Writer) int {
	c := newCommand("law", "", "List the legal changes the checker knows, newest first, each with its date, source and confirm flag, under the date the law was last reviewed.")
	format := c.flags.String("format", "md", "output format: md or json")
	pos, err := c.parse(args)
	if err == nil && len(pos) > 0 {
		err = fmt.Errorf("takes no arguments")
	}
	if err != nil {
		return c.fail(err, stdout, stderr)
	}
	switch *format {
	case "json":
		return writeJSON(stdout, stderr, struct {
			Review  knowledge.Review       `json:"review"`
			Changes []knowledge.ChangeItem `json:"changes"`
		}{knowledge.LastReview(), knowledge.Changes()})
	case "", "md":
		if _, err := io.WriteString(stdout, lawMarkdown()); err != nil {
			return exitIO
		}
		return exitOK
	default:
		fmt.Fprintf(stderr, "cipa-triage law: --format must be json or md\n")
		return exitUsage
	}
}

func lawMarkdown() string {
	var b strings.Builder
	r := knowledge.LastReview()
	fmt.Fprintf(&b, "# The law this checker knows\n\nLaw reviewed on %s. %s\n\nAfter %d days, check: %s.\n\n", r.Reviewed, r.Notes, r.WindowDays, strings.Join(r.WhatToCheck, "; "))
	b.WriteString("## Changes, newest first\n\n| Date | Change | Entry | Source | Confirm |\n|---|---|---|---|---|\n")
	for _, c := range knowledge.Changes() {
		confirm := "no"
		if c.Confirm {
			confirm = "**yes**"
		}
		fmt.Fprintf(&b, "| %s | %s | %s (`%s`) | [%s](%s) | %s |\n", c.On, cellText(c.What), cellText(c.Title), c.ID, cellText(c.Source.Title), c.Source.URL, confirm)
	}
	return b.String()
}

func cellText(s string) string { return strings.ReplaceAll(s, "|", "\\|") }
