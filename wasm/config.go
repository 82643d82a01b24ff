//go:build js && wasm

package main

import (
	"time"

	"github.com/cipa-triage/cipa-triage/web/model"
	"github.com/hack-pad/safejs"
)

// embedWait bounds how long a checker framed by embed.js waits for its
// parent's details before it starts without them. embed.js answers at once;
// the bound only matters when something is broken.
const embedWait = 2 * time.Second

// readConfig gives the firm's details: the page's pinned configuration, and
// in a frame that embed.js made, what the parent page sends, where
// model.Site.Resolve allows it. The address is never a source (see
// web/model/site.go). Problems go to the console for the firm's web team;
// visitors never see a half-configured page fail.
//
// The app starts once the parent has answered, so that the firm does not
// appear a moment after the page; if the answer takes longer than embedWait
// (a starved phone), the app starts without it and later receives it.
func readConfig() (model.Config, <-chan model.Config) {
	site, notes := pinnedSite()
	report(notes)
	self, hash := "", ""
	if loc, err := global("location"); err == nil {
		self, _ = str(loc, "origin")
		hash, _ = str(loc, "hash")
	}
	resolve := func(e *model.Embed) model.Config {
		cfg, notes := site.Resolve(self, hash, e)
		report(notes)
		return cfg
	}
	var answers <-chan model.Embed
	if hash == model.EmbedHash {
		answers = askParent()
	}
	if answers == nil {
		return resolve(nil), nil
	}
	select {
	case e := <-answers:
		return resolve(&e), nil
	case <-time.After(embedWait):
		later := make(chan model.Config, 1)
		go func() {
			e := <-answers
			later <- resolve(&e)
		}()
		return site.Firm, later
	}
}

func report(notes []string) {
	for _, n := range notes {
		consoleError("cipa-triage configuration: " + n)
	}
}

// pinnedSite reads <script type="application/json" id="cipa-triage-config">.
func pinnedSite() (model.Site, []string) {
	el, err := byID(model.PinnedElementID)
	if err != nil {
		return model.Site{}, nil
	}
	text, err := str(el, "textContent")
	if err != nil {
		return model.Site{Pinned: true}, []string{"the pinned configuration could not be read: " + err.Error()}
	}
	return model.ParseSite([]byte(text))
}

// askParent asks the parent window for the firm's details; the first answer
// arrives on the channel. Only a message whose source is the parent window
// counts (any other frame or window could post one); its origin is judged by
// model.Site.Resolve. nil: not in a frame, or the browser refused.
func askParent() <-chan model.Embed {
	win, err := global("window")
	if err != nil {
		return nil
	}
	parent, err := path(win, "parent")
	if err != nil || parent.Equal(win) {
		return nil // not in a frame: nobody to ask
	}
	got := make(chan model.Embed, 1)
	var onMessage safejs.Func
	onMessage, err = safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if len(args) == 0 {
			return nil
		}
		ev := args[0]
		if src, err := ev.Get("source"); err != nil || !src.Equal(parent) {
			return nil
		}
		data, err := ev.Get("data")
		if err != nil || data.Type() != safejs.TypeObject {
			return nil
		}
		if typ, err := str(data, "type"); err != nil || typ != model.ConfigType {
			return nil
		}
		cfg, err := str(data, "config")
		if err != nil {
			return nil
		}
		origin, _ := str(ev, "origin")
		// The first answer counts; later ones are not listened for.
		_, _ = win.Call("removeEventListener", "message", onMessage)
		select {
		case got <- model.Embed{Origin: origin, Config: []byte(cfg)}:
		default:
		}
		return nil
	})
	if err != nil {
		return nil
	}
	if _, err := win.Call("addEventListener", "message", onMessage); err != nil {
		onMessage.Release()
		return nil
	}
	// The request carries nothing but its tag, so any target may read it.
	if _, err := parent.Call("postMessage", map[string]any{"type": model.ConfigRequestType}, "*"); err != nil {
		return nil
	}
	return got
}
