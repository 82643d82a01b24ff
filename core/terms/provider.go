package terms

import (
	"strconv"
	"strings"

	"github.com/cipa-triage/cipa-triage/core/text"
)

// providers are the arbitration providers terms name, with the wording that
// names each. AAA, JAMS and NAM are written in capitals in real terms; the
// lower-case "jams" of a food shop's terms is not a provider.
var providers = []struct {
	id string
	re *text.Pattern
}{
	{"aaa", text.Compile(`(?i:american\s+arbitration\s+association)|\bAAA\b|\bInternational\s+Centre\s+for\s+Dispute\s+Resolution\b`)},
	{"jams", text.Compile(`\bJAMS\b|(?i:judicial\s+arbitration\s+(?:and|&)\s+mediation\s+services)`)},
	{"nam", text.Compile(`(?i:national\s+arbitration\s+(?:and|&)\s+mediation)|\bNAM\b`)},
	{"other", text.Compile(`(?i:new\s+era\s+adr|adr\s+services,?\s+inc|fedarb|resolute\s+systems|international\s+chamber\s+of\s+commerce|international\s+institute\s+for\s+conflict\s+prevention|london\s+court\s+of\s+international\s+arbitration|singapore\s+international\s+arbitration\s+centre|china\s+international\s+economic\s+and\s+trade\s+arbitration)|\b(?:ICC|CPR|LCIA|SIAC|CIETAC)\b`)},
}

var (
	consumerRules   = text.Compile(`(?i)\bconsumer\s+(?:arbitration\s+)?rules\b|\bconsumer\s+due\s+process\s+protocol\b|\bconsumer\s+minimum\s+standards\b|\bsupplementary\s+procedures\s+for\s+consumer|\bconsumer[\s-]+related\s+disputes\b`)
	commercialRules = text.Compile(`(?i)\bcommercial\s+(?:arbitration\s+)?rules\b`)
	// Rules a provider publishes that are neither labelled consumer nor
	// commercial: JAMS's Streamlined and Comprehensive rules, NAM's rules.
	namedRules = text.Compile(`(?i)\b(?:jams\s+)?(?:streamlined|comprehensive)\s+(?:arbitration|dispute\s+resolution)\s+rules(?:\s+(?:and|&)\s+procedures)?|\bmass\s+(?:arbitration|filing)\s+(?:supplementary|supplemental)\s+(?:dispute\s+resolution\s+)?rules\b`)
	arbContext = text.Compile(`(?i)\barbitra|\badminister|\brules\b|\bprovider\b`)
)

// ProviderFinding is the provider and rules an arbitration section names.
type ProviderFinding struct {
	Provider      string // aaa, jams, nam, other, or "" when none is named
	ProviderQuote Sentence
	Alternatives  []string // other providers named, e.g. a fallback
	Rules         string   // consumer, commercial, or "" when not said
	RulesNamed    string   // the rules' own name when given
	RulesQuote    Sentence
	BothRules     bool
}

// FindProvider reads which provider and rules the sentences name. Only
// sentences about arbitration count, so "AAA batteries" in a product list
// is not a provider.
func FindProvider(sentences []Sentence) ProviderFinding {
	var f ProviderFinding
	seen := map[string]bool{}
	for _, s := range sentences {
		if !arbContext.MatchString(s.Text) {
			continue
		}
		first, firstAt := "", -1
		var named []string
		for _, p := range providers {
			if loc := p.re.FindStringIndex(s.Text); loc != nil {
				named = append(named, p.id)
				if firstAt < 0 || loc[0] < firstAt {
					first, firstAt = p.id, loc[0]
				}
			}
		}
		if f.Provider == "" && first != "" {
			f.Provider, f.ProviderQuote = first, s
			seen[first] = true
		}
		for _, id := range named {
			if !seen[id] {
				seen[id] = true
				f.Alternatives = append(f.Alternatives, id)
			}
		}
		cons, comm := consumerRules.FindString(s.Text), commercialRules.FindString(s.Text)
		switch {
		case cons != "" && f.Rules != "consumer":
			if f.Rules == "commercial" || comm != "" {
				f.BothRules = true
			}
			f.Rules, f.RulesNamed, f.RulesQuote = "consumer", cons, s
		case comm != "" && f.Rules == "":
			f.Rules, f.RulesNamed, f.RulesQuote = "commercial", comm, s
		case comm != "" && f.Rules == "consumer":
			f.BothRules = true
		}
		if f.Rules == "" && f.RulesNamed == "" {
			if n := namedRules.FindString(s.Text); n != "" && !strings.Contains(strings.ToLower(n), "mass") {
				f.RulesNamed, f.RulesQuote = text.CollapseSpace(n), s
			}
		}
	}
	return f
}

var (
	daysRe      = text.Compile(`(?i)\b(?:([a-z]+(?:[\s-][a-z]+)?)\s+)?\(?(\d{1,3})?\)?\s*(?:calendar\s+|business\s+)?days?\b`)
	thresholdRe = text.Compile(`(?i)\b(\d{1,4}|[a-z]+(?:[\s-][a-z]+)?)\s*(?:\((\d{1,4})\)\s*)?or\s+more\b`)
)

// Days reads a period such as "within thirty (30) days" from a sentence.
func Days(sentence string) int { return firstNumber(daysRe, sentence) }

// Threshold reads "25 or more" from a mass-arbitration sentence.
func Threshold(sentence string) int { return firstNumber(thresholdRe, sentence) }

// firstNumber reads the first match of re whose group 2 holds digits
// ("(30)") or whose group 1 is a number in digits or words ("thirty",
// "within thirty").
func firstNumber(re *text.Pattern, sentence string) int {
	for _, m := range re.FindAllStringSubmatch(sentence, -1) {
		if m[2] != "" {
			n, _ := strconv.Atoi(m[2])
			return n
		}
		if n, err := strconv.Atoi(m[1]); err == nil {
			return n
		}
		for _, w := range []string{m[1], lastWord(m[1])} {
			if n, ok := text.NumberWords(w); ok {
				return n
			}
		}
	}
	return 0
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
