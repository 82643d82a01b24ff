package terms

import (
	"sort"
	"strings"

	"github.com/cipa-triage/cipa-triage/core/text"
)

// Kind names a clause the finder looks for.
type Kind string

// The clauses that decide a CIPA demand: whether the claimant must arbitrate,
// alone, before whom, after what notice, and under which state's law.
const (
	Arbitration      Kind = "arbitration"
	ClassWaiver      Kind = "class_waiver"
	MassArbitration  Kind = "mass_arbitration"
	Delegation       Kind = "delegation"
	OptOut           Kind = "opt_out"
	PreDisputeNotice Kind = "pre_dispute_notice"
	SmallClaims      Kind = "small_claims"
	GoverningLaw     Kind = "governing_law"
	Forum            Kind = "forum"
	// UseIsAssent is "by using this site you agree to these terms": the
	// browsewrap language that does not by itself bind a visitor.
	UseIsAssent Kind = "use_is_assent"
)

// Kinds lists every kind in the order reports show them.
var Kinds = []Kind{Arbitration, ClassWaiver, MassArbitration, Delegation, OptOut, PreDisputeNotice, SmallClaims, GoverningLaw, Forum, UseIsAssent}

// cue is one piece of wording that points to a kind of clause. Weights add
// up; a sentence whose cues reach 1 is that kind of clause. A veto cue
// (weight below zero) cancels wording that reads the other way, such as "a
// court, not the arbitrator, decides".
type cue struct {
	re     *text.Pattern
	match  func(sentence, lower string) bool // instead of re, where an expression would be slow
	weight float64
	// supports is whether the cue counts only beside another positive cue
	// that fires: wording that strengthens a clause but is not one alone.
	supports bool
	// least is whether the cue lifts a sentence to its weight without
	// adding to a sentence other cues already found: wording learned from
	// real terms adds clauses found, not confidence in those found before.
	least bool
	// needs are words one of which the lower-cased sentence must hold
	// before the expression runs: a costly expression's own gate.
	needs []string
	// ownGate lets the cue read a sentence the kind's gate keeps out, when
	// its needs are met: wording that holds none of the kind's gate words,
	// without opening the kind's other expressions to every such sentence.
	ownGate bool
}

func c(w float64, pattern string) cue { return cue{re: text.Compile(`(?i)` + pattern), weight: w} }

// support makes cu count only beside another positive cue.
func support(cu cue) cue {
	cu.supports = true
	return cu
}

// needing gives cu a gate of its own: one of words must be in the sentence.
func needing(cu cue, words ...string) cue {
	cu.needs = words
	return cu
}

// unless keeps cu from firing on a sentence whose lower-cased text holds
// one of words.
func unless(cu cue, words ...string) cue {
	re := cu.re
	cu.match = func(sentence, lower string) bool {
		return !holdsAny(lower, words) && re.MatchString(sentence)
	}
	return cu
}

// suchCourts is "in such courts", "of those courts": courts named elsewhere.
var suchCourts = text.Compile(`(?i)\b(?:in|of)\s+(?:such|those|these|said|the\s+(?:aforementioned|above|applicable))\s+(?:courts?|jurisdiction)\b`)

// unnamedCourts is a sentence that consents to "such courts" without
// naming any itself ("you consent to venue and personal jurisdiction in
// such courts"); one that names them as well is a forum clause.
func unnamedCourts(sentence, lower string) bool {
	return suchCourts.MatchString(sentence) && !namedCourts(sentence, lower) && !courtsIn.MatchString(sentence)
}

// courtsIn is "courts in Massachusetts", "courts located in ...": a place
// named after the courts.
var courtsIn = text.Compile(`\bcourts?\s+(?:located\s+|sitting\s+)?(?:in|of)\s+(?:the\s+)?(?:county\s+of\s+|state\s+of\s+)?(?-i:[A-Z])|(?i:\bcourts?\s+(?:located|sitting)\s+in\b)`)

// ownGate makes cu read sentences the kind's gate keeps out (by its needs).
func ownGate(cu cue) cue {
	cu.ownGate = true
	return cu
}

// least makes cu lift a sentence to its weight rather than add to it.
func least(cu cue) cue {
	cu.least = true
	return cu
}

// cp is c for wording around a place name: placeHole stands where the
// names go, filled in at first use.
func cp(w float64, pattern string) cue {
	return cue{re: text.CompileFunc(func() string { return `(?i)` + strings.ReplaceAll(pattern, placeHole, placePattern()) }), weight: w}
}

// placeHole marks where cp puts the place names.
const placeHole = "(?:PLACE)"

// Word stems shared by several cues. Source texts come lower-cased and
// tokenised ("class - action", "do n't") as well as typeset, so spacing
// around punctuation is loose.
const (
	// antiDelegation is the opposite choice: a court, not the arbitrator,
	// decides whether the arbitration clause is valid and what it covers.
	antiDelegation = `\b(?:court|judge)\b[\w\s]{0,40},?\s*(?:and\s+)?not\s+(?:an?|the|any)\s+arbitrator|\b(?:only|solely)\s+(?:a|the)\s+court\b.{0,120}\b(?:enforceability|arbitrability|validity)`
	arb            = `arbitra(?:tion|te|ted|ting|ble|bility|l|tor|tors)\b`
	dash           = `\s*[-‐–—]?\s*`
	dispute        = `(?:disputes?|claims?|controvers(?:y|ies)|causes? of action)`
	// severability is wording about a clause being struck down ("if the
	// class action waiver is found unenforceable, ..."): a clause that is
	// only that is no agreement to arbitrate and no waiver.
	severability = `\b(?:unenforceable|invalid|null\s+and\s+void|severed|severable|severability)\b`
	// arbAdjectives are the words before "arbitration" in "final and
	// binding", "binding , individual" (tokenised text) and the like.
	arbAdjectives = `(?:(?:final|binding|individual|confidential|mandatory)\s*,?\s+(?:and\s+)?)*`
)

