// Package harcompare compares two HAR recordings of one site: before and
// after a fix, or with "Accept all" and with "Reject all" clicked on the
// consent banner. For each tag it says what it did in each recording, when
// against the visitor's answer, and what changed, in plain words; and it
// warns when the two recordings cannot fairly be compared.
//
// It works on the HAR reader's analyses (core/har) and never shows a value a
// tag sent, only the kinds of data; each recording keeps its file name and
// SHA-256 so that it can be shown unchanged later.
package harcompare

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"

	"github.com/cipa-triage/cipa-triage/core/har"
	"github.com/cipa-triage/cipa-triage/core/wording"
)

// Modes: what the two recordings are taken to be.
const (
	ModeFix     = "before_after"  // the same site before and after a fix
	ModeConsent = "accept_reject" // "Accept all" against "Reject all"
)

// Roles of the recordings.
const (
	RoleBefore = "before"
	RoleAfter  = "after"
	RoleAccept = "accept"
	RoleReject = "reject"
)

// A tag's status in one recording.
const (
	StatusSent   = "sent_data"
	StatusLoaded = "loaded_only"
	StatusAbsent = "absent"
)

// When a tag sent data (or, sending none, loaded) against the banner.
const (
	TimingBeforeAnswer = "before_answer" // before the banner was answered
	TimingAfterAccept  = "after_accept"
	TimingAfterReject  = "after_reject"
	TimingAfterAnswer  = "after_answer" // answered, how the HAR does not show
	TimingNoAnswer     = "no_answer"    // no answer to a banner recorded
)

// Recording is one HAR read for comparison.
type Recording struct {
	File   string
	SHA256 string // hex, of the file's bytes as given
	an     *har.Analysis
}

// Read reads one HAR (with the HAR reader's options: test values, progress)
// and hashes its bytes as they stream by. A file the reader refuses gives
// the reader's own error, with the file's name in front.
func Read(name string, r io.Reader, opts har.Options) (*Recording, error) {
	h := sha256.New()
	an, err := har.Analyze(io.TeeReader(r, h), opts)
	if err != nil {
		return nil, fmt.Errorf("%s: reading the HAR: %w", name, err)
	}
	// The reader stops at the end of log.entries; the hash covers the file.
	if _, err := io.Copy(h, r); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &Recording{File: name, SHA256: hex.EncodeToString(h.Sum(nil)), an: an}, nil
}

// Side is one recording as the comparison shows it.
type Side struct {
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
	Role   string `json:"role"`  // before | after | accept | reject
	Given  int    `json:"given"` // 1 or 2: its place in the order given
	Site   string `json:"site"`  // the first page's host; "" without a page load
	// Answer is the visitor's answer to the banner the recording shows:
	// accepted, rejected, unknown (answered, how not shown) or none.
	Answer   string `json:"answer"`
	Manager  string `json:"manager,omitempty"`
	Requests int    `json:"requests"`
}

// TagSide is what one tag did in one recording.
type TagSide struct {
	Status string `json:"status"`           // sent_data | loaded_only | absent
	Timing string `json:"timing,omitempty"` // see the Timing constants; "" when absent
	// AfterReject: it sent data after a recorded "Reject all", whatever it
	// did before.
	AfterReject bool     `json:"after_reject,omitempty"`
	Sent        []string `json:"sent"` // kinds of data (core/har Datum kinds), most telling first
	FirstDataMS *int64   `json:"first_data_ms,omitempty"`
	Says        string   `json:"says"` // the above in plain words
}

// Tag is one tag found in either recording.
type Tag struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Category string     `json:"category"`
	In       [2]TagSide `json:"in"`      // in the recordings' role order
	Outcome  string     `json:"outcome"` // the verdict's key: removed, held, honored, ignored...
	Verdict  string     `json:"verdict"`
}

// Warning says why the two recordings may not compare fairly.
type Warning struct {
	Key     string `json:"key"` // the wording entry, for tests and translations
	File    string `json:"file,omitempty"`
	Message string `json:"message"`
}

// Comparison is the whole comparison, ready to show.
type Comparison struct {
	Mode string `json:"mode"` // before_after | accept_reject
	// Basis says how the checker decided which recording is which.
	Basis      string    `json:"basis"`
	Recordings [2]Side   `json:"recordings"` // before, after; or accept, reject
	Summary    string    `json:"summary"`
	Tags       []Tag     `json:"tags"`
	Warnings   []Warning `json:"warnings"`
}

