package core

import (
	"sort"
	"strings"
)

// sentKeys names, for each kind of data a tag can send, the wording entry
// that says it in plain words.
var sentKeys = map[string]string{
	"hashed_identifier": "evidence.sent.hashed_identifier",
	"form_value":        "evidence.sent.form_value",
	"typed_text":        "evidence.sent.typed_text",
	"chat_text":         "evidence.sent.chat_text",
	"replay_upload":     "evidence.sent.replay_upload",
	"form_field":        "evidence.sent.form_field",
	"button_text":       "evidence.sent.button_text",
	"page_url":          "evidence.sent.page_url",
	"event":             "evidence.sent.event",
}

// maxRecordedTags is how many tags the finding describes one by one.
const maxRecordedTags = 3

// recordingFacts says what a HAR recording showed, tag by tag: what fired,
// how many milliseconds after the page began to load, before or after an
// answer to the banner, and what it sent, as the facts a lawyer asks for.
func recordingFacts(m *matter) []string {
	r := m.a.Site.Recording
	if r == nil {
		return nil
	}
	// The tags the letter blames come first.
	tags := append([]RecordedTag(nil), r.Tags...)
	named := map[string]bool{}
	for _, t := range m.a.Letter.Technologies {
		named[t] = true
	}
	sort.SliceStable(tags, func(i, j int) bool { return named[tags[i].Technology] && !named[tags[j].Technology] })
	var out []string
	for i, t := range tags {
		if i == maxRecordedTags {
			out = append(out, sayText("evidence.more_tags", "n", len(tags)-maxRecordedTags))
			break
		}
		var sent []string
		for _, k := range t.Sent {
			key, ok := sentKeys[k]
			if !ok {
				key = "evidence.sent.unknown"
			}
			sent = append(sent, sayText(key))
		}
		if len(sent) == 0 {
			sent = append(sent, sayText("evidence.sent.unknown"))
		}
		var ms int
		timed := t.FirstDataMS != nil
		if timed {
			ms = int(*t.FirstDataMS)
		}
		vars := []any{"tag", t.Name, "ms", count(ms), "sent", sent}
		var s string
		switch {
		case t.AfterReject != nil && *t.AfterReject && timed:
			s = sayText("evidence.tag.after_reject", vars...)
		case t.BeforeConsent != nil && *t.BeforeConsent && timed:
			s = sayText("evidence.tag.before_consent", vars...)
		case t.BeforeConsent != nil && *t.BeforeConsent:
			s = sayText("evidence.tag.before_consent_no_time", vars...)
		case t.BeforeConsent != nil && timed:
			s = sayText("evidence.tag.after_accept", vars...)
		case timed:
			s = sayText("evidence.tag.sent", vars...)
		default:
			s = sayText("evidence.tag.sent_no_time", vars...)
		}
		out = append(out, s)
		if len(t.Examples) > 0 {
			quoted := make([]string, len(t.Examples))
			for j, x := range t.Examples {
				quoted[j] = "\"" + x + "\""
			}
			out = append(out, sayText("evidence.examples", "examples", quoted))
		}
	}
	return out
}

// recordingFile is the HAR file's name when the answers came with one.
func recordingFile(m *matter) string {
	if r := m.a.Site.Recording; r != nil {
		return strings.TrimSpace(r.File)
	}
	return ""
}
