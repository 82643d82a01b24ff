package core

import (
	"fmt"
	"strings"
)

// factors is the table a defense lawyer starts from: one row per fact that
// moves the matter, each risk, ok or unknown from the business's side.
func factors(m *matter) []Factor {
	return []Factor{
		pixelDisclosure(m),
		consentBanner(m),
		arbitrationClause(m),
		aaaRules(m),
		sender(m),
		batch(m),
		limitationsFactor(m),
		gpcFactor(m),
		sensitiveData(m),
		remediation(m),
	}
}

func pixelDisclosure(m *matter) Factor {
	f := Factor{ID: "pixel_disclosure", Title: "Privacy policy names the tracking tools",
		Citations: []string{idJavier2023, idGuideRemediate}}
	s := m.a.Site
	switch s.PolicyNamesTrackers {
	case "yes":
		f.Status, f.Finding = StatusOK, "Your privacy policy names the tools by name."
		f.Why = "A specific disclosure supports the limitations defense (a policy naming third-party monitoring put a visitor on inquiry notice in Javier) and is what insurers and defense guides look for. It is not consent by itself: consent must come before the tag fires."
		if late := disclosedAfterVisit(m); late != "" {
			f.Status = StatusRisk
			f.Finding = "Your policy names the tools, but " + late
		}
	case "generic":
		f.Status, f.Finding = StatusRisk, "Your privacy policy mentions cookies and similar technologies only in general terms."
		f.Why = "A general vendor disclosure helped the site on limitations in Javier, but it does not tell a visitor that the Meta Pixel or a session-replay vendor receives what they do; letters point to that gap. Naming the vendors is the usual fix."
		if late := disclosedAfterVisit(m); late != "" {
			f.Finding += " And " + late
		}
	case "no":
		f.Status, f.Finding = StatusRisk, "Your privacy policy does not mention the tools."
		f.Why = "Nothing told visitors that a third party received what they did on the site: it removes the inquiry-notice argument on limitations and leaves consent with nothing to rest on."
	default:
		f.Status, f.Finding = StatusUnknown, "Not known whether your privacy policy names the tools."
		f.Why = "Search the policy (as it read on the visit dates) for \"Meta\", \"Facebook\", \"pixel\", \"session replay\" and the vendors' names; an archived copy can show the old text."
	}
	return f
}

// disclosedAfterVisit says when the policy's disclosure postdates a visit.
func disclosedAfterVisit(m *matter) string {
	u := m.a.Site.PolicyUpdatedOn
	if u.IsZero() || len(m.visits) == 0 || !u.After(m.visits[0]) {
		return ""
	}
	return fmt.Sprintf("only since %s, after the first visit the letter names (%s).", u.Long(), m.visits[0].Long())
}

func consentBanner(m *matter) Factor {
	f := Factor{ID: "consent_banner", Title: "Tags wait for consent", Citations: []string{idJavier2022}}
	switch m.a.Site.ConsentBanner {
	case "blocks_until_consent":
		f.Status, f.Finding = StatusOK, "Your banner holds the tags until a visitor clicks accept."
		f.Why = "Prior consent is the answer to a § 631 claim: consent given after the recording starts does not count (Javier). Keep proof that it worked on the visit dates: consent logs, tag manager settings, a network capture."
	case "opt_out":
		f.Status, f.Finding = StatusRisk, "The tags ran until a visitor opted out."
		f.Why = "The tags fired before any choice, which is what these letters allege; consent after the fact does not cover earlier collection (Javier)."
	case "notice_only":
		f.Status, f.Finding = StatusRisk, "Your banner only told visitors that the site uses cookies."
		f.Why = "A notice with an OK button does not hold the tags back, so they fired before any consent (Javier)."
	case "none":
		f.Status, f.Finding = StatusRisk, "There was no consent banner."
		f.Why = "Nothing stood between the page loading and the tags firing; the consent defense has nothing to rest on (Javier)."
	default:
		f.Status, f.Finding = StatusUnknown, "Not known what the banner did before a visitor chose."
		f.Why = "Open the site in a private window and, before touching the banner, watch the browser's Network panel for facebook.com/tr or the other tags. A HAR file dropped into this checker answers it on your own device."
	}
	return f
}