// pointer is a notice that points ahead to a clause ("please read the
// following section carefully because it requires you to arbitrate"):
// it mentions the clause and is not it (adjudicated/GUIDELINE.md).
var pointer = needing(c(-2, `\b(?:read|review)\s+(?:\w+\s+){0,3}(?:following|below)\b|\bthe\s+following\s+(?:section|paragraphs?|provisions?)\s+(?:\w+\s+){0,3}(?:requires?|contains?|affects?)\b|\b(?:review|see|go\s+to|refer\s+to)\s+(?:section|article|exhibit)\s+\d`), "following", "below", "review section", "see section", "go to section", "refer to section", "review article", "see article", "see exhibit")

// clauseList is a sentence that lists what the terms contain ("these TOS
// contain a binding arbitration clause in Article 8 and a class-action
// waiver"), describes a part of them ("this Exhibit describes the
// provisions which apply to ..."), or says how a section may change: each
// names the clauses and makes none, unless it also says what they require
// ("... and require binding arbitration on an individual basis").
var clauseList = unless(needing(c(-2, `\b(?:terms|tos|agreement)\s+(?:\w+\s+){0,2}(?:include|contain)s?\b.{0,80}\b(?:arbitration\s+(?:clause|provision|agreement)|class[\s-]+action\s+waiver)|\b(?:describes|sets\s+out|explains)\b.{0,60}\bprovisions?\b|\bchang\w*\s+(?:to\s+)?this\s+(?:section|article)\b`), "arbitration clause", "arbitration provision", "arbitration agreement", "action waiver", "describes", "sets out", "explains", "this section", "this article"), "requir", "must ")

