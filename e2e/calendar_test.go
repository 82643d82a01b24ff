package e2e

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCalendarDownload: "Add the dates to your calendar" gives an iCalendar
// file, made in the page, that a full iCalendar library reads back, with the
// response deadline as an all-day event and the notice in every description.
func TestCalendarDownload(t *testing.T) {
	parallel(t)
	for _, s := range surfaces()[:2] {
		t.Run(s.name, func(t *testing.T) {
			v := s.open(t)
			dir := downloadDir(t, v.ctx)
			r := completeScenario(t, v, scenarios()[0])
			v.eval(`document.getElementById("ct-download-ics").click()`, nil)
			file := waitForDownloads(t, dir, 1)[0]
			assert.True(t, strings.HasSuffix(file, ".ics"), file)
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			cal, err := ics.ParseCalendar(bytes.NewReader(data))
			require.NoError(t, err, "%s", data)
			events := cal.Events()
			require.NotEmpty(t, events)
			today := time.Now().Format(time.DateOnly)
			sawDeadline := false
			for _, e := range events {
				start, err := e.GetAllDayStartAt()
				require.NoError(t, err)
				day := start.Format(time.DateOnly)
				assert.GreaterOrEqual(t, day, today, "only dates still to come")
				assert.Contains(t, e.GetProperty(ics.ComponentPropertyDescription).Value, "not legal advice")
				if day == r.Deadline {
					sawDeadline = true
				}
			}
			if r.Deadline >= today {
				assert.True(t, sawDeadline, "the deadline %s is in the calendar", r.Deadline)
			}
		})
	}
}
