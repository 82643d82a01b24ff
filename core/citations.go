package core

import "github.com/cipa-triage/cipa-triage/core/knowledge"

// citations gathers every knowledge id the assessment relies on, each once,
// in the order they first appear.
func citations(m *matter, as Assessment) []Citation {
	var ids []string
	seen := map[string]bool{}
	use := func(list ...string) {
		for _, id := range list {
			if id != "" && !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	use(idPC637_2, idPC631, idPC638_51, idCCP340)
	use(as.Exposure.Statutory.Source)
	for _, c := range as.Exposure.Costs {
		use(c.Source)
	}
	for _, t := range as.Exposure.Theories {
		use(t.Sources...)
	}
	if as.MassArbitration.Threshold > 0 {
		if as.MassArbitration.Rules == cite(idJAMSThresh) {
			use(idJAMSThresh)
		} else {
			use(idAAAMassThresh)
		}
	}
	for _, f := range as.Factors {
		use(f.Citations...)
	}
	for _, d := range as.Defenses {
		use(d.Citations...)
	}
	for _, e := range as.Timeline {
		use(e.Citations...)
	}
	use(idAnecdoteLow, idAnecdoteHigh)
	if l := m.a.Letter; l.ResponseDeadline.IsZero() && l.ResponseDays == nil && !l.Date.IsZero() {
		use(idDefaultDays)
	}
	if m.cites["638.51"] {
		use(idSB690)
	}
	out := []Citation{}
	for _, id := range ids {
		e, ok := knowledge.Lookup(id)
		if !ok {
			continue // TestRulesUseKnownIDs keeps this from happening
		}
		out = append(out, Citation{ID: e.ID, Title: e.Title, Cite: e.Cite, Summary: e.Summary, URL: e.URL(),
			Checked: DateOf(e.CheckedDate()), Confirm: e.Confirm})
	}
	return out
}
