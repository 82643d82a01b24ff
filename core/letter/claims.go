package letter

import (
	"strings"

	"github.com/cipa-triage/cipa-triage/core/text"
)

var (
	// A citation: "§ 631(a)", "§§ 630 et seq.", "Penal Code section 638.51",
	// "Cal. Pen. Code §§ 631, 632.7 and 637.2", "sections 638.50–638.55".
	citeRe   = text.Compile(`(?i)(§§?|\bsections?\b|\bsecs?\.|\bpenal code\b|\bpen\.\s*code\b|\bP\.?C\.?\s+(?:§\s*)?|\bCIPA\b)\s*((?:\d{3}(?:\.\d{1,2})?\b(?:\s*\([a-z0-9]{1,3}\))*(?:\s*et\.?\s*seq\.?)?(?:\s*(?:,|and|&|or|through|to|–|—|-)\s*)*)+)`)
	citeNum  = text.Compile(`(?i)\b(\d{3}(?:\.\d{1,2})?)\b((?:\s*\([a-z0-9]{1,3}\))*)(\s*et\.?\s*seq\.?)?`)
	notPenal = text.Compile(`(?i)(civ(?:il)?\.?\s*(?:proc(?:edure)?\.?\s*)?code|code\s+civ(?:il)?\.?\s*proc(?:edure)?\.?|c\.c\.p\.|\bccp|code of civil procedure|bus(?:iness)?\.?\s*&?\s*prof|u\.s\.c|health\s*&?\s*safety|evid(?:ence)?\.?\s*code|gov(?:ernment)?\.?\s*code)\s*(?:§§?|sections?)?\s*$`)
)

// statuteFor maps a cited section to the questionnaire's options, or "".
func statuteFor(num string, etSeq bool) (string, float64) {
	switch {
	case num == "631":
		return "631", 0.95
	case num == "632":
		return "632", 0.95
	case num == "632.7":
		return "632.7", 0.95
	case num == "637.2":
		return "637.2", 0.95
	case num == "638.51":
		return "638.51", 0.95
	case strings.HasPrefix(num, "638.5"):
		// §§ 638.50 et seq. (the pen-register chapter) and its definitions
		// are cited for a §638.51 claim.
		return "638.51", 0.8
	}
	// "§§ 630 et seq." names the whole Act, not a section.
	return "", 0
}

