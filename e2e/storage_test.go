package e2e

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// storageJS lists what the page keeps in the browser, by kind.
const storageJS = `(async () => ({
	Local: Object.keys(localStorage),
	Session: Object.keys(sessionStorage),
	Cookie: document.cookie,
	IndexedDB: indexedDB.databases ? (await indexedDB.databases()).map(d => d.name) : [],
	Caches: self.caches ? await caches.keys() : [],
}))()`

type stored struct {
	Local, Session, IndexedDB, Caches []string
	Cookie                            string
}

// TestStorageOnlyByChoice is the promise that nothing is kept on the device
// beyond the tab unless the visitor chooses it (SECURITY.md): answers live
// in sessionStorage, which the browser clears with the tab; only "Remember
// on this device" moves them to localStorage, and "Forget everything"
// clears both. No cookie, IndexedDB or cache is ever written.
func TestStorageOnlyByChoice(t *testing.T) {
	parallel(t)
	v := surfaces()[0].open(t)
	fill(t, v, firstAnswers, 3)
	var s stored
	v.eval(storageJS, &s)
	assert.Equal(t, stored{Session: []string{"cipa-triage:answers:v1"}}, clean(s), "by default only the tab keeps the answers")

	v.eval(`document.getElementById("ct-remember").click(); window.__e2e.settle()`, nil)
	v.eval(storageJS, &s)
	assert.Equal(t, stored{Local: []string{"cipa-triage:answers:v1"}}, clean(s), "remembered: on the device, and no longer in the tab's copy")

	v.eval(`document.getElementById("ct-forget").click(); window.__e2e.settle()`, nil)
	v.wait(`document.getElementById("ct-forget-yes")`, "the confirmation Forget asks for")
	v.eval(`document.getElementById("ct-forget-yes").click(); window.__e2e.settle()`, nil)
	v.eval(storageJS, &s)
	assert.Equal(t, stored{}, clean(s), "forgotten: nothing left")
}

// clean makes empty lists nil, so that "nothing" compares equal however the
// browser spells it.
func clean(s stored) stored {
	for _, l := range []*[]string{&s.Local, &s.Session, &s.IndexedDB, &s.Caches} {
		if len(*l) == 0 {
			*l = nil
		}
	}
	return s
}
