// Package policy reads a website's privacy policy for what a CIPA claim
// turns on: whether the policy names each tracker the site ran (the Meta
// Pixel, session replay, a recorded chat) or covers it only in general words,
// and since when it has said so.
package policy

import (
	"fmt"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/text"
)

// Disclosure is how the policy discloses one tracker, with the sentence.
type Disclosure struct {
	Tracker string `json:"tracker"`
	Label   string `json:"label"`
	Level   Level  `json:"level"`
	Quote   string `json:"quote,omitempty"`
	Offset  int    `json:"offset"`
	// Generic is the general wording that also covers the tracker, given
	// when the policy names it specifically elsewhere.
	Generic *text.Quote `json:"generic,omitempty"`
}

// Disclose reports, for each tracker id, how text discloses it.
func Disclose(text string, trackers []string) []Disclosure {
	sentences := readSentences(text)
	out := make([]Disclosure, 0, len(trackers))
	for _, id := range trackers {
		out = append(out, discloseOne(sentences, id))
	}
	return out
}

// sentence is one sentence with what is tested once for every tracker.
type sentence struct {
	text.Sentence
	named   map[string]bool // trackers the sentence names specifically
	broad   bool            // general wording that covers every tracker
	generic int             // how much general tracking wording it holds
	words   int
}

func readSentences(doc string) []sentence {
	ss := text.Sentences(doc)
	out := make([]sentence, len(ss))
	for i, s := range ss {
		out[i] = sentence{Sentence: s, words: len(strings.Fields(s.Text))}
		lower := strings.ToLower(s.Text)
		for id, sp := range specs {
			if gated(sp, lower) && isSpecific(sp, s.Text) {
				if out[i].named == nil {
					out[i].named = map[string]bool{}
				}
				out[i].named[id] = true
			}
		}
		out[i].broad = broadly.MatchString(s.Text)
		out[i].generic = len(generic.FindAllStringIndex(s.Text, 4))
	}
	return out
}

func discloseOne(sentences []sentence, id string) Disclosure {
	d := Disclosure{Tracker: id, Label: label(id), Level: None}
	sp := specs[id]
	var gen *sentence
	genScore := 0
	shortQuote := false
	for i := range sentences {
		s := &sentences[i]
		// The first sentence that names the tool, unless it is only a
		// lead-in ("Meta Pixel.") and a fuller one follows.
		if s.named[id] && (d.Level != Specific || shortQuote && s.words >= 5) {
			d.Level, d.Quote, d.Offset = Specific, s.Text, s.Offset
			shortQuote = s.words < 5
		}
		if n := genericScore(id, sp, s); n > genScore {
			gen, genScore = s, n
		}
	}
	switch {
	case d.Level == Specific && gen != nil && gen.Offset != d.Offset:
		d.Generic = &text.Quote{Quote: gen.Text, Offset: gen.Offset}
	case d.Level != Specific && gen != nil:
		d.Level, d.Quote, d.Offset = Generic, gen.Text, gen.Offset
	}
	return d
}

func gated(sp spec, lower string) bool {
	for _, g := range sp.gate {
		if strings.Contains(lower, g) {
			return true
		}
	}
	return false
}

func isSpecific(sp spec, s string) bool {
	if sp.not != nil && sp.not.MatchString(s) && (sp.strong == nil || !sp.strong.MatchString(s)) {
		return false
	}
	if sp.strong != nil && sp.strong.MatchString(s) {
		return true
	}
	return sp.vendor != nil && sp.vendor.MatchString(s) && tracking.MatchString(s)
}

// genericScore ranks general wording: the sentence that says the most about
// tracking technologies is the one to show.
func genericScore(id string, sp spec, s *sentence) int {
	// A heading ("Cookies.") says where the disclosure is, not what it says.
	if s.words < 5 {
		return 0
	}
	// A sentence about another named tool ("We use the TikTok Pixel") does
	// not disclose this one, unless it also speaks in general terms.
	if !s.broad {
		for other := range s.named {
			if other != id {
				return 0
			}
		}
	}
	n := s.generic
	if sp.onlyExtra {
		n = 0
	}
	if sp.extra != nil && sp.extra.MatchString(s.Text) {
		if n == 0 && !tracking.MatchString(s.Text) {
			return 0
		}
		n += 2
	}
	return n
}

func label(id string) string {
	for _, o := range core.Technologies {
		if o.Value == id {
			return o.Label
		}
	}
	return id
}

// Reader is the privacy-policy reader registered in core/intake.
type Reader struct{}

func (Reader) Name() string      { return "policy" }
func (Reader) Section() string   { return "site" }
func (Reader) Accepts() []string { return text.PageFormats }

// Read reads a privacy policy and prefills site.policy_names_trackers and
// site.policy_updated_on for the trackers in known (site.trackers, else the
// letter's technologies).
func (Reader) Read(src core.Source, known core.Answers) (core.Result, error) {
	doc, err := text.ReadAs("privacy policy", src.Name, src.R, src.Size)
	if err != nil {
		return core.Result{}, err
	}
	res := Result(doc.Text, known)
	res.Locate(doc.Where, doc.Warnings)
	return res, nil
}

