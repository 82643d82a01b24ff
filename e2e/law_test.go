package e2e

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLawPage: the results say when the law was last reviewed and show the
// § 638.51 letter's exposure per theory; a button opens the list of legal
// changes, newest first with date, source and confirm flag, and Back
// returns to the results.
func TestLawPage(t *testing.T) {
	parallel(t)
	v := surfaces()[0].open(t)
	completeScenario(t, v, scenarios()[0])
	assert.Contains(t, v.str(`document.querySelector("#law-reviewed").innerText`), "Law reviewed on December 2, 2026")
	assert.Equal(t, "pen_register", v.str(`document.querySelector("#exposure-theories li[data-id]").dataset.id`))
	assert.Contains(t, v.str(`document.querySelector("#exposure-theories").innerText`), "January 1, 2027")
	assert.NotEmpty(t, v.str(`document.querySelector("#costs-note").innerText`), "the total says what it includes")

	v.eval(`document.querySelector("#ct-to-law").click()`, nil)
	v.wait(`document.querySelectorAll("#law-changes tbody tr").length > 10`, "the list of legal changes")
	var rows []struct {
		On      string `json:"on"`
		ID      string `json:"id"`
		Confirm string `json:"confirm"`
		Href    string `json:"href"`
	}
	v.eval(`[...document.querySelectorAll("#law-changes tbody tr")].map(r => ({on: r.dataset.on, id: r.dataset.id, confirm: r.dataset.confirm, href: r.querySelector("a").href}))`, &rows)
	require.NotEmpty(t, rows)
	assert.Equal(t, "sb_690", rows[0].ID)
	assert.Equal(t, "2027-01-01", rows[0].On)
	assert.Equal(t, "true", rows[0].Confirm)
	for i, r := range rows {
		assert.NotEmpty(t, r.Href, r.ID)
		if i > 0 {
			assert.GreaterOrEqual(t, rows[i-1].On, r.On, "newest first")
		}
	}
	assert.Equal(t, "What changed in the law", v.str(`document.getElementById("ct-heading").innerText`))

	v.eval(`document.querySelector("#ct-back").click()`, nil)
	v.wait(`!!document.querySelector('[data-page="results"]')`, "back on the results page")
}
