package report

import (
	"fmt"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
)

// Markdown renders an assessment as a report a business owner can read and
// a lawyer can check: what to do and by when first, then the factor table,
// the defenses, the exposure with its costs, the timeline, the answers to
// check, every source with the date it was checked, and the notice.
func Markdown(a core.Assessment) string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	titles := map[string]core.Citation{}
	for _, c := range a.Citations {
		titles[c.ID] = c
	}
	sources := func(ids []string) string {
		var names []string
		for _, id := range ids {
			if c, ok := titles[id]; ok {
				names = append(names, c.Title)
			}
		}
		if len(names) == 0 {
			return ""
		}
		return say("report.sources_line", "sources", strings.Join(names, "; "))
	}

	w("# %s\n\n", say("report.title"))
	w("%s\n\n", say("report.assessed", "as_of", long(a.AsOf)))
	w("%s\n\n", LawReviewedLine(a.Law))
	if a.Law.Stale {
		w("> **%s** %s\n\n", say("report.law_stale"), a.Law.Warning)
	}

	writeFirstScreen(&b, a)
	writeBrief(&b, a.Brief)
	// The first screen above already gives the date to act by, its kind
	// and where it came from; the steps follow, each with its own day.
	w("## %s\n\n", say("report.heading.next_steps"))
	for i, s := range a.NextSteps {
		if s.By.IsZero() {
			w("%d. %s\n", i+1, say("report.step", "title", s.Title, "detail", s.Detail))
		} else {
			w("%d. %s\n", i+1, say("report.step_by", "title", s.Title, "date", s.By, "detail", s.Detail))
		}
	}
	w("\n## %s\n\n%s\n\n", say("report.heading.picture"), strings.Join(a.Summary, "\n\n"))

	w("## %s\n\n| %s | %s | %s | %s |\n|---|---|---|---|\n", say("report.heading.factors"),
		say("report.column.factor"), say("report.column.status"), say("report.column.finding"), say("report.column.why"))
	for _, f := range a.Factors {
		why := f.Why
		if s := sources(f.Citations); s != "" {
			why += " " + s
		}
		finding := f.Finding
		if len(f.Evidence) > 0 {
			finding += " " + strings.Join(f.Evidence, " ")
		}
		w("| %s | %s | %s | %s |\n", cell(f.Title), statusLabel(f.Status), cell(finding), cell(why))
	}

	w("\n## %s\n\n", say("report.heading.defenses"))
	notRaised := 0
	for _, d := range a.Defenses {
		if d.NotRaised {
			notRaised++
			continue
		}
		w("- **%s**: %s. %s", d.Title, core.StrengthLabel(d.Strength), d.Why)
		if s := sources(d.Citations); s != "" {
			w(" %s", s)
		}
		w("\n")
	}
	if notRaised > 0 {
		w("\n### %s\n\n", say("report.heading.not_raised"))
		for _, d := range a.Defenses {
			if d.NotRaised {
				w("- **%s**: %s\n", d.Title, d.Why)
			}
		}
	}

	x := a.Exposure
	w("\n## %s\n\n", say("report.heading.exposure"))
	if x.Claimed != nil {
		w("- %s\n", say("report.exposure.claimed", "amount", x.Claimed.Amount, "basis", x.Claimed.Basis))
	} else {
		w("- %s\n", say("report.exposure.not_claimed"))
	}
	w("- %s\n", say("report.exposure.statutory", "amount", x.Statutory.Amount, "basis", x.Statutory.Basis))
	if len(x.Theories) > 0 {
		w("- %s\n", say("report.exposure.theories"))
	}
	for _, t := range x.Theories {
		w("  - %s\n", theoryLine(t))
	}
	w("- %s\n", say("report.exposure.range", "low", x.PerClaimant.Low, "high", x.PerClaimant.High, "basis", x.PerClaimant.Basis))
	for _, n := range x.Notes {
		w("- %s\n", n)
	}
	w("\n### %s\n\n", say("report.heading.costs", "forum", core.ForumLabel(x.Forum)))
	if len(x.Costs) == 0 {
		w("%s\n", say("report.costs.none", "note", x.CostsNote))
	} else {
		w("| %s | %s | %s | %s | %s | %s | %s |\n|---|---|---:|---|---|---|---|\n", say("report.column.fee"), say("report.column.payer"),
			say("report.column.amount"), say("report.column.when"), say("report.column.since"), say("report.column.checked"), say("report.column.confirm"))
		for _, c := range x.Costs {
			since := c.AsOf.String()
			if since == "" {
				since = say("report.costs.since_unknown")
			}
			w("| %s | %s | %s | %s | %s | %s | %s |\n", cell(c.Label), string(c.Payer), usd(c.Amount), cell(c.When), since, c.Checked, yesNo(c.Confirm))
		}
		w("\n%s\n", say("report.costs.total", "total", x.CostsTotal, "note", x.CostsNote))
	}

	m := a.MassArbitration
	w("\n## %s\n\n", say("report.heading.mass"))
	if m.Applies {
		w("%s\n", say("report.mass.applies", "demands", m.Demands, "threshold", m.Threshold, "rules", m.Rules, "why", m.Why))
	} else {
		w("%s\n", say("report.mass.does_not_apply", "demands", m.Demands, "threshold", m.Threshold, "rules", m.Rules, "why", m.Why))
	}

	w("\n## %s\n\n| %s | | %s | %s |\n|---|---|---|---|\n", say("report.heading.timeline"),
		say("report.column.date"), say("report.column.what"), say("report.column.detail"))
	for _, e := range a.Timeline {
		detail := e.Detail
		if s := sources(e.Citations); s != "" {
			detail += " " + s
		}
		w("| %s | %s | %s | %s |\n", e.Date, e.Kind, cell(e.Title), cell(detail))
	}

	if len(a.Warnings) > 0 {
		w("\n## %s\n\n", say("report.heading.warnings"))
		for _, wn := range a.Warnings {
			if wn.Field != "" {
				w("- `%s`: %s\n", wn.Field, wn.Message)
			} else {
				w("- %s\n", wn.Message)
			}
		}
	}

	w("\n## %s\n\n%s\n\n", say("report.heading.sources"), say("report.sources.intro"))
	for _, c := range a.Citations {
		key := "report.source.entry"
		switch {
		case c.Cite != "" && c.Confirm:
			key = "report.source.entry_cite_confirm"
		case c.Cite != "":
			key = "report.source.entry_cite"
		case c.Confirm:
			key = "report.source.entry_confirm"
		}
		w("- %s\n", say(key, "title", c.Title, "cite", c.Cite, "summary", c.Summary, "url", c.URL, "checked", c.Checked.String()))
	}
	w("\n## %s\n\n%s\n", say("report.heading.notice"), a.Notice)
	return b.String()
}

