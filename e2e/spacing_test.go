package e2e

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLegendHintGap walks the questionnaire and measures, on every page, the
// space between a question's heading inside its legend and the hint under
// it: 16 px by the stylesheet, at least 12 in any engine. The Firefox and
// WebKit smoke suite (e2e/engines) makes the same check there.
func TestLegendHintGap(t *testing.T) {
	parallel(t)
	v := surfaces()[0].open(t)
	v.driver()
	a, err := json.Marshal(scenarios()[0].answers)
	require.NoError(t, err)
	var gaps []float64
	for i := 0; i < 80; i++ {
		var gap *float64
		v.eval(`window.__e2e.legendHintGap()`, &gap)
		if gap != nil {
			gaps = append(gaps, *gap)
		}
		var st struct {
			Page, Error string
			Done        bool
		}
		v.eval(fmt.Sprintf(`window.__e2e.step(%s)`, a), &st)
		require.Empty(t, st.Error, "page %q", st.Page)
		if st.Done {
			break
		}
	}
	require.NotEmpty(t, gaps, "no question had a heading in its legend and a hint, so nothing was measured")
	for _, g := range gaps {
		assert.GreaterOrEqual(t, g, 12.0, "a question heading sits %.1f px above its hint", g)
	}
}
