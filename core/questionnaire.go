package core

// The questionnaire is data: every front end (the browser app, the CLI's
// `questions`, the validator) reads this one definition, so a question added
// here is asked, checked and exported everywhere.

// Kind says what shape of value a field holds.
type Kind string

const (
	KindDate     Kind = "date"      // "YYYY-MM-DD"
	KindDateList Kind = "date_list" // ["YYYY-MM-DD", ...]
	KindInt      Kind = "int"       // whole number >= 0
	KindNumber   Kind = "number"    // amount >= 0
	KindBool     Kind = "bool"      // true | false
	KindEnum     Kind = "enum"      // one of Options
	KindEnumList Kind = "enum_list" // any of Options
	KindText     Kind = "text"      // free text
	KindTextList Kind = "text_list" // free text, several
)

// Unknown is the option value that every enum question offers: "I don't know"
// is always an acceptable answer and is explained, never an error.
const Unknown = "unknown"

// Option is one allowed value, labelled in the user's words.
type Option struct {
	Value string `json:"value"`
	Label string `json:"label"`
	Hint  string `json:"hint,omitempty"`
}

// Condition shows a question only when another field holds one of Values
// (bools compare as "true" or "false").
type Condition struct {
	Field  string   `json:"field"`
	Values []string `json:"values"`
}

// Question asks for one field of Answers.
type Question struct {
	Field   string     `json:"field"` // JSON path in Answers, e.g. "letter.date"
	Kind    Kind       `json:"kind"`
	Title   string     `json:"title"`          // the question, in plain words
	Help    string     `json:"help,omitempty"` // how a non-lawyer finds the answer
	Options []Option   `json:"options,omitempty"`
	ShowIf  *Condition `json:"show_if,omitempty"`
	// Default describes what the checker assumes when the question is left empty.
	Default string `json:"default,omitempty"`
	// More is detail for the curious, such as the court decisions behind the
	// help; pages show it closed under MoreTitle.
	More      string `json:"more,omitempty"`
	MoreTitle string `json:"more_title,omitempty"`
}

// Section groups related questions on the way through.
type Section struct {
	ID        string     `json:"id"`
	Title     string     `json:"title"`
	Intro     string     `json:"intro,omitempty"`
	Questions []Question `json:"questions"`
}

// Technologies are the tracker ids shared by letter.technologies and
// site.trackers; readers map what they find onto these.
// LetterKinds are the kinds of letter a business receives, which set the
// clock and the first step: a notice starts the terms' informal period, a
// filed demand or complaint starts the provider's or the court's.
var LetterKinds = []Option{
	{Value: string(LetterPreArbitrationNotice), Label: "A pre-arbitration notice or notice of dispute under your terms"},
	{Value: string(LetterArbitrationDemand), Label: "A demand for individual arbitration, not yet filed"},
	{Value: string(LetterArbitrationFiled), Label: "An arbitration already filed with AAA or JAMS"},
	{Value: string(LetterClassActionThreat), Label: "A threat to file a class action"},
	{Value: string(LetterComplaint), Label: "A draft or filed court complaint"},
	{Value: string(LetterOther), Label: "Something else (a settlement demand that says none of these)"},
}

var Technologies = []Option{
	{Value: "meta_pixel", Label: "Meta (Facebook) Pixel"},
	{Value: "tiktok_pixel", Label: "TikTok Pixel"},
	{Value: "google_ads", Label: "Google Ads or Google Analytics tags"},
	{Value: "linkedin_insight", Label: "LinkedIn Insight Tag"},
	{Value: "x_pixel", Label: "X (Twitter) Pixel"},
	{Value: "snap_pixel", Label: "Snap Pixel"},
	{Value: "pinterest_tag", Label: "Pinterest Tag"},
	{Value: "reddit_pixel", Label: "Reddit Pixel"},
	{Value: "microsoft_ads", Label: "Microsoft Advertising (UET) tag"},
	{Value: "session_replay", Label: "Session replay or heatmaps", Hint: "Hotjar, FullStory, Microsoft Clarity, LogRocket and the like"},
	{Value: "chat", Label: "Chat widget", Hint: "a chat box run by a vendor such as Salesforce, LivePerson, Drift, Intercom or Zendesk"},
	{Value: "search_bar", Label: "Site search bar run by a third party"},
	{Value: "other", Label: "Other tracking software"},
}

