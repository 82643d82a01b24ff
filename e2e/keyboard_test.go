package e2e

import (
	"strconv"
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

	// The app moves the focus to a new page's heading two animation frames
	// after drawing it, so that screen readers announce the page. A key
	// pressed before then would go where the focus is about to leave: wait
	// for the heading, as a person's eyes would.
	// reach tabs to a control and, once the page has drawn what leaving the
	// last box changed ("Read as: ..."), checks that the focus stayed there:
	// a redraw that drops it leaves a keyboard user's Enter going nowhere.
	reach := func(id string) {
		t.Helper()
		tabTo(id)
		v.eval(`window.__e2e.settle().then(() => window.__e2e.settle())`, nil)
		require.Equal(t, id, v.str(`document.activeElement ? document.activeElement.id : ""`), "the redraw after leaving a box took the focus from #%s", id)
	}
	heading := func(what string) {
		t.Helper()
		v.wait(`document.activeElement && document.activeElement.id === "ct-heading"`, "the heading of "+what+" to take the focus, so screen readers announce it")
	}

	tabTo("ct-start")
	key(kb.Enter)
	v.wait(`document.getElementById("letter-date")`, "the first question after Enter on Start")
	heading("the first question")

	// A date is typed as people write it.
	tabTo("letter-date")
	key("2026-10-01")
	tabTo("letter-received")
	key("10/5/2026")
	reach("ct-continue")
	key(kb.Enter)
	v.wait(`window.__e2e.page() === "letter.response_deadline"`, "the next page after Enter on Continue")
	heading("the next page")

	// A choice page: Space ticks a checkbox.
	// press presses a button with Enter and waits for the page it leads to.
	press := func(button string) {
		t.Helper()
		from := v.str(`window.__e2e.page()`)
		reach(button)
		key(kb.Enter)
		v.wait(`window.__e2e.page() !== `+strconv.Quote(from), "a new page after Enter on #"+button+" on "+from)
		heading(v.str(`window.__e2e.page()`))
	}
	for v.str(`window.__e2e.page()`) != "letter.statutes" {
		press("ct-continue")
	}
	tabTo("letter-statutes-631")
	key(" ")
	assert.True(t, v.truth(`document.getElementById("letter-statutes-631").checked`))

	// Back, by keyboard, finds the dates as typed.
	for v.str(`window.__e2e.page()`) != "letter.date" {
		press("ct-back")
	}
	assert.Equal(t, "2026-10-01", v.str(`document.getElementById("letter-date").value`))
	assert.Equal(t, "10/5/2026", v.str(`document.getElementById("letter-received").value`))
}

// TestFocusSurvivesRedraw: leaving a date box redraws the page to say what
// was read ("Read as: ..."), and ticking "I don't know" redraws it too; the
// keyboard focus stays on the control the user moved to. (vecty moved the
// page's node on every redraw, which sent the focus to the body.)
func TestFocusSurvivesRedraw(t *testing.T) {
	parallel(t)
	for _, s := range surfaces() {
		t.Run(s.name, func(t *testing.T) {
			v := s.open(t)
			v.driver()
			key := func(k string) { require.NoError(t, chromedp.Do(v.ctx, chromedp.KeyEvent(k))) }
			focused := func() string { return v.str(`document.activeElement ? document.activeElement.id : ""`) }
			settle := func() { v.eval(`window.__e2e.settle().then(() => window.__e2e.settle())`, nil) }
			v.eval(`window.__e2e.step({})`, nil)
			v.wait(`document.getElementById("letter-received")`, "the first question")
			v.eval(`document.getElementById("letter-received").focus(), true`, nil)
			for i := 0; i < 5; i++ {
				v.eval(`(document.getElementById("letter-received").value = "", true)`, nil)
				key("10/5/2026")
				key(kb.Tab)
				v.wait(`document.getElementById("letter-received-understood").innerText.includes("Read as")`, "the date read back")
				settle()
				require.Equal(t, "letter-received-unknown", focused(), "round %d: after Tab out of the date box", i)
				// Shift+Tab back, ready for the next round.
				v.eval(`document.getElementById("letter-received").focus(), true`, nil)
			}
			v.eval(`document.getElementById("letter-received-unknown").focus(), true`, nil)
			key(" ")
			v.wait(`document.getElementById("letter-received-understood").innerText.includes("I don't know")`, "the box to say I don't know")
			settle()
			assert.True(t, v.truth(`document.getElementById("letter-received-unknown").checked`))
			assert.Equal(t, "letter-received-unknown", focused(), "after Space on I don't know")
		})
	}
}
