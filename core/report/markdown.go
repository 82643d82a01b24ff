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
		return "Sources: " + strings.Join(names, "; ") + "."
	}

	w("# CIPA demand letter triage\n\n")
	w("Assessed as of %s. %s\n\n", long(a.AsOf), "Not legal advice: see the notice at the end.")
	w("%s\n\n", LawReviewedLine(a.Law))
	if a.Law.Stale {
		w("> **Warning: the law may have changed.** %s\n\n", a.Law.Warning)
	}

	writeFirstScreen(&b, a)
	writeBrief(&b, a.Brief)
	// The first screen above already gives the date to act by, its kind
	// and where it came from; the steps follow, each with its own day.
	w("## What to do and by when\n\n")
	for i, s := range a.NextSteps {
		by := ""
		if !s.By.IsZero() {
			by = " (by " + s.By.Long() + ")"
		}
		w("%d. **%s**%s. %s\n", i+1, s.Title, by, s.Detail)
	}
	w("\n## The picture\n\n%s\n\n", strings.Join(a.Summary, "\n\n"))

	w("## Factors\n\n| Factor | Status | Finding | Why it matters |\n|---|---|---|---|\n")
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

	w("\n## Defenses\n\n")
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
		w("\n### Defenses to claims this letter does not make\n\n")
		for _, d := range a.Defenses {
			if d.NotRaised {
				w("- **%s**: %s\n", d.Title, d.Why)
			}
		}
	}

	x := a.Exposure
	w("\n## Exposure\n\n")
	if x.Claimed != nil {
		w("- **Claimed by the letter:** %s, %s.\n", usd(x.Claimed.Amount), x.Claimed.Basis)
	} else {
		w("- **Claimed by the letter:** not stated.\n")
	}
	w("- **Statutory measure:** %s. %s\n", usd(x.Statutory.Amount), x.Statutory.Basis)
	if len(x.Theories) > 0 {
		w("- **By the statutes the letter cites** (the same visits, so these are alternatives, not a sum):\n")
	}
	for _, t := range x.Theories {
		w("  - **%s:** %s%s. %s\n", t.Title, usd(t.Amount), theoryChange(t), t.Basis)
	}
	w("- **Realistic range for one claimant:** %s to %s. %s\n", usd(x.PerClaimant.Low), usd(x.PerClaimant.High), x.PerClaimant.Basis)
	for _, n := range x.Notes {
		w("- %s\n", n)
	}
	w("\n### Arbitration costs (%s)\n\n", core.ForumLabel(x.Forum))
	if len(x.Costs) == 0 {
		w("No provider fees listed for this forum. %s\n", x.CostsNote)
	} else {
		w("| Fee | Paid by | Amount | When | In force since | Checked | Confirm |\n|---|---|---:|---|---|---|---|\n")
		for _, c := range x.Costs {
			since := c.AsOf.String()
			if since == "" {
				since = "not stated in our sources"
			}
			w("| %s | %s | %s | %s | %s | %s | %s |\n", cell(c.Label), c.Payer, usd(c.Amount), cell(c.When), since, c.Checked, yesNo(c.Confirm))
		}
		w("\nProvider fees the business would bear: **%s**. %s\n", usd(x.CostsTotal), x.CostsNote)
	}

	m := a.MassArbitration
	w("\n## Mass arbitration\n\n")
	applies := "do not apply"
	if m.Applies {
		applies = "apply"
	}
	w("%d %s counted against a threshold of %d (%s): mass rules %s. %s\n", m.Demands, plural(m.Demands, "demand", "demands"), m.Threshold, m.Rules, applies, m.Why)

	w("\n## Timeline\n\n| Date | | What | Detail |\n|---|---|---|---|\n")
	for _, e := range a.Timeline {
		detail := e.Detail
		if s := sources(e.Citations); s != "" {
			detail += " " + s
		}
		w("| %s | %s | %s | %s |\n", e.Date, e.Kind, cell(e.Title), cell(detail))
	}

	if len(a.Warnings) > 0 {
		w("\n## Answers to check\n\n")
		for _, wn := range a.Warnings {
			if wn.Field != "" {
				w("- `%s`: %s\n", wn.Field, wn.Message)
			} else {
				w("- %s\n", wn.Message)
			}
		}
	}

	w("\n## Sources\n\nEach entry with the date it was last checked against our research notes. Entries marked **confirm** rest on a secondary source or are unverified: check the current source before relying on them.\n\n")
	for _, c := range a.Citations {
		cite := ""
		if c.Cite != "" {
			cite = ", " + c.Cite
		}
		confirm := ""
		if c.Confirm {
			confirm = " **Confirm.**"
		}
		w("- **%s**%s. %s <%s> (checked %s).%s\n", c.Title, cite, c.Summary, c.URL, c.Checked, confirm)
	}
	w("\n## Notice\n\n%s\n", a.Notice)
	return b.String()
}

func long(d core.Date) string {
	if d.IsZero() {
		return "an unknown date"
	}
	return d.Long()
}

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
		return "yes"
	}
	return "no"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func usd(x float64) string { return core.USD(x) }

// LawReviewedLine says how old the law behind the assessment is; every
// renderer shows it.
func LawReviewedLine(l core.LawReview) string {
	if l.ReviewedOn.IsZero() {
		return "Law reviewed on: not known."
	}
	return "Law reviewed on " + l.ReviewedOn.Long() + " (the last time the checker's table of statutes, cases and fees was read as a whole against current sources)."
}

// theoryChange shows a theory's worth before and after a dated change.
func theoryChange(t core.Theory) string {
	c := t.Change
	if c == nil {
		return ""
	}
	confirm := ""
	if c.Confirm {
		confirm = ", to be confirmed"
	}
	return fmt.Sprintf(" (%s before %s, %s from that day%s)", usd(c.Before), c.On.Long(), usd(c.After), confirm)
}