// answer is the visitor's answer a recording shows.
func answer(an *har.Analysis) (decision, manager string) {
	a, rej := an.Consent.Answer, an.Consent.Rejected
	switch {
	case a == nil:
		return "none", ""
	case rej != nil && a.Decision != har.DecisionAccepted:
		return har.DecisionRejected, rej.Manager
	case rej != nil:
		return har.DecisionUnknown, a.Manager // both accepted and rejected
	}
	return a.Decision, a.Manager
}

func side(r *Recording, given int) Side {
	d, mgr := answer(r.an)
	return Side{File: r.File, SHA256: r.SHA256, Given: given, Site: r.an.Load.Host, Answer: d, Manager: mgr, Requests: r.an.Log.Entries}
}

// Compare compares two recordings given in this order. Where the banner
// answers show one recording accepting and the other rejecting, they are
// compared as such, whatever the order; otherwise as before and after a fix,
// in the order given.
func Compare(first, second *Recording) Comparison {
	recs := [2]*Recording{first, second}
	sides := [2]Side{side(first, 1), side(second, 2)}
	var c Comparison
	switch {
	case sides[0].Answer == har.DecisionAccepted && sides[1].Answer == har.DecisionRejected:
		c.Mode = ModeConsent
	case sides[0].Answer == har.DecisionRejected && sides[1].Answer == har.DecisionAccepted:
		c.Mode = ModeConsent
		recs[0], recs[1] = recs[1], recs[0]
		sides[0], sides[1] = sides[1], sides[0]
	default:
		c.Mode = ModeFix
	}
	if c.Mode == ModeConsent {
		sides[0].Role, sides[1].Role = RoleAccept, RoleReject
		c.Basis = say("compare.basis.answers", "accept_file", sides[0].File, "reject_file", sides[1].File)
	} else {
		sides[0].Role, sides[1].Role = RoleBefore, RoleAfter
		c.Basis = say("compare.basis.order", "file_1", sides[0].File, "file_2", sides[1].File,
			"answer_1", answerWords(sides[0].Answer), "answer_2", answerWords(sides[1].Answer))
	}
	c.Recordings = sides
	c.Tags = tags(c.Mode, recs, sides)
	c.Summary = summary(c.Mode, c.Tags)
	c.Warnings = warnings(c.Mode, recs, sides)
	return c
}

func answerWords(d string) string {
	switch d {
	case har.DecisionAccepted:
		return say("compare.answer.accepted")
	case har.DecisionRejected:
		return say("compare.answer.rejected")
	case har.DecisionUnknown:
		return say("compare.answer.unknown")
	}
	return say("compare.answer.none")
}

func roleWords(role string) string {
	switch role {
	case RoleBefore:
		return say("compare.role.before")
	case RoleAfter:
		return say("compare.role.after")
	case RoleAccept:
		return say("compare.role.accept")
	}
	return say("compare.role.reject")
}

// tags pairs the two recordings' tags, in the order they appear (those of
// the first recording first), and judges each.
func tags(mode string, recs [2]*Recording, sides [2]Side) []Tag {
	var order []string
	byID := map[string]*Tag{}
	for i, r := range recs {
		for _, t := range r.an.Trackers {
			tg := byID[t.ID]
			if tg == nil {
				tg = &Tag{ID: t.ID, Name: t.Name, Category: t.Category}
				tg.In[0].Status, tg.In[1].Status = StatusAbsent, StatusAbsent
				byID[t.ID] = tg
				order = append(order, t.ID)
			}
			tg.In[i] = tagSide(t, r.an)
		}
	}
	out := make([]Tag, 0, len(order))
	for _, id := range order {
		tg := byID[id]
		for i := range tg.In {
			tg.In[i].Says = sideWords(tg.In[i], sentWords(tg.In[i].Sent))
			if tg.In[i].Sent == nil {
				tg.In[i].Sent = []string{}
			}
		}
		tg.Outcome = outcome(mode, tg.In)
		// The verdict names the data once where both sent the same kinds.
		second := tg.In[1].Says
		if tg.In[0].Status == StatusSent && strings.Join(tg.In[0].Sent, ",") == strings.Join(tg.In[1].Sent, ",") {
			second = sideWords(tg.In[1], say("compare.sent.same"))
		}
		tg.Verdict = verdict(tg, second, sides)
		out = append(out, *tg)
	}
	return out
}

// sentKinds are the kinds of data a comparison names, most telling first;
// the rest (referrers, titles, device details) go with the page addresses.
var sentKinds = []string{"hashed_identifier", "form_value", "typed_text", "chat_text", "replay_upload", "form_field", "button_text", "page_url", "event", "cookie_id"}

