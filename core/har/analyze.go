package har

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/cipa-triage/cipa-triage/core/knowledge"
)

// Options are what the user may tell the reader beyond the file.
type Options struct {
	// TestEmails and TestPhones are values the user typed into their own
	// site while recording the HAR. The reader looks for them in plain text
	// and as SHA-256 of their normalised forms (how Meta, Google, TikTok,
	// Snap and Pinterest hash them), so it can say "your email went to X".
	TestEmails []string
	TestPhones []string
	// Progress, when set, is told after each entry how many have been read.
	Progress func(entries int)
}

// Tracker is one tag found in the HAR, as the report shows it.
type Tracker struct {
	ID         string `json:"id"`
	Vendor     string `json:"vendor"`
	Name       string `json:"name"`
	Category   string `json:"category"`
	Technology string `json:"technology,omitempty"` // core.Technologies value
	// Status tells a tag that sent data about the visit ("sent_data") from a
	// script that merely loaded ("loaded_only").
	Status string   `json:"status"`
	IDs    []string `json:"ids"`
	// FirstMS is the tag's first request and FirstDataMS its first
	// data-carrying request, in milliseconds after the first page load began.
	FirstMS     *int64 `json:"first_ms"`
	FirstDataMS *int64 `json:"first_data_ms,omitempty"`
	// BeforeConsent: the tag fired (sent data, or failing that loaded) before
	// any consent-banner answer the HAR records. AfterReject: it sent data
	// after a recorded rejection; absent when no rejection was recorded.
	BeforeConsent *bool   `json:"before_consent"`
	AfterReject   *bool   `json:"after_reject,omitempty"`
	GPC           bool    `json:"gpc_sent"` // its requests carried Sec-GPC: 1
	Requests      int     `json:"requests"`
	DataRequests  int     `json:"data_requests"`
	DataSent      []Datum `json:"data_sent"`
	Evidence      []int   `json:"evidence"` // indexes into log.entries
	Unverified    bool    `json:"signature_unverified,omitempty"`
	dataIdx       int     // first data-carrying request, for evidence
	Source        string  `json:"source"`
}

// Datum is one thing a tag sent.
type Datum struct {
	// Kind: page_url, referrer, page_title, event, button_text, form_field,
	// form_value, typed_text, hashed_identifier, masked_value, cookie_id,
	// link_url, chat_text, replay_upload, consent_mode, custom_data, device.
	Kind    string `json:"kind"`
	Field   string `json:"field,omitempty"` // the parameter that carried it
	Value   string `json:"value"`
	Request int    `json:"request"`
	Note    string `json:"note,omitempty"`
}

// Consent is what the HAR shows about the consent banner and GPC.
type Consent struct {
	Managers []ManagerSeen `json:"managers"`
	// Answer is the first recorded answer to a banner, if any.
	Answer *Answer `json:"answer,omitempty"`
	// Rejected is the first recorded rejection, if any.
	Rejected    *Answer `json:"rejected,omitempty"`
	GPCRequests int     `json:"gpc_requests"` // requests that carried Sec-GPC: 1
	Requests    int     `json:"requests"`
	Cookies     bool    `json:"cookies_in_har"` // false for Chrome's sanitised export
}

// ManagerSeen is a consent manager whose requests appear in the HAR.
type ManagerSeen struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	FirstMS *int64 `json:"first_ms"`
	Request int    `json:"request"`
}

// Answer is a recorded answer to a consent banner.
type Answer struct {
	Manager  string `json:"manager"`
	Decision string `json:"decision"` // accepted | rejected | unknown
	How      string `json:"how"`      // what shows it
	MS       *int64 `json:"ms"`
	Request  int    `json:"request"`
	// Prior: the answer was already stored when the recording began (an
	// earlier visit), so everything in the HAR came after it.
	Prior bool `json:"prior"`
	at    stamp
}

// Analysis is the whole reading of one HAR.
type Analysis struct {
	Log      Log
	Trackers []Tracker
	Consent  Consent
	PageURL  string
	Load     Load
	Notes    []string // warnings in plain words
	// bookkeeping while streaming
	missingBodies int
	undecodable   map[string]int
	cookiesSeen   bool
	overflow      map[string]int
	knownCMPs     int
}

