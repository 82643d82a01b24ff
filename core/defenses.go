package core

// defenses lists the arguments open to the business, each with how far it
// goes on these answers and the authorities behind it. Each rule chooses an
// outcome; what it says, and the authorities, are in core/wording/wording.json.
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
	d := Defense{ID: DefenseArbitrationEnforceable, Title: say("defense.arbitration_enforceable.title").Title}
	t := m.terms
	switch {
	case m.clause == No:
		d.set(StrengthUnavailable, say("defense.arbitration_enforceable.no_clause"))
	case m.clause != Yes:
		d.set(StrengthUnknown, say("defense.arbitration_enforceable.clause_unknown"))
	case t.ClaimantAccount == No || t.Assent == AssentNone:
		d.set(StrengthWeak, say("defense.arbitration_enforceable.no_account"))
	case t.Assent == AssentBrowsewrap:
		d.set(StrengthWeak, say("defense.arbitration_enforceable.browsewrap"))
	case t.Assent == AssentClickwrap && t.ClaimantAccount == Yes:
		d.set(StrengthStrong, say("defense.arbitration_enforceable.clickwrap"))
	case t.Assent == AssentSigninwrap && t.ClaimantAccount == Yes:
		d.set(StrengthModerate, say("defense.arbitration_enforceable.signinwrap"))
	default:
		d.set(StrengthUnknown, say("defense.arbitration_enforceable.assent_unknown"))
	}
	if m.clause == Yes && t.MassArbitrationProvision == Yes {
		d.also(say("defense.arbitration_enforceable.mass_provision"))
	}
	if m.clause == Yes && t.ClassWaiver == No {
		d.also(say("defense.arbitration_enforceable.no_class_waiver"))
	}
	// Terms dated after the visits cannot be relied on for them: the
	// version in force then has to be found first.
	if updated := m.a.Terms.LastUpdated; m.clause == Yes && !updated.IsZero() && len(m.visits) > 0 && updated.After(m.visits[0]) {
		if d.Strength == StrengthStrong {
			d.Strength = StrengthModerate
		}
		d.also(say("defense.arbitration_enforceable.terms_after_visits", "updated", updated, "first_visit", m.visits[0]))
	}
	return d
}

func commercialRulesEconomics(m *matter) Defense {
	d := Defense{ID: DefenseCommercialRulesEconomic, Title: say("defense.commercial_rules_economics.title").Title}
	switch {
	case m.forum == ForumAAACommercial:
		d.set(StrengthStrong, say("defense.commercial_rules_economics.applies", "fee", num(idAAACommFiling, m.asOf)))
	case m.clause == No:
		d.set(StrengthUnavailable, say("defense.commercial_rules_economics.no_clause"))
	case m.clause != Yes:
		// The clause's details are not asked until the clause is known.
		d.set(StrengthUnknown, say("defense.commercial_rules_economics.clause_unknown"))
	case m.rules == RulesCommercial && m.provider == ProviderAAA && orUnknown(m.a.Business.Model) != Unknown:
		d.set(StrengthWeak, say("defense.commercial_rules_economics.platform_rule"))
	case m.rules == RulesConsumer:
		d.set(StrengthUnavailable, say("defense.commercial_rules_economics.consumer_rules"))
	case m.provider == ProviderJAMS || m.provider == ProviderOther:
		d.set(StrengthUnavailable, say("defense.commercial_rules_economics.not_aaa"))
	case m.clause == Yes && (m.rules == RulesUnspecified || m.provider == ProviderUnspecified):
		d.set(StrengthWeak, say("defense.commercial_rules_economics.no_rules_named"))
	// What is still open, named exactly, so that "not known" is said only
	// of an answer that is really missing.
	case m.rules == Unknown:
		d.set(StrengthUnknown, say("defense.commercial_rules_economics.rules_unknown"))
	case m.provider != ProviderAAA:
		d.set(StrengthUnknown, say("defense.commercial_rules_economics.provider_unknown"))
	default:
		d.set(StrengthUnknown, say("defense.commercial_rules_economics.model_unknown"))
	}
	return d
}

func consentDefense(m *matter) Defense {
	d := Defense{ID: DefenseConsent, Title: say("defense.consent.title").Title}
	switch m.a.Site.ConsentBanner {
	case BannerBlocks:
		if m.a.Site.PolicyNamesTrackers == DisclosureNone {
			d.set(StrengthModerate, say("defense.consent.prior_consent_undisclosed"))
		} else {
			d.set(StrengthStrong, say("defense.consent.prior_consent"))
		}
	case BannerOptOut, BannerNoticeOnly:
		d.set(StrengthWeak, say("defense.consent.fired_first"))
	case BannerNone:
		d.set(StrengthUnavailable, say("defense.consent.no_banner"))
	default:
		d.set(StrengthUnknown, say("defense.consent.unknown"))
	}
	return d
}

