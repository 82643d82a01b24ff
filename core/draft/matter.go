package draft

import (
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/knowledge"
	"github.com/cipa-triage/cipa-triage/core/wording"
)

// matter is the facts every draft states, each already in words, with a
// marked blank where the answers are silent.
type matter struct {
	a  core.Answers
	as core.Assessment

	business, website, firm, attorney string
	letterDate, received              string
	claimants                         string // "1 claimant, Jane Roe" or a blank
	kind                              string // what kind of letter, in words, or ""
	statutes                          string // "Penal Code § 631(a): wiretapping and ..." or a blank
	statuteIDs                        []string
	techs                             string // the technologies the letter blames, or a blank
	visits                            string // the visit dates, or a blank
	amount                            string // what the letter demands, or a blank
	forum                             string // where it threatens to go, or ""
	actBy                             string // the date to act by, or a blank
	actByKind                         string
}

func newMatter(a core.Answers, as core.Assessment) *matter {
	l := a.Letter
	m := &matter{a: a, as: as}
	m.business = orBlank(firstOf(l.Business), say("draft.blank.business").Text)
	m.website = orBlank(l.Website, say("draft.blank.website").Text)
	m.firm = orBlank(l.Firm, say("draft.blank.firm").Text)
	m.attorney = l.Attorney
	m.letterDate = orBlank(l.Date.Long(), say("draft.blank.letter_date").Text)
	m.received = orBlank(l.Received.Long(), say("draft.blank.received").Text)
	switch {
	case len(l.ClaimantNames) > 0:
		n := max(l.Claimants, len(l.ClaimantNames))
		m.claimants = say("draft.fact.claimants_named", "n", n, "names", l.ClaimantNames).Text
	case l.Claimants > 0:
		m.claimants = say("draft.fact.claimants", "n", l.Claimants).Text
	default:
		m.claimants = say("draft.blank.claimants").Text
	}
	m.kind = optionLabel(core.LetterKinds, string(l.Kind))
	var names []string
	for _, s := range l.Statutes {
		id := "pc_" + strings.ReplaceAll(s, ".", "_")
		if k, ok := knowledge.Lookup(id); ok {
			names = append(names, k.Title)
			m.statuteIDs = append(m.statuteIDs, id)
		} else {
			names = append(names, "Penal Code § "+s)
		}
	}
	m.statutes = orBlank(wording.JoinAnd(names), say("draft.blank.statutes").Text)
	var techs []string
	for _, t := range l.Technologies {
		techs = append(techs, optionLabel(core.Technologies, t))
	}
	m.techs = orBlank(wording.JoinAnd(techs), say("draft.blank.technologies").Text)
	var visits []string
	for _, v := range l.VisitDates {
		visits = append(visits, v.Long())
	}
	m.visits = orBlank(wording.JoinAnd(visits), say("draft.blank.visits").Text)
	if l.AmountDemanded > 0 {
		m.amount = core.USD(l.AmountDemanded)
	} else {
		m.amount = say("draft.blank.amount").Text
	}
	if q := core.QuestionFor("letter.forum"); q != nil && l.Forum != core.LetterForumUnspecified {
		m.forum = optionLabel(q.Options, string(l.Forum))
	}
	if b := as.Brief; !b.ActBy.IsZero() {
		m.actBy = b.ActBy.Long()
		m.actByKind = strings.TrimSpace(b.ActByKind + " " + b.ActByBasis)
	} else {
		m.actBy = say("draft.blank.act_by").Text
	}
	return m
}

func firstOf(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

func orBlank(s, blank string) string {
	if strings.TrimSpace(s) == "" {
		return blank
	}
	return s
}

func optionLabel(opts []core.Option, v string) string {
	if v == "" {
		return ""
	}
	for _, o := range opts {
		if o.Value == v {
			return o.Label
		}
	}
	return v
}

// earliestVisit is the first visit the letter names, or the zero date.
func (m *matter) earliestVisit() core.Date {
	var first core.Date
	for _, v := range m.a.Letter.VisitDates {
		if first.IsZero() || v.Before(first) {
			first = v
		}
	}
	return first
}

// documents lists what the owner holds, as far as the answers show: the
// letter, the recording the checker read, the policy and terms versions.
func (m *matter) documents() []string {
	var out []string
	if d := m.a.Letter.Date; !d.IsZero() {
		out = append(out, say("draft.doc.letter", "date", d, "firm", m.firm).Text)
	} else {
		out = append(out, say("draft.doc.letter_undated", "firm", m.firm).Text)
	}
	if r := m.a.Site.Recording; r != nil {
		out = append(out, say("draft.doc.recording", "file", orBlank(r.File, say("draft.blank.file").Text), "n", len(r.Tags)).Text)
	}
	if d := m.a.Site.PolicyUpdatedOn; !d.IsZero() {
		out = append(out, say("draft.doc.policy", "date", d).Text)
	}
	if d := m.a.Terms.LastUpdated; !d.IsZero() {
		out = append(out, say("draft.doc.terms", "date", d).Text)
	}
	out = append(out, say("draft.doc.more").Text)
	return out
}

// evidence is what the documents the checker read showed, each sentence
// once, in the assessment's order.
func (m *matter) evidence() []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range m.as.Factors {
		for _, e := range f.Evidence {
			if !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
	}
	return out
}
