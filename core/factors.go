package core

import "strings"

// factors is the table a defense lawyer starts from: one line per fact that
// moves the matter, each risk, ok or unknown from the business's side. Each
// rule chooses an outcome; what it says is in core/wording/wording.json.
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
	f := Factor{ID: FactorPixelDisclosure, Title: say("factor.pixel_disclosure.title").Title}
	late := disclosedAfterVisit(m)
	var updated, first Date
	if late {
		updated, first = m.a.Site.PolicyUpdatedOn, m.visits[0]
	}
	switch m.a.Site.PolicyNamesTrackers {
	case DisclosureNamed:
		if late {
			f.set(StatusRisk, say("factor.pixel_disclosure.named_late", "updated", updated, "first_visit", first))
		} else {
			f.set(StatusOK, say("factor.pixel_disclosure.named"))
		}
	case DisclosureGeneric:
		if late {
			f.set(StatusRisk, say("factor.pixel_disclosure.generic_late", "updated", updated, "first_visit", first))
		} else {
			f.set(StatusRisk, say("factor.pixel_disclosure.generic"))
		}
	case DisclosureNone:
		f.set(StatusRisk, say("factor.pixel_disclosure.not_named"))
	default:
		f.set(StatusUnknown, say("factor.pixel_disclosure.unknown"))
	}
	return f
}

// disclosedAfterVisit is true when the policy's disclosure postdates the
// first visit the letter names.
func disclosedAfterVisit(m *matter) bool {
	u := m.a.Site.PolicyUpdatedOn
	return !u.IsZero() && len(m.visits) > 0 && u.After(m.visits[0])
}

func consentBanner(m *matter) Factor {
	f := Factor{ID: FactorConsentBanner, Title: say("factor.consent_banner.title").Title}
	switch m.a.Site.ConsentBanner {
	case BannerBlocks:
		f.set(StatusOK, say("factor.consent_banner.blocks"))
	case BannerOptOut:
		f.set(StatusRisk, say("factor.consent_banner.opt_out"))
	case BannerNoticeOnly:
		f.set(StatusRisk, say("factor.consent_banner.notice_only"))
	case BannerNone:
		f.set(StatusRisk, say("factor.consent_banner.none"))
	default:
		f.set(StatusUnknown, say("factor.consent_banner.unknown"))
	}
	f.Evidence = recordingFacts(m)
	return f
}

func arbitrationClause(m *matter) Factor {
	f := Factor{ID: FactorArbitrationClause, Title: say("factor.arbitration_clause.title").Title}
	t := m.terms
	switch m.clause {
	case No:
		f.set(StatusRisk, say("factor.arbitration_clause.no_clause"))
	case Yes:
		switch {
		case t.Assent == AssentClickwrap && t.ClaimantAccount == Yes:
			f.set(StatusOK, say("factor.arbitration_clause.clickwrap"))
		case t.Assent == AssentSigninwrap && t.ClaimantAccount == Yes:
			f.set(StatusOK, say("factor.arbitration_clause.signinwrap"))
		case t.Assent == AssentBrowsewrap || t.Assent == AssentNone || t.ClaimantAccount == No:
			f.set(StatusRisk, say("factor.arbitration_clause.not_accepted"))
		default:
			f.set(StatusUnknown, say("factor.arbitration_clause.assent_unknown"))
		}
	default:
		f.set(StatusUnknown, say("factor.arbitration_clause.unknown"))
	}
	return f
}

func aaaRules(m *matter) Factor {
	f := Factor{ID: FactorAAARules, Title: say("factor.aaa_rules.title").Title}
	commercialNamed := m.rules == RulesCommercial
	// While the clause may not bind the claimant, where the claim would be
	// decided is stated as a condition, not a fact.
	cond := !m.bound()
	switch {
	case m.forum == ForumAAACommercial && cond:
		f.set(StatusOK, say("factor.aaa_rules.commercial_if"))
	case m.forum == ForumAAACommercial:
		f.set(StatusOK, say("factor.aaa_rules.commercial"))
	case m.forum == ForumAAAConsumer && commercialNamed && cond:
		f.set(StatusRisk, say("factor.aaa_rules.consumer_commercial_named_if", "named_in", m.providerFrom))
	case m.forum == ForumAAAConsumer && commercialNamed:
		f.set(StatusRisk, say("factor.aaa_rules.consumer_commercial_named", "named_in", m.providerFrom))
	case m.forum == ForumAAAConsumer && cond:
		f.set(StatusRisk, say("factor.aaa_rules.consumer_if", "named_in", m.providerFrom))
	case m.forum == ForumAAAConsumer:
		f.set(StatusRisk, say("factor.aaa_rules.consumer", "named_in", m.providerFrom))
	case m.forum == ForumAAAMass && commercialNamed && cond:
		f.set(StatusRisk, say("factor.aaa_rules.mass_commercial_named_if", "named_in", m.providerFrom))
	case m.forum == ForumAAAMass && commercialNamed:
		f.set(StatusRisk, say("factor.aaa_rules.mass_commercial_named", "named_in", m.providerFrom))
	case m.forum == ForumAAAMass && cond:
		f.set(StatusRisk, say("factor.aaa_rules.mass_if", "named_in", m.providerFrom))
	case m.forum == ForumAAAMass:
		f.set(StatusRisk, say("factor.aaa_rules.mass", "named_in", m.providerFrom))
	case (m.forum == ForumJAMS || m.forum == ForumJAMSMass) && cond:
		f.set(StatusRisk, say("factor.aaa_rules.jams_if", "named_in", m.providerFrom))
	case m.forum == ForumJAMS || m.forum == ForumJAMSMass:
		f.set(StatusRisk, say("factor.aaa_rules.jams", "named_in", m.providerFrom))
	case m.forum == ForumCourt:
		f.set(StatusOK, say("factor.aaa_rules.court"))
	case m.clause == Yes && m.terms.Provider == ProviderOther:
		f.set(StatusUnknown, say("factor.aaa_rules.other_provider"))
	default:
		f.set(StatusUnknown, say("factor.aaa_rules.unknown"))
	}
	return f
}