var cues = map[Kind][]cue{
	// The agreement to arbitrate itself: the sentence that sends disputes to
	// arbitration, not every sentence of the arbitration section (fees,
	// venue, the arbitrator's powers), which provider and rules come from.
	Arbitration: {
		c(1, `\b(?:resolved|settled|decided|determined|submitted|referred|governed|handled|adjudicated)\s+(?:\w+\s+){0,2}(?:exclusively\s+|solely\s+|only\s+|finally\s+)?(?:by|through|in|to|under)\s+(?:an?\s+)?`+arbAdjectives+`arbitration`),
		c(1, `\bagree(?:s|d)?\s+(?:that\s+\w+\s+will\s+)?to\s+(?:resolve\s+(?:\w+\s+){1,3}(?:through|by)\s+(?:final\s+and\s+)?(?:binding\s+)?|(?:submit|refer)\s+(?:\w+\s+){1,4}to\s+(?:final\s+and\s+)?(?:binding\s+)?)?arbitrat`),
		c(1, `\b(?:must|shall|will|may\s+only)\s+(?:be\s+)?(?:arbitrated|(?:resolved|brought|pursued)\s+(?:\w+\s+){0,3}in\s+(?:binding\s+|individual\s+)*arbitration)`),
		c(1, `\bto\s+arbitrate\s+(?:any\s+and\s+all\s+|all\s+|any\s+)`+dispute),
		c(1, `\b(?:binding|mandatory)\s*,?\s+(?:(?:and\s+)?(?:final|individual)\s*,?\s+)*arbitration\b`),
		// "you will arbitrate any dispute between you and us"
		needing(c(1, `\b(?:will|shall|must)\s+arbitrate\s+(?:any|all|every)\b`), "arbitrate "),
		c(1, `\bresolv\w*\b.{0,80}\b(?:by|through|via|using)\s+(?:\w+\s+){0,4}arbitration\b|\barbitration\s+to\s+resolve\b|\bgoverned\s+by\s+the\s+arbitration\s+(?:procedure|provisions?|section)`),
		c(0.5, `\b(?:any|all)\s+(?:\w+\s+){0,3}`+dispute+`\b`),
		c(-2, `\b(?:not|never)\s+(?:be\s+)?(?:required|forced|obliged)\s+to\s+arbitrate\b|\bno\s+(?:mandatory\s+)?arbitration\b`),
		// A notice that points to the clause mentions it ("these terms
		// contain a provision regarding binding arbitration"); it is not it.
		needing(c(-1, `\b(?:provisions?|sections?|clauses?|procedures?)\s+(?:regarding|about|concerning|for|on|relating\s+to)\s+(?:\w+\s+){0,4}arbitration\b`), "provision", "section", "clause", "procedure"),
		pointer,
		clauseList,
		// "subject to the mandatory arbitration provisions below": a
		// reference from another clause to this one.
		needing(c(-2, `\bsubject\s+to\s+(?:the\s+)?(?:\w+\s+){0,2}arbitration\s+(?:provisions?|section|clause|agreement)\b`), "subject to"),
		// "the arbitrator has exclusive authority to resolve any dispute
		// relating to the interpretation ... of this agreement" delegates
		// questions about the clause; "if the dispute is finally resolved
		// through arbitration in your favor" and "as an exception to the
		// binding arbitration rule" speak of arbitration already agreed.
		needing(c(-2, `\barbitrator\w*\b.{0,100}\bauthority\s+to\s+(?:resolve|decide|determine)\b`), "authority"),
		needing(c(-2, `\bif\s+(?:the|a|any|your)\s+(?:dispute|claim)\s+is\s+(?:finally\s+)?resolved\s+(?:through|by|in)\s+arbitration\b|\bexception\s+to\s+(?:the\s+)?(?:\w+\s+){0,2}arbitration\b`), "if the dispute", "if a dispute", "if any dispute", "if your dispute", "if the claim", "if a claim", "if any claim", "if your claim", "exception to"),
		// "agree to submit to the personal and exclusive arbitration of
		// disputes"; "your rights will be determined by a neutral
		// arbitrator, not a judge or jury"; "you shall be bound to
		// arbitrate"; "must arbitrate to seek other forms of relief".
		needing(least(c(1, `\bsubmit\s+to\s+(?:the\s+)?(?:\w+\s+(?:and\s+)?){0,3}arbitration\s+of\b`)), "arbitration of"),
		needing(least(c(1, `\b(?:determined|decided|resolved)\s+by\s+(?:a|an|the)\s+(?:neutral\s+|single\s+)?arbitrator\b.{0,20}\bnot\s+(?:by\s+)?a\s+(?:judge|court)`)), "not a judge", "not a court", "not by a judge", "not by a court"),
		needing(least(c(1, `\bbound\s+to\s+arbitrate\b|\bmust\s+arbitrate\b`)), "bound to arbitrate", "must arbitrate"),
		// "This agreement to arbitrate disputes includes all claims ...".
		needing(least(c(1, `\bagreement\s+to\s+arbitrate\s+(?:\w+\s+){0,2}(?:includes|covers|applies\s+to)\b`)), "agreement to arbitrate"),
		// "must be arbitrated or litigated on an individual basis" says how
		// claims proceed, not where.
		needing(c(-1, `\barbitrated\s+or\s+litigated\b|\blitigated\s+or\s+arbitrated\b`), "or litigated", "or arbitrated"),
		// What happens if the clause is struck down is not the clause.
		needing(c(-1, severability), "enforce", "invalid", "void", "sever"),
		// How to leave arbitration, what it excludes and what it costs say
		// how the clause works, not that disputes go to arbitration.
		needing(c(-1, `\bopt`+dash+`out\s+of\s+(?:\w+\s+){0,3}arbitration\b|\b(?:excluded|exempt\w*|carved\s+out)\s+from\s+(?:\w+\s+){0,3}arbitration\b|\bnot\s+(?:be\s+)?subject\s+to\s+(?:\w+\s+){0,2}arbitration\b|\bfees?\s+(?:for|of)\s+(?:\w+\s+){0,3}arbitration\b`), "opt", "exclud", "exempt", "carved", "subject", "fee"),
		// "These Terms require arbitration of disputes"; "claims are subject
		// to binding arbitration".
		needing(least(c(1, `\brequir\w*\s+(?:(?:you|users?|the\s+parties|both\s+parties|each\s+of\s+us)\s+to\s+(?:submit\s+to\s+|use\s+)?)?(?:the\s+use\s+of\s+)?`+arbAdjectives+`arbitration\b`)), "requir"),
		needing(least(c(1, `\b(?:is|are|be|shall\s+be|will\s+be)\s+subject\s+to\s+`+arbAdjectives+`arbitration\b`)), "subject to"),
	},
	ClassWaiver: {
		c(1, `\bclass`+dash+`action\s+waiver\b|\bwaiver\s+of\s+(?:class|representative|collective)`),
		c(1, `\bwaive\w*\s+(?:any\s+|your\s+|the\s+|their\s+|all\s+)?(?:right\s+to\s+(?:participate\s+in\s+|bring\s+|pursue\s+|join\s+)?(?:a\s+|any\s+)?)?(?:class|collective|representative|consolidated)`),
		c(1, `\b(?:individual|individually)\s*(?:basis|capacity|claims?)?\b.{0,80}\bnot\s+(?:as\s+)?(?:a\s+)?(?:plaintiff|class|representative|member|on\s+a\s+class)`),
		c(1, `\bnot\s+(?:as\s+a|in\s+a)\s+(?:plaintiff|class|representative|consolidated)`),
		c(1, `\bwaiv\w*\b.{0,100}\bclass`+dash+`(?:action|arbitration|proceeding|claim)s?\b`),
		c(1, `\bindividual\s+basis\b.{0,120}\brather\s+than\b.{0,60}\bclass`),
		c(1, `\b(?:no|not|never|nor|without|prohibit\w*|waive\w*|preclude\w*|may\s+not|will\s+not|shall\s+not|cannot|can\s*not)\b.{0,120}\bclass(?:\s+or\s+(?:representative|collective))?`+dash+`(?:action|arbitration|wide|proceeding|basis|member|representative)s?\b`),
		c(1, `\bclass`+dash+`(?:action|arbitration|wide|proceeding)s?\b.{0,120}\b(?:not\s+(?:be\s+)?(?:permitted|allowed|available)|prohibited|waived|are\s+not|is\s+not|will\s+not|shall\s+not|may\s+not)\b`),
		c(1, `\b(?:representative|collective|consolidated)\s+(?:actions?|proceedings?|arbitrations?|basis|capacity)\b.{0,80}\b(?:not\s+(?:be\s+)?(?:permitted|allowed|available)|prohibited|waived)\b`),
		// "the arbitrator may not consolidate more than one person's claims,
		// and may not otherwise preside over any form of a class ... proceeding"
		needing(c(1, `\barbitrators?\s+(?:\w+\s+){0,2}(?:may|shall|will|can)\s*(?:not|n't)\s+(?:\w+\s+){0,2}(?:consolidate|join|preside)\b`), "arbitrator"),
		needing(c(1, `\bneither\s+(?:party|you\s+nor\s+[\w.]+)\s+agrees?\s+(?:to|that)\b.{0,80}\b(?:class|representative)\b`), "neither"),
		c(0.5, `\bclass`+dash+`(?:action|arbitration)s?\b|\bprivate\s+attorney\s+general\b|\bon\s+an?\s+individual\s+basis\b`),
		needing(c(-1, severability), "enforce", "invalid", "void", "sever"),
		pointer,
		clauseList,
		// A clause struck down, opted out of, enforced by a court or
		// referred to ("the provisions relating to arbitration, class
		// action waiver ...") is not the waiver itself.
		needing(c(-2, `\bopt\w*\s*[-‐]?\s*out\b.{0,100}\bclass|\b(?:enforce|enforceability\s+of)\s+the\s+(?:prohibition|waiver)\b|\bprovisions?\s+(?:relating\s+to|regarding|about|concerning)\b.{0,40}\bclass|\bwaiver\b.{0,60}\b(?:is|are)\s+found\s+(?:to\s+be\s+)?(?:illegal|invalid|unenforceable)`), "opt-out", "opt out", "optout", "opting out", "enforce the", "enforceability of the", "provisions relating", "provision relating", "provisions regarding", "provision regarding", "provisions about", "provision about", "provisions concerning", "provision concerning", "found to be", "is found", "are found"),
		// "must be asserted individually in binding arbitration"; "any claim
		// shall be arbitrated on an individual basis"; "all Disputes shall
		// be resolved by binding confidential arbitration on an individual
		// basis"; "can only bring a claim against each other on an
		// individual basis".
		needing(least(c(1, `\b(?:asserted|brought|pursued|arbitrated|bring)\s+(?:\w+\s+){0,4}(?:individually|on\s+an?\s+individual\s+basis)\b|\barbitration\s+(?:and\s+)?on\s+an?\s+individual\s+basis\b`)), "individually", "individual basis"),
		// "you also give up your right to participate in a class action";
		// "waive any right ... to participate as a member of a class of
		// claimants"; "prohibited from arbitrating any claims as a
		// representative or member of a class".
		needing(least(c(1, `\bgiv\w*\s+up\s+(?:\w+\s+){0,3}rights?\s+to\s+(?:participate|bring|join)\b.{0,60}\bclass|\b(?:waive\w*|prohibit\w*)\b.{0,200}\b(?:member\s+of\s+a\s+class|as\s+a\s+representative)\b`)), "give up", "giving up", "gives up", "member of a class", "as a representative"),
		// "These terms contain ... a provision regarding binding arbitration
		// and a waiver of certain rights to class actions": a summary that
		// lists the clauses, not the waiver.
		needing(c(-2, `\b(?:terms|agreement|policy)\s+(?:of\s+(?:service|use)\s+)?contains?\b.{0,200}\b(?:provisions?|waivers?)\s+(?:regarding|of|about|concerning)\b`), "contain"),
		// "no arbitration shall proceed on a class, representative, or
		// collective basis": the listed form of the negation above.
		needing(least(c(1, `\b(?:no|not|never|nor|without|prohibit\w*|waive\w*|preclude\w*|cannot)\b.{0,120}\bclass(?:\s*,\s*(?:or\s+|and\s+)?(?:representative|collective|consolidated|joint|group))+\s*,?\s*(?:action|arbitration|proceeding|basis|claim)s?\b`)), "class,", "class ,"),
		// "claims may be brought only individually"; "only in your
		// individual capacity".
		ownGate(needing(least(c(1, `\b(?:only|solely|exclusively)\s+(?:\w+\s+){0,2}(?:individually|on\s+an?\s+individual\s+basis|in\s+(?:your|its|their|his|her|each\s+party's)\s+individual\s+capacity|on\s+(?:your|its|their|his|her)\s+own\s+behalf)\b|\b(?:individually|on\s+an?\s+individual\s+basis)\s+only\b`)), "individual", "own behalf")),
		// "the arbitrator may award relief only on an individual basis"
		// limits the remedy, not who may bring the claim.
		needing(c(-1, `\b(?:award|grant|seek|provide)\w*\s+(?:\w+\s+){0,6}relief\b.{0,80}\bindividual`), "relief"),
		// "class action lawsuits ... aren't allowed"
		needing(least(c(1, `\bclass`+dash+`(?:action|arbitration|proceeding)s?\b.{0,160}\b(?:aren't|isn't|won't|can't|are\s+not|is\s+not|will\s+not|shall\s+not|may\s+not)\s+(?:be\s+)?(?:allowed|permitted|available)\b`)), "allow", "permit", "availab"),
	},
	MassArbitration: {
		c(1, `\bmass`+dash+`(?:arbitrations?|filings?|claims?|actions?)\b`),
		c(1, `\bbellwether`),
		c(1, `\bbatch(?:es|ed|ing)?\b.{0,160}\b(?:arbitra|claims|demands|cases|proceedings)|\b(?:arbitra\w*|claims|demands|cases|proceedings)\b.{0,160}\bbatch(?:es|ed|ing)?\b`),
		c(1, `\b(?:(?:\d+|ten|twenty|twenty`+dash+`five|fifty|seventy`+dash+`five|one\s+hundred)\s*(?:\(\d+\)\s*)?)or\s+more\s+(?:similar|substantially\s+similar|related|coordinated)?\s*(?:claims|demands|arbitrations|requests|individual|cases)`),
		c(1, `\bmass\s+arbitration\s+(?:supplementary\s+rules|procedures)|\bcoordinated\s+(?:claims|demands|filings|actions)`),
	},
	Delegation: {
		c(1, `\barbitrator\w*,?\s+(?:[\w,]+\s+){0,8}(?:shall|will|must|has|have|alone|is)\s+(?:\w+\s+){0,4}(?:authority|power|jurisdiction|responsib\w*|decide|determine|rule)\b.{0,200}\b(?:interpretation|applicability|enforceability|formation|scope|arbitrability|validity|unconscionab)`),
		c(1, `\b(?:for|by)\s+the\s+arbitrator\s+(?:to\s+decide|alone|to\s+determine)\b.{0,200}\b(?:interpretation|applicability|enforceability|formation|scope|arbitrability|validity)`),
		c(1, `\b(?:questions?|issues?|disputes?)\s+(?:\w+\s+){0,4}arbitrability\b.{0,120}\b(?:arbitrator|decided\s+by\s+the\s+arbitrat)|\bdelegat\w*\b.{0,120}\barbitrat`),
		c(1, `\b(?:threshold|gateway)\s+(?:arbitrability\s+)?(?:issues?|questions?|disputes?)\b.{0,160}\barbitrator`),
		c(0.6, `\barbitrability\b`),
		c(-2, antiDelegation),
	},
	OptOut: {
		c(1, `\bopt`+dash+`out\b.{0,200}\b(?:arbitra|dispute\s+resolution|this\s+(?:section|provision|agreement)|class\s+action\s+waiver)`),
		c(1, `\b(?:arbitra\w*|dispute\s+resolution)\b.{0,200}\bopt`+dash+`out\b`),
		c(1, `\b(?:reject|decline)\s+(?:this|the)\s+(?:arbitration|agreement\s+to\s+arbitrate|dispute\s+resolution)`),
		c(0.5, `\bopt`+dash+`out\b`),
		c(-2, `\bopt`+dash+`out\s+of\s+(?:marketing|promotional|communications|emails?|newsletters?|cookies|the\s+sale|targeted|interest`+dash+`based|sharing)`),
	},
	PreDisputeNotice: {
		c(1, `\binformal\w*\s+(?:dispute\s+resolution|negotiations?|resolution|conference|settlement)\b|\bresolve\s+(?:the\s+|any\s+|such\s+|a\s+)?(?:disputes?|claims?|issues?|concerns?|controversy)?\s*informally\b|\binformally\s+(?:resolve|negotiate)`),
		c(1, `\bnotice\s+of\s+(?:dispute|claim|intent\s+to\s+arbitrate)\b`),
		c(1, `\bpre`+dash+`(?:arbitration|dispute)\s+(?:notice|process|procedures?|requirements?|resolution|negotiation)`),
		c(1, `\bfirst\s+(?:\w+\s+){0,6}(?:attempt|try|seek|consult)\w*\s+(?:\w+\s+){0,4}to\s+(?:resolve|settle|negotiate)\b`),
		c(1, `\b(?:attempt|try)\w*\s+(?:in\s+good\s+faith\s+)?to\s+(?:resolve|settle|negotiate)\b.{0,200}\b(?:before|prior\s+to|resolution\s+is\s+not\s+reached|not\s+resolved)\b`),
		c(1, `\b(?:written\s+)?notice\b.{0,200}\bbefore\s+(?:\w+\s+){0,3}(?:initiat|commenc|fil|start|bring|begin|pursu)\w*\b.{0,60}\b(?:arbitration|claim|action|proceeding|lawsuit)`),
		c(1, `\bbefore\s+(?:\w+\s+){0,3}(?:initiat|commenc|fil|start|bring|begin|pursu)\w*\b.{0,80}\b(?:arbitration|claim|action|proceeding|lawsuit)\b.{0,120}\b(?:first|must|shall|agree\w*\s+to)\b.{0,60}\b(?:notice|notify|contact|attempt|negotiate|send)`),
	},
	SmallClaims: {
		c(1, `\bsmall`+dash+`claims?\b`),
	},
	GoverningLaw: {
		cp(1, `\b(?:govern\w*|construed|interpreted|enforced|subject)\b.{0,80}\b(?:laws?\s+(?:and\s+regulations\s+)?of\b|(?:PLACE)\s+(?:state\s+)?laws?\b|(?:us|u\.s\.|united\s+states)\s+(?:federal\s+)?laws?\b)`),
		c(1, `\blaws?\s+of\s+(?:the\s+)?(?:state\s+of\s+|commonwealth\s+of\s+)?[a-z][a-z .]{1,40}\b.{0,80}(?:\b(?:shall|will|exclusively|to)|,)\s+(?:exclusively\s+)?govern`),
		c(1, `\b(?:governing|applicable)\s+law\s+(?:and\s+(?:venue|jurisdiction)\s+)?(?:is|are|shall\s+be|will\s+be)\b|\bgoverning\s+law\s*[:.]`),
		// "Choice of law" names the topic; it chooses nothing alone.
		needing(support(c(1, `\bchoice\s+of\s+law\b`)), "choice of law"),
		// "Our services are subject to US law": what the company is
		// subject to, not a law the terms choose.
		needing(c(-1, `\b(?:service|services|site|website|we|company)\s+(?:is|are)\s+(?:\w+\s+){0,2}subject\s+to\b`), "subject to"),
		cp(1, `\b(?:(?:PLACE)|federal|u\.s\.|us)\s+laws?\s+(?:(?:shall|will)\s+(?:exclusively\s+)?)?(?:governs?|appl(?:y|ies))\b`),
		// "federal arbitration law applies" governs the arbitration clause
		// alone; beside a state's law it adds weight.
		needing(support(c(1, `\barbitration\s+laws?\s+(?:(?:shall|will)\s+(?:exclusively\s+)?)?(?:governs?|appl(?:y|ies))\b`)), "arbitration law"),
		// "The laws of California, excluding its conflict rules, will apply to
		// any disputes": the law chosen by the verb "apply".
		cp(1, `\blaws?\s+of\s+(?:the\s+)?(?:state\s+of\s+|commonwealth\s+of\s+)?(?:PLACE)\b.{0,100}\b(?:shall|will|must)\s+(?:exclusively\s+)?apply\b`),
		// The Federal Arbitration Act governing the arbitration clause is
		// not a choice of law; beside a state's law it adds weight.
		needing(support(c(1, `\bfederal\s+arbitration\s+act\b.{0,120}\bgovern|\bgovern\w*\b.{0,120}\bfederal\s+arbitration\s+act\b`)), "federal arbitration act"),
		c(-2, `\bcomply\s+with\s+(?:all\s+)?(?:applicable|the)\b`),
		// "governed by Austrian law"; "governed by and construed in
		// accordance with English and Welsh law".
		needing(least(c(1, `\bgoverned\s+by\s+(?:and\s+construed\s+in\s+accordance\s+with\s+)?(?:the\s+)?(?-i:[A-Z])[a-z]+(?:\s+and\s+(?-i:[A-Z])[a-z]+)?\s+law\b`)), "governed by"),
		// "The laws of the Republic of Lithuania apply to these terms";
		// "submits to ... the application of the law in that jurisdiction".
		needing(least(c(1, `\blaws?\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}(?:\w+)\s+appl(?:y|ies)\s+to\s+(?:these|this|the|our)\b|\bapplication\s+of\s+the\s+laws?\s+(?:of|in)\b`)), "law of", "laws of", "application of the law"),
		// "subject to the import and export laws of other countries".
		needing(c(-2, `\b(?:import|export)\s+(?:and\s+(?:import|export)\s+)?(?:control\s+)?laws?\b`), "import", "export"),
		// "our data storage is located in Switzerland, and thus governed by
		// the laws of Switzerland": where data sits, not a law the terms choose.
		needing(c(-2, `\b(?:data|storage|infrastructure|servers?)\b.{0,100}\blocated\b.{0,60}\b(?:thus|therefore|so)\s+(?:\w+\s+){0,2}governed\b`), "located"),
	},
	Forum: {
		c(1, `\bexclusive\s+(?:personal\s+)?(?:jurisdiction|venue)\b|\b(?:personal\s+)?jurisdiction\s+(?:and|&)\s+venue\b|\bvenue\s+(?:and|&)\s+(?:personal\s+)?jurisdiction\b`),
		c(1, `\b(?:submit|consent)\w*\s+(?:\w+\s+){0,3}(?:to\s+)?(?:the\s+)?(?:exclusive\s+|non`+dash+`exclusive\s+)?(?:personal\s+)?(?:jurisdiction|venue)`),
		c(1, `\b(?:litigated|brought|resolved|heard|filed|commenced|adjudicated|decided)\s+(?:\w+\s+){0,3}(?:exclusively|only|solely)?\s*(?:in|by|before)\s+(?:a\s+|the\s+)?(?:united\s+states\s+district\s+court|(?:state|federal|superior|district|competent|appropriate)\b|courts?\b).{0,120}\b(?:located|sitting|in|of|for)\b`),
		c(1, `\b(?:state|federal)\s+(?:or|and)\s+(?:state|federal)\s+courts?\s+(?:located\s+|sitting\s+)?(?:in|within|of|for)\b`),
		c(1, `\bcourts?\s+(?:located|sitting)\s+(?:in|within)\b`),
		c(1, `\bbring\s+(?:a|any|the|such)\s+`+dispute+`\s+(?:only\s+|exclusively\s+)?in\s+(?:\w+\s+){0,3}courts?\s+(?:in|of|located)\b`),
		c(1, `\b(?:disputes?|claims?)\s+(?:will|shall|must)\s+be\s+(?:handled|heard|litigated)\s+(?:exclusively\s+|only\s+)?in\b|\bforum\s+non\s*conveniens\b|\bproper\s+(?:forum|venue)\b|\bjudicial\s+forum\b`),
		c(0.5, `\bjurisdiction\b|\bvenue\b`),
		// Where an arbitration is heard is no court's place.
		needing(c(-1, `\barbitrat\w*\s+(?:hearings?\s+|proceedings?\s+)?(?:will|shall|must|may)\s+(?:be\s+)?(?:take\s+place|held|conducted|located|heard)\s+in\b`), "arbitrat"),
		// "The place of jurisdiction is Berlin"; "solved by competent
		// Romanian courts"; "French courts ... are the only courts competent".
		// "any suit arising from this Agreement will be brought in San
		// Francisco, California" (not "heard": that is an arbitration's hearing).
		ownGate(needing(least(cp(1, `\b(?:suits?|actions?|claims?|disputes?|proceedings?|litigation)\b.{0,120}\b(?:brought|filed|commenced|litigated|venued)\s+(?:\w+\s+){0,2}in\s+(?:[\w.]+\s*,?\s+){0,4}(?:PLACE)\b`)), "brought", "filed", "commenced", "litigated", "venued")),
		needing(least(c(1, `\bplace\s+of\s+(?:performance\s+and\s+)?(?:exclusive\s+)?(?:jurisdiction|venue)\s+(?:is|shall\s+be|will\s+be)\b`)), "place of"),
		// "Venue shall lie exclusively in Santa Clara County"
		needing(least(c(1, `\bvenue\s+(?:\w+\s+){0,6}(?:shall|will|must)\s+(?:be|lie)\s+(?:exclusively\s+|solely\s+|only\s+)?(?:in|with|before)\b`)), "venue"),
		least(cue{match: namedCourts, weight: 1, needs: []string{"court"}}),
		// "consent to venue and personal jurisdiction in such courts": the
		// courts are named elsewhere, if at all; "a court of competent
		// jurisdiction" names none (adjudicated/GUIDELINE.md).
		cue{match: unnamedCourts, weight: -2, needs: []string{"such court", "those court", "these court", "said court", "such jurisdiction", "aforementioned", "the above", "the applicable"}},
		unless(needing(c(-1, `\bcourts?\s+of\s+competent\s+jurisdiction\b`), "competent"), "where you", "your "),
		// "does not consent to the jurisdiction of any courts other than
		// those referenced in Section 21"; "the exclusive jurisdiction and
		// venue described in Section 22 will apply": references.
		needing(c(-2, `\bnot\s+consent\s+to\s+the\s+jurisdiction\b|\b(?:described|referenced|set\s+(?:forth|out))\s+in\s+(?:section|article)\b`), "not consent", "in section", "in article"),
		// The consumer's own courts: "the local courts of your place of
		// domicile", "you can sue us in your home courts", "the courts of
		// Your habitual residence", "the court of the place of residence
		// or domicile of the consumer", "the relevant court in Your home
		// jurisdiction", "sole court of jurisdiction".
		needing(least(c(1, `\bcourts?\s+(?:of|in)\s+(?:your|the\s+consumer'?s?|the\s+place)\s+(?:\w+\s+){0,3}(?:domicile|residence|abode|home)\b|\b(?:your|their)\s+(?:home|local)\s+courts?\b|\bcourts?\s+(?:of|in)\s+your\s+home\s+jurisdiction\b|\b(?:sole|exclusive)\s+court\s+of\s+jurisdiction\b|\bcourts?\b.{0,60}\b(?:state|country|place)\s+where\s+you\s+(?:are\s+habitually\s+resident|reside|live)\b`)), "domicile", "residen", "abode", "home", "local court", "court of jurisdiction", "where you"),
		// "small claims court in San Francisco (CA)" names the place.
		needing(least(c(1, `\bsmall\s+claims\s+court\s+in\s+(?-i:[A-Z])`)), "small claims"),
	},
	UseIsAssent: {
		c(1, `\bby\s+(?:\w+\s+){0,3}(?:accessing|using|visiting|browsing|downloading|installing|continuing\s+to\s+(?:use|access|browse))\b.{0,200}\b(?:agree|accept|consent|acknowledge|indicat)\w*`),
		c(1, `\b(?:continued|your|any|such)\s+(?:\w+\s+){0,2}(?:use|access)\b.{0,160}\b(?:constitutes?|signif(?:y|ies)|indicates?|means|confirms?|represents?|deemed|will\s+be\s+deemed)\b.{0,80}\b(?:acceptance|agreement|consent|accept|agree)`),
		c(1, `\b(?:you\s+)?(?:accept|agree\s+to)\s+(?:(?:these|the|this|all\s+of\s+these)\s+)?(?:terms|conditions|agreement)\w*\s+by\s+(?:\w+\s+){0,2}(?:using|accessing|visiting)`),
		c(1, `\b(?:when|if|by)\s+(?:you\s+)?(?:\w+\s+){0,3}(?:use|access|using|accessing)\b.{0,100}\byou\s+(?:\w+\s+){0,2}(?:agree|accept)`),
		c(1, `\bdeemed\s+to\s+(?:have\s+)?(?:accept|agree|confirm)`),
	},
}

