// Package har reads a HAR file (a browser's record of a visit, exported from
// the DevTools Network panel) and finds which tags fired, when, with what
// data, and whether before the visitor answered the consent banner.
//
// Everything happens on the user's device. The file holds the user's own
// cookies and tokens: the reader never shows or exports their values.
package har

import (
	"fmt"
	"sort"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
)

// Reader is the HAR reader registered in core/intake.
type Reader struct {
	Options Options
}

func (Reader) Name() string      { return "har" }
func (Reader) Section() string   { return "site" }
func (Reader) Accepts() []string { return []string{".har", ".json"} }

// WithTestValues returns a reader that also looks for the email addresses
// and phone numbers the user typed into their own site while recording.
func (r Reader) WithTestValues(emails, phones []string) core.Reader {
	r.Options.TestEmails = append(append([]string(nil), r.Options.TestEmails...), emails...)
	r.Options.TestPhones = append(append([]string(nil), r.Options.TestPhones...), phones...)
	return r
}

// PrivacyNote is shown beside every HAR result.
const PrivacyNote = "This file was read on this device only. A HAR holds your cookies and sign-in tokens: their values are never shown, kept or exported here."

// Read reads a HAR and prefills site.trackers, and site.consent_banner and
// site.gpc_honored where the recording shows them.
func (r Reader) Read(src core.Source, known core.Answers) (core.Result, error) {
	opts := r.Options
	opts.Progress = src.Progress
	an, err := Analyze(src.R, opts)
	if err != nil {
		return core.Result{}, fmt.Errorf("reading the HAR: %w", err)
	}
	res := an.Result()
	if res.Answers.Site.Recording != nil {
		res.Answers.Site.Recording.File = src.Name
	}
	return res, nil
}

// Result turns the analysis into answers with evidence, warnings and the
// "trackers", "consent" and "har" details.
func (an *Analysis) Result() core.Result {
	var res core.Result
	tech := map[string]bool{}
	for _, t := range an.Trackers {
		if t.Technology == "" {
			continue
		}
		tech[t.Technology] = true
		conf := 0.95
		what := "sent data about the visit"
		if t.Status != "sent_data" {
			conf = 0.6
			what = "loaded, but the recording shows no data sent"
		}
		quote := fmt.Sprintf("%s %s (%d request(s)%s)", t.Name, what, t.Requests, summary(t))
		res.AddEvidence("site.trackers", core.Evidence{Quote: quote, Offset: t.dataIdx, Confidence: conf, Where: fmt.Sprintf("request %d", t.dataIdx)})
	}
	for _, o := range core.Technologies {
		if tech[o.Value] {
			res.Answers.Site.Trackers = append(res.Answers.Site.Trackers, o.Value)
		}
	}
	res.Answers.Site.Recording = an.recording()
	if r := res.Answers.Site.Recording; r != nil {
		// The recording's facts travel into the assessment; show what they
		// rest on, tag by tag, like every other value a reader finds.
		for _, t := range an.Trackers {
			if t.Status == "sent_data" {
				res.AddEvidence("site.recording", core.Evidence{Quote: fmt.Sprintf("%s sent data (%d request(s)%s)", t.Name, t.DataRequests, summary(t)),
					Offset: t.dataIdx, Confidence: 0.95, Where: fmt.Sprintf("request %d", t.dataIdx)})
			}
		}
	}
	an.consentAnswer(&res)
	an.gpcAnswer(&res)
	an.warnings(&res)
	res.Details = map[string]any{
		"trackers":     an.Trackers,
		"consent":      an.Consent,
		"har":          map[string]any{"version": an.Log.Version, "creator": an.Log.Creator.Name + " " + an.Log.Creator.Version, "entries": an.Log.Entries, "pages": len(an.Log.Pages)},
		"privacy_note": PrivacyNote,
		"summary":      an.summaryLines(),
	}
	if an.Trackers == nil {
		res.Details["trackers"] = []Tracker{}
	}
	return res
}

