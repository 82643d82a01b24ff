package policy

import "github.com/cipa-triage/cipa-triage/core/text"

// Level says how a privacy policy discloses one tracker.
type Level string

const (
	Specific Level = "specific" // names the tool or its vendor: "Meta Pixel", "Hotjar"
	Generic  Level = "generic"  // only "cookies and similar technologies", "third-party analytics"
	None     Level = "none"     // says nothing that covers it
)

func re(p string) *text.Pattern { return text.Compile(p) }

// tracking is the context that turns a vendor's bare name into a disclosure:
// "we share data with Meta through its pixel" discloses, "follow us on
// Facebook" does not.
var tracking = re(`(?i)\b(?:pixels?|cookies?|tags?|sdks?|beacons?|analytics|advertis\w*|ads|marketing|re-?targeting|remarketing|track\w*|measur\w*|conversions?|audiences?|collect\w*|shar\w*|disclos\w*|partners?|third[- ]part(?:y|ies)|plug-?ins?|interest[- ]based|personali[sz]\w*|session|record\w*)\b`)

// spec is what counts as naming one tracker specifically. strong names it
// outright; vendor names a company whose name also appears in other senses,
// so the sentence must also speak of tracking.
type spec struct {
	// gate holds lower-case words one of which a sentence must contain
	// before the expressions run; most sentences of a policy hold none.
	gate   []string
	strong *text.Pattern
	vendor *text.Pattern
	not    *text.Pattern // wording that names a different tool of the same vendor
	extra  *text.Pattern // generic wording that covers this tool in particular
	// onlyExtra says that cookie wording does not cover this tool: "we use
	// cookies" tells a visitor nothing about a recorded chat.
	onlyExtra bool
}