// needs is wording a sentence must also hold to count as a kind of clause:
// "by using the site you agree to automatic updates" is not assent to terms,
// and "opt out of marketing emails" is not an arbitration opt-out.
var needs = map[Kind]*text.Pattern{
	UseIsAssent: text.Compile(`(?i)\b(?:terms|agreement|conditions|contract|bound|modifi\w*|revis\w*|amend\w*|updated\s+terms|changes)\b`),
}

// gates are words one of which a sentence must hold before a kind's
// expressions run at all: most sentences of a long document hold none, and
// a substring test is a hundred times cheaper than the expressions.
var gates = map[Kind][]string{
	Arbitration:      {"arbitra"},
	ClassWaiver:      {"class", "representative", "collective", "consolidated", "individual", "attorney general"},
	MassArbitration:  {"mass", "batch", "bellwether", "or more", "coordinated"},
	Delegation:       {"arbitra", "delegat"},
	OptOut:           {"opt", "reject", "decline"},
	PreDisputeNotice: {"informal", "notice", "before", "pre-", "pre ", "first", "attempt", "try"},
	SmallClaims:      {"small"},
	GoverningLaw:     {"law", "govern"},
	Forum:            {"court", "jurisdiction", "venue", "forum", "litigat", "handled", "tribunal"},
	UseIsAssent:      {"use", "using", "access", "visit", "brows", "download", "install", "deemed"},
}