func summary(t Tracker) string {
	var parts []string
	kinds := map[string]int{}
	var events []string
	for _, d := range t.DataSent {
		kinds[d.Kind]++
		if d.Kind == "event" && len(events) < 4 {
			events = append(events, d.Value)
		}
	}
	if len(events) > 0 {
		parts = append(parts, "events "+strings.Join(events, ", "))
	}
	for _, k := range []string{"page_url", "button_text", "form_field", "form_value", "typed_text", "hashed_identifier", "replay_upload", "chat_data"} {
		if kinds[k] > 0 {
			parts = append(parts, strings.ReplaceAll(k, "_", " "))
		}
	}
	if t.BeforeConsent != nil && *t.BeforeConsent {
		parts = append(parts, "before any consent answer")
	}
	if len(parts) == 0 {
		return ""
	}
	return "; " + strings.Join(parts, "; ")
}

// consentAnswer prefills site.consent_banner only where one recording can
// show it; otherwise it says what the recording does show.
func (an *Analysis) consentAnswer(res *core.Result) {
	const field = "site.consent_banner"
	var sent []Tracker
	for _, t := range an.Trackers {
		if t.Status == "sent_data" && (t.Category == "advertising" || t.Category == "session_replay" || t.Category == "analytics") {
			sent = append(sent, t)
		}
	}
	names := func(ts []Tracker) string {
		var n []string
		for _, t := range ts {
			n = append(n, t.Name)
		}
		if len(n) > 4 {
			n = append(n[:4], fmt.Sprintf("%d more", len(n)-4))
		}
		return strings.Join(n, ", ")
	}
	var before, afterReject []Tracker
	for _, t := range sent {
		if t.BeforeConsent != nil && *t.BeforeConsent {
			before = append(before, t)
		}
		if t.AfterReject != nil && *t.AfterReject {
			afterReject = append(afterReject, t)
		}
	}
	ans, rej := an.Consent.Answer, an.Consent.Rejected
	switch {
	case len(an.Consent.Managers) == 0 && ans == nil && len(sent) > 0:
		res.Answers.Site.ConsentBanner = core.BannerNone
		res.AddEvidence(field, core.Evidence{Quote: fmt.Sprintf("%s sent data and no known consent manager (OneTrust, Cookiebot, TrustArc, Didomi, Osano, Termly, CookieYes, Usercentrics and %d others) appears in the recording", names(sent), an.knownCMPs-8),
			Offset: sent[0].dataIdx, Confidence: 0.4, Where: fmt.Sprintf("request %d", sent[0].dataIdx)})
		res.Warn(field, "No known consent manager appears in this recording, so the checker suggests \"no banner\". One visit cannot prove a banner was absent: a home-made banner, or one shown only to some regions, would not appear in this list. Confirm by opening the site in a private window.")
	case rej != nil && len(afterReject) > 0:
		res.Answers.Site.ConsentBanner = core.BannerNoticeOnly
		res.AddEvidence(field, core.Evidence{Quote: fmt.Sprintf("%s kept sending data after the visitor rejected tracking (%s)", names(afterReject), rej.How),
			Offset: rej.Request, Confidence: 0.7, Where: fmt.Sprintf("request %d", rej.Request)})
		res.Warn(field, "Tags kept sending data after a recorded rejection, so the banner did not stop them: the checker suggests \"it only informed visitors\". Check whether the rejection took effect after a reload before relying on this.")
	case rej != nil && !rej.Prior && len(before) > 0:
		res.Answers.Site.ConsentBanner = core.BannerOptOut
		res.AddEvidence(field, core.Evidence{Quote: fmt.Sprintf("%s sent data before the banner was answered, and nothing after the rejection (%s)", names(before), rej.How),
			Offset: rej.Request, Confidence: 0.7, Where: fmt.Sprintf("request %d", rej.Request)})
	case ans != nil && !ans.Prior && ans.Decision == DecisionAccepted && len(sent) > 0 && len(before) == 0:
		res.Answers.Site.ConsentBanner = core.BannerBlocks
		res.AddEvidence(field, core.Evidence{Quote: fmt.Sprintf("%s sent data only after the visitor accepted (%s)", names(sent), ans.How),
			Offset: ans.Request, Confidence: 0.7, Where: fmt.Sprintf("request %d", ans.Request)})
	case len(before) > 0 && ans == nil:
		res.Warn(field, fmt.Sprintf("%s sent data before any answer to the banner was recorded, so the banner did not hold them back. Record a second visit in which you click \"reject\" to tell an opt-out banner from a notice.", names(before)))
	}
	if !an.cookiesSeen && an.Consent.Requests > 0 {
		res.Warn(field, "This HAR holds no cookies (Chrome's default \"sanitized\" export leaves them out), so a consent choice stored in a cookie cannot be seen. Consent managers' own requests were still read.")
	}
}

