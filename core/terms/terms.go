// Package terms reads a website's terms of service: whether disputes go to
// arbitration, before which provider and under which rules, whether claims
// must be brought alone, how mass filings are handled, what notice must come
// first, and which state's law governs. Every finding carries the sentence it
// came from and where that sentence starts.
package terms

import (
	"fmt"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/knowledge"
	"github.com/cipa-triage/cipa-triage/core/text"
)

// Clause is what the reader found for one kind of clause.
type Clause struct {
	Present    bool    `json:"present"`
	Quote      string  `json:"quote,omitempty"`
	Offset     int     `json:"offset"`
	Confidence float64 `json:"confidence,omitempty"`
	// Kind-specific findings.
	Provider     string   `json:"provider,omitempty"`     // arbitration: aaa, jams, nam, other, unspecified
	Alternatives []string `json:"alternatives,omitempty"` // arbitration: other providers named
	Rules        string   `json:"rules,omitempty"`        // arbitration: consumer, commercial, unspecified
	RulesNamed   string   `json:"rules_named,omitempty"`  // arbitration: the rules' own name
	State        string   `json:"state,omitempty"`        // governing_law: "california", "delaware", "england and wales"
	Place        string   `json:"place,omitempty"`        // forum: "New York County, New York"
	Days         int      `json:"days,omitempty"`         // opt_out, pre_dispute_notice: the window in days
	Threshold    int      `json:"threshold,omitempty"`    // mass_arbitration: "25 or more" claims
	// CourtDecides quotes the opposite of a delegation clause: a court, not
	// the arbitrator, decides whether the clause is valid and what it covers.
	CourtDecides *Quote `json:"court_decides,omitempty"`
	// Also lists further sentences of the same kind, for the user to check.
	Also []Quote `json:"also,omitempty"`
}

// Findings is everything the reader found in one document.
type Findings struct {
	Clauses     map[Kind]*Clause
	LastUpdated Dated
	HasUpdated  bool
	Sentences   int
	// Whole is whether the text looks like a whole terms document rather
	// than a clause, an excerpt or a short page (wholeDocument says how):
	// only then is a clause not found reported as absent.
	Whole bool

	providerQuote, rulesQuote Sentence
	bothRules                 bool
	click                     *Quote
}

// Analyze finds the clauses in text.
func Analyze(text string) Findings {
	sentences := Sentences(text)
	found := map[Kind][]Match{}
	var courtDecides, click *Quote
	scores := make([]float64, len(Kinds))
	headings := map[Kind]int{}
	for i, s := range sentences {
		isHeading := scoreAll(s.Text, strings.ToLower(s.Text), scores)
		for ki, k := range Kinds {
			if sc := scores[ki]; sc >= 1 {
				found[k] = append(found[k], Match{Kind: k, Quote: s.Text, Offset: s.Offset, Score: sc, Index: i})
				if isHeading && headed[k] {
					headings[k]++
				}
			}
		}
		if courtDecides == nil && antiDelegationRe.MatchString(s.Text) {
			courtDecides = &Quote{Quote: s.Text, Offset: s.Offset}
		}
		if click == nil && clickRe.MatchString(s.Text) {
			click = &Quote{Quote: s.Text, Offset: s.Offset}
		}
	}
	dropHeadingsAlone(found, headings)
	f := Findings{Clauses: map[Kind]*Clause{}, Sentences: len(sentences), click: click, Whole: wholeDocument(text, len(sentences))}
	for _, k := range Kinds {
		f.Clauses[k] = clauseOf(k, found[k], sentences)
	}
	if d := f.Clauses[Delegation]; !d.Present {
		d.CourtDecides = courtDecides
	}
	if arb := f.Clauses[Arbitration]; arb.Present {
		p := FindProvider(sentences)
		arb.Provider, arb.Alternatives, arb.Rules, arb.RulesNamed = p.Provider, p.Alternatives, p.Rules, p.RulesNamed
		if arb.Provider == "" {
			arb.Provider = "unspecified"
		}
		if arb.Rules == "" {
			arb.Rules = "unspecified"
		}
		f.providerQuote, f.rulesQuote, f.bothRules = p.ProviderQuote, p.RulesQuote, p.BothRules
	}
	f.LastUpdated, f.HasUpdated = LastUpdated(text)
	return f
}

