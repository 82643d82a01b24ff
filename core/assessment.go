package core

// Assessment is the triage of one matter on one day: what Assess gives and
// every renderer (page, Markdown, JSON, print) draws. Field names are a public
// format, like Answers.
type Assessment struct {
	AsOf Date `json:"as_of"`

	// Deadline is the day the letter's response window closes; DaysLeft is
	// negative once it has passed.
	Deadline      Date   `json:"deadline"`
	DaysLeft      int    `json:"days_left"`
	DeadlineBasis string `json:"deadline_basis"` // how the deadline was found, in plain words

	Exposure        Exposure        `json:"exposure"`
	MassArbitration MassArbitration `json:"mass_arbitration"`
	Factors         []Factor        `json:"factors"`
	Defenses        []Defense       `json:"defenses"`
	Timeline        []Event         `json:"timeline"`
	NextSteps       []Step          `json:"next_steps"`
	Summary         string          `json:"summary"`
	// Warnings flag answers that do not fit together (received before sent,
	// an amount that does not add up) and questions still open.
	Warnings  []Warning  `json:"warnings"`
	Citations []Citation `json:"citations"` // every source the assessment relies on, each once
	Notice    string     `json:"notice"`    // not legal advice
	// Law says when the knowledge table was last reviewed as a whole and
	// warns when the assessment is dated long after that review.
	Law LawReview `json:"law"`
}

// Status of a factor, from the business's side.
const (
	StatusRisk    = "risk"
	StatusOK      = "ok"
	StatusUnknown = "unknown"
)

// Factor is one row of the table a defense lawyer starts from.
type Factor struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Status    string   `json:"status"` // risk | ok | unknown
	Finding   string   `json:"finding"`
	Why       string   `json:"why"`
	Citations []string `json:"citations,omitempty"` // knowledge ids
}

// Strength of a defense.
const (
	StrengthStrong      = "strong"
	StrengthModerate    = "moderate"
	StrengthWeak        = "weak"
	StrengthUnavailable = "unavailable"
	StrengthUnknown     = "unknown"
)

// Defense is one argument open to the business, with how far it goes.
type Defense struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Strength  string   `json:"strength"` // strong | moderate | weak | unavailable | unknown
	Why       string   `json:"why"`
	Citations []string `json:"citations"` // knowledge ids
}

// Money is an amount in US dollars with where it comes from.
type Money struct {
	Amount  float64 `json:"amount"`
	Basis   string  `json:"basis"`             // how it was reached, in plain words
	Source  string  `json:"source,omitempty"`  // knowledge id
	Confirm bool    `json:"confirm,omitempty"` // the figure must be confirmed before relying on it
}

// Range is a low and high amount with the reasoning.
type Range struct {
	Low   float64 `json:"low"`
	High  float64 `json:"high"`
	Basis string  `json:"basis"`
}

// Cost is one fee the business would bear in the forum that applies.
type Cost struct {
	ID      string  `json:"id"`
	Label   string  `json:"label"`
	Amount  float64 `json:"amount"`
	Payer   string  `json:"payer"`   // business | claimant | shared
	When    string  `json:"when"`    // when it falls due, in plain words
	Source  string  `json:"source"`  // knowledge id
	AsOf    Date    `json:"as_of"`   // the date the fee took effect
	Checked Date    `json:"checked"` // the date the figure was last checked
	Confirm bool    `json:"confirm"` // must be confirmed against the provider's current schedule
	// Contingent fees fall due only if the case goes that far (a merits
	// arbitrator, say); they are listed but left out of the total.
	Contingent bool `json:"contingent,omitempty"`
}

// Exposure is what the matter could cost, claimed and statutory side by side.
type Exposure struct {
	Claimed     *Money  `json:"claimed,omitempty"` // what the letter demands, if it says
	Statutory   Money   `json:"statutory"`         // the 637.2 measure for what is claimed
	PerClaimant Range   `json:"per_claimant"`      // a realistic range for one claimant
	Forum       string  `json:"forum"`             // which fee regime applies: aaa_consumer, aaa_commercial, aaa_mass, jams_mass, jams, court, unknown
	Costs       []Cost  `json:"arbitration_costs"` // what the business would bear to arbitrate
	CostsTotal  float64 `json:"arbitration_costs_total"`
	// CostsNote says what the total includes and leaves out (arbitrator
	// compensation above all), to be shown beside it.
	CostsNote string   `json:"arbitration_costs_note"`
	Notes     []string `json:"notes,omitempty"` // e.g. the $2,500 criminal-fine misquote
	// Theories splits the statutory measure by the statutes the letter
	// relies on, each with its basis and any dated change in the law.
	Theories []Theory `json:"theories"`
}

// MassArbitration says whether mass-arbitration rules are in play.
type MassArbitration struct {
	Applies   bool   `json:"applies"`
	Demands   int    `json:"demands"`   // claimants in this letter plus other demands from the same firm
	Threshold int    `json:"threshold"` // 25 (AAA) or 75 (JAMS, where adopted)
	Rules     string `json:"rules"`     // the rules that would apply
	Why       string `json:"why"`
}

// Event is one dated entry on the timeline.
type Event struct {
	Date      Date     `json:"date"`
	Kind      string   `json:"kind"` // action | deadline | consequence | past
	Title     string   `json:"title"`
	Detail    string   `json:"detail"`
	Citations []string `json:"citations,omitempty"`
}

// Step is one thing to do next, most urgent first.
type Step struct {
	Title  string `json:"title"`
	Detail string `json:"detail"`
	By     Date   `json:"by,omitzero"`
}

// Citation is a knowledge entry as the assessment shows it.
type Citation struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Cite    string `json:"cite,omitempty"` // the formal citation, e.g. "594 U.S. 413 (2021)"
	Summary string `json:"summary"`
	URL     string `json:"url"`
	Checked Date   `json:"checked"`
	Confirm bool   `json:"confirm"` // marked unverified in our sources
}
