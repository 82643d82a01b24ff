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

	// Brief is the first screen: the date to act by, the first thing to do
	// today, and at most 300 plain words on what this is, the week's three
	// tasks, the money and the strongest points each way.
	Brief Brief `json:"brief"`

	Exposure        Exposure        `json:"exposure"`
	MassArbitration MassArbitration `json:"mass_arbitration"`
	Factors         []Factor        `json:"factors"`
	Defenses        []Defense       `json:"defenses"`
	Timeline        []Event         `json:"timeline"`
	NextSteps       []Step          `json:"next_steps"`
	// Summary is the honest picture in paragraphs, each one plain sentence
	// group a renderer draws as its own paragraph.
	Summary []string `json:"summary"`
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
type Status string

const (
	StatusRisk    Status = "risk"
	StatusOK      Status = "ok"
	StatusUnknown Status = "unknown"
)

// FactorID names a factor: a public id, kept when the wording changes.
type FactorID string

const (
	FactorPixelDisclosure   FactorID = "pixel_disclosure"
	FactorConsentBanner     FactorID = "consent_banner"
	FactorArbitrationClause FactorID = "arbitration_clause"
	FactorAAARules          FactorID = "aaa_rules"
	FactorSender            FactorID = "sender"
	FactorBatch             FactorID = "batch"
	FactorLimitations       FactorID = "limitations"
	FactorGPC               FactorID = "gpc"
	FactorSensitiveData     FactorID = "sensitive_data"
	FactorRemediation       FactorID = "remediation"
)

// Factor is one row of the table a defense lawyer starts from.
type Factor struct {
	ID        FactorID `json:"id"`
	Title     string   `json:"title"`
	Status    Status   `json:"status"`
	Finding   string   `json:"finding"`
	Why       string   `json:"why"`
	Citations []string `json:"citations,omitempty"` // knowledge ids
	// Evidence is what the user's own files showed for this factor, in
	// plain sentences (a HAR recording: what fired, when, what it sent).
	Evidence []string `json:"evidence,omitempty"`
}

// Strength of a defense.
const (
	StrengthStrong      = "strong"
	StrengthModerate    = "moderate"
	StrengthWeak        = "weak"
	StrengthUnavailable = "unavailable"
	StrengthUnknown     = "unknown"
)

// DefenseID names a defense: a public id, kept when the wording changes.
type DefenseID string

const (
	DefenseArbitrationEnforceable  DefenseID = "arbitration_enforceable"
	DefenseCommercialRulesEconomic DefenseID = "commercial_rules_economics"
	DefenseConsent                 DefenseID = "consent"
	DefenseLimitations             DefenseID = "limitations"
	DefenseProviderException       DefenseID = "provider_exception"
	DefenseNoContentsInTransit     DefenseID = "no_contents_in_transit"
	DefensePenRegisterTheory       DefenseID = "pen_register_theory"
	DefenseTelephonesOnly          DefenseID = "telephones_only_632_7"
	DefenseStanding                DefenseID = "standing"
	DefenseChoiceOfLaw             DefenseID = "choice_of_law"
)

// Defense is one argument open to the business, with how far it goes.
type Defense struct {
	ID        DefenseID `json:"id"`
	Title     string    `json:"title"`
	Strength  string    `json:"strength"` // strong | moderate | weak | unavailable | unknown
	Why       string    `json:"why"`
	Citations []string  `json:"citations"` // knowledge ids
	// NotRaised is true when the defense answers a theory the letter does
	// not make (a § 632.7 defense to a letter citing only § 638.51): pages
	// group these apart, under "Defenses to claims this letter does not make".
	NotRaised bool `json:"not_raised,omitempty"`
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

// Payer is who pays a fee.
type Payer string

const (
	PayerBusiness Payer = "business"
	PayerClaimant Payer = "claimant"
)

// Cost is one fee the business would bear in the forum that applies.
type Cost struct {
	ID      string  `json:"id"`
	Label   string  `json:"label"`
	Amount  float64 `json:"amount"`
	Payer   Payer   `json:"payer"`
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
	Forum       Forum   `json:"forum"`             // which fee regime applies
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

// Where the act-by date came from (Brief.ActBySource).
const (
	ActByStatedDate   = "stated_date"   // the letter gives a date
	ActByStatedDays   = "stated_days"   // the letter gives a number of days, counted from its date
	ActByAssumedDays  = "assumed_days"  // the letter states no window: our usual-window assumption
	ActByFromReceived = "from_received" // the letter's date is not given: counted from the day it arrived
	ActByUnknown      = "unknown"       // neither the letter's date nor the day it arrived
)

// Brief is what the first screen holds. Every sentence in it comes from the
// wording data; the strongest points are taken only from factors the
// assessment found ok or at risk and defenses it found strong or weak.
type Brief struct {
	// ActBy is the day to act by: the sending firm's response window, not a
	// court's deadline (ActByKind says so in words).
	ActBy       Date   `json:"act_by,omitzero"`
	ActByKind   string `json:"act_by_kind"`   // what kind of date it is, in plain words
	ActBySource string `json:"act_by_source"` // one of the ActBy constants
	ActByBasis  string `json:"act_by_basis"`  // where the date came from, in plain words
	DaysLeft    int    `json:"days_left"`     // negative once the day has passed
	Today       Step   `json:"today"`         // the first thing to do today

	WhatThisIs string      `json:"what_this_is"`
	ThisWeek   []Step      `json:"this_week"` // at most three
	Money      []MoneyLine `json:"money"`     // what they ask, the statutory most, what arbitration would cost you
	For        []Point     `json:"for"`       // strongest points for the business
	Against    []Point     `json:"against"`   // strongest points against it
}

// MoneyLine is one line of the brief's money: Kind is asked, statutory or
// arbitration_cost.
type MoneyLine struct {
	Kind   string  `json:"kind"`
	Amount float64 `json:"amount"`
	Text   string  `json:"text"`
}

// Point is one strong point for or against the business, with the factor or
// defense it comes from ("factor:consent_banner", "defense:limitations").
type Point struct {
	From string `json:"from"`
	Text string `json:"text"`
}
