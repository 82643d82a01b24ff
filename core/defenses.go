package core

import "fmt"

// defenses lists the arguments open to the business, each with how far it
// goes on these answers and the authorities behind it.
func defenses(m *matter) []Defense {
	return []Defense{
		arbitrationEnforceable(m),
		commercialRulesEconomics(m),
		consentDefense(m),
		limitationsDefense(m),
		providerException(m),
		contentsInTransit(m),
		penRegisterTheory(m),
		telephonesOnly(m),
		standing(m),
		choiceOfLaw(m),
	}
}

func arbitrationEnforceable(m *matter) Defense {
	d := Defense{ID: "arbitration_enforceable", Title: "The arbitration clause binds the claimant",
		Citations: []string{idNguyen, idBerman, idOberstein, idSellers}}
	t := m.a.Terms
	switch {
	case m.clause == "no":
		d.Strength, d.Why = StrengthUnavailable, "Your terms have no arbitration clause, so there is nothing to enforce; a class action in court stays possible."
	case m.clause != "yes":
		d.Strength, d.Why = StrengthUnknown, "Not known whether your terms require arbitration."
	case t.ClaimantAccount == "no" || t.Assent == "none":
		d.Strength, d.Why = StrengthWeak, "The claimant never signed up or bought anything, so nothing shows they accepted the terms; a visitor is not bound by terms they never saw (Nguyen)."
	case t.Assent == "browsewrap":
		d.Strength, d.Why = StrengthWeak, "Terms reached only through a footer link do not bind a visitor without notice and an act of assent (Nguyen; Berman)."
	case t.Assent == "clickwrap" && t.ClaimantAccount == "yes":
		d.Strength, d.Why = StrengthStrong, "The claimant ticked or clicked \"I agree\" when signing up or buying: the strongest form of online assent, far stronger than a footer link. Keep the records that show it (account creation date, the terms version, the sign-up screen)."
	case t.Assent == "signinwrap" && t.ClaimantAccount == "yes":
		d.Strength, d.Why = StrengthModerate, "A sign-in wrap binds when the notice is conspicuous and says which button means agreement (Oberstein), and fails with faint text or mismatched wording (Berman; Sellers; Chabolla). It turns on the screens as they were."
		d.Citations = append(d.Citations, idChabolla)
	default:
		d.Strength, d.Why = StrengthUnknown, "It turns on how the claimant accepted the terms (ticked box, sign-up notice, footer link) and whether they had an account or bought anything: find them in your records."
	}
	if m.clause == "yes" && t.MassArbitrationProvision == "yes" {
		d.Why += " Your terms also have a mass-arbitration (batching) provision: one that strays from individual arbitration can sink the whole clause (Heckman)." + heckmanAlternative
		d.Citations = append(d.Citations, idHeckman)
	}
	if m.clause == "yes" && t.ClassWaiver == "no" {
		d.Why += " Without a class-action waiver, the clause may not keep the claims individual."
	}
	return d
}

func commercialRulesEconomics(m *matter) Defense {
	d := Defense{ID: "commercial_rules_economics", Title: "Commercial Rules put the filing fees on the claimant",
		Citations: []string{idAAACommFiling, idAAAPlatform}}
	t := m.a.Terms
	switch {
	case m.forum == ForumAAACommercial:
		d.Strength = StrengthStrong
		d.Why = fmt.Sprintf("Your terms name the AAA Commercial Rules and you sell to businesses: each claimant pays the Commercial filing fee (%s, to be confirmed) for each demand, which removes most of the fee pressure. Expect the claimant to argue the AAA's platform rule (Consumer fees for platform and individual disputes).", usd(num(idAAACommFiling, m.asOf)))
	case m.clause == "no":
		d.Strength, d.Why = StrengthUnavailable, "There is no arbitration clause, so no provider's rules apply."
	case t.Rules == "commercial" && m.provider == "aaa":
		d.Strength, d.Why = StrengthWeak, "Your terms name the Commercial Rules, but you deal with consumers, and the AAA applies its Consumer fee schedule to disputes between a platform and an individual user, even under the Commercial Rules."
	case t.Rules == "consumer":
		d.Strength, d.Why = StrengthUnavailable, "Your terms name the Consumer Rules, under which the business pays most of the fees."
	case m.provider == "jams" || m.provider == "other":
		d.Strength, d.Why = StrengthUnavailable, "Your terms do not name the AAA, so the AAA Commercial schedule does not apply."
	case m.clause == "yes" && (t.Rules == "unspecified" || m.provider == "unspecified"):
		d.Strength, d.Why = StrengthWeak, "Your terms name no rules; for an individual claimant the AAA would apply its Consumer schedule."
	default:
		d.Strength, d.Why = StrengthUnknown, "Not known which rules your terms name, or whether you sell to businesses."
	}
	return d
}

