//go:build js && wasm

package main

import (
	"github.com/cipa-triage/cipa-triage/web"
	"github.com/hack-pad/safejs"
)

// historyKey names the page id in each history entry's state. Only the
// state changes, never the address: the embed runs in an iframe whose
// address carries its configuration in the hash, and the single file is
// opened from file://, where changing the address is refused.
const historyKey = "cipaTriagePage"

// PushPage adds (or, with replace, rewrites) a history entry for the page.
func (browser) PushPage(id string, replace bool) {
	h, err := global("history")
	if err != nil {
		return
	}
	method := "pushState"
	if replace {
		method = "replaceState"
	} else if cur, err := path(h, "state", historyKey); err == nil && cur.Type() == safejs.TypeString {
		if s, _ := cur.String(); s == id {
			return // already there: no empty step for Back
		}
	}
	_, _ = h.Call(method, map[string]any{historyKey: id}, "")
}

// listenHistory shows the page of the entry the browser's Back or Forward
// moved to. Entries from before the checker (no page id) are left alone.
func listenHistory(app *web.App) error {
	win, err := global("window")
	if err != nil {
		return err
	}
	onPop, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if len(args) == 0 {
			return nil
		}
		v, err := path(args[0], "state", historyKey)
		if err != nil || v.Type() != safejs.TypeString {
			return nil
		}
		if id, err := v.String(); err == nil {
			app.ShowPage(id)
		}
		return nil
	})
	if err != nil {
		return err
	}
	_, err = win.Call("addEventListener", "popstate", onPop)
	return err // the listener lives as long as the page
}
