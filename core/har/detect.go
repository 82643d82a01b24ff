package har

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/cipa-triage/cipa-triage/core/knowledge"
)

// A detector answers one question about a recording: it is shown every
// entry in file order (Analyze) and keeps what it needs, as the readers
// are one contract with many small parts.
type detector interface {
	see(x *seen)
}

// seen is one entry as every detector sees it. u is nil for an entry
// without a URL that has a host (a data: URL, a broken one); cookies and
// gpc are set only with u.
type seen struct {
	i       int
	e       *Entry
	at      stamp
	u       *url.URL
	cookies map[string]string
	gpc     bool
}

// sendsGPC says whether a request carried the Global Privacy Control
// signal, Sec-GPC: 1.
func sendsGPC(e *Entry) bool {
	gpc := false
	for _, h := range e.Request.Headers {
		if strings.EqualFold(h.Name, "sec-gpc") && strings.TrimSpace(h.Value) == "1" {
			gpc = true
		}
	}
	return gpc
}

// pageDetector finds the recording's clock (its earliest request) and the
// page visited (the first document), which tells first from third party.
type pageDetector struct {
	an         *Analysis
	first, doc *stamp
	siteBase   string
}

func (d *pageDetector) see(x *seen) {
	if d.first == nil || x.at.before(*d.first) {
		f := x.at
		d.first = &f
	}
	if x.u == nil || !isDocument(x.e) {
		return
	}
	d.an.Load.Documents++
	if d.doc != nil {
		return
	}
	doc := x.at
	d.doc = &doc
	d.an.PageURL = x.e.Request.URL
	d.an.Load.Host = strings.ToLower(x.u.Host)
	d.an.Load.DocumentCached = fromCache(x.e)
	d.siteBase = baseDomain(x.u.Hostname())
}

// start is when the recording began: the first page's start where the HAR
// names one, else the earliest request.
func (d *pageDetector) start(lg Log) time.Time {
	if len(lg.Pages) > 0 {
		if t, err := parseTime(lg.Pages[0].StartedDateTime); err == nil {
			return t
		}
	}
	if d.first != nil {
		return d.first.t
	}
	return time.Time{}
}

// fromCache says whether the browser's cache answered a request (Chrome's
// _fromCache) or was asked to revalidate its copy: a 304, or a conditional
// request, which a browser sends only with its cache on.
func fromCache(e *Entry) bool {
	if e.FromCache != "" || e.Response.Status == 304 {
		return true
	}
	for _, h := range e.Request.Headers {
		if strings.EqualFold(h.Name, "if-none-match") || strings.EqualFold(h.Name, "if-modified-since") {
			return true
		}
	}
	return false
}

// clock returns the milliseconds of a moment after the page load began:
// the first page's start where the HAR names one, else the first request,
// else the document; nil where a time is missing.
func (d *pageDetector) clock(lg Log) func(stamp) *int64 {
	start := d.first
	if len(lg.Pages) > 0 {
		if t, err := parseTime(lg.Pages[0].StartedDateTime); err == nil {
			start = &stamp{t: t}
		}
	}
	if start == nil && d.doc != nil {
		start = d.doc
	}
	return func(s stamp) *int64 {
		if start == nil || s.t.IsZero() || start.t.IsZero() {
			return nil
		}
		v := s.t.Sub(start.t).Milliseconds()
		return &v
	}
}

// requestDetector counts the requests, those that carried Sec-GPC: 1, and
// whether the HAR kept cookies at all.
type requestDetector struct{ an *Analysis }

func (d *requestDetector) see(x *seen) {
	if x.u == nil {
		return
	}
	d.an.Consent.Requests++
	if fromCache(x.e) {
		d.an.Load.Cached++
	}
	if x.gpc {
		d.an.Consent.GPCRequests++
	}
	if len(x.cookies) > 0 {
		d.an.cookiesSeen = true
	}
}

// consentDetector finds consent managers by their requests and cookies, and
// the visitor's recorded answers to the banner.
type consentDetector struct {
	an       *Analysis
	cat      *knowledge.TrackerCatalog
	m        *matcher
	managers map[string]*ManagerSeen
	order    []string
	at       map[string]stamp
}

func newConsentDetector(an *Analysis, cat *knowledge.TrackerCatalog, m *matcher) *consentDetector {
	return &consentDetector{an: an, cat: cat, m: m, managers: map[string]*ManagerSeen{}, at: map[string]stamp{}}
}

func (d *consentDetector) saw(mgr *knowledge.ConsentManager, x *seen) {
	if _, ok := d.managers[mgr.ID]; !ok {
		d.managers[mgr.ID] = &ManagerSeen{ID: mgr.ID, Name: mgr.Name, Request: x.i}
		d.at[mgr.ID] = x.at
		d.order = append(d.order, mgr.ID)
	}
}

