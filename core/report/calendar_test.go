package report_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/report"
	"github.com/cipa-triage/cipa-triage/internal/golden"
)

// The example matter's calendar, parsed back by a full iCalendar library:
// every future timeline date is there as an all-day event, nothing past is,
// and each description ends with the notice.
func TestCalendarParsesBack(t *testing.T) {
	a := assess(t, "../../examples/answers.json")
	events := report.MatterEvents(a, "Doe v. Example Shop")
	require.NotEmpty(t, events)
	data := report.ICS("CIPA letter dates", a.AsOf, events)
	golden.Check(t, filepath.Join("testdata", "example.ics"), data)

	cal, err := ics.ParseCalendar(bytes.NewReader(data))
	require.NoError(t, err)
	got := cal.Events()
	require.Len(t, got, len(events))

	var wantDays []string
	for _, e := range a.Timeline {
		if e.Kind != core.EventPast && !e.Date.Before(a.AsOf) && !(e.Kind == core.EventAction && e.Date.Equal(a.AsOf)) {
			wantDays = append(wantDays, e.Date.String())
		}
	}
	var gotDays []string
	sawDeadline := false
	for _, e := range got {
		start, err := e.GetAllDayStartAt()
		require.NoError(t, err)
		end, err := e.GetAllDayEndAt()
		require.NoError(t, err)
		assert.Equal(t, start.AddDate(0, 0, 1), end, "one whole day")
		gotDays = append(gotDays, start.Format(time.DateOnly))
		sum := e.GetProperty(ics.ComponentPropertySummary).Value
		assert.True(t, strings.HasPrefix(sum, "Doe v. Example Shop: "), sum)
		desc := e.GetProperty(ics.ComponentPropertyDescription).Value
		assert.Contains(t, desc, "not legal advice")
		if start.Format(time.DateOnly) == a.Deadline.String() && strings.Contains(sum, "Respond") {
			sawDeadline = true
		}
	}
	assert.Equal(t, wantDays, gotDays)
	assert.True(t, sawDeadline, "the response deadline is an event")
}

// Lines are folded at 75 octets without splitting a character, end in CRLF,
// and text values escape commas, semicolons, backslashes and newlines.
func TestCalendarFoldsAndEscapes(t *testing.T) {
	long := strings.Repeat("Reply through counsel; keep evidence, ", 6) + "é€ and a back\\slash\nnew line"
	data := report.ICS("Test", core.MustDate("2026-12-02"), []report.CalendarEvent{
		{Date: core.MustDate("2027-01-01"), Title: "SB 690, operative", Detail: long},
	})
	s := string(data)
	require.True(t, strings.HasSuffix(s, "\r\n"))
	for _, l := range strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		assert.LessOrEqual(t, len(l), 75, "line %q", l)
		assert.True(t, utf8.ValidString(l), "line %q splits a character", l)
		assert.NotContains(t, l, "\n")
	}
	assert.Contains(t, s, `SUMMARY:SB 690\, operative`)
	cal, err := ics.ParseCalendar(strings.NewReader(s))
	require.NoError(t, err)
	require.Len(t, cal.Events(), 1)
	desc := cal.Events()[0].GetProperty(ics.ComponentPropertyDescription).Value
	unfolded := strings.NewReplacer(`\n`, "\n", `\,`, ",", `\;`, ";", `\\`, `\`).Replace(desc)
	assert.True(t, strings.HasPrefix(unfolded, long), "description survives folding and escaping: %q", unfolded)

	// The same input gives the same bytes (stable UIDs and stamp).
	again := report.ICS("Test", core.MustDate("2026-12-02"), []report.CalendarEvent{
		{Date: core.MustDate("2027-01-01"), Title: "SB 690, operative", Detail: long},
	})
	assert.Equal(t, data, again)
}

func TestCalendarFileName(t *testing.T) {
	assert.Equal(t, "cipa-triage-dates.ics", report.CalendarFileName(""))
	assert.Equal(t, "cipa-triage-roe-v-acme-inc.ics", report.CalendarFileName("Roe v. Acme, Inc."))
}