func tagSide(t har.Tracker, an *har.Analysis) TagSide {
	s := TagSide{Status: t.Status, FirstDataMS: t.FirstDataMS}
	if t.Status != StatusSent {
		s.Status = StatusLoaded
	}
	s.AfterReject = t.AfterReject != nil && *t.AfterReject
	d, _ := answer(an)
	switch {
	case an.Consent.Answer == nil:
		s.Timing = TimingNoAnswer
	case t.BeforeConsent != nil && *t.BeforeConsent:
		s.Timing = TimingBeforeAnswer
	case s.AfterReject || d == har.DecisionRejected:
		s.Timing = TimingAfterReject
	case d == har.DecisionAccepted:
		s.Timing = TimingAfterAccept
	default:
		s.Timing = TimingAfterAnswer
	}
	if s.Status == StatusSent {
		kinds := map[string]bool{}
		for _, d := range t.DataSent {
			kinds[d.Kind] = true
		}
		for _, k := range sentKinds {
			if kinds[k] {
				s.Sent = append(s.Sent, k)
			}
		}
	}
	return s
}

// maxKinds is how many kinds of data a verdict names: the most telling.
const maxKinds = 3

// sentWords names the kinds of data in plain words, reusing the assessment's
// own words for them.
func sentWords(kinds []string) string {
	var words []string
	for _, k := range kinds {
		if len(words) == maxKinds {
			break
		}
		switch k {
		case "hashed_identifier":
			words = append(words, say("evidence.sent.hashed_identifier"))
		case "form_value":
			words = append(words, say("evidence.sent.form_value"))
		case "typed_text":
			words = append(words, say("evidence.sent.typed_text"))
		case "chat_text":
			words = append(words, say("evidence.sent.chat_text"))
		case "replay_upload":
			words = append(words, say("evidence.sent.replay_upload"))
		case "form_field":
			words = append(words, say("evidence.sent.form_field"))
		case "button_text":
			words = append(words, say("evidence.sent.button_text"))
		case "page_url":
			words = append(words, say("evidence.sent.page_url"))
		case "event":
			words = append(words, say("evidence.sent.event"))
		case "cookie_id":
			words = append(words, say("compare.sent.cookie_id"))
		}
	}
	if len(words) == 0 {
		return say("evidence.sent.unknown")
	}
	return wording.JoinAnd(words)
}

// sideWords says what a tag did in one recording; sent names its data.
func sideWords(s TagSide, sent string) string {
	switch s.Status {
	case StatusAbsent:
		return say("compare.side.absent")
	case StatusLoaded:
		return say("compare.side.loaded_only")
	}
	switch {
	case s.Timing == TimingBeforeAnswer && s.AfterReject:
		return say("compare.side.before_answer_and_after_reject", "sent", sent)
	case s.Timing == TimingBeforeAnswer:
		return say("compare.side.before_answer", "sent", sent)
	case s.Timing == TimingAfterAccept:
		return say("compare.side.after_accept", "sent", sent)
	case s.Timing == TimingAfterReject:
		return say("compare.side.after_reject", "sent", sent)
	case s.Timing == TimingAfterAnswer:
		return say("compare.side.after_answer", "sent", sent)
	}
	return say("compare.side.no_answer", "sent", sent)
}

// unasked: the tag sent data before the visitor agreed, with no answer
// recorded, or after a rejection.
func unasked(s TagSide) bool {
	return s.Status == StatusSent && (s.Timing == TimingBeforeAnswer || s.Timing == TimingNoAnswer || s.Timing == TimingAfterReject || s.AfterReject)
}

// outcome judges one tag: in[0] is before (or accept), in[1] after (or
// reject).
func outcome(mode string, in [2]TagSide) string {
	a, b := in[0], in[1]
	if mode == ModeConsent {
		switch {
		case b.Status == StatusSent && b.Timing == TimingBeforeAnswer && !b.AfterReject:
			return "before_choice"
		case b.Status == StatusSent:
			return "ignored"
		case a.Status == StatusSent:
			return "honored"
		}
		return "no_data"
	}
	switch {
	case b.Status == StatusAbsent:
		return "removed"
	case a.Status == StatusAbsent:
		return "new"
	case unasked(b):
		return "still_sends"
	case a.Status == StatusSent && b.Status == StatusLoaded:
		return "stopped"
	case b.Status == StatusSent && (unasked(a) || a.Status == StatusLoaded):
		return "held"
	}
	return "unchanged"
}