// Match is one sentence that reads as a kind of clause.
type Match struct {
	Kind   Kind    `json:"kind"`
	Quote  string  `json:"quote"`
	Offset int     `json:"offset"`
	Score  float64 `json:"score"`
	Index  int     `json:"-"` // the sentence's position in the document
}

// Score reports how strongly the rules read one sentence as kind k: 0 when
// it does not at all, 1 or more when it is that kind of clause. It is the
// rules alone; Classify, Find and Analyze also apply the learned model.
func Score(k Kind, sentence string) float64 {
	sentence, lower := withoutTitles(sentence, strings.ToLower(sentence))
	return scoreLower(k, sentence, lower)
}

// scoreLower is Score with the sentence already lower-cased for the gates.
func scoreLower(k Kind, sentence, lower string) float64 {
	if !holdsAny(lower, gates[k]) {
		// A cue with a gate of its own may still read the sentence; the
		// kind's other cues cannot fire without a word of its gate.
		return ownGated(k, sentence, lower)
	}
	if re := needs[k]; re != nil && !re.MatchString(sentence) {
		return 0
	}
	return scoreCues(k, sentence, lower)
}

// scoreCues adds up the cues of kind k that fire on a sentence.
func scoreCues(k Kind, sentence, lower string) float64 {
	pos, neg, supported, floor := 0.0, 0.0, 0.0, 0.0
	for _, cu := range cues[k] {
		if !holdsAny(lower, cu.needs) {
			continue
		}
		if cu.match != nil && !cu.match(sentence, lower) || cu.match == nil && !cu.re.MatchString(sentence) {
			continue
		}
		switch {
		case cu.least:
			floor = max(floor, cu.weight)
		case cu.supports:
			supported += cu.weight
		case cu.weight > 0:
			pos += cu.weight
		default:
			neg += cu.weight
		}
	}
	if pos > 0 {
		pos += supported
	}
	// A veto weighs on a sentence lifted by a least cue as on any other.
	return max(0, max(pos, floor)+neg)
}

