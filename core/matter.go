package core

import (
	"sort"
	"strings"

	"github.com/cipa-triage/cipa-triage/core/knowledge"
	"github.com/cipa-triage/cipa-triage/core/wording"
)

// Forum is the fee regime that applies (Exposure.Forum).
type Forum string

// Fee regimes Exposure.Forum can name.
const (
	ForumAAAConsumer   Forum = "aaa_consumer"
	ForumAAACommercial Forum = "aaa_commercial"
	ForumAAAMass       Forum = "aaa_mass"
	ForumJAMSMass      Forum = "jams_mass"
	ForumJAMS          Forum = "jams"
	ForumCourt         Forum = "court"
	ForumUnknown       Forum = "unknown"
)

// matter is what the rules derive once from the answers: counts with their
// defaults, the forum that applies, the sender as the table knows it. Each
// rule file reads it instead of re-deriving the same facts.
type matter struct {
	a    Answers
	asOf Date

	claimants int // in this letter; 1 when not given
	demands   int // claimants plus other demands from the same firm

	clause       YesNo    // terms.arbitration_clause: Yes, No or Unknown
	provider     Provider // from the terms or the letter; Unknown when neither says
	providerFrom string   // "your terms", "the letter" or ""
	rules        Rules    // terms.rules, Unknown when not answered
	forum        Forum
	terms        Terms
	threshold    int    // mass-arbitration threshold of the provider
	massRules    string // the mass rules' name
	massApplies  bool

	firm *knowledge.Entry

	techs  []string // what the letter blames and the site ran, deduplicated, sorted
	visits []Date   // sorted, zero dates dropped

	cites map[string]bool // Penal Code sections the letter cites
}

func newMatter(a Answers, asOf Date) *matter {
	m := &matter{a: a, asOf: asOf, cites: map[string]bool{}}
	m.claimants = a.Letter.Claimants
	if m.claimants < 1 {
		m.claimants = 1
	}
	m.demands = m.claimants + max(a.Business.OtherDemandsSameFirm, 0)

	m.terms = a.Terms
	m.clause = orUnknown(m.terms.ArbitrationClause)
	m.rules = orUnknown(m.terms.Rules)
	switch {
	case m.clause == Yes && m.terms.Provider != "" && m.terms.Provider != Unknown:
		m.provider, m.providerFrom = m.terms.Provider, "your terms"
	case m.clause != No && (a.Letter.Forum == LetterForumAAA || a.Letter.Forum == LetterForumJAMS):
		m.provider, m.providerFrom = Provider(a.Letter.Forum), "the letter"
	default:
		m.provider = Unknown
	}
	m.firm = findFirm(a.Letter.Firm + " " + a.Letter.Attorney)

	seen := map[string]bool{}
	for _, t := range append(append([]string{}, a.Letter.Technologies...), a.Site.Trackers...) {
		if t != "" && !seen[t] {
			seen[t] = true
			m.techs = append(m.techs, t)
		}
	}
	sort.Strings(m.techs)
	for _, d := range a.Letter.VisitDates {
		if !d.IsZero() {
			m.visits = append(m.visits, d)
		}
	}
	sort.Slice(m.visits, func(i, j int) bool { return m.visits[i].Before(m.visits[j]) })
	for _, s := range a.Letter.Statutes {
		m.cites[s] = true
	}
	m.chooseForum()
	return m
}

// chooseForum works out which fee regime applies and whether mass rules do.
func (m *matter) chooseForum() {
	aaaThreshold := int(num(idAAAMassThresh, m.asOf))
	jamsThreshold := int(num(idJAMSThresh, m.asOf))
	switch {
	case m.clause == No:
		m.forum = ForumCourt
		m.threshold, m.massRules = aaaThreshold, cite(idAAAMassThresh)
	case m.provider == ProviderAAA:
		m.threshold, m.massRules = aaaThreshold, cite(idAAAMassThresh)
		if m.commercialSchedule() {
			m.forum = ForumAAACommercial
			return // MA-1(b): the mass rules need the Consumer schedule
		}
		m.forum = ForumAAAConsumer
		if m.demands >= m.threshold {
			m.forum, m.massApplies = ForumAAAMass, true
		}
	case m.provider == ProviderJAMS:
		m.threshold, m.massRules = jamsThreshold, cite(idJAMSThresh)
		m.forum = ForumJAMS
		if m.demands >= m.threshold && m.terms.MassArbitrationProvision == Yes {
			m.forum, m.massApplies = ForumJAMSMass, true
		}
	default:
		m.forum = ForumUnknown
		m.threshold, m.massRules = aaaThreshold, cite(idAAAMassThresh)
	}
}

// commercialSchedule is true when AAA Commercial fees would apply: the terms
// name the Commercial Rules and the business deals with businesses, so the
// AAA's platform rule (Consumer fees for platform and individual disputes)
// is not expected to step in.
func (m *matter) commercialSchedule() bool {
	return m.providerFrom == "your terms" && m.rules == RulesCommercial && m.a.Business.Model == ModelB2B
}

// arbitrable is true when the claim is expected to go to arbitration.
func (m *matter) arbitrable() bool {
	return m.clause == Yes && m.provider != Unknown
}

// bound is true when the answers show the claimant accepted the terms in a
// way courts enforce (clickwrap or sign-in wrap, with an account); until
// then, where the claim would be decided is only conditional.
func (m *matter) bound() bool {
	t := m.terms
	return m.clause == Yes && t.ClaimantAccount == Yes && (t.Assent == AssentClickwrap || t.Assent == AssentSigninwrap)
}

func (m *matter) hasTech(ids ...string) bool {
	for _, t := range m.techs {
		for _, id := range ids {
			if t == id {
				return true
			}
		}
	}
	return false
}

// pixels are the ad tags that send events to the ad platform itself.
var pixelTechs = []string{"meta_pixel", "tiktok_pixel", "google_ads", "linkedin_insight", "x_pixel", "snap_pixel", "pinterest_tag", "reddit_pixel", "microsoft_ads"}

func findFirm(name string) *knowledge.Entry {
	n := strings.ToLower(strings.Join(strings.Fields(name), " "))
	if n == "" {
		return nil
	}
	for _, e := range knowledge.OfKind(knowledge.KindFirm) {
		for _, alias := range e.Aliases {
			if strings.Contains(n, alias) {
				e := e
				return &e
			}
		}
	}
	return nil
}

// techLabel names a technology id in the user's words.
func techLabel(id string) string {
	for _, o := range Technologies {
		if o.Value == id {
			return o.Label
		}
	}
	return id
}

func techList(ids []string) string {
	labels := make([]string, len(ids))
	for i, id := range ids {
		labels[i] = techLabel(id)
	}
	return wording.JoinAnd(labels)
}