func consentDefense(m *matter) Defense {
	d := Defense{ID: "consent", Title: "The visitor consented before the tag fired", Citations: []string{idJavier2022}}
	switch m.a.Site.ConsentBanner {
	case "blocks_until_consent":
		d.Strength = StrengthStrong
		d.Why = "Your banner held the tags until the visitor clicked accept: prior consent defeats a § 631 claim (Javier requires consent before the recording). Prove it for the visit dates: consent logs and a capture showing nothing fired first."
		if m.a.Site.PolicyNamesTrackers == "no" {
			d.Strength = StrengthModerate
			d.Why += " Consent is only as good as what the visitor was told, and your policy does not name the tools."
		}
	case "opt_out", "notice_only":
		d.Strength = StrengthWeak
		d.Why = "The tags fired before any choice; consent given later does not reach back (Javier). One self-described tester who knew of the trackers beforehand lost his claim (Rodriguez v. Autotrader); whether this claimant is a repeat tester is worth checking with counsel."
		d.Citations = append(d.Citations, idAutotrader)
	case "none":
		d.Strength, d.Why = StrengthUnavailable, "There was no banner, so no consent was asked before the tags fired (Javier)."
	default:
		d.Strength, d.Why = StrengthUnknown, "Whether the tags waited for consent is not known; check in a private window with the Network panel open, before touching the banner."
	}
	return d
}

func limitationsDefense(m *matter) Defense {
	years := int(num(idCCP340, m.asOf))
	d := Defense{ID: "limitations", Title: fmt.Sprintf("The claims are out of time (%d %s)", years, plural(years, "year", "years")),
		Citations: []string{idCCP340, idMontalti, idJavier2023}}
	if len(m.visits) == 0 {
		d.Strength = StrengthUnknown
		d.Why = fmt.Sprintf("The letter gives no visit dates. Claims on these statutes must be brought within %d %s (CCP § 340(a)); ask for the dates.", years, plural(years, "year", "years"))
		return d
	}
	var old, timely int
	for _, v := range m.visits {
		if v.AddYears(years).Before(m.asOf) {
			old++
		} else {
			timely++
		}
	}
	disclosed := (m.a.Site.PolicyNamesTrackers == "yes" || m.a.Site.PolicyNamesTrackers == "generic") &&
		(m.a.Site.PolicyUpdatedOn.IsZero() || !m.a.Site.PolicyUpdatedOn.After(m.visits[0]))
	switch {
	case timely == 0 && disclosed:
		d.Strength = StrengthStrong
		d.Why = fmt.Sprintf("Every visit named is more than %d %s old and your policy disclosed the vendors at the time, which put visitors on inquiry notice and undercuts delayed discovery (Javier). Confirm no claim was filed within the year.", years, plural(years, "year", "years"))
	case timely == 0:
		d.Strength = StrengthModerate
		d.Why = fmt.Sprintf("Every visit named is more than %d %s old. The claimant may argue the year ran from discovery, not the visit; when it starts is argued (Montalti's holding on that point is unverified here).", years, plural(years, "year", "years"))
	case old > 0:
		d.Strength = StrengthWeak
		d.Why = fmt.Sprintf("%d of the %d visits named are more than %d %s old and may be out of time; the rest are not.", old, len(m.visits), years, plural(years, "year", "years"))
	default:
		last := m.visits[len(m.visits)-1]
		d.Strength = StrengthUnavailable
		d.Why = fmt.Sprintf("Every visit named is within %d %s; the period for the last runs to %s. It becomes a defense only if no claim is filed by then.", years, plural(years, "year", "years"), last.AddYears(years).Long())
	}
	return d
}