// Result turns a policy's text into the reader's result.
func Result(doc string, known core.Answers) core.Result {
	var res core.Result
	trackers, from := trackersInQuestion(known, &res)
	ds := Disclose(doc, trackers)
	whole := wholePolicy(doc)
	if strings.TrimSpace(doc) == "" {
		res.Warn("", "The document is empty.")
	}

	if from != "all" && len(ds) > 0 {
		weakest := Specific
		for _, d := range ds {
			if rank(d.Level) < rank(weakest) {
				weakest = d.Level
			}
			switch {
			case d.Level != None:
				res.AddEvidence("site.policy_names_trackers", core.Evidence{Quote: d.Quote, Offset: d.Offset, Confidence: confidence(d.Level), Where: d.Label})
			case whole:
				res.AddEvidence("site.policy_names_trackers", core.Evidence{Quote: "", Confidence: 0.6, Where: d.Label + ": no sentence names it or covers it in general words"})
			default:
				res.AddEvidence("site.policy_names_trackers", core.Evidence{Quote: "", Confidence: 0.3, Where: d.Label + ": not found in this text (an excerpt, not a whole privacy policy)"})
			}
		}
		res.Answers.Site.PolicyNamesTrackers = map[Level]core.Disclosure{Specific: core.DisclosureNamed, Generic: core.DisclosureGeneric, None: core.DisclosureNone}[weakest]
		if weakest == None && !whole {
			// Say only what was read: an excerpt's silence is not the policy's.
			res.Answers.Site.PolicyNamesTrackers = ""
			res.Warn("site.policy_names_trackers", "This text does not look like a whole privacy policy (a whole one opens with a title such as \"Privacy Policy\" or a last-updated date and runs to at least 4 sentences), so a tracker it does not mention is \"not found in this text\", not missing from your policy. Drop or paste the whole policy to check.")
		}
		if weakest != Specific && len(ds) > 1 {
			var weak []string
			for _, d := range ds {
				if d.Level == weakest {
					weak = append(weak, d.Label)
				}
			}
			res.Warn("site.policy_names_trackers", fmt.Sprintf("The answer follows the least specific disclosure: %s.", strings.Join(weak, ", ")))
		}
	}
	last, ok := text.LastUpdated(doc)
	if ok {
		res.Answers.Site.PolicyUpdatedOn = last.Date
		res.AddEvidence("site.policy_updated_on", core.Evidence{Quote: last.Quote, Offset: last.Offset, Confidence: 0.85,
			Where: "the date this version of the policy gives; an archived copy shows what it said before"})
	} else {
		res.Warn("site.policy_updated_on", "No \"last updated\" or \"effective\" date was found in the policy.")
	}
	lastStr := ""
	if ok {
		lastStr = last.Date.String()
	}
	res.Details = map[string]any{
		"disclosures":      ds,
		"last_updated":     lastStr,
		"trackers_checked": trackers,
		"trackers_from":    from,
		"summary":          summary(ds, lastStr),
	}
	return res
}

// trackersInQuestion returns the trackers to look for and where they came
// from: the user's site.trackers, else the letter's technologies, else all.
func trackersInQuestion(known core.Answers, res *core.Result) ([]string, string) {
	pick := func(ids []string, field string) []string {
		var out []string
		for _, id := range ids {
			id = strings.TrimSpace(id)
			if id == "" {
				continue
			}
			if _, ok := specs[id]; !ok {
				res.Warn(field, fmt.Sprintf("%q is not a tracker the checker knows; known ones: %s.", id, strings.Join(knownTrackers(), ", ")))
				continue
			}
			out = append(out, id)
		}
		return out
	}
	if ts := pick(known.Site.Trackers, "site.trackers"); len(ts) > 0 {
		return ts, "site.trackers"
	}
	if ts := pick(known.Letter.Technologies, "letter.technologies"); len(ts) > 0 {
		res.Warn("site.trackers", "Your site's trackers are not answered yet, so the policy was checked for the technologies the letter names.")
		return ts, "letter.technologies"
	}
	res.Warn("site.policy_names_trackers", "No trackers were given (answer \"Which of these ran on your website?\" or pass --trackers), so the policy was checked for every tracker the checker knows and the answer is left for you to choose.")
	return knownTrackers(), "all"
}

func knownTrackers() []string {
	out := make([]string, 0, len(core.Technologies))
	for _, o := range core.Technologies {
		out = append(out, o.Value)
	}
	return out
}

func rank(l Level) int {
	switch l {
	case Specific:
		return 2
	case Generic:
		return 1
	}
	return 0
}

func confidence(l Level) float64 {
	if l == Specific {
		return 0.9
	}
	return 0.7
}

var levelWords = map[Level]string{Specific: "named", Generic: "only in general terms", None: "not mentioned"}

// summary is the findings in plain lines, one a tracker.
func summary(ds []Disclosure, last string) []string {
	var out []string
	for _, d := range ds {
		line := d.Label + ": " + levelWords[d.Level]
		if d.Level != None {
			line += fmt.Sprintf(" (at %d)", d.Offset)
		}
		out = append(out, line)
	}
	if last != "" {
		out = append(out, "Last updated: "+last)
	} else {
		out = append(out, "Last updated: no date found")
	}
	return out
}

var policyOpening = text.Compile(`(?i)\b(?:privacy\s+(?:policy|notice|statement|practices)|data\s+(?:protection|privacy)\s+(?:policy|notice)|cookie\s+policy|last\s+(?:updated|modified|revised)|effective\s+(?:date|as\s+of|on)?)`)

// wholePolicy is the rule for absence: a whole privacy policy names itself or
// its date in its first 600 characters and holds at least 4 sentences (small
// businesses' policies are short).
func wholePolicy(doc string) bool {
	head := doc
	if len(head) > 600 {
		head = head[:600]
	}
	return policyOpening.MatchString(head) && len(text.Sentences(doc)) >= 4
}