// Load is what a recording shows of the page load itself, which decides
// whether it can stand beside another recording of the same page.
type Load struct {
	Host      string // the first page's host
	Documents int    // page loads (document requests)
	// DocumentCached: the first page came from the browser's cache or was
	// revalidated (304), so it was not a fresh load.
	DocumentCached bool
	// Cached counts requests the browser's cache answered, or that asked
	// to revalidate a cached copy (If-None-Match, If-Modified-Since, 304):
	// with the cache on, a tag's script may not appear at all.
	Cached  int
	Started time.Time // the first page's start, else the first request's; zero when unreadable
}

// stamp orders requests by time, falling back to their index when a
// browser wrote a time the reader cannot parse.
type stamp struct {
	t   time.Time
	idx int
}

func (a stamp) before(b stamp) bool {
	if !a.t.IsZero() && !b.t.IsZero() && !a.t.Equal(b.t) {
		return a.t.Before(b.t)
	}
	return a.idx < b.idx
}

type finding struct {
	t        *knowledge.Tracker
	ids      []string
	idSeen   map[string]bool
	first    *stamp
	data1    *stamp
	lastData stamp
	hits     []int
	requests int
	dataReqs int
	gpc      bool
	data     []Datum
	seen     map[string]bool
	dataAt   []stamp
}

const (
	maxData     = 150 // data items kept per tracker
	maxEvidence = 200 // request indexes kept per tracker
	maxValue    = 300 // characters of a value shown
)

