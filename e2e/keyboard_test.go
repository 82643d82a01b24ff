package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestKeyboardOnly starts the checker and answers the first question page
// with the keyboard alone: Tab to a control, type, Space to choose, Enter to
// press, as a user without a mouse does.
func TestKeyboardOnly(t *testing.T) {
	v := surfaces()[0].open(t)
	v.driver()
	key := func(k string) { require.NoError(t, chromedp.Do(v.ctx, chromedp.KeyEvent(k))) }
	tabTo := func(id string) {
		t.Helper()
		for i := 0; i < 40; i++ {
			if v.str(`document.activeElement ? document.activeElement.id : ""`) == id {
				return
			}
			key(kb.Tab)
		}
		t.Fatalf("Tab never reached #%s", id)
	}

	tabTo("ct-start")
	key(kb.Enter)
	v.wait(`document.getElementById("letter-date")`, "the first question after Enter on Start")
	assert.Equal(t, "ct-heading", v.str(`document.activeElement.id`), "the new page's heading takes the focus, so screen readers announce it")

	// A date is typed as people write it.
	tabTo("letter-date")
	key("2026-10-01")
	tabTo("letter-received")
	key("10/5/2026")
	tabTo("ct-continue")
	key(kb.Enter)
	v.wait(`window.__e2e.page() === "letter.response_deadline"`, "the next page after Enter on Continue")

	// A choice page: Space ticks a checkbox.
	for v.str(`window.__e2e.page()`) != "letter.statutes" {
		tabTo("ct-continue")
		key(kb.Enter)
		v.eval(`window.__e2e.settle()`, nil)
	}
	tabTo("letter-statutes-631")
	key(" ")
	assert.True(t, v.truth(`document.getElementById("letter-statutes-631").checked`))

	// Back, by keyboard, finds the dates as typed.
	for v.str(`window.__e2e.page()`) != "letter.date" {
		tabTo("ct-back")
		key(kb.Enter)
		v.eval(`window.__e2e.settle()`, nil)
	}
	assert.Equal(t, "2026-10-01", v.str(`document.getElementById("letter-date").value`))
	assert.Equal(t, "10/5/2026", v.str(`document.getElementById("letter-received").value`))
}
