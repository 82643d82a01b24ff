package report

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
)

// Short renders the short report, the default: the date to act by and what
// kind of date it is, today's task, then the brief (what this is, the week,
// the money, the points each way), the picture in a few paragraphs and the
// answers still to check. The full report (Markdown) adds the factors,
// defenses, exposure, timeline and sources.
func Short(a core.Assessment) string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("# CIPA demand letter triage\n\n")
	w("Assessed as of %s. %s\n\n", long(a.AsOf), "Not legal advice: see the notice at the end.")
	writeFirstScreen(&b, a)
	writeBrief(&b, a.Brief)
	var evidence []string
	for _, f := range a.Factors {
		evidence = append(evidence, f.Evidence...)
	}
	if len(evidence) > 0 {
		w("## What your recording showed\n\n")
		for _, e := range evidence {
			w("- %s\n", e)
		}
		w("\n")
	}
	w("## The picture\n\n%s\n\n", strings.Join(a.Summary, "\n\n"))
	if len(a.Warnings) > 0 {
		w("## Answers to check\n\n")
		for _, wn := range a.Warnings {
			w("- %s\n", wn.Message)
		}
		w("\n")
	}
	w("The full report adds the factors, the defenses, the exposure with its fees, the dated timeline and every source: `cipa-triage assess --full`.\n\n")
	w("## Notice\n\n%s\n", a.Notice)
	return b.String()
}

// writeFirstScreen is what a reader sees before scrolling: the date to act
// by, its kind and where it came from, the days left, today's task.
func writeFirstScreen(b *strings.Builder, a core.Assessment) {
	br := a.Brief
	switch {
	case br.ActBy.IsZero():
		fmt.Fprintf(b, "## Act by: not known yet\n\n")
	case br.DaysLeft < 0:
		fmt.Fprintf(b, "## Act by %s: passed %d %s ago\n\n", br.ActBy.Long(), -br.DaysLeft, plural(-br.DaysLeft, "day", "days"))
	default:
		fmt.Fprintf(b, "## Act by %s: %d %s left\n\n", br.ActBy.Long(), br.DaysLeft, plural(br.DaysLeft, "day", "days"))
	}
	fmt.Fprintf(b, "%s %s\n\n", br.ActByKind, br.ActByBasis)
	fmt.Fprintf(b, "**Today: %s.** %s\n\n", br.Today.Title, br.Today.Detail)
}

func writeBrief(b *strings.Builder, br core.Brief) {
	fmt.Fprintf(b, "## What this is\n\n%s\n\n", br.WhatThisIs)
	if len(br.ThisWeek) > 0 {
		fmt.Fprintf(b, "## This week\n\n")
		for i, s := range br.ThisWeek {
			by := ""
			if !s.By.IsZero() {
				by = " (by " + s.By.Long() + ")"
			}
			fmt.Fprintf(b, "%d. **%s**%s.\n", i+1, s.Title, by)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(b, "## The money\n\n")
	for _, m := range br.Money {
		fmt.Fprintf(b, "- %s\n", m.Text)
	}
	b.WriteString("\n")
	fmt.Fprintf(b, "## Strongest points\n\n")
	if len(br.For) == 0 {
		b.WriteString("- For you: nothing the checker found is strong yet.\n")
	}
	for _, p := range br.For {
		fmt.Fprintf(b, "- For you: %s\n", p.Text)
	}
	for _, p := range br.Against {
		fmt.Fprintf(b, "- Against you: %s\n", p.Text)
	}
	b.WriteString("\n")
}

// ShortJSON is the short report for programs: the first screen, the brief
// and the picture, without the details the full Assessment (JSON) carries.
func ShortJSON(a core.Assessment) ([]byte, error) {
	short := struct {
		AsOf     core.Date      `json:"as_of"`
		Deadline core.Date      `json:"deadline,omitzero"`
		DaysLeft int            `json:"days_left"`
		Brief    core.Brief     `json:"brief"`
		Summary  []string       `json:"summary"`
		Warnings []core.Warning `json:"warnings"`
		Notice   string         `json:"notice"`
	}{a.AsOf, a.Deadline, a.DaysLeft, a.Brief, a.Summary, a.Warnings, a.Notice}
	data, err := json.MarshalIndent(short, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("report: encoding the short report: %w", err)
	}
	return append(data, '\n'), nil
}