func providerException(m *matter) Defense {
	d := Defense{ID: "provider_exception", Title: "The site is a party and the vendor only its tool",
		Citations: []string{idPC631, idGrahamNoom, idWilliamsDDR, idYockey, idInReFacebook, idLiceaOldNavy}}
	if m.cites["638.51"] {
		d.Title += " (and § 638.51's provider exception)"
		d.Citations = append(d.Citations, idPC638_51, idDeol)
	}
	switch {
	case len(m.techs) == 0:
		d.Strength, d.Why = StrengthUnknown, "Which technology the letter blames is not known; the argument differs for pixels, session replay and chat."
	case m.hasTech(pixelTechs...):
		d.Strength = StrengthWeak
		d.Why = "A site cannot eavesdrop on its own conversation, so the claim against you is for aiding the vendor. For ad pixels that send events to the ad platform for its own use, the Ninth Circuit held that an entity duplicating the communication is not a party to it (In re Facebook), so the tool-of-the-site argument is hard to make for them. Contested everywhere."
	default:
		d.Strength = StrengthModerate
		d.Why = "For session replay and chat run as a service for you, some courts treat the vendor as your tape recorder, not an eavesdropper (Graham v. Noom; Williams), while others let claims go on where the vendor could use the data itself (Yockey). Contracts limiting the vendor's use help. Contested."
	}
	if m.cites["638.51"] {
		d.Why += " For § 638.51, the consent exception sits inside the provider subsection, and one trial court accepted a provider argument (Deol v. Safelite); it is untested on appeal."
	}
	return d
}

func contentsInTransit(m *matter) Defense {
	d := Defense{ID: "no_contents_in_transit", Title: "Nothing was read in transit, and it was not contents (§ 631)",
		Citations: []string{idGutierrez, idDoeEating, idKingHardRock, idLiceaCinmar, idMikulsky}}
	if len(m.cites) > 0 && !m.cites["631"] {
		d.Strength, d.Why = StrengthUnavailable, "The letter does not cite § 631."
		return d
	}
	switch {
	case m.a.Site.SensitiveData == "yes":
		d.Strength = StrengthWeak
		d.Why = "On sensitive pages, courts have found URLs and events revealing health or similar facts can be contents (In re Meta Pixel Healthcare), though one court later granted summary judgment for lack of in-transit reading (Doe v. Eating Recovery Center)."
		d.Citations = append(d.Citations, idMetaHealthcare)
	case m.hasTech("session_replay") || m.hasTech("chat"):
		d.Strength = StrengthModerate
		d.Why = "Session replay capturing names, addresses or card details can be contents (Mikulsky); a claim fails without evidence the vendor read messages in transit (Gutierrez v. Converse). Masking form fields matters."
	case len(m.techs) > 0:
		d.Strength = StrengthModerate
		d.Why = "Courts have held pixel data from ordinary pages is not contents (King v. Hard Rock) and that Meta did not read it in transit (Doe v. Eating Recovery Center, at summary judgment). Trial-level rulings; others go the other way."
	default:
		d.Strength, d.Why = StrengthUnknown, "Which technology the letter blames is not known."
	}
	return d
}