// Classify lists the kinds of clause one sentence or clause is; a heading
// is none of the kinds in headed.
func Classify(sentence string) []Kind {
	var out []Kind
	// As the reader's sentences come: one line, single spaces.
	sentence = strings.Join(strings.Fields(sentence), " ")
	scores := make([]float64, len(Kinds))
	isHeading := scoreAll(sentence, strings.ToLower(sentence), scores)
	for i, k := range Kinds {
		if scores[i] >= 1 && !(isHeading && headed[k]) {
			out = append(out, k)
		}
	}
	return out
}

// ClassifyRules is Classify by the rules alone, without the learned model:
// what the model is measured against and trained beside.
func ClassifyRules(sentence string) []Kind {
	sentence = strings.Join(strings.Fields(sentence), " ")
	isHeading := heading(sentence)
	var out []Kind
	read, lower := withoutTitles(sentence, strings.ToLower(sentence))
	for _, k := range Kinds {
		if scoreLower(k, read, lower) >= 1 && !(isHeading && headed[k]) {
			out = append(out, k)
		}
	}
	return out
}

// Find returns, for each kind, the sentences of text that read as that
// clause, strongest first and in document order among equals; a heading is
// among them only beside a sentence of its kind.
func Find(text string) map[Kind][]Match {
	out := map[Kind][]Match{}
	scores := make([]float64, len(Kinds))
	headings := map[Kind]int{}
	for _, s := range Sentences(text) {
		isHeading := scoreAll(s.Text, strings.ToLower(s.Text), scores)
		for i, k := range Kinds {
			if sc := scores[i]; sc >= 1 {
				out[k] = append(out[k], Match{Kind: k, Quote: s.Text, Offset: s.Offset, Score: sc})
				if isHeading && headed[k] {
					headings[k]++
				}
			}
		}
	}
	dropHeadingsAlone(out, headings)
	for k := range out {
		sort.SliceStable(out[k], func(i, j int) bool { return out[k][i].Score > out[k][j].Score })
	}
	return out
}