func (x *extraction) statutes() {
	seen := map[string]bool{}
	var out []string
	for _, m := range x.l.near(citeRe, 120, "§", "section", "sec.", "secs.", "penal", "pen.", "p.c", "pc ", "cipa") {
		before := x.l.flat[max(0, m[0]-40):m[0]]
		if notPenal.MatchString(before + x.l.group(m, 1)) {
			continue
		}
		nums := x.l.group(m, 2)
		base := m[4]
		for _, n := range citeNum.FindAllStringSubmatchIndex(nums, -1) {
			num := nums[n[2]:n[3]]
			id, conf := statuteFor(num, n[6] >= 0)
			if id == "" {
				continue
			}
			x.found("letter.statutes", base+n[0], conf)
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	// "Violation of California's Trap and Trace statute" with no number.
	if !seen["638.51"] {
		for _, m := range x.l.all(namedTrapTrace) {
			x.found("letter.statutes", m[0], 0.6)
			out = append(out, "638.51")
			break
		}
	}
	x.letter().Statutes = sortedStatutes(out)
}

func sortedStatutes(ids []string) []string {
	order := []string{"631", "632", "632.7", "637.2", "638.51"}
	var out []string
	for _, o := range order {
		for _, id := range ids {
			if id == o {
				out = append(out, o)
				break
			}
		}
	}
	return out
}

// technology patterns, in the order of core.Technologies.
var techPatterns = []struct {
	id       string
	re       *text.Pattern
	keywords []string // every match contains one of these (lower case)
}{
	{"meta_pixel", text.Compile(`(?i)\b(meta|facebook)(?:'s|’s)?\s+(?:tracking\s+|conversion\s+|advertising\s+)?pixel|\bmeta\s+platforms|\bfbevents\.js|facebook\.com/tr|\bmeta\s+(?:tracking\s+)?(?:code|tag|tracker)s?\b|\bconversions\s+api\b`), []string{"meta", "facebook", "fbevents", "conversions api"}},
	{"tiktok_pixel", text.Compile(`(?i)\btik\s?tok(?:'s|’s)?\s+(?:tracking\s+)?(?:pixel|tracker|software|code|tag|beacon|sdk)|analytics\.tiktok\.com`), []string{"tik"}},
	{"google_ads", text.Compile(`(?i)\bgoogle\s+(?:analytics|ads|adwords|tag(?:\s+manager)?|marketing\s+platform|doubleclick)|\bdoubleclick\b|\bgtag\.js\b`), []string{"google", "doubleclick", "gtag"}},
	{"linkedin_insight", text.Compile(`(?i)\blinkedin\s+(?:insight\s+tag|insight|pixel|tag)`), []string{"linkedin"}},
	{"x_pixel", text.Compile(`(?i)\btwitter\s+(?:pixel|tag)|\bx\s+pixel\b|\bx\s+\(formerly twitter\)\s+pixel`), []string{"twitter", "x pixel"}},
	{"snap_pixel", text.Compile(`(?i)\bsnap(?:chat)?\s+pixel`), []string{"snap"}},
	{"pinterest_tag", text.Compile(`(?i)\bpinterest\s+(?:tag|pixel)`), []string{"pinterest"}},
	{"reddit_pixel", text.Compile(`(?i)\breddit\s+pixel`), []string{"reddit"}},
	{"microsoft_ads", text.Compile(`(?i)\bmicrosoft\s+(?:advertising|ads)|\bbing\s+ads\b|\buet\s+tag`), []string{"microsoft", "bing", "uet"}},
	{"session_replay", text.Compile(`(?i)session[- ]replay|session[- ]record(?:ing|er)|\bhotjar\b|\bfull\s?story\b|\bmicrosoft\s+clarity\b|\blogrocket\b|\bmouseflow\b|\bquantum\s+metric\b|\bcontentsquare\b|\bheat\s?maps?\b|keystrokes?,?\s+(?:and\s+)?mouse|mouse\s+movements`), []string{"session", "hotjar", "full", "clarity", "logrocket", "mouseflow", "quantum", "contentsquare", "heat", "keystroke", "mouse"}},
	{"chat", text.Compile(`(?i)\b(?:live\s+|web\s+|online\s+)?chat\s*(?:feature|function(?:ality)?|widget|box|window|tool|service|bot|conversations?|communications?|messages?|transcripts?|sessions?)\b|\bchatbot\b|\blive\s+chat\b|\b(?:drift|intercom|liveperson|zendesk\s+chat|salesforce\s+(?:live\s+agent|chat|messaging))\b`), []string{"chat", "drift", "intercom", "liveperson", "salesforce"}},
	{"search_bar", text.Compile(`(?i)search\s+(?:bar|box|function(?:ality)?|feature|field)|(?:site|website)\s+search|search\s+(?:queries|terms)\s+(?:entered|typed)`), []string{"search"}},
}

var namedTrapTrace = text.Compile(`(?i)trap[- ]and[- ]trace (?:electronic register )?(?:statute|law|provision)|pen register statute`)

var genericTracking = text.Compile(`(?i)trap[- ]and[- ]trace\s+(?:beacon|device|software|process|technology)|\bpen\s+register\s+(?:beacon|software|device)|\bbeacons?\b|\bfingerprint(?:ing)?\b|\btracking\s+(?:software|technology|code)`)

func (x *extraction) technologies() {
	var out []string
	for _, tp := range techPatterns {
		ms := x.l.near(tp.re, 60, tp.keywords...)
		if len(ms) == 0 {
			continue
		}
		out = append(out, tp.id)
		for i, m := range ms {
			if i >= 3 {
				break
			}
			x.found("letter.technologies", m[0], 0.85)
		}
	}
	// A trap-and-trace "beacon" with no named vendor is "other".
	if len(out) == 0 {
		if m := genericTracking.FindStringIndex(x.l.flat); m != nil {
			out = append(out, "other")
			x.found("letter.technologies", m[0], 0.6)
		}
	}
	x.letter().Technologies = out
}