// clauseOf picks the best sentence of a kind and reads its details.
func clauseOf(k Kind, ms []Match, sentences []Sentence) *Clause {
	if len(ms) == 0 {
		return &Clause{}
	}
	// Rank each sentence once: whether it names a place (for governing law
	// and forum), whether it is a heading, and its score.
	ranks := make([]rank, len(ms))
	for i, m := range ms {
		ranks[i] = rank{heading: len(strings.Fields(m.Quote)) < 8, score: m.Score}
		switch k {
		case GoverningLaw:
			p, _ := GoverningPlace(m.Quote)
			ranks[i].place = p != ""
		case Forum:
			ranks[i].place = forumPlace(m.Quote) != ""
		}
	}
	best := 0
	for i := range ms {
		if ranks[i].better(ranks[best]) {
			best = i
		}
	}
	m := ms[best]
	cl := &Clause{Present: true, Quote: m.Quote, Offset: m.Offset, Confidence: confidence(m.Score)}
	for i, o := range ms {
		if i != best && len(cl.Also) < 3 {
			cl.Also = append(cl.Also, Quote{Quote: o.Quote, Offset: o.Offset})
		}
	}
	switch k {
	case GoverningLaw:
		cl.State, _ = GoverningPlace(m.Quote)
	case Forum:
		cl.Place = forumPlace(m.Quote)
	case OptOut, PreDisputeNotice:
		// The window is often in the sentence after the one that sets the
		// step: "...send a Notice of Dispute. If it is not resolved within
		// 30 days, either party may begin arbitration."
		for _, o := range append([]Match{m}, ms...) {
			if d := Days(o.Quote); d > 0 {
				cl.Days = d
				break
			}
		}
		if cl.Days == 0 && m.Index+1 < len(sentences) {
			cl.Days = Days(sentences[m.Index+1].Text)
		}
	case MassArbitration:
		for _, o := range append([]Match{m}, ms...) {
			if n := Threshold(o.Quote); n > 0 {
				cl.Threshold = n
				break
			}
		}
	}
	return cl
}

// rank is what decides which of several sentences of a kind to quote.
type rank struct {
	place   bool // names a state or country (governing law, forum)
	heading bool
	score   float64
}

// better says whether a should be quoted rather than b: a sentence naming a
// place beats one naming none (a state's law over the Federal Arbitration
// Act alone); a sentence beats a heading ("Class Action Waiver."), which shows
// where the clause is but says less than the sentence under it; then the
// stronger wording; then the earlier sentence.
func (a rank) better(b rank) bool {
	if a.place != b.place {
		return a.place
	}
	if a.heading != b.heading {
		return b.heading
	}
	return a.score > b.score
}

func confidence(score float64) float64 {
	c := 0.6 + 0.15*(score-1)
	if c > 0.95 {
		c = 0.95
	}
	return float64(int(c*100+0.5)) / 100
}

var antiDelegationRe = text.Compile(`(?i)` + antiDelegation)

var countyRe = text.Compile(`\b((?:[A-Z][a-z]+\s+){1,3})County\b|\b(?:City|County)\s+(?:and\s+County\s+)?of\s+((?:[A-Z][a-z]+\s*){1,3})`)

