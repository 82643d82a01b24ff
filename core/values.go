package core

// Named types for the values an enum question allows. The questionnaire's
// options and the rules both use these constants, so a value spelled wrong
// in either fails to compile, and TestOptionsAreDeclaredConstants keeps the
// options and the constants in step. Unknown ("I don't know") stays untyped:
// every question offers it. The JSON form is the plain string.

// YesNo answers a yes-or-no question that allows "I don't know".
type YesNo string

const (
	Yes YesNo = "yes"
	No  YesNo = "no"
)

// Banner is what the site's consent banner did (site.consent_banner).
type Banner string

const (
	BannerNone       Banner = "none"
	BannerNoticeOnly Banner = "notice_only"
	BannerOptOut     Banner = "opt_out"
	BannerBlocks     Banner = "blocks_until_consent"
)

// fired is true when the banner let tags run before a visitor agreed.
func (b Banner) fired() bool { return b == BannerNone || b == BannerNoticeOnly || b == BannerOptOut }

// Disclosure is how the privacy policy names the tools (site.policy_names_trackers).
type Disclosure string

const (
	DisclosureNamed   Disclosure = "yes"
	DisclosureGeneric Disclosure = "generic"
	DisclosureNone    Disclosure = "no"
)

// Provider is the arbitration provider the terms name (terms.provider).
type Provider string

const (
	ProviderAAA         Provider = "aaa"
	ProviderJAMS        Provider = "jams"
	ProviderOther       Provider = "other"
	ProviderUnspecified Provider = "unspecified"
)

// Rules are the provider's rules the terms name (terms.rules).
type Rules string

const (
	RulesConsumer    Rules = "consumer"
	RulesCommercial  Rules = "commercial"
	RulesUnspecified Rules = "unspecified"
)

// GoverningLaw is the law the terms choose (terms.governing_law).
type GoverningLaw string

const (
	LawCalifornia GoverningLaw = "california"
	LawOtherState GoverningLaw = "other_state"
	LawNone       GoverningLaw = "none"
)

// Assent is how users accept the terms (terms.assent).
type Assent string

const (
	AssentClickwrap  Assent = "clickwrap"
	AssentSigninwrap Assent = "signinwrap"
	AssentBrowsewrap Assent = "browsewrap"
	AssentNone       Assent = "none"
)

// LetterForum is where the letter threatens to bring the claim (letter.forum).
type LetterForum string

const (
	LetterForumAAA         LetterForum = "aaa"
	LetterForumJAMS        LetterForum = "jams"
	LetterForumCourt       LetterForum = "court"
	LetterForumUnspecified LetterForum = "unspecified"
)

// LetterKind is what the letter is (letter.kind).
type LetterKind string

const (
	LetterPreArbitrationNotice LetterKind = "pre_arbitration_notice"
	LetterArbitrationDemand    LetterKind = "arbitration_demand"
	LetterArbitrationFiled     LetterKind = "arbitration_filed"
	LetterClassActionThreat    LetterKind = "class_action_threat"
	LetterComplaint            LetterKind = "complaint"
	LetterOther                LetterKind = "other"
)

// BusinessModel is who the business's customers are (business.model).
type BusinessModel string

const (
	ModelB2C   BusinessModel = "b2c"
	ModelB2B   BusinessModel = "b2b"
	ModelMixed BusinessModel = "mixed"
)

// Insurance is the cover the business holds (business.insurance).
type Insurance string

const (
	InsuranceCyber Insurance = "cyber"
	InsuranceNone  Insurance = "none"
)

// orUnknown reads an unanswered value as "I don't know".
func orUnknown[T ~string](s T) T {
	if s == "" {
		return Unknown
	}
	return s
}
