package core

import "reflect"

// Answers is everything the business knows about its letter, its website, its
// terms and itself. It is the one input of Assess and the JSON document that
// users export and import. Field names are a public format: extend it, never
// rename. An empty string, zero number, nil pointer or zero Date means "not
// answered", which the assessment treats like "I don't know".
type Answers struct {
	AsOf     Date     `json:"as_of,omitzero"`
	Letter   Letter   `json:"letter,omitzero"`
	Site     Site     `json:"site,omitzero"`
	Terms    Terms    `json:"terms,omitzero"`
	Business Business `json:"business,omitzero"`
}

// Letter holds what the demand letter says.
type Letter struct {
	Date             Date   `json:"date,omitzero"`
	Received         Date   `json:"received,omitzero"`
	ResponseDays     *int   `json:"response_days,omitempty"`
	ResponseDeadline Date   `json:"response_deadline,omitzero"`
	Firm             string `json:"firm,omitempty"`
	Attorney         string `json:"attorney,omitempty"`
	// Claimants counts the claimants in this letter (a batch letter may list dozens).
	Claimants     int      `json:"claimants,omitempty"`
	ClaimantNames []string `json:"claimant_names,omitempty"`
	Business      string   `json:"business,omitempty"`
	Website       string   `json:"website,omitempty"`
	// Statutes are Penal Code section numbers as strings: "631", "638.51".
	Statutes             []string    `json:"statutes,omitempty"`
	Technologies         []string    `json:"technologies,omitempty"`
	VisitDates           []Date      `json:"visit_dates,omitempty"`
	AmountDemanded       float64     `json:"amount_demanded,omitempty"`
	PerViolationClaimed  float64     `json:"per_violation_claimed,omitempty"`
	ViolationsClaimed    int         `json:"violations_claimed,omitempty"`
	Forum                LetterForum `json:"forum,omitempty"`
	PreArbitrationNotice *bool       `json:"pre_arbitration_notice,omitempty"`
	PreservationDemand   *bool       `json:"preservation_demand,omitempty"`
	// Kind is what the letter is: a pre-arbitration notice, a demand for
	// individual arbitration, a class-action threat, a draft or filed
	// complaint, or an arbitration already filed (LetterKinds).
	Kind LetterKind `json:"kind,omitempty"`
}

// Site holds what the business's website did and said.
type Site struct {
	Trackers            []string   `json:"trackers,omitempty"`
	ConsentBanner       Banner     `json:"consent_banner,omitempty"`
	PolicyNamesTrackers Disclosure `json:"policy_names_trackers,omitempty"`
	PolicyUpdatedOn     Date       `json:"policy_updated_on,omitzero"`
	GPCHonored          YesNo      `json:"gpc_honored,omitempty"`
	CaliforniaVisitors  YesNo      `json:"california_visitors,omitempty"`
	SensitiveData       YesNo      `json:"sensitive_data,omitempty"`
	RemediatedOn        Date       `json:"remediated_on,omitzero"`
	// Recording is what a HAR recording of the site showed, written by the
	// HAR reader (no question asks for it), so that the assessment can state
	// the facts a lawyer asks for: what fired, when, and what it sent.
	Recording *Recording `json:"recording,omitempty"`
}

// Recording is the HAR reader's account of one recording of the site.
type Recording struct {
	File string        `json:"file,omitempty"` // the HAR file's name, as dropped in
	Tags []RecordedTag `json:"tags"`
}

// RecordedTag is one tag that sent data in the recording.
type RecordedTag struct {
	Name       string `json:"name"`
	Technology string `json:"technology,omitempty"`
	// FirstDataMS is when it first sent data, in milliseconds after the
	// first page began to load.
	FirstDataMS *int64 `json:"first_data_ms,omitempty"`
	// BeforeConsent: it sent data before any recorded answer to the banner;
	// false when it waited for one. AfterReject: it sent data after a
	// recorded rejection. Nil when the recording does not show.
	BeforeConsent *bool `json:"before_consent,omitempty"`
	AfterReject   *bool `json:"after_reject,omitempty"`
	// Sent lists the kinds of data it sent (page_url, button_text,
	// form_field, form_value, typed_text, hashed_identifier, replay_upload,
	// chat_text, event); Examples a few of the field names and button
	// texts, never typed values.
	Sent     []string `json:"sent,omitempty"`
	Examples []string `json:"examples,omitempty"`
}

// Terms holds what the website's terms of service say and how users accept them.
// Its enum fields are still plain strings because core/terms sets them from
// strings; the rules read them through the named types in matter (terms).
type Terms struct {
	ArbitrationClause        YesNo        `json:"arbitration_clause,omitempty"`
	Provider                 Provider     `json:"provider,omitempty"`
	Rules                    Rules        `json:"rules,omitempty"`
	ClassWaiver              YesNo        `json:"class_waiver,omitempty"`
	MassArbitrationProvision YesNo        `json:"mass_arbitration_provision,omitempty"`
	DelegationClause         YesNo        `json:"delegation_clause,omitempty"`
	PreDisputeNotice         YesNo        `json:"pre_dispute_notice,omitempty"`
	GoverningLaw             GoverningLaw `json:"governing_law,omitempty"`
	Assent                   Assent       `json:"assent,omitempty"`
	ClaimantAccount          YesNo        `json:"claimant_account,omitempty"`
	LastUpdated              Date         `json:"last_updated,omitzero"`
}

// Business holds facts about the business that received the letter.
type Business struct {
	Model                BusinessModel `json:"model,omitempty"`
	OtherDemandsSameFirm int           `json:"other_demands_same_firm,omitempty"`
	Insurance            Insurance     `json:"insurance,omitempty"`
	InsurerNotified      *bool         `json:"insurer_notified,omitempty"`
}

// Merge returns a copy of a with every field that fragment answers laid over
// it. Readers produce fragments holding only what they found, so a field the
// fragment leaves unanswered never erases what the user already said.
func (a Answers) Merge(fragment Answers) Answers {
	out := a
	mergeValue(reflect.ValueOf(&out).Elem(), reflect.ValueOf(fragment))
	return out
}

func mergeValue(dst, src reflect.Value) {
	if dst.Kind() == reflect.Struct && dst.Type() != reflect.TypeOf(Date{}) {
		for i := 0; i < dst.NumField(); i++ {
			mergeValue(dst.Field(i), src.Field(i))
		}
		return
	}
	if !src.IsZero() {
		dst.Set(src)
	}
}

// Bool and Int make pointer answers easy to write in code and tests.
func Bool(b bool) *bool { return &b }
func Int(n int) *int    { return &n }