func arbitrationClause(m *matter) Factor {
	f := Factor{ID: "arbitration_clause", Title: "Arbitration clause binds the claimant",
		Citations: []string{idNguyen, idBerman, idOberstein}}
	t := m.a.Terms
	switch m.clause {
	case "no":
		f.Status, f.Finding = StatusRisk, "Your terms have no arbitration clause."
		f.Why = "The letter's arbitration threat has no footing, but a claim would go to court, where a class action is possible. Adding a clause now does not bind past visitors."
	case "yes":
		switch {
		case t.Assent == "clickwrap" && t.ClaimantAccount == "yes":
			f.Status, f.Finding = StatusOK, "Your terms have an arbitration clause that the claimant accepted by ticking or clicking \"I agree\" when signing up or buying."
			f.Why = "Clickwrap with an account is the strongest form of online assent; it keeps the dispute individual if the terms also waive class actions."
		case t.Assent == "signinwrap" && t.ClaimantAccount == "yes":
			f.Status, f.Finding = StatusOK, "Your terms have an arbitration clause shown next to the sign-up or checkout button the claimant used."
			f.Why = "A sign-in wrap binds when the notice is conspicuous and the button's words match (Oberstein); small grey text or mismatched wording fails (Berman, Chabolla). Check the design as it was."
			f.Citations = append(f.Citations, idChabolla)
		case t.Assent == "browsewrap" || t.Assent == "none" || t.ClaimantAccount == "no":
			f.Status, f.Finding = StatusRisk, "Your terms have an arbitration clause, but the claimant never clearly accepted it."
			f.Why = "A terms link in the footer, or terms a mere visitor never saw, do not bind (Nguyen). The claimant may still choose to arbitrate; you may not be able to insist on it."
		default:
			f.Status, f.Finding = StatusUnknown, "Your terms have an arbitration clause; how the claimant accepted it is not known."
			f.Why = "Whether the clause binds turns on how users accept the terms (a ticked box, a sign-up notice, a footer link) and whether the claimant signed up or bought anything."
		}
	default:
		f.Status, f.Finding = StatusUnknown, "Not known whether your terms require arbitration."
		f.Why = "Search your terms of service for \"arbitration\"; it decides where the claim goes and who pays the fees."
	}
	return f
}

func aaaRules(m *matter) Factor {
	f := Factor{ID: "aaa_rules", Title: "Which provider and fee schedule apply", Citations: []string{idAAAPlatform, idAAABizFiling}}
	switch m.forum {
	case ForumAAACommercial:
		f.Status, f.Finding = StatusOK, "Your terms name the AAA Commercial Rules and you sell to businesses."
		f.Why = "Under the Commercial schedule the claimant pays the filing fees, which blunts the fee pressure of many demands. The AAA applies Consumer fees to platform and individual disputes even under the Commercial Rules, so expect the argument."
		f.Citations = []string{idAAAPlatform, idAAACommFiling}
	case ForumAAAConsumer, ForumAAAMass:
		f.Status = StatusRisk
		f.Finding = fmt.Sprintf("The AAA would administer this under its Consumer fee schedule (provider named in %s).", m.providerFrom)
		f.Why = "Under the Consumer schedule the business pays most of the fees for every demand, and from the mass threshold the AAA's mass fees. Each demand costs you money before anyone looks at the merits."
		if m.a.Terms.Rules == "commercial" {
			f.Why += " Your terms name the Commercial Rules, but for a business that deals with consumers the AAA applies the Consumer schedule to platform and individual disputes."
		}
		if m.forum == ForumAAAMass {
			f.Citations = append(f.Citations, idAAAMassThresh)
		}
	case ForumJAMS, ForumJAMSMass:
		f.Status = StatusRisk
		f.Finding = fmt.Sprintf("JAMS would administer this (named in %s).", m.providerFrom)
		f.Why = "The business bears most JAMS fees in consumer matters; JAMS's mass procedures (a single filing fee) apply only where adopted."
		f.Citations = []string{idJAMSThresh, idJAMSFiling}
	case ForumCourt:
		f.Status, f.Finding = StatusOK, "No arbitration provider applies: your terms have no arbitration clause."
		f.Why = "No arbitration fees fall on you; the risk moves to court, covered under the arbitration clause row."
		f.Citations = nil
	case ForumUnknown:
		if m.clause == "yes" && m.a.Terms.Provider == "other" {
			f.Status, f.Finding = StatusUnknown, "Your terms name a provider other than the AAA or JAMS."
			f.Why = "Its fee schedule is not in our table; who pays, and from how many demands mass rules apply, depend on that provider's rules."
			return f
		}
		fallthrough
	default:
		f.Status, f.Finding = StatusUnknown, "Not known which provider and rules your terms name."
		f.Why = "Look in the arbitration clause for \"American Arbitration Association\" or \"JAMS\" and for \"Consumer\" or \"Commercial\" rules: it decides who pays the fees."
	}
	return f
}

