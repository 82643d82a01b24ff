package core

import (
	"fmt"
	"strings"
)

// summary gives the honest picture in plain words, leading with what to do
// and by when.
func summary(m *matter, as Assessment) string {
	var p []string
	switch {
	case as.Deadline.IsZero():
		p = append(p, "The response deadline is not known yet: give the letter's date.")
	case as.DaysLeft < 0:
		p = append(p, fmt.Sprintf("The letter's response window closed on %s, %d %s ago: talk to a lawyer today.", as.Deadline.Long(), -as.DaysLeft, plural(-as.DaysLeft, "day", "days")))
	case as.DaysLeft == 0:
		p = append(p, fmt.Sprintf("The letter's response window closes today, %s: talk to a lawyer today.", as.Deadline.Long()))
	default:
		first := "Save the evidence and tell your insurer first; then talk to a lawyer."
		if m.a.Business.Insurance == "none" || (m.a.Business.InsurerNotified != nil && *m.a.Business.InsurerNotified) {
			first = "Save the evidence first; then talk to a lawyer."
		}
		p = append(p, fmt.Sprintf("You have %d %s, until %s, to respond. %s", as.DaysLeft, plural(as.DaysLeft, "day", "days"), as.Deadline.Long(), first))
	}

	if line := sb690Summary(m); line != "" {
		p = append(p, line)
	}

	st := map[string]string{}
	for _, f := range as.Factors {
		st[f.ID] = f.Status
	}
	fired := m.a.Site.ConsentBanner == "none" || m.a.Site.ConsentBanner == "notice_only" || m.a.Site.ConsentBanner == "opt_out"
	undisclosed := m.a.Site.PolicyNamesTrackers == "no" || m.a.Site.PolicyNamesTrackers == "generic"
	switch {
	case fired && undisclosed:
		p = append(p, "On your answers the tags fired before any consent and your policy did not name them: that is the claim these letters make, and the merits defenses (the vendor as your tool, nothing read in transit, no pen register, no harm) are real but contested and limited. The procedural and economic leverage (whether your arbitration clause binds the claimant, which fee schedule applies, the time limit) matters most.")
	case fired:
		p = append(p, "On your answers the tags fired before any consent. Your policy's disclosure helps on timing, but the merits defenses are contested; the procedural and economic leverage matters most.")
	case m.a.Site.ConsentBanner == "blocks_until_consent":
		p = append(p, "On your answers the tags waited for consent: if you can prove that for the visit dates, it answers the core of the claim.")
	default:
		p = append(p, "Whether the tags fired before consent is still open; it is the first fact to establish.")
	}

	x := as.Exposure
	var money []string
	if x.Claimed != nil {
		money = append(money, fmt.Sprintf("The letter claims %s; the § 637.2 measure for what it counts is %s.", usd(x.Claimed.Amount), usd(x.Statutory.Amount)))
	} else {
		money = append(money, fmt.Sprintf("The § 637.2 measure for what the letter counts is %s.", usd(x.Statutory.Amount)))
	}
	money = append(money, fmt.Sprintf("Reported settlements, which are anecdotes, run from %s to %s per claimant.", usd(x.PerClaimant.Low), usd(x.PerClaimant.High)))
	if x.CostsTotal > 0 {
		money = append(money, fmt.Sprintf("Arbitration would cost you about %s in provider fees before the merits are heard (figures to confirm).", usd(x.CostsTotal)))
		money = append(money, costsSummary(m))
	}
	p = append(p, strings.Join(money, " "))
	if as.MassArbitration.Applies {
		p = append(p, fmt.Sprintf("With %d similar demands, mass-arbitration rules apply: fees, not merits, will drive the pressure to settle.", as.MassArbitration.Demands))
	}
	var strong []string
	for _, d := range as.Defenses {
		if d.Strength == StrengthStrong {
			t := d.Title
			if rest, ok := strings.CutPrefix(t, "The "); ok {
				t = "the " + rest
			}
			strong = append(strong, t)
		}
	}
	if len(strong) > 0 {
		p = append(p, "Your strongest points: "+strings.Join(strong, "; ")+".")
	}
	if st["sender"] == StatusRisk {
		p = append(p, "The public record shows the sending firm in CIPA matters before: see the sender row.")
	}
	return strings.Join(p, "\n\n")
}