// forumPlace names where a forum clause sends suits: the county if named,
// then the state or country.
func forumPlace(sentence string) string {
	var parts []string
	if m := countyRe.FindStringSubmatch(sentence); m != nil {
		if m[1] != "" {
			parts = append(parts, strings.TrimSpace(m[1])+" County")
		} else {
			parts = append(parts, strings.TrimSpace(m[2])+" County")
		}
	}
	lower := strings.ToLower(sentence)
	place, at := "", -1
	for _, s := range usStates {
		if i := indexWord(lower, s); i >= 0 && (at < 0 || i < at) {
			place, at = s, i
		}
	}
	for name, norm := range otherPlaces {
		if i := indexWord(lower, name); i >= 0 && (at < 0 || i < at) {
			place, at = norm, i
		}
	}
	if place != "" {
		parts = append(parts, titleCase(place))
	}
	if len(parts) == 2 && strings.EqualFold(strings.TrimSuffix(parts[0], " County"), parts[1]) && !strings.HasSuffix(parts[0], "County") {
		parts = parts[1:]
	}
	return strings.Join(parts, ", ")
}

func indexWord(s, word string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], word)
		if i < 0 {
			return -1
		}
		i += off
		end := i + len(word)
		if (i == 0 || !isLetter(s[i-1])) && (end == len(s) || !isLetter(s[end])) {
			return i
		}
		off = i + 1
	}
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if w == "of" || w == "and" {
			continue
		}
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

// Reader is the terms reader registered in core/intake.
type Reader struct{}

func (Reader) Name() string      { return "terms" }
func (Reader) Section() string   { return "terms" }
func (Reader) Accepts() []string { return Accepts }

// Read reads terms of service and prefills the terms section. It never
// answers terms.assent or terms.claimant_account: those depend on the
// sign-up page and the business's records, not the terms' text.
func (Reader) Read(src core.Source, known core.Answers) (core.Result, error) {
	doc, err := Document(src, "terms")
	if err != nil {
		return core.Result{}, err
	}
	res := Result(doc.Text)
	Locate(&res, doc)
	return res, nil
}

// Locate adds where each quote is ("page 3") for documents with parts, and
// passes on what the extraction warned about.
func Locate(res *core.Result, doc text.Document) { res.Locate(doc.Where, doc.Warnings) }

