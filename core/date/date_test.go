package date_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core/date"
)

// The one contract: YYYY-MM-DD written down, days that exist built from parts.
func TestContract(t *testing.T) {
	d, err := date.Parse("2026-12-15")
	require.NoError(t, err)
	assert.Equal(t, "December 15, 2026", d.Long())
	for _, bad := range []string{"2026-02-30", "12/15/2026", "2026-1-5", ""} {
		_, err := date.Parse(bad)
		assert.Error(t, err, bad)
	}
	n, ok := date.New(2028, time.February, 29)
	assert.True(t, ok)
	assert.Equal(t, "2028-02-29", n.String())
	for _, bad := range [][3]int{{2026, 2, 29}, {2026, 4, 31}, {2026, 13, 1}, {2026, 0, 1}, {2026, 1, 0}} {
		_, ok := date.New(bad[0], time.Month(bad[1]), bad[2])
		assert.False(t, ok, "%v", bad)
	}
	b, err := json.Marshal(struct {
		D date.Date `json:"d"`
		Z date.Date `json:"z"`
	}{D: d})
	require.NoError(t, err)
	assert.JSONEq(t, `{"d":"2026-12-15","z":null}`, string(b))
	var back struct{ D date.Date }
	require.NoError(t, json.Unmarshal([]byte(`{"D":"2026-12-15"}`), &back))
	assert.True(t, back.D.Equal(d))
	assert.Error(t, json.Unmarshal([]byte(`{"D":"2026-02-30"}`), &back))
}