func sender(m *matter) Factor {
	f := Factor{ID: FactorSender, Title: say("factor.sender.title").Title}
	switch {
	case m.firm != nil:
		var facts []string
		for _, fact := range m.firm.Facts {
			text := fact.Text
			if fact.Secondary {
				text = sayText("factor.sender.secondary_fact", "fact", strings.TrimSuffix(text, "."))
			}
			facts = append(facts, text)
		}
		f.set(StatusRisk, say("factor.sender.known", "firm", m.firm.Title, "facts", strings.Join(facts, " ")))
		f.Citations = []string{m.firm.ID}
	case strings.TrimSpace(m.a.Letter.Firm) != "":
		f.set(StatusUnknown, say("factor.sender.not_in_table", "firm", strings.TrimSpace(m.a.Letter.Firm)))
	default:
		f.set(StatusUnknown, say("factor.sender.unknown"))
	}
	return f
}

func batch(m *matter) Factor {
	f := Factor{ID: FactorBatch, Title: say("factor.batch.title").Title}
	jams := m.provider == ProviderJAMS
	pick := func(aaa, jamsKey string) string {
		if jams {
			return jamsKey
		}
		return aaa
	}
	otherProvider := m.clause == Yes && m.terms.Provider == ProviderOther
	var key string
	switch {
	case otherProvider && m.demands > 1:
		f.Status, key = StatusRisk, pick("factor.batch.other_provider", "factor.batch.other_provider_jams")
	case m.demands >= m.threshold:
		f.Status, key = StatusRisk, pick("factor.batch.mass", "factor.batch.mass_jams")
	case m.demands > 1:
		f.Status, key = StatusRisk, pick("factor.batch.several", "factor.batch.several_jams")
	case m.a.Letter.Claimants == 1:
		f.Status, key = StatusOK, pick("factor.batch.one", "factor.batch.one_jams")
	default:
		f.Status, key = StatusUnknown, pick("factor.batch.unknown", "factor.batch.unknown_jams")
	}
	f.set(f.Status, say(key, "demands", m.demands, "threshold", m.threshold))
	return f
}

func limitationsFactor(m *matter) Factor {
	years := int(num(idCCP340, m.asOf))
	f := Factor{ID: FactorLimitations, Title: say("factor.limitations.title", "years", years).Title}
	if len(m.visits) == 0 {
		f.set(StatusUnknown, say("factor.limitations.no_dates", "years", years))
		return f
	}
	last := m.visits[len(m.visits)-1]
	ends := last.AddYears(years)
	if ends.Before(m.asOf) {
		f.set(StatusOK, say("factor.limitations.out_of_time", "years", years, "last_visit", last, "ends", ends))
		return f
	}
	f.set(StatusRisk, say("factor.limitations.timely", "years", years, "last_visit", last, "ends", ends))
	return f
}

func gpcFactor(m *matter) Factor {
	f := Factor{ID: FactorGPC, Title: say("factor.gpc.title").Title}
	switch m.a.Site.GPCHonored {
	case Yes:
		f.set(StatusOK, say("factor.gpc.honored"))
	case No:
		f.set(StatusRisk, say("factor.gpc.ignored"))
	default:
		f.set(StatusUnknown, say("factor.gpc.unknown"))
	}
	return f
}

func sensitiveData(m *matter) Factor {
	f := Factor{ID: FactorSensitiveData, Title: say("factor.sensitive_data.title").Title}
	switch m.a.Site.SensitiveData {
	case Yes:
		f.set(StatusRisk, say("factor.sensitive_data.yes"))
	case No:
		f.set(StatusOK, say("factor.sensitive_data.no"))
	default:
		f.set(StatusUnknown, say("factor.sensitive_data.unknown"))
	}
	return f
}

func remediation(m *matter) Factor {
	f := Factor{ID: FactorRemediation, Title: say("factor.remediation.title").Title}
	r := m.a.Site.RemediatedOn
	switch {
	case r.IsZero():
		f.set(StatusRisk, say("factor.remediation.not_fixed"))
	case len(m.visits) > 0 && !r.After(m.visits[0]):
		f.set(StatusOK, say("factor.remediation.before_visits", "fixed", r))
	default:
		f.set(StatusOK, say("factor.remediation.fixed", "fixed", r))
	}
	return f
}