func limitationsDefense(m *matter) Defense {
	years := int(num(idCCP340, m.asOf))
	d := Defense{ID: DefenseLimitations, Title: say("defense.limitations.title", "years", years).Title}
	if len(m.visits) == 0 {
		d.set(StrengthUnknown, say("defense.limitations.no_dates", "years", years))
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
	disclosed := (m.a.Site.PolicyNamesTrackers == DisclosureNamed || m.a.Site.PolicyNamesTrackers == DisclosureGeneric) &&
		(m.a.Site.PolicyUpdatedOn.IsZero() || !m.a.Site.PolicyUpdatedOn.After(m.visits[0]))
	switch {
	case timely == 0 && disclosed:
		d.set(StrengthStrong, say("defense.limitations.all_old_disclosed", "years", years))
	case timely == 0:
		d.set(StrengthModerate, say("defense.limitations.all_old", "years", years))
	case old > 0:
		d.set(StrengthWeak, say("defense.limitations.some_old", "old", old, "visits", len(m.visits), "years", years))
	default:
		last := m.visits[len(m.visits)-1]
		d.set(StrengthUnavailable, say("defense.limitations.all_timely", "years", years, "ends", last.AddYears(years)))
	}
	return d
}

func providerException(m *matter) Defense {
	d := Defense{ID: DefenseProviderException, Title: say("defense.provider_exception.title").Title}
	cites := m.cites["638.51"]
	if cites {
		d.Title = say("defense.provider_exception.title_638_51").Title
	}
	switch {
	case len(m.techs) == 0 && cites:
		d.set(StrengthUnknown, say("defense.provider_exception.tech_unknown_638_51"))
	case len(m.techs) == 0:
		d.set(StrengthUnknown, say("defense.provider_exception.tech_unknown"))
	case m.hasTech(pixelTechs...) && cites:
		d.set(StrengthWeak, say("defense.provider_exception.pixel_638_51"))
	case m.hasTech(pixelTechs...):
		d.set(StrengthWeak, say("defense.provider_exception.pixel"))
	case cites:
		d.set(StrengthModerate, say("defense.provider_exception.service_638_51"))
	default:
		d.set(StrengthModerate, say("defense.provider_exception.service"))
	}
	return d
}

func contentsInTransit(m *matter) Defense {
	d := Defense{ID: DefenseNoContentsInTransit, Title: say("defense.no_contents_in_transit.title").Title}
	if len(m.cites) > 0 && !m.cites["631"] {
		d.set(StrengthUnavailable, say("defense.no_contents_in_transit.not_cited"))
		d.NotRaised = true
		return d
	}
	switch {
	case m.a.Site.SensitiveData == Yes:
		d.set(StrengthWeak, say("defense.no_contents_in_transit.sensitive"))
	case m.hasTech("session_replay") || m.hasTech("chat"):
		d.set(StrengthModerate, say("defense.no_contents_in_transit.replay_or_chat"))
	case len(m.techs) > 0:
		d.set(StrengthModerate, say("defense.no_contents_in_transit.pixel"))
	default:
		d.set(StrengthUnknown, say("defense.no_contents_in_transit.tech_unknown"))
	}
	return d
}

func penRegisterTheory(m *matter) Defense {
	d := Defense{ID: DefensePenRegisterTheory, Title: say("defense.pen_register_theory.title").Title}
	switch {
	case m.cites["638.51"]:
		d.set(StrengthModerate, say("defense.pen_register_theory.cited"))
		d.also(say("defense.pen_register_theory.later_rulings"))
		if on := sb690Operative(); !on.IsZero() {
			if penRegisterPrivate(m.asOf) {
				d.also(say("defense.pen_register_theory.sb690_from", "operative", on))
			} else {
				d.also(say("defense.pen_register_theory.sb690_since", "operative", on))
			}
		}
	case len(m.cites) == 0:
		d.set(StrengthUnknown, say("defense.pen_register_theory.citations_unknown"))
	default:
		d.set(StrengthUnavailable, say("defense.pen_register_theory.not_cited"))
		d.NotRaised = true
	}
	return d
}

func standing(m *matter) Defense {
	d := Defense{ID: DefenseStanding, Title: say("defense.standing.title").Title}
	switch {
	case m.a.Site.SensitiveData == Yes:
		d.set(StrengthWeak, say("defense.standing.sensitive"))
	case m.arbitrable() || m.provider == ProviderAAA || m.provider == ProviderJAMS:
		d.set(StrengthWeak, say("defense.standing.arbitration"))
	case m.forum == ForumCourt || m.a.Letter.Forum == LetterForumCourt:
		d.set(StrengthModerate, say("defense.standing.court"))
	default:
		d.set(StrengthUnknown, say("defense.standing.unknown"))
	}
	return d
}

func choiceOfLaw(m *matter) Defense {
	d := Defense{ID: DefenseChoiceOfLaw, Title: say("defense.choice_of_law.title").Title}
	switch m.terms.GoverningLaw {
	case LawOtherState:
		if m.a.Site.CaliforniaVisitors == No {
			d.set(StrengthModerate, say("defense.choice_of_law.other_state_no_ca_visitors"))
		} else {
			d.set(StrengthWeak, say("defense.choice_of_law.other_state"))
		}
	case LawCalifornia:
		d.set(StrengthUnavailable, say("defense.choice_of_law.california"))
	case LawNone:
		d.set(StrengthUnavailable, say("defense.choice_of_law.none"))
	default:
		d.set(StrengthUnknown, say("defense.choice_of_law.unknown"))
	}
	return d
}

func telephonesOnly(m *matter) Defense {
	d := Defense{ID: DefenseTelephonesOnly, Title: say("defense.telephones_only_632_7.title").Title}
	switch {
	case m.cites["632.7"]:
		d.set(StrengthModerate, say("defense.telephones_only_632_7.cited"))
	case len(m.cites) == 0:
		d.set(StrengthUnknown, say("defense.telephones_only_632_7.citations_unknown"))
	default:
		d.set(StrengthUnavailable, say("defense.telephones_only_632_7.not_cited"))
		d.NotRaised = true
	}
	return d
}