func long(d core.Date) string {
	if d.IsZero() {
		return say("report.date_unknown")
	}
	return d.Long()
}

// say is the wording entry key filled with the figures (core.Say).
func say(key string, kv ...any) string { return core.Say(key, kv...) }

// cell makes text safe inside a Markdown table cell.
func cell(s string) string {
	s = strings.ReplaceAll(s, "|", "\\|")
	return strings.ReplaceAll(s, "\n", " ")
}

// statusLabel is the status as the table shows it: a risk in bold.
func statusLabel(s core.Status) string {
	if s == core.StatusRisk {
		return "**" + core.StatusLabel(s) + "**"
	}
	return core.StatusLabel(s)
}

func yesNo(b bool) string {
	if b {
		return say("report.yes")
	}
	return say("report.no")
}

func usd(x float64) string { return core.USD(x) }

// LawReviewedLine says how old the law behind the assessment is; every
// renderer shows it.
func LawReviewedLine(l core.LawReview) string {
	if l.ReviewedOn.IsZero() {
		return say("report.law_reviewed_unknown")
	}
	return say("report.law_reviewed", "date", l.ReviewedOn)
}

// theoryLine is one statute's measure, with its worth before and after a
// dated change in the law.
func theoryLine(t core.Theory) string {
	c := t.Change
	switch {
	case c == nil:
		return say("report.theory", "title", t.Title, "amount", t.Amount, "basis", t.Basis)
	case c.Confirm:
		return say("report.theory_change_confirm", "title", t.Title, "amount", t.Amount, "before", c.Before, "on", c.On, "after", c.After, "basis", t.Basis)
	}
	return say("report.theory_change", "title", t.Title, "amount", t.Amount, "before", c.Before, "on", c.On, "after", c.After, "basis", t.Basis)
}