// dropHeadingsAlone forgets the kinds in headed whose only matches are
// headings (headings[k] of them): a heading alone is not the clause.
func dropHeadingsAlone(found map[Kind][]Match, headings map[Kind]int) {
	for k, n := range headings {
		if n == len(found[k]) {
			delete(found, k)
		}
	}
}

// ownGated scores a sentence that the kind's gate keeps out: only when a
// cue with a gate of its own (ownGate) fires on it are the kind's cues,
// vetoes included, run as if the gate were open.
func ownGated(k Kind, sentence, lower string) float64 {
	for _, cu := range cues[k] {
		if cu.ownGate && holdsAny(lower, cu.needs) && cu.re.MatchString(sentence) {
			return scoreCues(k, sentence, lower)
		}
	}
	return 0
}

// holdsAny is whether s holds one of words; true when there are none.
func holdsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return len(words) == 0
}

// namedCourts is whether a sentence sends disputes to a named country's or
// state's courts: "competent Romanian Courts", "the courts of England",
// "French courts ... are the only courts competent". A place before or
// after "court" is looked for in a few words around it, which is far
// cheaper than an expression that tries every place name everywhere.
func namedCourts(_, lower string) bool {
	if !holdsAny(lower, courtsDecideWords) {
		return false
	}
	for from := 0; ; {
		i := strings.Index(lower[from:], "court")
		if i < 0 {
			return false
		}
		i += from
		if placeBefore.MatchString(lower[max(0, i-40):i]) || placeAfter.MatchString(lower[i:min(len(lower), i+80)]) {
			return courtsDecide.MatchString(lower)
		}
		from = i + len("court")
	}
}