// gpcAnswer prefills site.gpc_honored with "no" only when the browser sent
// Sec-GPC: 1 and advertising tags still sent data.
func (an *Analysis) gpcAnswer(res *core.Result) {
	const field = "site.gpc_honored"
	if an.Consent.GPCRequests == 0 {
		return
	}
	var ads []Tracker
	for _, t := range an.Trackers {
		if t.Status == "sent_data" && t.Category == "advertising" && t.GPC {
			ads = append(ads, t)
		}
	}
	if len(ads) == 0 {
		res.Warn(field, fmt.Sprintf("%d request(s) carried the Global Privacy Control signal (Sec-GPC: 1) and no advertising tag sent data: consistent with honoring GPC, though one visit cannot prove it.", an.Consent.GPCRequests))
		return
	}
	res.Answers.Site.GPCHonored = core.No
	for _, t := range ads {
		res.AddEvidence(field, core.Evidence{Quote: fmt.Sprintf("the browser sent Sec-GPC: 1 and %s still sent data", t.Name), Offset: t.dataIdx, Confidence: 0.7, Where: fmt.Sprintf("request %d", t.dataIdx)})
	}
	res.Warn(field, "Advertising tags sent data although the browser signalled Global Privacy Control. Some tags send in a restricted mode when told to; check with the vendor's settings before relying on this.")
}

func (an *Analysis) warnings(res *core.Result) {
	if an.Log.Truncated != nil {
		res.Warn("", fmt.Sprintf("The HAR is incomplete: %v. The %d requests before that point were read.", an.Log.Truncated, an.Log.Entries))
	}
	if n := an.Log.Mistyped; n > 0 {
		res.Warn("", fmt.Sprintf("%d field(s) in this HAR did not have the type HAR 1.2 gives them (the first: %s). The program that wrote it does this; those fields were read as text where that made sense and skipped otherwise, and everything else was read.", n, an.Log.MistypedFirst))
	}
	if an.Log.Entries == 0 {
		res.Warn("", "The HAR records no requests. Export it after the page has loaded, with the Network panel open before you load the page.")
	}
	if an.missingBodies > 0 {
		res.Warn("", fmt.Sprintf("%d tracker request(s) had a body the HAR did not keep (some browsers leave bodies out), so what they sent cannot all be shown.", an.missingBodies))
	}
	for _, name := range sortedCount(an.undecodable) {
		res.Warn("", fmt.Sprintf("%s sent %d body(ies) that are compressed or binary in a way the checker could not open; they were counted, not read.", name, an.undecodable[name]))
	}
	for _, name := range sortedCount(an.overflow) {
		res.Warn("", fmt.Sprintf("%s sent more distinct data than the report lists (%d items left out).", name, an.overflow[name]))
	}
	for _, t := range an.Trackers {
		if t.Status == "loaded_only" && t.Technology != "" {
			res.Warn("site.trackers", fmt.Sprintf("%s loaded its script, but this recording shows no data sent to it. It may send data later (after a click, a form, or consent).", t.Name))
		}
	}
}