var specs = map[string]spec{
	"meta_pixel": {
		gate:   []string{"meta", "facebook", "instagram", "fbq"},
		strong: re(`(?i)\b(?:meta|facebook)\s+pixels?\b|\bmeta\s+platforms\b|\bfacebook\s+(?:custom\s+audiences|conversions?\s+api|business\s+tools|analytics|ads|advertising)\b|\bmeta\s+(?:conversions?\s+api|business\s+tools|custom\s+audiences)\b|\bfbq\b|facebook\.com/tr\b`),
		vendor: re(`\b(?:Facebook|Meta|Instagram|FACEBOOK|META)\b|(?i:\bfacebook\b)`),
	},
	"tiktok_pixel": {
		gate:   []string{"tik", "bytedance"},
		strong: re(`(?i)\btik\s?tok\s+(?:pixel|events\s+api|for\s+business|ads)\b`),
		vendor: re(`(?i)\btik\s?tok\b|\bByteDance\b`),
	},
	"google_ads": {
		gate:   []string{"google", "doubleclick", "gtag", "ga4"},
		strong: re(`(?i)\bgoogle\s+(?:analytics|ads|adwords|adsense|ad\s+manager|tag\s+manager|marketing\s+platform|signals|remarketing|floodlight)\b|\bdoubleclick\b|\bgtag\b|\bga4\b`),
		vendor: re(`\bGoogle\b|(?i:\bgoogle\b)`),
	},
	"linkedin_insight": {
		gate:   []string{"linked"},
		strong: re(`(?i)\blinkedin\s+(?:insight\s+tag|insight|pixel|ads|marketing\s+solutions|conversion)`),
		vendor: re(`(?i)\blinked\s?in\b`),
	},
	"x_pixel": {
		gate:   []string{"twitter", "x "},
		strong: re(`(?i)\b(?:twitter|x)\s+(?:pixel|conversion\s+tracking|ads|website\s+tag)\b`),
		vendor: re(`(?i)\btwitter\b|\bX\s+Corp\b`),
	},
	"snap_pixel": {
		gate:   []string{"snap"},
		strong: re(`(?i)\bsnap(?:chat)?\s+pixel\b|\bsnap\s+(?:conversions\s+api|ads)\b`),
		vendor: re(`(?i)\bsnapchat\b|\bSnap\s+Inc\b`),
	},
	"pinterest_tag": {
		gate:   []string{"pinterest"},
		strong: re(`(?i)\bpinterest\s+(?:tag|pixel|ads|conversions)\b`),
		vendor: re(`(?i)\bpinterest\b`),
	},
	"reddit_pixel": {
		gate:   []string{"reddit"},
		strong: re(`(?i)\breddit\s+(?:pixel|ads|conversions)\b`),
		vendor: re(`(?i)\breddit\b`),
	},
	"microsoft_ads": {
		gate:   []string{"microsoft", "bing", "uet", "universal event"},
		strong: re(`(?i)\bmicrosoft\s+advertising\b|\bbing\s+ads\b|\buniversal\s+event\s+tracking\b|\bUET\b`),
		vendor: re(`\b(?:Microsoft|Bing)\b`),
		not:    re(`(?i)\bmicrosoft\s+clarity\b`),
	},
	"session_replay": {
		gate:   []string{"hotjar", "full", "clarity", "rocket", "mouseflow", "smartlook", "quantum", "content", "glassbox", "inspectlet", "lucky", "crazy", "session", "record", "mouse", "keystroke", "cursor", "screen", "replay", "heat"},
		strong: re(`(?i)\bhotjar\b|\bfull\s?story\b|\bmicrosoft\s+clarity\b|\blog\s?rocket\b|\bmouseflow\b|\bsmartlook\b|\bquantum\s?metric\b|\bcontent\s?square\b|\bglassbox\b|\binspectlet\b|\blucky\s+orange\b|\bcrazy\s?egg\b|\bsession\s*(?:replay|recording|playback)s?\b|\brecord\w*\s+(?:\w+\s+){0,4}(?:sessions?|mouse\s+movements|cursor|keystrokes|scrolling|interactions|screens?)\b|\b(?:mouse\s+movements|keystrokes|cursor\s+movements)\b.{0,120}\brecord|\bscreen\s+recordings?\b|\breplay\w*\s+(?:\w+\s+){0,3}(?:sessions?|visits?)\b|\bheat\s?maps?\b`),
		extra:  re(`(?i)\bhow\s+you\s+(?:use|interact\s+with|navigate|browse)\b|\b(?:usage|interaction|browsing|clickstream)\s+(?:data|information)\b|\bclicks?\b|\bpages?\s+you\s+(?:visit|view)\b`),
	},
	"chat": {
		gate:      []string{"chat", "person", "intercom", "zendesk", "salesforce", "tidio", "olark", "gorgias", "kustomer", "gladly", "drift"},
		strong:    re(`(?i)\blive\s?person\b|\bintercom\b|\bzendesk\b|\bsalesforce\s+(?:chat|live\s+agent|service\s+cloud|messaging)\b|\btidio\b|\bolark\b|\blive\s?chat\s+inc\b|\bgorgias\b|\bfreshchat\b|\bkustomer\b|\bgladly\b|\bdrift\b.{0,40}\bchat|\bchat\w*\b.{0,160}\b(?:record\w*|transcripts?|monitor\w*|stored|retain\w*|logged|third[- ]party|vendor|service\s+provider|provider|powered\s+by)\b|\b(?:record\w*|transcripts?|monitor\w*)\b.{0,120}\bchats?\b`),
		onlyExtra: true,
		extra:     re(`(?i)\bchat\w*\b|\bcommunications?\s+(?:with\s+us|you\s+send)\b|\bcustomer\s+(?:support|service)\s+(?:tools|providers|platforms?)\b|\bmessages\s+you\s+send\b`),
	},
	"search_bar": {
		gate:   []string{"search", "algolia", "constructor", "klevu", "bloomreach", "coveo"},
		strong: re(`(?i)\balgolia\b|\bconstructor\.io\b|\bklevu\b|\bsearchspring\b|\bbloomreach\b|\bcoveo\b|\bsearch\s+(?:queries|terms|bar|box|function\w*)\b.{0,160}\b(?:third[- ]party|provider|vendor|partner|shared?)\b`),
		extra:  re(`(?i)\bsearch\s+(?:queries|terms|history)\b|\bwhat\s+you\s+search\b`),
	},
	"other": {},
}

// generic is wording that covers any tracker without naming it.
var generic = re(`(?i)\bcookies?\s+(?:and|or|&)\s+(?:other\s+)?similar\s+(?:tracking\s+)?technolog|\bsimilar\s+(?:tracking\s+)?technologies\b|\btracking\s+technolog|\b(?:web\s+|clear\s+gif\s+)?beacons?\b|\bpixels?(?:\s+tags?)?\b|\b(?:third[- ]party|third\s+parties'?)\s+(?:\w+\s+)?(?:analytics|advertising|advertisers|ad\s+networks|cookies|tracking|tags|service\s+providers)\b|\banalytics\s+(?:providers|partners|services|tools|companies|cookies)\b|\badvertising\s+(?:partners|networks|providers|companies|cookies)\b|\bad\s+networks\b|\binterest[- ]based\s+advertising\b|\btargeted\s+advertising\b|\bcross[- ]context\s+behavio(?:u)?ral\s+advertising\b|\bsdks?\b|\bsocial\s+media\s+(?:plug-?ins|pixels|platforms|partners)\b|\bcookies\b`)

// broadly is general wording that covers every tracker even in a sentence
// that also names one: "we and partners such as Google use cookies and
// similar technologies".
var broadly = re(`(?i)\bsimilar\s+(?:tracking\s+)?technologies\b|\btracking\s+technolog|\b(?:third[- ]party|third\s+parties'?)\s+(?:\w+\s+)?(?:analytics|advertising|advertisers|ad\s+networks|cookies|tracking)\b|\b(?:analytics|advertising)\s+(?:providers|partners|networks|companies)\b`)