func penRegisterTheory(m *matter) Defense {
	d := Defense{ID: "pen_register_theory", Title: "A tracker is not a pen register (§ 638.51)",
		Citations: []string{idPC638_50, idHickoryFarms, idAviles, idPlivo, idLevings, idGreenley, idShahFandom, idMirmalek, idCasillas, idLeshCNN, idGabrielli, idVarietyMedia}}
	if !m.cites["638.51"] {
		d.Strength = StrengthUnavailable
		d.Why = "The letter does not cite § 638.51 (or its citations are not given)."
		if len(m.cites) == 0 {
			d.Strength, d.Why = StrengthUnknown, "Which sections the letter cites is not known."
		}
		return d
	}
	d.Strength = StrengthModerate
	d.Why = "Several Los Angeles trial courts held that collecting IP addresses is how the web works, not a pen register (Hickory Farms; Aviles; Rodriguez v. Plivo), but others disagreed (Levings), and federal courts let such claims go on (Greenley; Shah v. Fandom; Mirmalek). No appellate ruling in our sources; trial rulings are not precedent."
	d.Why += penRegisterUpdate(m)
	d.Citations = append(d.Citations, idSB690)
	return d
}

func standing(m *matter) Defense {
	d := Defense{ID: "standing", Title: "No concrete harm (Article III standing)",
		Citations: []string{idTransUnion, idPopa, idKhamooshi, idCookGameStop}}
	switch {
	case m.a.Site.SensitiveData == "yes":
		d.Strength = StrengthWeak
		d.Why = "Federal courts need a concrete harm like a privacy tort (TransUnion; Popa); pages revealing health or similar facts make that easier to show. The argument also works only in federal court, not in arbitration or state court."
	case m.arbitrable() || m.provider == "aaa" || m.provider == "jams":
		d.Strength = StrengthWeak
		d.Why = "Standing under Article III is a federal-court rule (TransUnion; Popa; Khamooshi for § 638.51). It does not bind an arbitrator or a state court, where this letter's claim is headed; it may still shape how an arbitrator weighs a claim of no harm." + cookGameStop
	case m.forum == ForumCourt || m.a.Letter.Forum == "court":
		d.Strength = StrengthModerate
		d.Why = "If the claim is brought in or removed to federal court, a statutory violation without concrete harm does not give standing (TransUnion; Popa), and one court applied this to a § 638.51 claim (Khamooshi); others went the other way. State courts are not bound by it." + cookGameStop
	default:
		d.Strength, d.Why = StrengthUnknown, "It depends on the forum: a federal-court argument that does not bind arbitrators or state courts."
	}
	return d
}

func choiceOfLaw(m *matter) Defense {
	d := Defense{ID: "choice_of_law", Title: "Another state's law governs", Citations: []string{idGuideOutOfSt, idBriskin}}
	switch m.a.Terms.GoverningLaw {
	case "other_state":
		d.Strength = StrengthWeak
		d.Why = "Your terms choose another state's law, but the claim follows the California visitor, and a choice-of-law clause binds only if the terms bind the claimant. Never a defense on its own; it adds weight beside the others."
		if m.a.Site.CaliforniaVisitors == "no" {
			d.Strength = StrengthModerate
			d.Why += " If your site truly has no California visitors (or blocks them), that goes to whether the statute reaches the visit at all; prove it with logs."
		}
		d.Why += briskinOutOfState
	case "california":
		d.Strength, d.Why = StrengthUnavailable, "Your terms choose California law."
	case "none":
		d.Strength, d.Why = StrengthUnavailable, "Your terms choose no law; California law follows the California visitor."
	default:
		d.Strength, d.Why = StrengthUnknown, "Not known which law your terms choose; it is never a defense on its own."
	}
	return d
}

func telephonesOnly(m *matter) Defense {
	d := Defense{ID: "telephones_only_632_7", Title: "§ 632.7 covers telephone calls, not website chat",
		Citations: []string{idPC632_7, idLiceaCinmar, idValenzuela, idLiceaOldNavy}}
	switch {
	case m.cites["632.7"]:
		d.Strength = StrengthModerate
		d.Why = "The section lists communications between cellular, cordless and landline telephones; courts dismissed § 632.7 chat claims on that ground (Licea v. Cinmar; Valenzuela v. Nationwide), but one let a claim over chat on a smartphone go on (Licea v. Old Navy)."
	case len(m.cites) == 0:
		d.Strength, d.Why = StrengthUnknown, "Which sections the letter cites is not known."
	default:
		d.Strength, d.Why = StrengthUnavailable, "The letter does not cite § 632.7."
	}
	return d
}
