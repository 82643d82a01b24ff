package terms

import (
	"github.com/cipa-triage/cipa-triage/core/knowledge"
	"github.com/cipa-triage/cipa-triage/core/text"
)

// The assent guide helps a business answer terms.assent from what its own
// sign-up or checkout page shows. The cases are entries of core/knowledge,
// the one table of law, with their sources and the day they were checked.

// Case is one decision, in one line, from core/knowledge.
type Case struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Citation string `json:"citation"`
	Holding  string `json:"holding"`
	Source   string `json:"source"`
	Checked  string `json:"checked"`
	// Confirm marks what our notes call unverified, as core/knowledge does.
	Confirm bool   `json:"confirm,omitempty"`
	Note    string `json:"note,omitempty"`
}

// AssentOption is one way a page can ask for assent, as the user sees it.
type AssentOption struct {
	Value string   `json:"value"` // the terms.assent option
	Looks string   `json:"looks"` // what the page shows
	Means string   `json:"means"` // what the cases make of it, in plain words
	Cases []string `json:"cases"` // ids of Cases
}

// AssentGuide is Details["assent_guide"] of the terms reader.
type AssentGuide struct {
	Question string         `json:"question"`
	Steps    []string       `json:"steps"`
	Options  []AssentOption `json:"options"`
	Cases    []Case         `json:"cases"`
	// TermsSay quotes the terms' own "by using this site you agree" wording,
	// which shows intent but is not assent by itself.
	TermsSay *Clause `json:"terms_say,omitempty"`
	// TermsDescribeClick quotes the terms where they describe an act of
	// assent ("by clicking 'I agree'", "by checking the box"): a hint to look
	// for that box or button on the page, not proof that it was there.
	TermsDescribeClick *Quote `json:"terms_describe_click,omitempty"`
	Source             string `json:"source"`
	Checked            string `json:"checked"`
	Caution            string `json:"caution"`
}

// caseIDs are the leading decisions on online assent and on
// mass-arbitration clauses, in the order the guide lists them.
var caseIDs = []string{"nguyen_barnes_noble", "berman_freedom", "sellers_justanswer", "oberstein_live_nation", "chabolla_classpass", "heckman_live_nation"}

// Cases returns the guide's cases from core/knowledge. An id missing from
// the table is left out (a test makes sure none is).
func Cases() []Case {
	var out []Case
	for _, id := range caseIDs {
		e, ok := knowledge.Lookup(id)
		if !ok {
			continue
		}
		out = append(out, Case{ID: e.ID, Name: e.Title, Citation: e.Cite, Holding: e.Summary, Source: e.URL(), Checked: e.Checked, Confirm: e.Confirm, Note: e.Note})
	}
	return out
}

// Guide builds the assent guide; termsSay is the terms' own "by using"
// wording, if any.
func Guide(termsSay *Clause) AssentGuide {
	return guide(termsSay, nil)
}

// clickRe finds terms that describe a click or a tick as the act of assent.
var clickRe = text.Compile(`(?i)\bby\s+(?:clicking|checking|ticking|selecting|tapping|pressing)\b.{0,120}\b(?:agree|accept|consent)|\b(?:click|tick|check)\w*\s+(?:on\s+)?(?:the\s+)?(?:box|button)?\s*["“']?\s*i\s+(?:agree|accept)|\b(?:click|tick|check)\w*\s+(?:a|the)\s+(?:box|checkbox)\b.{0,80}\b(?:agree|accept|terms)`)

func guide(termsSay *Clause, click *Quote) AssentGuide {
	return AssentGuide{
		Question: "How do users accept your terms?",
		Steps: []string{
			"Open your sign-up or checkout page in a private window, as a new visitor would see it.",
			"Look at the button that creates the account or places the order, and at everything near it.",
			"Take a screenshot of the whole page, with the date: how the page looked when the claimant visited is what counts, so also look for an archived copy of that date.",
		},
		Options: []AssentOption{
			{Value: "clickwrap", Looks: "An unchecked box (\"I agree to the Terms of Service\", with a link) that must be ticked before the button works, or a button that itself says \"I agree\".",
				Means: "The strongest form: the visitor sees the terms and does something that can only mean agreement, which is what Berman's two-part test asks for. A box that is already ticked is weaker.",
				Cases: []string{"berman_freedom"}},
			{Value: "signinwrap", Looks: "Text such as \"By clicking Sign up, you agree to our Terms\" next to the button, with no box to tick.",
				Means: "Can bind, if the notice is conspicuous (readable size and contrast, a link that looks like a link, right by the button) and the words match the button (\"By clicking Continue\" beside a \"Continue\" button). Courts have gone both ways on small design details.",
				Cases: []string{"oberstein_live_nation", "berman_freedom", "sellers_justanswer", "chabolla_classpass"}},
			{Value: "browsewrap", Looks: "Only a \"Terms\" link in the footer, or a sentence in the terms themselves saying that using the site means you agree.",
				Means: "Weakest: a visitor who never clicked anything usually has not agreed, so the arbitration clause and class waiver may not bind a claimant who only browsed.",
				Cases: []string{"nguyen_barnes_noble"}},
			{Value: "none", Looks: "The site has no terms of service at all.", Means: "There is no arbitration clause to rely on.", Cases: []string{}},
		},
		Cases:              Cases(),
		TermsSay:           termsSay,
		TermsDescribeClick: click,
		Source:             "core/knowledge (cases.json); research notes: shared/knowledge/consent-and-terms.md §5",
		Checked:            "2026-11-26",
		Caution:            "A website visitor who never signed up or bought anything may not have accepted the terms however the sign-up page looks. This is information, not legal advice: ask counsel how these cases apply to your pages.",
	}
}
