package terms

// The assent guide helps a business answer terms.assent from what its own
// sign-up or checkout page shows. The cases come from the project's research
// notes (shared/knowledge/consent-and-terms.md §5, checked 2026-11-26), where
// holdings were read in opinion text or summaries; what was not checked
// against the opinion is marked Verified: false.

// Case is one decision, in one line.
type Case struct {
	Name     string `json:"name"`
	Citation string `json:"citation"`
	Holding  string `json:"holding"`
	Verified bool   `json:"verified"`
	Note     string `json:"note,omitempty"`
}

// AssentOption is one way a page can ask for assent, as the user sees it.
type AssentOption struct {
	Value string   `json:"value"` // the terms.assent option
	Looks string   `json:"looks"` // what the page shows
	Means string   `json:"means"` // what the cases make of it, in plain words
	Cases []string `json:"cases"` // names of Cases
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
	Source   string  `json:"source"`
	Checked  string  `json:"checked"`
	Caution  string  `json:"caution"`
}

// Cases are the leading decisions on online assent and on mass-arbitration
// clauses, one line each.
var Cases = []Case{
	{Name: "Nguyen v. Barnes & Noble", Citation: "763 F.3d 1171 (9th Cir. 2014)", Verified: true,
		Holding: "A \"Terms of Use\" link on every page, even next to the checkout buttons, with no act of assent, did not give notice; the browsewrap arbitration clause did not bind the buyer."},
	{Name: "Berman v. Freedom Financial Network", Citation: "30 F.4th 849 (9th Cir. 2022)", Verified: true,
		Holding: "Assent online needs (1) reasonably conspicuous notice of the terms and (2) an action that unambiguously shows assent, the user being told that the action means assent; tiny grey text by a \"Continue\" button failed both."},
	{Name: "Sellers v. JustAnswer", Citation: "73 Cal.App.5th 444 (2021)", Verified: true,
		Holding: "Small \"By clicking 'Start my trial' you agree\" text below the button, on a one-off-looking $5 purchase, was not conspicuous enough; the sign-in wrap did not bind (California Court of Appeal)."},
	{Name: "Oberstein v. Live Nation Entertainment", Citation: "60 F.4th 505 (9th Cir. 2023)", Verified: true,
		Holding: "Ticketmaster's \"By continuing past this page ... you agree to our Terms of Use\", with conspicuous blue links right by the Sign In and Place Order buttons on three screens, bound the user; arbitration was compelled.",
		Note:    "the page-design details come from summaries; check the opinion's wording"},
	{Name: "Chabolla v. ClassPass", Citation: "129 F.4th 1147 (9th Cir. 2025)", Verified: false,
		Holding: "Small grey notice at the edge of the screen, and \"By signing up you agree\" when the button said \"Continue\", did not show unambiguous assent; arbitration was refused (2-1, with a dissent).",
		Note:    "reporter citation not verified"},
	{Name: "Heckman v. Live Nation Entertainment", Citation: "120 F.4th 670 (9th Cir. 2024)", Verified: true,
		Holding: "A mass-arbitration clause (New Era ADR) with a batching and bellwether \"precedent\" protocol, limited discovery and appeal was unconscionable and unenforceable."},
}

// Guide builds the assent guide; termsSay is the terms' own "by using"
// wording, if any.
func Guide(termsSay *Clause) AssentGuide {
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
				Cases: []string{"Berman v. Freedom Financial Network"}},
			{Value: "signinwrap", Looks: "Text such as \"By clicking Sign up, you agree to our Terms\" next to the button, with no box to tick.",
				Means: "Can bind, if the notice is conspicuous (readable size and contrast, a link that looks like a link, right by the button) and the words match the button (\"By clicking Continue\" beside a \"Continue\" button). Courts have gone both ways on small design details.",
				Cases: []string{"Oberstein v. Live Nation Entertainment", "Berman v. Freedom Financial Network", "Sellers v. JustAnswer", "Chabolla v. ClassPass"}},
			{Value: "browsewrap", Looks: "Only a \"Terms\" link in the footer, or a sentence in the terms themselves saying that using the site means you agree.",
				Means: "Weakest: a visitor who never clicked anything usually has not agreed, so the arbitration clause and class waiver may not bind a claimant who only browsed.",
				Cases: []string{"Nguyen v. Barnes & Noble"}},
			{Value: "none", Looks: "The site has no terms of service at all.", Means: "There is no arbitration clause to rely on.", Cases: []string{}},
		},
		Cases:    Cases,
		TermsSay: termsSay,
		Source:   "shared/knowledge/consent-and-terms.md §5 (opinions and summaries read for this project)",
		Checked:  "2026-11-26",
		Caution:  "A website visitor who never signed up or bought anything may not have accepted the terms however the sign-up page looks. This is information, not legal advice: ask counsel how these cases apply to your pages.",
	}
}