// courtsDecideWords gate courtsDecide with a substring test.
var courtsDecideWords = []string{"only", "exclusive", "competent", "jurisdiction", "decided", "resolved", "solved", "settled", "brought", "litigated"}

var (
	courtsDecide = text.Compile(`\b(?:only|exclusive\w*|competent|jurisdiction|decided|resolved|solved|settled|brought|litigated)\b`)
	placeBefore  = text.CompileFunc(func() string { return `\b(?:` + placePattern() + `|` + courtCities + `)\s+$` })
	placeAfter   = text.CompileFunc(func() string {
		return `^courts?\s+(?:of|in|for)\s+(?:the\s+)?(?:(?:state\s+of\s+|commonwealth\s+of\s+)?(?:` + placePattern() + `|` + courtCities + `)\b|(?:[a-z.]+\s+){1,3}county\b|(?:city|county|district)\s+of\b|(?:northern|southern|eastern|western|central|middle)\s+district\b)`
	})
	// courtCities are cities whose courts terms name ("the courts of
	// Paris"), used only to read a forum: a governing law is a state's or
	// a country's.
	courtCities = `san\s+francisco|santa\s+clara|san\s+mateo|los\s+angeles|san\s+diego|seattle|king\s+county|austin|boston|chicago|london|paris|berlin|munich|hamburg|amsterdam|dublin|zurich|geneva|stockholm|oslo|helsinki|copenhagen|vienna|madrid|barcelona|milan|rome|brussels|tel\s+aviv|tokyo|seoul|toronto|vancouver|sydney|melbourne|auckland|moscow|prague|warsaw|lisbon`
)