// Result turns a document's text into the reader's result.
func Result(text string) core.Result {
	f := Analyze(text)
	var res core.Result
	t := &res.Answers.Terms
	looksLikeTerms := looksLikeTerms(text, f)
	if strings.TrimSpace(text) == "" {
		res.Warn("", "The document is empty.")
	} else if !looksLikeTerms {
		res.Warn("", "This does not read like terms of service (no dispute, governing-law or agreement wording was found), so nothing is marked as missing. Check that this is the right document.")
	}
	whole := looksLikeTerms && f.Whole
	if looksLikeTerms && !f.Whole {
		res.Warn("", fmt.Sprintf("This text does not look like a whole terms document (%s), so a clause not found in it is reported as \"not found in this text\", not as missing from your terms. Drop or paste the whole terms to check what they leave out.", wholeRule))
	}
	absent := func(field, what string) {
		if !whole {
			res.AddEvidence(field, core.Evidence{Quote: "", Offset: 0, Confidence: 0.3,
				Where: "not found in this text: no sentence of this excerpt reads as " + what})
			return
		}
		res.AddEvidence(field, core.Evidence{Quote: "", Offset: 0, Confidence: 0.6,
			Where: "whole document: no sentence reads as " + what})
	}
	yesNo := func(field string, k Kind, what string) core.YesNo {
		cl := f.Clauses[k]
		if cl.Present {
			res.AddEvidence(field, core.Evidence{Quote: cl.Quote, Offset: cl.Offset, Confidence: cl.Confidence})
			return core.Yes
		}
		if whole {
			absent(field, what)
			return core.No
		}
		if looksLikeTerms && what != "" {
			absent(field, what)
		}
		return ""
	}

	arb := f.Clauses[Arbitration]
	t.ArbitrationClause = yesNo("terms.arbitration_clause", Arbitration, "an agreement to arbitrate")
	if arb.Present {
		t.Provider = core.Provider(arb.Provider)
		if t.Provider == "nam" {
			t.Provider = "other" // the question offers AAA, JAMS, other; the clause keeps "nam"
		}
		if f.providerQuote.Text != "" {
			res.AddEvidence("terms.provider", core.Evidence{Quote: f.providerQuote.Text, Offset: f.providerQuote.Offset, Confidence: 0.9})
		} else {
			absent("terms.provider", "naming an arbitration provider")
		}
		if len(arb.Alternatives) > 0 {
			res.Warn("terms.provider", fmt.Sprintf("The terms name more than one provider (%s, then %s); the first named is taken. Read the clause to see which applies when.", arb.Provider, strings.Join(arb.Alternatives, ", ")))
		}
		t.Rules = core.Rules(arb.Rules)
		if f.rulesQuote.Text != "" {
			res.AddEvidence("terms.rules", core.Evidence{Quote: f.rulesQuote.Text, Offset: f.rulesQuote.Offset, Confidence: 0.85})
		} else {
			absent("terms.rules", "naming the provider's consumer or commercial rules")
		}
		if f.bothRules {
			res.Warn("terms.rules", "The terms name both consumer and commercial rules; \"consumer\" is taken. Read which applies to a visitor's claim.")
		}
		if arb.Rules == "unspecified" && arb.RulesNamed != "" {
			res.Warn("terms.rules", fmt.Sprintf("The terms name %q, which the provider labels neither consumer nor commercial; the answer is left as \"They do not say\".", arb.RulesNamed))
		}
		t.ClassWaiver = yesNo("terms.class_waiver", ClassWaiver, "a class-action waiver")
		t.MassArbitrationProvision = yesNo("terms.mass_arbitration_provision", MassArbitration, "a mass-arbitration (batching or bellwether) provision")
		t.DelegationClause = yesNo("terms.delegation_clause", Delegation, "delegating arbitrability to the arbitrator")
		if cd := f.Clauses[Delegation].CourtDecides; cd != nil {
			t.DelegationClause = core.No
			res.Evidence["terms.delegation_clause"] = []core.Evidence{{Quote: cd.Quote, Offset: cd.Offset, Confidence: 0.85, Where: "the terms leave these questions to a court"}}
		} else if !f.Clauses[Delegation].Present && (arb.Provider == "aaa" || arb.Provider == "jams") {
			res.Warn("terms.delegation_clause", "No express delegation was found, but the terms adopt the provider's rules; ask counsel whether that incorporation delegates arbitrability.")
		}
	} else if f.Clauses[ClassWaiver].Present {
		t.ClassWaiver = yesNo("terms.class_waiver", ClassWaiver, "")
	}
	t.PreDisputeNotice = yesNo("terms.pre_dispute_notice", PreDisputeNotice, "a notice or informal dispute resolution step")

	law := f.Clauses[GoverningLaw]
	switch {
	case law.Present && law.State == "california":
		t.GoverningLaw = "california"
	case law.Present && law.State != "":
		t.GoverningLaw = "other_state"
	case law.Present:
		res.Warn("terms.governing_law", "A governing-law clause was found but it names no state (often only the Federal Arbitration Act); answer this question yourself.")
	case whole:
		t.GoverningLaw = "none"
		absent("terms.governing_law", "choosing a state's law")
	case looksLikeTerms:
		absent("terms.governing_law", "choosing a state's law")
	}
	if law.Present && law.State != "" {
		res.AddEvidence("terms.governing_law", core.Evidence{Quote: law.Quote, Offset: law.Offset, Confidence: law.Confidence})
		if places := otherLawPlaces(law); len(places) > 0 {
			res.Warn("terms.governing_law", fmt.Sprintf("The terms choose different laws for different users (%s and %s); the first is taken.", law.State, strings.Join(places, ", ")))
		}
	}
	if f.HasUpdated {
		t.LastUpdated = f.LastUpdated.Date
		res.AddEvidence("terms.last_updated", core.Evidence{Quote: f.LastUpdated.Quote, Offset: f.LastUpdated.Offset, Confidence: 0.9})
	}
	if f.Clauses[MassArbitration].Present {
		if e, ok := knowledge.Lookup("heckman_live_nation"); ok {
			res.Warn("terms.mass_arbitration_provision", "Courts look hard at mass-arbitration protocols. "+caseLine(e))
		}
	}
	if u := f.Clauses[UseIsAssent]; u.Present && f.click == nil {
		if e, ok := knowledge.Lookup("nguyen_barnes_noble"); ok {
			res.Warn("terms.assent", "The terms say that using the site is agreeing to them; that wording alone is browsewrap. "+caseLine(e)+" Check what your sign-up and checkout pages ask visitors to do.")
		}
	}
	if arb.Present && !f.Clauses[SmallClaims].Present && whole {
		res.Warn("", "No small-claims carve-out was found; read whether the terms let either side take a claim to small claims court instead of arbitration.")
	}

	clauses := map[string]*Clause{}
	for _, k := range Kinds {
		if k != UseIsAssent {
			clauses[string(k)] = f.Clauses[k]
		}
	}
	var termsSay *Clause
	if u := f.Clauses[UseIsAssent]; u.Present {
		termsSay = u
	}
	last := ""
	if f.HasUpdated {
		last = f.LastUpdated.Date.String()
	}
	res.Details = map[string]any{
		"clauses":      clauses,
		"last_updated": last,
		"assent_guide": guide(termsSay, f.click),
		"summary":      Summary(f),
	}
	return res
}

