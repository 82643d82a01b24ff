//go:build js && wasm

// Command wasm is the browser entry of cipa-triage: it reads the firm's
// details (config.go: pinned in the page, or from an allowed embedding page)
// and the saved answers, mounts the web app into #cipa-triage
// (or the body) and publishes window.cipaTriage. It is the only package that
// touches JavaScript, always through safejs.
package main

import (
	"github.com/cipa-triage/cipa-triage/web"
	"github.com/hack-pad/safejs"
	"github.com/hexops/vecty"
)

func main() {
	if err := installAPI(); err != nil {
		consoleError("cipa-triage: the JavaScript API could not be set up: " + err.Error())
	}
	cfg, later := readConfig()
	saved, remember := loadSaved()
	app := web.New(web.Options{Host: browser{}, Config: cfg, Saved: saved, Remember: remember})
	waitForDocument()
	if err := mount(app); err != nil {
		showFailure("The checker could not start: " + err.Error())
	} else if pendingStart() {
		app.Start()
	}
	if err := listenHistory(app); err != nil {
		consoleError("cipa-triage: the browser's Back and Forward will leave the checker: " + err.Error())
	}
	if later != nil {
		go func() { app.SetConfig(<-later) }()
	}
	if err := reportHeight(); err != nil {
		consoleError("cipa-triage: the embedding page will not learn the checker's height: " + err.Error())
	}
	if err := announceReady(); err != nil {
		consoleError("cipa-triage: " + err.Error())
	}
	warmReaders()
	select {} // keep Go alive for the page's callbacks
}

// waitForDocument returns once the page has been parsed. The single file
// is megabytes of HTML, and the app can start before the parser is through
// it; vecty then puts off drawing and mounting until DOMContentLoaded, and a
// press of Start kept before then (pendingStart) went to an app that was not
// yet mounted and so drew nothing: the start page stayed, and the first
// question never came (the single-file benchmark's "hang"). Waiting here
// keeps mount, the kept press and cipa-triage-ready in that order.
func waitForDocument() {
	doc, err := global("document")
	if err != nil {
		return
	}
	state, err := str(doc, "readyState")
	if err != nil || state != "loading" {
		return
	}
	done := make(chan struct{})
	var cb safejs.Func
	cb, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		cb.Release()
		close(done)
		return nil
	})
	if err != nil {
		return
	}
	if _, err := doc.Call("addEventListener", "DOMContentLoaded", cb); err != nil {
		cb.Release()
		return
	}
	<-done
}

// pendingStart says whether the visitor pressed the built-in start page's
// Start button before the app ran (index.html keeps the press).
func pendingStart() bool {
	p, err := global("cipaTriagePending")
	if err != nil {
		return false
	}
	s, err := p.String()
	_ = safejs.Global().Set("cipaTriagePending", nil)
	return err == nil && s == "start"
}

// mount renders into #cipa-triage, creating it at the end of the body when
// the page has none.
func mount(app *web.App) error {
	if _, err := byID("cipa-triage"); err != nil {
		doc, err := global("document")
		if err != nil {
			return err
		}
		div, err := doc.Call("createElement", "div")
		if err != nil {
			return err
		}
		if err := div.Set("id", "cipa-triage"); err != nil {
			return err
		}
		body, err := path(doc, "body")
		if err != nil {
			return err
		}
		if _, err := body.Call("appendChild", div); err != nil {
			return err
		}
	}
	return vecty.RenderInto("#cipa-triage", app)
}

func consoleError(msg string) {
	if c, err := global("console"); err == nil {
		_, _ = c.Call("warn", msg)
	}
}

// showFailure puts a plain message where the app would have been.
func showFailure(msg string) {
	consoleError(msg)
	el, err := byID("cipa-triage")
	if err != nil {
		return
	}
	_ = el.Set("textContent", msg+" Reload the page to try again; your saved answers are kept in this browser.")
}