// Analyze streams a HAR from r and finds what its tags sent. Each entry is
// shown in turn to a few small detectors (detect.go), one per question: the
// page and its clock, requests and the GPC signal, the consent banner, and
// the tags; then they are asked for their findings in that order, since the
// tags' timing is judged against the page and the consent answers.
func Analyze(r io.Reader, opts Options) (*Analysis, error) {
	cat, err := knowledge.Trackers()
	if err != nil {
		return nil, err
	}
	an := &Analysis{undecodable: map[string]int{}, overflow: map[string]int{}, knownCMPs: len(cat.ConsentManagers)}
	red, m := newRedactor(), newMatcher(cat)
	page := &pageDetector{an: an}
	consent := newConsentDetector(an, cat, m)
	tags := newTagDetector(an, m, makeNeedles(opts), page, red)
	detectors := []detector{page, &requestDetector{an: an}, consent, tags}

	lg, err := Walk(r, func(i int, e *Entry) error {
		if opts.Progress != nil {
			opts.Progress(i + 1)
		}
		red.rememberEntry(e)
		x := seen{i: i, e: e, at: stamp{idx: i}}
		if t, err := parseTime(e.StartedDateTime); err == nil {
			x.at.t = t
		}
		if u, err := url.Parse(e.Request.URL); err == nil && u.Host != "" {
			x.u = u
			x.cookies = cookieMap(e)
			x.gpc = sendsGPC(e)
		}
		for _, d := range detectors {
			d.see(&x)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	an.Log = lg
	ms := page.clock(lg)
	an.Load.Started = page.start(lg)
	consent.finish(ms, page.first, page.doc)
	tags.finish(ms)
	return an, nil
}

func (an *Analysis) recordAnswer(a *Answer) {
	if an.Consent.Answer == nil || a.at.before(an.Consent.Answer.at) {
		an.Consent.Answer = a
	} else if an.Consent.Answer.Decision == DecisionUnknown && a.Decision != DecisionUnknown && an.Consent.Answer.Manager == a.Manager {
		an.Consent.Answer.Decision = a.Decision
	}
	if a.Decision == DecisionRejected && (an.Consent.Rejected == nil || a.at.before(an.Consent.Rejected.at)) {
		c := *a
		an.Consent.Rejected = &c
	}
}

func (f *finding) addID(id string) {
	id = strings.TrimSpace(id)
	if f.t.ID == "google_ads" && id != "" && strings.Trim(id, "0123456789") == "" {
		id = "AW-" + id // the conversion id as the tag names it
	}
	if id == "" || id == hidden || len(id) > 80 || f.idSeen[id] || len(f.ids) >= 20 {
		return
	}
	f.idSeen[id] = true
	f.ids = append(f.ids, id)
}

func (f *finding) put(d Datum) bool {
	if len(d.Value) > maxValue {
		d.Value = d.Value[:maxValue] + "…"
	}
	key := d.Kind + "\x00" + d.Field + "\x00" + d.Value
	if f.seen[key] {
		return true
	}
	if len(f.data) >= maxData {
		return false
	}
	f.seen[key] = true
	f.data = append(f.data, d)
	return true
}

// kindOrder decides which kind claims a key first: the specific before the
// general (a button text is also custom data).
var kindOrder = []string{"hashed_identifier", "cookie_id", "masked_value", "page_url", "referrer", "page_title", "event",
	"button_text", "form_field", "link_url", "chat_text", "consent_mode", "device", "custom_data"}

// genericKind names the kind of key names that mean the same for every
// vendor (a switch, so nothing is built at start-up).
func genericKind(key string) (string, bool) {
	switch key {
	case "innerText", "inner_text", "buttonText", "$el_text":
		return "button_text", true
	}
	return "", false
}

// keyMatches matches a key against a pattern with at most one "*":
// "ud[*]" matches "ud[em]", "ed.*" matches "ed.value".
func keyMatches(pattern, key string) bool {
	pre, suf, wild := strings.Cut(pattern, "*")
	if !wild {
		return key == pattern
	}
	return len(key) >= len(pre)+len(suf) && strings.HasPrefix(key, pre) && strings.HasSuffix(key, suf)
}

func (an *Analysis) extract(f *finding, rule *knowledge.TrackerRule, p *payload, i int, u *url.URL, needles []needle) {
	t := f.t
	put := func(d Datum) {
		if !f.put(d) {
			an.overflow[t.Name]++
		}
	}
	for _, fl := range p.fields {
		for _, k := range t.IDParams {
			if fl.Key == k {
				f.addID(fl.Value)
			}
		}
	}
	claimed := map[int]bool{}
	// Keys whose value was itself JSON are shown through their children.
	containers := p.containers
	if containers == nil {
		containers = map[string]bool{}
	}
	for _, fl := range p.fields {
		if i := strings.LastIndexByte(fl.Key, '.'); i > 0 {
			containers[fl.Key[:i]] = true
		}
	}
	for _, kind := range kindOrder {
		for _, pat := range t.Fields[kind] {
			for j, fl := range p.fields {
				if claimed[j] || fl.Value == "" || !keyMatches(pat, fl.Key) {
					continue
				}
				if containers[fl.Key] && strings.HasPrefix(strings.TrimSpace(fl.Value), "{") || containers[fl.Key] && strings.HasPrefix(strings.TrimSpace(fl.Value), "[") {
					continue
				}
				claimed[j] = true
				put(datum(kind, fl, i))
			}
		}
	}
	for j, fl := range p.fields {
		if claimed[j] || fl.Value == "" {
			continue
		}
		last := fl.Key
		if k := strings.LastIndexByte(last, '.'); k >= 0 {
			last = last[k+1:]
		}
		if kind, ok := genericKind(last); ok {
			put(datum(kind, fl, i))
		}
	}
	for _, typed := range finalTexts(p.typed) {
		put(Datum{Kind: "typed_text", Field: "replay input event", Value: typed, Request: i, Note: "text typed into a form field, in a session-replay upload"})
	}
	switch rule.Kind {
	case knowledge.RuleReplay:
		note := "a session-recording upload"
		if len(p.how) > 0 {
			note += " (decoded: " + strings.Join(sortedKeys(p.how), ", ") + ")"
		}
		put(Datum{Kind: "replay_upload", Field: u.Host + u.Path, Value: fmt.Sprintf("%d bytes", p.bodyBytes), Request: i, Note: note})
	case knowledge.RuleChat:
		if p.hadBody {
			put(Datum{Kind: "chat_data", Field: u.Host + u.Path, Value: fmt.Sprintf("%d bytes", p.bodyBytes), Request: i, Note: "data sent to the chat vendor"})
		}
	}
	for _, d := range matchNeedles(p, u, needles, i) {
		// A value already listed gains the note; others are added.
		merged := false
		needle := strings.ToLower(strings.TrimSuffix(d.Value, "…"))
		for k := range f.data {
			if g := &f.data[k]; g.Request == d.Request && g.Field == d.Field && strings.Contains(strings.ToLower(g.Value), needle) {
				g.Note, g.Kind, merged = "matches "+strings.TrimPrefix(d.Note, "matches "), d.Kind, true
			}
		}
		if !merged {
			put(d)
		}
	}
}

// finalTexts drops the keystroke-by-keystroke states of a typed value
// ("c", "ch", "che") that replay tools record, keeping what was finally typed.
func finalTexts(typed []string) []string {
	var out []string
	for i, t := range typed {
		superseded := false
		for j, u := range typed {
			if j != i && len(u) > len(t) && strings.HasPrefix(u, t) || j > i && u == t {
				superseded = true
				break
			}
		}
		if !superseded {
			out = append(out, t)
		}
	}
	return out
}

func datum(kind string, fl field, i int) Datum {
	d := Datum{Kind: kind, Field: fl.Key, Value: fl.Value, Request: i}
	switch kind {
	case "cookie_id":
		d.Value = hidden
		d.Note = "a browser identifier taken from a cookie; its value is not shown"
	case "hashed_identifier":
		if isHex64(fl.Value) {
			d.Note = "SHA-256 hash of a personal identifier"
			d.Value = fl.Value[:12] + "…"
		} else if strings.HasPrefix(fl.Value, "tv.1~") {
			d.Note = "Google enhanced-conversion data (hashed email or phone)"
		}
	case "masked_value":
		d.Note = "the shape of a value typed into a form (characters masked)"
	case "consent_mode":
		d.Note = googleConsentMode(fl.Value)
	}
	return d
}

// googleConsentMode reads gcs=G1xy: x is ad storage, y analytics storage.
func googleConsentMode(v string) string {
	if len(v) != 4 || v[:2] != "G1" {
		return ""
	}
	state := func(c byte) string {
		if c == '1' {
			return "granted"
		}
		return "denied"
	}
	return "Google consent mode: ad storage " + state(v[2]) + ", analytics storage " + state(v[3])
}

func isHex64(s string) bool {
	if len(s) != 64 {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.ASCII_Hex_Digit, r) {
			return false
		}
	}
	return true
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// report turns a finding into its output, redacting every string.
func (an *Analysis) report(f *finding, ms func(stamp) *int64, red *redactor) Tracker {
	t := Tracker{ID: f.t.ID, Vendor: f.t.Vendor, Name: f.t.Name, Category: f.t.Category, Technology: f.t.Technology,
		Status: "loaded_only", IDs: []string{}, Requests: f.requests, DataRequests: f.dataReqs, GPC: f.gpc,
		Evidence: f.hits, DataSent: []Datum{}, Source: f.t.Source, Unverified: !f.t.Verified}
	if f.dataReqs > 0 {
		t.Status = "sent_data"
		t.dataIdx = f.data1.idx
	} else if f.first != nil {
		t.dataIdx = f.first.idx
	}
	for _, id := range f.ids {
		if v := red.text(id); v != hidden {
			t.IDs = append(t.IDs, v)
		}
	}
	if f.first != nil {
		t.FirstMS = ms(*f.first)
	}
	if f.data1 != nil {
		t.FirstDataMS = ms(*f.data1)
	}
	fired := f.first
	if f.data1 != nil {
		fired = f.data1
	}
	if fired != nil {
		b := true
		if ans := an.Consent.Answer; ans != nil {
			b = !ans.Prior && fired.before(ans.at)
		}
		t.BeforeConsent = &b
	}
	if rej := an.Consent.Rejected; rej != nil {
		after := false
		for _, s := range f.dataAt {
			if rej.Prior || rej.at.before(s) {
				after = true
				break
			}
		}
		t.AfterReject = &after
	}
	for _, d := range f.data {
		switch d.Kind {
		case "page_url", "referrer", "link_url":
			d.Value = red.url(d.Value)
		default:
			d.Value = red.value(d.Field, d.Value)
		}
		d.Field = red.text(d.Field)
		t.DataSent = append(t.DataSent, d)
	}
	return t
}

// unlisted records a request to a third party outside the catalog that
// carried one of the user's test values.
func (an *Analysis) unlisted(e *Entry, i int, at stamp, u *url.URL, needles []needle, found map[string]*finding, order *[]string) {
	p := decodeEntry(e)
	ds := matchNeedles(&p, u, needles, i)
	if len(ds) == 0 {
		return
	}
	host := strings.ToLower(u.Hostname())
	id := "unlisted:" + host
	f := found[id]
	if f == nil {
		kt := &knowledge.Tracker{ID: id, Vendor: host, Name: "Unlisted third party " + host, Category: "unknown", Technology: "other",
			Source: "not in the catalog: found because it received one of your test values", Verified: true}
		f = &finding{t: kt, idSeen: map[string]bool{}, seen: map[string]bool{}}
		found[id] = f
		*order = append(*order, id)
	}
	f.requests++
	f.dataReqs++
	f.hits = append(f.hits, i)
	if f.first == nil {
		s := at
		f.first, f.data1 = &s, &s
	}
	f.dataAt = append(f.dataAt, at)
	for _, d := range ds {
		f.put(d)
	}
}

// needle is one form of a test value to look for.
type needle struct {
	text  string
	fold  bool // compare case-insensitively
	kind  string
	label string
}

func sha(s string) []byte { h := sha256.Sum256([]byte(s)); return h[:] }

func makeNeedles(o Options) []needle {
	var out []needle
	addHash := func(norm, label string) {
		h := sha(norm)
		out = append(out,
			needle{hex.EncodeToString(h), true, "hashed_identifier", "SHA-256 of " + label},
			needle{base64.StdEncoding.EncodeToString(h), false, "hashed_identifier", "SHA-256 (base64) of " + label},
			needle{base64.RawURLEncoding.EncodeToString(h), false, "hashed_identifier", "SHA-256 (base64) of " + label})
	}
	for _, e := range o.TestEmails {
		e = strings.ToLower(strings.TrimSpace(e))
		if !strings.Contains(e, "@") {
			continue
		}
		out = append(out, needle{e, true, "form_value", "your test email, in plain text"})
		addHash(e, "your test email")
		if local, dom, ok := strings.Cut(e, "@"); ok && (dom == "gmail.com" || dom == "googlemail.com") {
			if n := strings.ReplaceAll(strings.SplitN(local, "+", 2)[0], ".", "") + "@" + dom; n != e {
				addHash(n, "your test email (Gmail-normalised)")
			}
		}
	}
	for _, ph := range o.TestPhones {
		d := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, ph)
		if len(d) < 7 {
			continue
		}
		forms := map[string]bool{d: true}
		if len(d) == 10 {
			forms["1"+d] = true
		}
		if len(d) == 11 && d[0] == '1' {
			forms[d[1:]] = true
		}
		for f := range forms {
			out = append(out, needle{f, false, "form_value", "your test phone number, in plain text"})
			addHash(f, "your test phone number")
			addHash("+"+f, "your test phone number")
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].text < out[j].text })
	return out
}

func matchNeedles(p *payload, u *url.URL, needles []needle, i int) []Datum {
	if len(needles) == 0 {
		return nil
	}
	var out []Datum
	seen := map[string]bool{}
	look := func(where, s string) {
		if s == "" {
			return
		}
		ls := strings.ToLower(s)
		for _, n := range needles {
			hay := s
			if n.fold {
				hay = ls
			}
			if strings.Contains(hay, n.text) && !seen[n.label+where] {
				seen[n.label+where] = true
				v := n.text
				if n.kind == "hashed_identifier" {
					v = v[:12] + "…"
				}
				out = append(out, Datum{Kind: n.kind, Field: where, Value: v, Request: i, Note: "matches " + n.label})
			}
		}
	}
	// The query is already in p.fields; values can also hide in the path.
	look("URL path", u.Path)
	for _, f := range p.fields {
		if !p.containers[f.Key] {
			look(f.Key, f.Value)
		}
	}
	for _, t := range p.texts {
		look("body", t)
	}
	for _, t := range p.typed {
		look("replay input event", t)
	}
	return out
}

func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, fmt.Errorf("no time")
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999Z0700", "2006-01-02T15:04:05.999Z07"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unreadable time %q", s)
}

// isDocument says whether an entry is a page load: Chrome marks it; Firefox
// and Safari leave the reader to judge by the response's type.
func isDocument(e *Entry) bool {
	if e.ResourceType != "" {
		return e.ResourceType == "document"
	}
	if !strings.EqualFold(e.Request.Method, "GET") {
		return false
	}
	for _, h := range e.Response.Headers {
		if strings.EqualFold(h.Name, "content-type") && strings.Contains(strings.ToLower(h.Value), "text/html") {
			return true
		}
	}
	for _, h := range e.Request.Headers {
		if strings.EqualFold(h.Name, "sec-fetch-dest") {
			return h.Value == "document"
		}
	}
	return false
}