func yesNoUnknown(yes, no string) []Option {
	return []Option{
		{Value: string(Yes), Label: yes},
		{Value: string(No), Label: no},
		{Value: Unknown, Label: "I don't know"},
	}
}

var iDontKnow = Option{Value: Unknown, Label: "I don't know", Hint: "the checker will treat this as an open question and tell you how to find out"}

// Questionnaire is the whole set of questions, in the order they are asked.
var Questionnaire = []Section{
	{
		ID:    "letter",
		Title: "The letter",
		Intro: "Start with the demand letter itself. You can drop the letter in and check what the checker read, or type the answers.",
		Questions: []Question{
			{Field: "letter.date", Kind: KindDate, Title: "What date is on the letter?",
				Help: "Usually at the top, under the law firm's name. If it came by email only, use the date of the email."},
			{Field: "letter.received", Kind: KindDate, Title: "When did you receive it?",
				Help: "The day it reached you. Keep the envelope or the email: it proves the date."},
			{Field: "letter.response_deadline", Kind: KindDate, Title: "Does the letter give a date by which you must respond?",
				Help: "Look for words like \"no later than\" followed by a date. Leave empty if it gives a number of days instead."},
			{Field: "letter.response_days", Kind: KindInt, Title: "Or does it give a number of days to respond?",
				Help: "For example \"within thirty (30) days of the date of this letter\".", Default: "30 days from the letter's date"},
			{Field: "letter.firm", Kind: KindText, Title: "Which law firm sent it?",
				Help: "The name in the letterhead or the signature."},
			{Field: "letter.attorney", Kind: KindText, Title: "Which attorney signed it?"},
			{Field: "letter.claimants", Kind: KindInt, Title: "How many people (claimants) does the letter speak for?",
				Help: "A letter may name one person, list several, or say \"on behalf of 47 claimants\".", Default: "1"},
			{Field: "letter.claimant_names", Kind: KindTextList, Title: "What are the claimants' names?",
				Help: "As the letter spells them. You will search your customer records for them."},
			{Field: "letter.business", Kind: KindText, Title: "Which business does the letter name?",
				Help: "The company it is addressed to, as written. Check it is really yours."},
			{Field: "letter.website", Kind: KindText, Title: "Which website does it name?",
				Help: "For example www.example.com. The claims are about what that site did."},
			{Field: "letter.statutes", Kind: KindEnumList, Title: "Which Penal Code sections does it cite?",
				Help: "Look for \"§\" or \"section\" followed by numbers such as 631 or 638.51.",
				Options: []Option{
					{Value: "631", Label: "631 (wiretapping)"},
					{Value: "632", Label: "632 (recording confidential communications)"},
					{Value: "632.7", Label: "632.7 (cellular or cordless communications)"},
					{Value: "637.2", Label: "637.2 (the right to sue for damages)"},
					{Value: "638.51", Label: "638.51 (pen register or trap and trace)"},
				}},
			{Field: "letter.technologies", Kind: KindEnumList, Title: "Which technology does the letter blame?", Options: Technologies,
				Help: "Letters name a pixel (\"Meta Pixel\", \"TikTok\"), \"session replay\", a chat feature, or a \"trap and trace\" beacon."},
			{Field: "letter.visit_dates", Kind: KindDateList, Title: "On which dates does it say the claimant visited your website?",
				Help: "Often in a sentence such as \"On or about March 3, 2026, Claimant visited the Website\". Visit dates bear on the one-year time limit."},
			{Field: "letter.amount_demanded", Kind: KindNumber, Title: "What total amount does it demand, in dollars?"},
			{Field: "letter.per_violation_claimed", Kind: KindNumber, Title: "What amount per violation does it claim?",
				Help: "Letters usually say $5,000 per violation; some say $2,500."},
			{Field: "letter.violations_claimed", Kind: KindInt, Title: "How many violations does it count?"},
			{Field: "letter.forum", Kind: KindEnum, Title: "Where does the letter threaten to bring the claim?",
				Options: []Option{
					{Value: string(LetterForumAAA), Label: "AAA (American Arbitration Association)"},
					{Value: string(LetterForumJAMS), Label: "JAMS"},
					{Value: string(LetterForumCourt), Label: "A court or a class action"},
					{Value: string(LetterForumUnspecified), Label: "It does not say"},
				}},
			{Field: "letter.kind", Kind: KindEnum, Title: "What kind of letter is it?", Options: LetterKinds,
				Help: "The heading and the first paragraph usually say: \"Notice of Dispute\", \"Demand for Arbitration\", a court caption, or a threat to file a class action."},
			{Field: "letter.pre_arbitration_notice", Kind: KindBool, Title: "Does the letter say it is a notice of dispute under your terms?",
				Help: "Words such as \"pre-arbitration notice\", \"notice of dispute\" or \"pursuant to the dispute resolution section of your terms\"."},
			{Field: "letter.preservation_demand", Kind: KindBool, Title: "Does it demand that you preserve evidence?",
				Help: "Words such as \"preserve\", \"litigation hold\" or \"spoliation\"."},
		},
	},
	{
		ID:    "site",
		Title: "Your website",
		Intro: "What your website ran and said during the dates in the letter. Answer for the site as it was then, not as it is today.",
		Questions: []Question{
			{Field: "site.trackers", Kind: KindEnumList, Title: "Which of these ran on your website?", Options: Technologies,
				Help: "Open your site in Chrome, press F12, choose Network, reload, and type \"facebook.com/tr\" (Meta Pixel), \"tiktok\", \"hotjar\" or \"clarity\" in the filter box. Or export a HAR file (right-click in the Network panel, \"Save all as HAR\") and drop it in here: it is read on this device only."},
			{Field: "site.consent_banner", Kind: KindEnum, Title: "What did your cookie or consent banner do?",
				Help: "Open your site in a private window. Before you click anything on the banner, check the Network panel: did facebook.com/tr (or the other tags) already appear?",
				Options: []Option{
					{Value: string(BannerNone), Label: "There was no banner"},
					{Value: string(BannerNoticeOnly), Label: "It only informed visitors (\"we use cookies\", OK button)"},
					{Value: string(BannerOptOut), Label: "Tags ran until a visitor clicked \"reject\" or opted out"},
					{Value: string(BannerBlocks), Label: "Tags waited until a visitor clicked \"accept\""},
					iDontKnow,
				}},
			{Field: "site.policy_names_trackers", Kind: KindEnum, Title: "Does your privacy policy name these tools?",
				Help: "Search your privacy policy for \"Meta\", \"Facebook\", \"pixel\", \"session replay\" or the vendor's name.",
				Options: []Option{
					{Value: string(DisclosureNamed), Label: "Yes, by name (for example \"Meta Pixel\")"},
					{Value: string(DisclosureGeneric), Label: "Only in general terms (\"cookies and similar technologies\")"},
					{Value: string(DisclosureNone), Label: "No"},
					iDontKnow,
				}},
			{Field: "site.policy_updated_on", Kind: KindDate, Title: "Since when has the policy said so?",
				Help:   "The \"last updated\" date of the policy version that described the tools. An archived copy can prove it.",
				ShowIf: &Condition{Field: "site.policy_names_trackers", Values: []string{string(DisclosureNamed), string(DisclosureGeneric)}}},
			{Field: "site.gpc_honored", Kind: KindEnum, Title: "Does your site honor Global Privacy Control (GPC) signals?",
				Help:    "Your consent tool's settings say whether it treats a browser's GPC signal as an opt-out.",
				Options: yesNoUnknown("Yes", "No")},
			{Field: "site.california_visitors", Kind: KindEnum, Title: "Does your site have visitors in California?",
				Options: yesNoUnknown("Yes", "No, or it blocks California")},
			{Field: "site.sensitive_data", Kind: KindEnum, Title: "Does your site deal with health, financial or other sensitive matters?",
				Help:    "Courts have been readier to let tracking claims go on where the pages reveal health conditions or similar private facts.",
				Options: yesNoUnknown("Yes", "No")},
			{Field: "site.remediated_on", Kind: KindDate, Title: "If you have since fixed the site, on what date?",
				Help: "The day the tags stopped firing before consent or the policy was updated. Leave empty if nothing has changed yet. Preserve evidence of the old site before you change it."},
		},
	},
	{
		ID:    "terms",
		Title: "Your terms",
		Intro: "Your website's terms of service (or terms of use). Drop them in to have them read here, or answer from the text.",
		Questions: []Question{
			{Field: "terms.arbitration_clause", Kind: KindEnum, Title: "Do your terms say disputes go to arbitration?",
				Help: "Search your terms for \"arbitration\".", Options: yesNoUnknown("Yes", "No")},
			{Field: "terms.provider", Kind: KindEnum, Title: "Which arbitration provider do they name?",
				ShowIf: &Condition{Field: "terms.arbitration_clause", Values: []string{string(Yes)}},
				Options: []Option{
					{Value: string(ProviderAAA), Label: "AAA (American Arbitration Association)"},
					{Value: string(ProviderJAMS), Label: "JAMS"},
					{Value: string(ProviderOther), Label: "Another provider (for example NAM)"},
					{Value: string(ProviderUnspecified), Label: "None named"},
				}},
			{Field: "terms.rules", Kind: KindEnum, Title: "Which of the provider's rules do they name?",
				ShowIf: &Condition{Field: "terms.arbitration_clause", Values: []string{string(Yes)}},
				Options: []Option{
					{Value: string(RulesConsumer), Label: "Consumer rules"},
					{Value: string(RulesCommercial), Label: "Commercial rules"},
					{Value: string(RulesUnspecified), Label: "They do not say"},
				}},
			{Field: "terms.class_waiver", Kind: KindEnum, Title: "Do they say claims must be brought individually, not as a class?",
				Help:   "Look for \"class action waiver\" or \"only in an individual capacity\".",
				ShowIf: &Condition{Field: "terms.arbitration_clause", Values: []string{string(Yes)}}, Options: yesNoUnknown("Yes", "No")},
			{Field: "terms.mass_arbitration_provision", Kind: KindEnum, Title: "Do they say how many similar claims are handled (batching or bellwether cases)?",
				Help:   "Look for \"mass arbitration\", \"batch\", \"bellwether\" or \"25 or more\".",
				ShowIf: &Condition{Field: "terms.arbitration_clause", Values: []string{string(Yes)}}, Options: yesNoUnknown("Yes", "No")},
			{Field: "terms.pre_dispute_notice", Kind: KindEnum, Title: "Do they require a written notice of dispute before arbitration?",
				Help:    "Look for \"informal dispute resolution\" or \"notice of dispute\". Many letters say they are that notice.",
				ShowIf:  &Condition{Field: "terms.arbitration_clause", Values: []string{string(Yes)}},
				Options: yesNoUnknown("Yes", "No")},
			{Field: "terms.governing_law", Kind: KindEnum, Title: "Which state's law do your terms choose?",
				Help: "Look for \"governed by the laws of\".",
				Options: []Option{
					{Value: string(LawCalifornia), Label: "California"},
					{Value: string(LawOtherState), Label: "Another state"},
					{Value: string(LawNone), Label: "They do not choose"},
					iDontKnow,
				}},
			{Field: "terms.assent", Kind: KindEnum, Title: "How do users accept your terms?",
				Help:      "Look at your sign-up or checkout page as a new visitor would see it. Clickwrap: the visitor must tick a box or press a button saying they agree to the terms; courts usually hold people to these. \"By clicking Sign up, you agree to our Terms\" written beside the button binds only if it is easy to see and matches the button's words. Browsewrap: a link to the terms only in the footer, which no one has to click; it usually binds no one who just browsed.",
				MoreTitle: "The court decisions behind this",
				More:      "A footer link alone did not bind a shopper (Nguyen v. Barnes & Noble, 9th Cir. 2014). Notices beside the button were upheld where clear and close to it (Oberstein v. Live Nation, 9th Cir. 2023) and not where small or faint (Berman v. Freedom Financial, 9th Cir. 2022; Sellers v. JustAnswer, Cal. Ct. App. 2021). Drop your terms in on this section's first page to see the full guide, with sources.",
				Options: []Option{
					{Value: string(AssentClickwrap), Label: "They tick a box or click \"I agree\" to the terms"},
					{Value: string(AssentSigninwrap), Label: "\"By clicking Sign up, you agree to our Terms\" next to the button"},
					{Value: string(AssentBrowsewrap), Label: "Only a link to the terms in the footer"},
					{Value: string(AssentNone), Label: "There are no terms"},
					iDontKnow,
				},
				ShowIf: &Condition{Field: "terms.arbitration_clause", Values: []string{string(Yes)}}},
			{Field: "terms.claimant_account", Kind: KindEnum, Title: "Did the claimant create an account or buy something on your site?",
				Help:    "Search your customer and order records for the claimant's name and email.",
				ShowIf:  &Condition{Field: "terms.arbitration_clause", Values: []string{string(Yes)}},
				Options: yesNoUnknown("Yes", "No, or not that I can find")},
			{Field: "terms.last_updated", Kind: KindDate, Title: "When were your terms last updated?"},
		},
	},
	{
		ID:    "business",
		Title: "Your business",
		Questions: []Question{
			{Field: "business.model", Kind: KindEnum, Title: "Who are your customers?",
				Options: []Option{
					{Value: string(ModelB2C), Label: "Consumers (individuals)"},
					{Value: string(ModelB2B), Label: "Other businesses"},
					{Value: string(ModelMixed), Label: "Both"},
				}},
			{Field: "business.other_demands_same_firm", Kind: KindInt, Title: "How many other demands from the same firm have you or your affiliates received?",
				Help: "Count letters for other claimants too. Twenty-five or more similar demands can bring in mass-arbitration rules.", Default: "0"},
			{Field: "business.insurance", Kind: KindEnum, Title: "Do you have cyber or privacy liability insurance?",
				Help: "Check your cyber, privacy or media liability policy. Many require notice of a claim promptly.",
				Options: []Option{
					{Value: string(InsuranceCyber), Label: "Yes, cyber or privacy insurance"},
					{Value: string(InsuranceNone), Label: "No"},
					iDontKnow,
				}},
			{Field: "business.insurer_notified", Kind: KindBool, Title: "Have you told your insurer about the letter?",
				ShowIf: &Condition{Field: "business.insurance", Values: []string{string(InsuranceCyber), Unknown}}},
		},
	},
}

// QuestionFor returns the question that asks for field, or nil.
func QuestionFor(field string) *Question {
	for si := range Questionnaire {
		for qi := range Questionnaire[si].Questions {
			if Questionnaire[si].Questions[qi].Field == field {
				return &Questionnaire[si].Questions[qi]
			}
		}
	}
	return nil
}