func verdict(t *Tag, second string, sides [2]Side) string {
	vars := []any{"tag", t.Name, "first", t.In[0].Says, "second", second,
		"first_role", roleWords(sides[0].Role), "second_role", roleWords(sides[1].Role)}
	switch t.Outcome {
	case "removed":
		return say("compare.verdict.removed", vars...)
	case "stopped":
		return say("compare.verdict.stopped", vars...)
	case "held":
		return say("compare.verdict.held", vars...)
	case "still_sends":
		return say("compare.verdict.still_sends", vars...)
	case "new":
		return say("compare.verdict.new", vars...)
	case "honored":
		return say("compare.verdict.honored", vars...)
	case "ignored":
		return say("compare.verdict.ignored", vars...)
	case "before_choice":
		return say("compare.verdict.before_choice", vars...)
	case "no_data":
		return say("compare.verdict.no_data", vars...)
	}
	return say("compare.verdict.unchanged", vars...)
}

// summary is the one sentence that leads: what the comparison shows.
func summary(mode string, ts []Tag) string {
	names := map[string][]string{}
	var unaskedAfter []string
	for _, t := range ts {
		names[t.Outcome] = append(names[t.Outcome], t.Name)
		if mode == ModeFix && unasked(t.In[1]) {
			unaskedAfter = append(unaskedAfter, t.Name)
		}
	}
	if mode == ModeConsent {
		switch {
		case len(names["ignored"]) > 0:
			return say("compare.summary.ignored", "n", len(names["ignored"]), "tags", wording.JoinAnd(names["ignored"]))
		case len(names["before_choice"]) > 0:
			return say("compare.summary.before_choice", "tags", wording.JoinAnd(names["before_choice"]))
		case len(names["honored"]) > 0:
			return say("compare.summary.honored", "tags", wording.JoinAnd(names["honored"]))
		}
		return say("compare.summary.no_data")
	}
	if len(unaskedAfter) > 0 {
		return say("compare.summary.still_sends", "n", len(unaskedAfter), "tags", wording.JoinAnd(unaskedAfter))
	}
	fixed := append(append(append([]string(nil), names["removed"]...), names["stopped"]...), names["held"]...)
	if len(fixed) > 0 {
		return say("compare.summary.fixed", "n", len(fixed), "tags", wording.JoinAnd(fixed))
	}
	return say("compare.summary.no_change")
}

// sameSite compares two hosts, taking www.example.com for example.com.
func sameSite(a, b string) bool {
	return strings.TrimPrefix(a, "www.") == strings.TrimPrefix(b, "www.")
}

// warnings says what keeps the two from comparing fairly: the same file
// twice, two sites, a recording that is not a fresh load, one without the
// banner's answer, an "after" made before the "before".
func warnings(mode string, recs [2]*Recording, sides [2]Side) []Warning {
	out := []Warning{}
	add := func(key, file, msg string) { out = append(out, Warning{Key: key, File: file, Message: msg}) }
	if sides[0].SHA256 == sides[1].SHA256 {
		add("same_file", "", say("compare.warning.same_file", "sha", sides[0].SHA256))
	}
	if s1, s2 := sides[0].Site, sides[1].Site; s1 != "" && s2 != "" && !sameSite(s1, s2) {
		if sides[0].Given == 2 {
			s1, s2 = s2, s1
		}
		add("different_sites", "", say("compare.warning.different_sites", "site_1", s1, "site_2", s2))
	}
	for i, r := range recs {
		f, ld := sides[i].File, r.an.Load
		switch {
		case ld.Documents == 0:
			add("no_document", f, say("compare.warning.no_document", "file", f))
		case ld.DocumentCached:
			add("cached_document", f, say("compare.warning.cached_document", "file", f))
		case ld.Cached > 0:
			add("cache_on", f, say("compare.warning.cache_on", "file", f, "n", ld.Cached))
		}
		if r.an.Consent.Answer == nil {
			add("no_answer", f, say("compare.warning.no_answer", "file", f))
		}
	}
	if b, a := recs[0].an.Load.Started, recs[1].an.Load.Started; mode == ModeFix && !b.IsZero() && !a.IsZero() && a.Before(b) {
		const day = "January 2, 2006 15:04 MST"
		add("order_dates", "", say("compare.warning.order_dates", "before_file", sides[0].File, "after_file", sides[1].File,
			"before_date", b.UTC().Format(day), "after_date", a.UTC().Format(day)))
	}
	return out
}