func sender(m *matter) Factor {
	f := Factor{ID: "sender", Title: "Who sent the letter"}
	switch {
	case m.firm != nil:
		f.Status = StatusRisk
		var facts []string
		for _, fact := range m.firm.Facts {
			text := fact.Text
			if fact.Secondary {
				text = strings.TrimSuffix(text, ".") + " (reported by a secondary source)."
			}
			facts = append(facts, text)
		}
		f.Finding = fmt.Sprintf("%s. Public record: %s", m.firm.Title, strings.Join(facts, " "))
		f.Why = "The public record shows the firm in CIPA matters before; expect the letter to be followed up, and let counsel look at the firm's other cases. These sourced facts are all the checker states about any firm."
		f.Citations = []string{m.firm.ID}
	case strings.TrimSpace(m.a.Letter.Firm) != "":
		f.Status = StatusUnknown
		f.Finding = fmt.Sprintf("%s is not in the checker's table of counsel in reported CIPA cases.", strings.TrimSpace(m.a.Letter.Firm))
		f.Why = "That says nothing either way. Counsel can search court dockets for the firm and the claimant (repeat claimants and \"testers\" appear in many rulings)."
	default:
		f.Status, f.Finding = StatusUnknown, "The sending firm is not given."
		f.Why = "The firm's name is in the letterhead or signature; it helps counsel find related demands and cases."
	}
	return f
}

func batch(m *matter) Factor {
	f := Factor{ID: "batch", Title: "How many demands", Citations: []string{idAAAMassThresh}}
	if m.provider == "jams" {
		f.Citations = []string{idJAMSThresh}
	}
	otherProvider := m.clause == "yes" && m.a.Terms.Provider == "other"
	switch {
	case otherProvider && m.demands > 1:
		f.Status = StatusRisk
		f.Finding = fmt.Sprintf("%d similar demands from the same firm; your provider's mass-arbitration threshold is not in our table.", m.demands)
		f.Why = "Each demand can bring its own fees, and many together can bring the provider's mass rules; ask the provider for its schedule."
	case m.demands >= m.threshold:
		f.Status = StatusRisk
		f.Finding = fmt.Sprintf("%d similar demands from the same firm: at or above the mass-arbitration threshold of %d.", m.demands, m.threshold)
		f.Why = "Mass filings multiply the fees the business owes whatever the merits; that cost, not the merits, usually drives settlement."
	case m.demands > 1:
		f.Status = StatusRisk
		f.Finding = fmt.Sprintf("%d similar demands from the same firm, below the mass threshold of %d.", m.demands, m.threshold)
		f.Why = "Each demand is a separate case with its own fees; more can follow. Resolve or defend them together."
	case m.a.Letter.Claimants == 1:
		f.Status, f.Finding = StatusOK, "One claimant, and no other demands from the same firm."
		f.Why = "A single demand has limited fee pressure; a settlement does not stop the next letter, so fix the site too."
	default:
		f.Status, f.Finding = StatusUnknown, "The number of claimants is not given; the checker assumes one."
		f.Why = "Count the claimants named in the letter and every other demand from the same firm to you or your affiliates."
	}
	return f
}

