package report

import (
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"strings"
	"unicode/utf8"

	"github.com/cipa-triage/cipa-triage/core"
)

// CalendarEvent is one all-day entry of an iCalendar file: a date and what
// falls due on it, for one matter.
type CalendarEvent struct {
	Date    core.Date
	Title   string
	Detail  string
	Matter  string // which matter it belongs to ("Roe v. Acme", a file name); may be empty
	Sources []string
}

// calendarNotice ends every event's description: a calendar entry travels
// alone, away from the report that explains it.
const calendarNotice = "From cipa-triage, a checklist run on your own device: information, not legal advice. Confirm every date with a lawyer."

// MatterEvents lists the dates in an assessment worth a calendar entry: the
// response deadline, what follows it, the fee-payment clock, limitation dates
// and law changes. Past entries and today's to-do items are left out: a
// calendar is for what is still to come.
func MatterEvents(a core.Assessment, matter string) []CalendarEvent {
	titles := map[string]string{}
	for _, c := range a.Citations {
		titles[c.ID] = c.Title
	}
	var out []CalendarEvent
	for _, e := range a.Timeline {
		if e.Kind == core.EventPast || e.Date.IsZero() || e.Date.Before(a.AsOf) {
			continue
		}
		if e.Kind == core.EventAction && e.Date.Equal(a.AsOf) {
			continue
		}
		ev := CalendarEvent{Date: e.Date, Title: e.Title, Detail: e.Detail, Matter: matter}
		for _, id := range e.Citations {
			if t, ok := titles[id]; ok {
				ev.Sources = append(ev.Sources, t)
			}
		}
		out = append(out, ev)
	}
	return out
}

// ICS renders events as an iCalendar file (RFC 5545) of all-day events, which
// any calendar program imports. stamp is the moment the file describes (the
// assessment's as-of day), so the same matter gives the same bytes, and each
// event's UID is derived from its content so that importing the file again
// updates entries rather than doubling them.
//
// The writer is ours (about 80 lines) rather than a library's: it must run in
// the browser's first module, whose size is budgeted, and all-day events need
// only escaping and line folding. Tests parse the output back with a full
// iCalendar library.
func ICS(name string, stamp core.Date, events []CalendarEvent) []byte {
	var b strings.Builder
	line := func(s string) { b.WriteString(fold(s)) }
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//cipa-triage//CIPA demand letter triage//EN")
	line("CALSCALE:GREGORIAN")
	line("METHOD:PUBLISH")
	if name != "" {
		line("X-WR-CALNAME:" + escapeText(name))
	}
	dtstamp := "00000000T000000Z"
	if !stamp.IsZero() {
		dtstamp = stamp.Time().Format("20060102") + "T000000Z"
	}
	for _, e := range events {
		if e.Date.IsZero() {
			continue
		}
		summary := e.Title
		if e.Matter != "" {
			summary = e.Matter + ": " + e.Title
		}
		desc := e.Detail
		if len(e.Sources) > 0 {
			desc += "\n\nSources: " + strings.Join(e.Sources, "; ") + "."
		}
		desc += "\n\n" + calendarNotice
		day := e.Date.Time().Format("20060102")
		next := e.Date.AddDays(1).Time().Format("20060102")
		line("BEGIN:VEVENT")
		line("UID:" + eventUID(day, summary) + "@cipa-triage")
		line("DTSTAMP:" + dtstamp)
		line("DTSTART;VALUE=DATE:" + day)
		line("DTEND;VALUE=DATE:" + next)
		line("SUMMARY:" + escapeText(summary))
		line("DESCRIPTION:" + escapeText(desc))
		line("TRANSP:TRANSPARENT")
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	return []byte(b.String())
}

func eventUID(day, summary string) string {
	// FNV rather than SHA-256: a UID needs to be stable and unlikely to
	// collide, not secret, and hash/fnv adds nothing to the browser build.
	h := fnv.New128a()
	h.Write([]byte(day + "\x00" + summary))
	return hex.EncodeToString(h.Sum(nil))
}

// escapeText escapes a TEXT value (RFC 5545 section 3.3.11).
func escapeText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return r.Replace(s)
}

// fold breaks a content line into lines of at most 75 octets, each
// continuation starting with a space, never inside a UTF-8 character, and
// ends it with CRLF (RFC 5545 section 3.1).
func fold(s string) string {
	const limit = 75
	var b strings.Builder
	first := true
	for len(s) > 0 {
		max := limit
		if !first {
			max = limit - 1 // the leading space counts
		}
		if len(s) <= max {
			if !first {
				b.WriteByte(' ')
			}
			b.WriteString(s)
			break
		}
		cut := max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		if !first {
			b.WriteByte(' ')
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n")
		s = s[cut:]
		first = false
	}
	b.WriteString("\r\n")
	return b.String()
}

// CalendarFileName is a safe download name for a matter's calendar.
func CalendarFileName(matter string) string {
	if matter == "" {
		return "cipa-triage-dates.ics"
	}
	var b strings.Builder
	for _, r := range strings.ToLower(matter) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		default:
			if s := b.String(); s != "" && !strings.HasSuffix(s, "-") {
				b.WriteByte('-')
			}
		}
	}
	return fmt.Sprintf("cipa-triage-%s.ics", strings.Trim(b.String(), "-"))
}
