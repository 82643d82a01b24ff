package e2e

import (
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// key sends one key to the page, as a keyboard does.
func (v *view) key(k string) {
	v.t.Helper()
	require.NoError(v.t, chromedp.Do(v.ctx, chromedp.KeyEvent(k)))
}

// focused is the id of the element that has the keyboard focus.
func (v *view) focused() string {
	v.t.Helper()
	return v.str(`document.activeElement ? document.activeElement.id : ""`)
}

// redrawn returns once the page has drawn what the last event changed
// (two of the driver's settles: the event's redraw, then anything it set off).
func (v *view) redrawn() {
	v.t.Helper()
	v.eval(`window.__e2e.settle().then(() => window.__e2e.settle())`, nil)
}

// TestKeyboardOnly starts the checker and answers the first question page
// with the keyboard alone: Tab to a control, type, Space to choose, Enter to
// press, as a user without a mouse does.
func TestKeyboardOnly(t *testing.T) {
	v := surfaces()[0].open(t)
	v.driver()
	tabTo := func(id string) {
		t.Helper()
		for i := 0; i < 40; i++ {
			if v.focused() == id {
				return
			}
			v.key(kb.Tab)
		}
		t.Fatalf("Tab never reached #%s", id)
	}

	// reach tabs to a control and, once the page has drawn what leaving the
	// last box changed ("Read as: ..."), checks that the focus stayed there:
	// a redraw that drops it leaves a keyboard user's Enter going nowhere.
	reach := func(id string) {
		t.Helper()
		tabTo(id)
		v.redrawn()
		require.Equal(t, id, v.focused(), "the redraw after leaving a box took the focus from #%s", id)
	}
	// The app moves the focus to a new page's heading two animation frames
	// after drawing it, so that screen readers announce the page. A key
	// pressed before then would go where the focus is about to leave: wait
	// for the heading, as a person's eyes would.
	heading := func(what string) {
		t.Helper()
		v.wait(`document.activeElement && document.activeElement.id === "ct-heading"`, "the heading of "+what+" to take the focus, so screen readers announce it")
	}

	tabTo("ct-start")
	v.key(kb.Enter)
	v.wait(`document.getElementById("letter-date")`, "the first question after Enter on Start")
	heading("the first question")

	// A date is typed as people write it.
	tabTo("letter-date")
	v.key("2026-10-01")
	tabTo("letter-received")
	v.key("10/5/2026")
	reach("ct-continue")
	v.key(kb.Enter)
	v.wait(`window.__e2e.page() === "letter.response_deadline"`, "the next page after Enter on Continue")
	heading("the next page")

	// A choice page: Space ticks a checkbox.
	// press presses a button with Enter and waits for the page it leads to.
	press := func(button string) {
		t.Helper()
		from := v.page()
		reach(button)
		v.key(kb.Enter)
		v.wait(`window.__e2e.page() !== `+strconv.Quote(from), "a new page after Enter on #"+button+" on "+from)
		heading(v.page())
	}
	for v.page() != "letter.statutes" {
		press("ct-continue")
	}
	tabTo("letter-statutes-631")
	v.key(" ")
	assert.True(t, v.truth(`document.getElementById("letter-statutes-631").checked`))

	// Back, by keyboard, finds the dates as typed.
	for v.page() != "letter.date" {
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
			v.eval(`window.__e2e.step({})`, nil)
			v.wait(`document.getElementById("letter-received")`, "the first question")
			v.eval(`document.getElementById("letter-received").focus(), true`, nil)
			for i := 0; i < 5; i++ {
				v.eval(`(document.getElementById("letter-received").value = "", true)`, nil)
				v.key("10/5/2026")
				v.key(kb.Tab)
				v.wait(`document.getElementById("letter-received-understood").innerText.includes("Read as")`, "the date read back")
				v.redrawn()
				require.Equal(t, "letter-received-unknown", v.focused(), "round %d: after Tab out of the date box", i)
				// Back into the date box, ready for the next round.
				v.eval(`document.getElementById("letter-received").focus(), true`, nil)
			}
			v.eval(`document.getElementById("letter-received-unknown").focus(), true`, nil)
			v.key(" ")
			v.wait(`document.getElementById("letter-received-understood").innerText.includes("I don't know")`, "the box to say I don't know")
			v.redrawn()
			assert.True(t, v.truth(`document.getElementById("letter-received-unknown").checked`))
			assert.Equal(t, "letter-received-unknown", v.focused(), "after Space on I don't know")
		})
	}
}