func limitationsFactor(m *matter) Factor {
	years := int(num(idCCP340, m.asOf))
	f := Factor{ID: "limitations", Title: fmt.Sprintf("Visits within the %d-%s limit", years, plural(years, "year", "years")), Citations: []string{idCCP340, idJavier2023}}
	if len(m.visits) == 0 {
		f.Status, f.Finding = StatusUnknown, "The letter gives no visit dates."
		f.Why = fmt.Sprintf("Claims on these statutes must be brought within %d %s (CCP § 340(a)); ask for the dates, or look for the claimant in your logs.", years, plural(years, "year", "years"))
		return f
	}
	last := m.visits[len(m.visits)-1]
	ends := last.AddYears(years)
	if ends.Before(m.asOf) {
		f.Status = StatusOK
		f.Finding = fmt.Sprintf("Every visit the letter names is more than %d %s old (the last on %s; the period ended %s).", years, plural(years, "year", "years"), last.Long(), ends.Long())
		f.Why = "Unless a claim was already filed, or the claimant shows delayed discovery, the claims are out of time; a policy that disclosed the vendors undercuts delayed discovery (Javier)."
		return f
	}
	f.Status = StatusRisk
	f.Finding = fmt.Sprintf("The last visit the letter names (%s) is within %d %s; the period for it runs to %s.", last.Long(), years, plural(years, "year", "years"), ends.Long())
	f.Why = "The claim is timely now. Older visits may be out of time: see the limitations defense."
	return f
}

func gpcFactor(m *matter) Factor {
	f := Factor{ID: "gpc", Title: "Global Privacy Control honored", Citations: []string{idGuideGPC}}
	switch m.a.Site.GPCHonored {
	case "yes":
		f.Status, f.Finding = StatusOK, "Your site treats a browser's Global Privacy Control signal as an opt-out."
		f.Why = "It shows a working opt-out; it does not answer a claim that tags fired before consent."
	case "no":
		f.Status, f.Finding = StatusRisk, "Your site ignores Global Privacy Control signals."
		f.Why = "The CCPA regulations require honoring the signal where data is sold or shared; complaints now show tracking that continues after an opt-out."
	default:
		f.Status, f.Finding = StatusUnknown, "Not known whether your site honors Global Privacy Control."
		f.Why = "Your consent tool's settings say whether it treats the GPC signal as an opt-out."
	}
	return f
}

func sensitiveData(m *matter) Factor {
	f := Factor{ID: "sensitive_data", Title: "Sensitive pages", Citations: []string{idMetaHealthcare, idPopa}}
	switch m.a.Site.SensitiveData {
	case "yes":
		f.Status, f.Finding = StatusRisk, "Your site deals with health, financial or other sensitive matters."
		f.Why = "Claims over tags on health sites have survived dismissal (In re Meta Pixel Healthcare), and a harm like a privacy tort is easier to show, which weakens the standing argument."
	case "no":
		f.Status, f.Finding = StatusOK, "Your site does not deal with sensitive matters."
		f.Why = "Courts have dismissed claims where the data revealed nothing private (Popa), and some found ordinary shopping data was not contents."
		f.Citations = append(f.Citations, idKingHardRock)
	default:
		f.Status, f.Finding = StatusUnknown, "Not known whether your pages reveal sensitive matters."
		f.Why = "Pages about health conditions, finances or similar private facts make these claims stronger."
	}
	return f
}

func remediation(m *matter) Factor {
	f := Factor{ID: "remediation", Title: "Site fixed", Citations: []string{idGuideRemediate, idGuidePreserve}}
	r := m.a.Site.RemediatedOn
	switch {
	case r.IsZero():
		f.Status, f.Finding = StatusRisk, "The site has not been changed yet."
		f.Why = "Every new visit can be a new claim. Preserve the evidence first, then fix: tags after consent, vendors named in the policy."
	case len(m.visits) > 0 && !r.After(m.visits[0]):
		f.Status, f.Finding = StatusOK, fmt.Sprintf("You fixed the site on %s, before the visits the letter names.", r.Long())
		f.Why = "If the fix was complete, the tags the letter describes may not have fired on those visits: check the letter's evidence against your records."
	default:
		f.Status, f.Finding = StatusOK, fmt.Sprintf("You fixed the site on %s.", r.Long())
		f.Why = "The fix limits exposure from that day on; it does not undo the visits before it."
	}
	return f
}