// otherLawPlaces lists the further places a document's governing-law
// sentences choose, such as Ireland for EU users beside California.
func otherLawPlaces(law *Clause) []string {
	var out []string
	seen := map[string]bool{law.State: true}
	for _, q := range law.Also {
		if p, _ := GoverningPlace(q.Quote); p != "" && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

var termsWords = text.Compile(`(?i)\b(?:terms\s+(?:of\s+(?:service|use|sale)|and\s+conditions)|user\s+agreement|these\s+terms|this\s+agreement)\b`)

// wholeRule is wholeDocument's rule in words, for the warning and the docs.
const wholeRule = "a whole terms document opens with a title such as \"Terms of Service\", \"Terms and Conditions\", \"Terms of Use\", \"User Agreement\" or \"... Terms\", with \"these terms govern\" or with a last-updated date in its first 600 characters, and holds at least 8 sentences"

var openingRe = text.Compile(`(?i)\b(?:terms\s+(?:of\s+(?:service|use|sale)|and\s+conditions|&\s+conditions)|user\s+agreement|(?:customer|subscriber|rental|service|website|site|platform)\s+(?:terms|agreement)|these\s+(?:\w+\s+){0,2}terms\b|last\s+(?:updated|modified|revised)|effective\s+(?:date|as\s+of|on)?)`)

// wholeDocument is wholeRule: a clause pasted alone, a section or the tail
// of a page lacks the opening and is too short to stand for the whole.
func wholeDocument(text string, sentences int) bool {
	head := text
	if len(head) > 600 {
		head = head[:600]
	}
	return sentences >= 8 && openingRe.MatchString(head)
}

func looksLikeTerms(text string, f Findings) bool {
	for _, k := range []Kind{Arbitration, GoverningLaw, Forum, ClassWaiver, UseIsAssent} {
		if f.Clauses[k].Present {
			return true
		}
	}
	return termsWords.MatchString(text) && len(text) > 1500
}

// caseLine is a case in one line for a warning: name, holding, and a flag
// when our notes have not verified it.
func caseLine(e knowledge.Entry) string {
	line := e.Title + ": " + e.Summary
	if e.Confirm {
		line += " (to be confirmed)"
	}
	return line
}
