package core

// nextSteps is what to do, most urgent first, each with a day where one
// applies. What each step says is in core/wording/wording.json.
func nextSteps(m *matter, dl Date, fs []Factor) []Step {
	a := m.a
	today := m.asOf
	passed := !dl.IsZero() && dl.Before(today)
	var s []Step
	if passed {
		s = append(s, step(say("step.window_closed", "deadline", dl), today))
	}
	if file := recordingFile(m); file != "" {
		s = append(s, step(say("step.preserve_har", "file", file), today))
	} else {
		s = append(s, step(say("step.preserve"), today))
	}
	if a.Business.Insurance != InsuranceNone && (a.Business.InsurerNotified == nil || !*a.Business.InsurerNotified) {
		s = append(s, step(say("step.insurer"), today))
	}
	s = append(s, step(say("step.do_not_pay"), Date{}))
	if !passed {
		by := today.AddDays(7)
		if !dl.IsZero() && dl.Before(by) {
			by = dl
		}
		s = append(s, step(say("step.counsel"), by))
	}
	for _, f := range fs {
		if f.Status != StatusUnknown {
			continue
		}
		switch f.ID {
		case FactorConsentBanner:
			s = append(s, step(say("step.check_consent"), Date{}))
		case FactorArbitrationClause:
			s = append(s, step(say("step.read_terms"), Date{}))
		}
	}
	// Whether the claimant had an account matters only if there may be a
	// clause to bind them to (until then, the terms come first).
	if m.clause == Yes && orUnknown(m.terms.ClaimantAccount) == Unknown {
		s = append(s, step(say("step.find_claimant"), Date{}))
	}
	if m.demands > 1 || m.a.Letter.Firm != "" {
		s = append(s, step(say("step.count_demands", "threshold", m.threshold), Date{}))
	}
	if a.Site.RemediatedOn.IsZero() {
		s = append(s, step(say("step.fix_site"), today.AddDays(7)))
	}
	if !dl.IsZero() && !passed {
		s = append(s, step(say("step.respond"), dl))
	}
	if m.arbitrable() {
		s = append(s, step(say("step.fee_invoices", "days", int(num(idCCP1281_97, m.asOf))), Date{}))
	}
	return s
}
