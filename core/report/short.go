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
	w("# %s\n\n", say("report.title"))
	w("%s\n\n", say("report.assessed", "as_of", long(a.AsOf)))
	writeFirstScreen(&b, a)
	writeBrief(&b, a.Brief)
	var evidence []string
	for _, f := range a.Factors {
		evidence = append(evidence, f.Evidence...)
	}
	if len(evidence) > 0 {
		w("## %s\n\n", say("report.heading.recording"))
		for _, e := range evidence {
			w("- %s\n", e)
		}
		w("\n")
	}
	w("## %s\n\n%s\n\n", say("report.heading.picture"), strings.Join(a.Summary, "\n\n"))
	if len(a.Warnings) > 0 {
		w("## %s\n\n", say("report.heading.warnings"))
		for _, wn := range a.Warnings {
			w("- %s\n", wn.Message)
		}
		w("\n")
	}
	w("%s\n\n", say("report.short.full_report"))
	w("## %s\n\n%s\n", say("report.heading.notice"), a.Notice)
	return b.String()
}

// writeFirstScreen is what a reader sees before scrolling: the date to act
// by, its kind and where it came from, the days left, today's task.
func writeFirstScreen(b *strings.Builder, a core.Assessment) {
	br := a.Brief
	switch {
	case br.ActBy.IsZero():
		fmt.Fprintf(b, "## %s\n\n", say("report.act_by.unknown"))
	case br.DaysLeft < 0:
		fmt.Fprintf(b, "## %s\n\n", say("report.act_by.passed", "date", br.ActBy, "days", -br.DaysLeft))
	default:
		fmt.Fprintf(b, "## %s\n\n", say("report.act_by.open", "date", br.ActBy, "days", br.DaysLeft))
	}
	fmt.Fprintf(b, "%s %s\n\n", br.ActByKind, br.ActByBasis)
	fmt.Fprintf(b, "%s\n\n", say("report.today", "title", br.Today.Title, "detail", br.Today.Detail))
}

func writeBrief(b *strings.Builder, br core.Brief) {
	fmt.Fprintf(b, "## %s\n\n%s\n\n", say("report.heading.what_this_is"), br.WhatThisIs)
	if len(br.ThisWeek) > 0 {
		fmt.Fprintf(b, "## %s\n\n", say("report.heading.this_week"))
		for i, s := range br.ThisWeek {
			if s.By.IsZero() {
				fmt.Fprintf(b, "%d. %s\n", i+1, say("report.week_step", "title", s.Title))
			} else {
				fmt.Fprintf(b, "%d. %s\n", i+1, say("report.week_step_by", "title", s.Title, "date", s.By))
			}
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(b, "## %s\n\n", say("report.heading.money"))
	for _, m := range br.Money {
		fmt.Fprintf(b, "- %s\n", m.Text)
	}
	b.WriteString("\n")
	fmt.Fprintf(b, "## %s\n\n", say("report.heading.points"))
	if len(br.For) == 0 {
		fmt.Fprintf(b, "- %s\n", say("report.point.for_none"))
	}
	for _, p := range br.For {
		fmt.Fprintf(b, "- %s\n", say("report.point.for", "text", p.Text))
	}
	for _, p := range br.Against {
		fmt.Fprintf(b, "- %s\n", say("report.point.against", "text", p.Text))
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