func sortedCount(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// summaryLines tells, one line per tag, what fired, when and with what, for
// the CLI and any plain-text view; the privacy note comes last.
func (an *Analysis) summaryLines() []string {
	var out []string
	if len(an.Trackers) == 0 {
		out = append(out, fmt.Sprintf("No known tag in %d requests.", an.Log.Entries))
	}
	for _, t := range an.Trackers {
		var b strings.Builder
		fmt.Fprintf(&b, "%s (%s): ", t.Name, strings.ReplaceAll(t.Category, "_", " "))
		if t.Status == "sent_data" {
			fmt.Fprintf(&b, "sent data in %d of %d requests", t.DataRequests, t.Requests)
		} else {
			fmt.Fprintf(&b, "loaded only (%d requests, no data sent in this recording)", t.Requests)
		}
		if t.FirstMS != nil {
			fmt.Fprintf(&b, ", first at %d ms", *t.FirstMS)
		}
		switch {
		case t.AfterReject != nil && *t.AfterReject:
			b.WriteString(", still sending after the visitor rejected tracking")
		case t.BeforeConsent != nil && *t.BeforeConsent:
			b.WriteString(", before any consent answer")
		case t.BeforeConsent != nil:
			b.WriteString(", only after a consent answer")
		}
		if t.GPC {
			b.WriteString(", despite Sec-GPC: 1")
		}
		if len(t.IDs) > 0 {
			fmt.Fprintf(&b, "; ids %s", strings.Join(t.IDs, ", "))
		}
		var what []string
		seen := map[string]bool{}
		for _, d := range t.DataSent {
			label := strings.ReplaceAll(d.Kind, "_", " ")
			switch d.Kind {
			case "event", "button_text", "typed_text", "chat_text", "form_field":
				label += " \"" + d.Value + "\""
			}
			if strings.HasPrefix(d.Note, "matches ") {
				label += " (" + d.Note + ")"
			}
			if !seen[label] && len(what) < 8 {
				seen[label] = true
				what = append(what, label)
			}
		}
		if len(what) > 0 {
			b.WriteString("; sent: " + strings.Join(what, "; "))
		}
		out = append(out, b.String())
	}
	return append(out, PrivacyNote)
}

// recording is what the answers carry from the HAR into the assessment: each
// tag that sent data, when, against the banner, and the kinds of data with a
// few field names and button texts (never typed values or identifiers).
func (an *Analysis) recording() *core.Recording {
	var tags []core.RecordedTag
	for _, t := range an.Trackers {
		if t.Status != "sent_data" {
			continue
		}
		rt := core.RecordedTag{Name: t.Name, Technology: t.Technology, FirstDataMS: t.FirstDataMS,
			BeforeConsent: t.BeforeConsent, AfterReject: t.AfterReject}
		kinds := map[string]bool{}
		seen := map[string]bool{}
		for _, d := range t.DataSent {
			kinds[d.Kind] = true
			if (d.Kind == "form_field" || d.Kind == "button_text") && d.Value != "" && !seen[d.Value] && len(rt.Examples) < 4 {
				seen[d.Value] = true
				rt.Examples = append(rt.Examples, d.Value)
			}
		}
		for _, k := range recordedKinds {
			if kinds[k] {
				rt.Sent = append(rt.Sent, k)
			}
		}
		tags = append(tags, rt)
	}
	if len(tags) == 0 {
		return nil
	}
	return &core.Recording{Tags: tags}
}

// recordedKinds are the kinds of data the assessment names, most telling
// first.
var recordedKinds = []string{"hashed_identifier", "form_value", "typed_text", "chat_text", "replay_upload", "form_field", "button_text", "page_url", "event"}