func (d *consentDetector) see(x *seen) {
	if x.u == nil {
		return
	}
	if mgr := d.m.consentManager(x.u.Hostname()); mgr != nil {
		d.saw(mgr, x)
		if isRecord(mgr, x.u) {
			p := decodeEntry(x.e)
			if dec := decisionFromRecord(&p); dec != DecisionUnknown {
				d.an.recordAnswer(&Answer{Manager: mgr.Name, Decision: dec, How: "the consent manager logged the choice (request " + fmt.Sprint(x.i) + ")", Request: x.i, at: x.at})
			}
		}
	}
	for ci := range d.cat.ConsentManagers {
		mgr := &d.cat.ConsentManagers[ci]
		if ok, dec, how := decisionFromCookies(mgr, x.cookies); ok {
			d.saw(mgr, x)
			d.an.recordAnswer(&Answer{Manager: mgr.Name, Decision: dec, How: how + " sent with request " + fmt.Sprint(x.i), Request: x.i, at: x.at})
		}
	}
}

// finish lists the managers seen and marks answers that were stored before
// the recording began: those carried by the very first requests.
func (d *consentDetector) finish(ms func(stamp) *int64, first, doc *stamp) {
	an := d.an
	an.Consent.Cookies = an.cookiesSeen
	an.Consent.Managers = []ManagerSeen{}
	for _, id := range d.order {
		mg := d.managers[id]
		mg.FirstMS = ms(d.at[id])
		an.Consent.Managers = append(an.Consent.Managers, *mg)
	}
	for _, ans := range []*Answer{an.Consent.Answer, an.Consent.Rejected} {
		if ans == nil {
			continue
		}
		ans.MS = ms(ans.at)
		if first != nil && ans.at.idx == first.idx || doc != nil && !ans.at.t.IsZero() && !doc.t.IsZero() && !ans.at.t.After(doc.t) {
			ans.Prior = true
		}
	}
}

// tagDetector matches requests against the signature catalogue and gathers
// what each tag sent; with the user's test values, it also finds third
// parties outside the catalogue that received them.
type tagDetector struct {
	an      *Analysis
	m       *matcher
	needles []needle
	page    *pageDetector // for the site's own domain
	red     *redactor
	found   map[string]*finding
	order   []string
}

func newTagDetector(an *Analysis, m *matcher, needles []needle, page *pageDetector, red *redactor) *tagDetector {
	return &tagDetector{an: an, m: m, needles: needles, page: page, red: red, found: map[string]*finding{}}
}

func (d *tagDetector) see(x *seen) {
	if x.u == nil {
		return
	}
	e, u, i, at := x.e, x.u, x.i, x.at
	var bodyText *string
	body := func() string {
		if bodyText == nil {
			s := ""
			if pd := e.Request.PostData; pd != nil {
				if b, ok := postBytes(pd); ok {
					s = string(b)
				}
			}
			bodyText = &s
		}
		return *bodyText
	}
	ref, ok := d.m.match(u, body)
	if !ok {
		if len(d.needles) > 0 && d.page.siteBase != "" && baseDomain(u.Hostname()) != d.page.siteBase {
			d.an.unlisted(e, i, at, u, d.needles, d.found, &d.order)
		}
		return
	}
	f := d.found[ref.t.ID]
	if f == nil {
		f = &finding{t: ref.t, idSeen: map[string]bool{}, seen: map[string]bool{}}
		d.found[ref.t.ID] = f
		d.order = append(d.order, ref.t.ID)
	}
	f.requests++
	if len(f.hits) < maxEvidence {
		f.hits = append(f.hits, i)
	}
	if f.first == nil || at.before(*f.first) {
		s := at
		f.first = &s
	}
	if x.gpc {
		f.gpc = true
	}
	if ref.r.IDPathRE != nil {
		if mm := ref.r.IDPathRE.FindStringSubmatch(u.Path); len(mm) > 1 {
			f.addID(mm[1])
		}
	}
	if ref.r.Kind == knowledge.RuleScript {
		q := u.Query()
		for _, k := range ref.t.IDParams {
			if v := q.Get(k); v != "" {
				f.addID(d.red.value(k, v))
			}
		}
		return
	}
	// A request that carries data about the visit.
	f.dataReqs++
	if f.data1 == nil || at.before(*f.data1) {
		s := at
		f.data1 = &s
	}
	f.dataAt = append(f.dataAt, at)
	p := decodeEntry(e)
	if p.missingBody {
		d.an.missingBodies++
	}
	if p.undecodable {
		d.an.undecodable[ref.t.Name]++
	}
	d.an.extract(f, ref.r, &p, i, u, d.needles)
}

// finish reports each tag found, those that sent data first.
func (d *tagDetector) finish(ms func(stamp) *int64) {
	an := d.an
	for _, id := range d.order {
		an.Trackers = append(an.Trackers, an.report(d.found[id], ms, d.red))
	}
	sort.SliceStable(an.Trackers, func(i, j int) bool {
		a, b := an.Trackers[i], an.Trackers[j]
		if (a.Status == "sent_data") != (b.Status == "sent_data") {
			return a.Status == "sent_data"
		}
		return false
	})
}
