//go:build js && wasm

package main

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/hack-pad/safejs"
)

// heightType tags the message by which the app tells its parent its height;
// embed.js listens for it (build/bundle/embed.js) and sizes its iframe to fit.
// The only other message the app posts is the bare request for the firm's
// details (config.go).
const heightType = "cipa-triage:height"

// reportHeight tells the embedding page, when there is one, how tall the
// app's content is: once now and again whenever the app root changes size,
// so the firm's iframe fits the page instead of scrolling inside itself.
func reportHeight() error {
	win, err := global("window")
	if err != nil {
		return err
	}
	parent, err := path(win, "parent")
	if err != nil {
		return err
	}
	if parent.Equal(win) {
		return nil // not embedded: nobody to tell
	}
	last := 0
	post := func() {
		h, err := contentHeight()
		if err != nil || h == last {
			return
		}
		last = h
		// targetOrigin "*": the message is only a fixed tag and a number of
		// pixels, nothing the visitor entered, and the firm's origin is not
		// known here.
		_, _ = parent.Call("postMessage", map[string]any{"type": heightType, "height": h}, "*")
	}
	post()
	roC, err := global("ResizeObserver")
	if err != nil {
		return nil // an old browser: the frame keeps the size of the first report
	}
	root, err := byID("cipa-triage")
	if err != nil {
		return err
	}
	onResize, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		post()
		return nil
	})
	if err != nil {
		return err
	}
	ro, err := roC.New(onResize)
	if err != nil {
		onResize.Release()
		return err
	}
	_, err = ro.Call("observe", root)
	return err // the observer lives as long as the page, and so does onResize
}

// contentHeight is the bottom of the app root in the document, plus the
// body's bottom margin: the height the iframe needs to show everything. It
// never depends on the iframe's own height, so resizing cannot feed back.
func contentHeight() (int, error) {
	root, err := byID("cipa-triage")
	if err != nil {
		return 0, err
	}
	rect, err := root.Call("getBoundingClientRect")
	if err != nil {
		return 0, err
	}
	bottom, err := number(rect, "bottom")
	if err != nil {
		return 0, err
	}
	win, err := global("window")
	if err != nil {
		return 0, err
	}
	if y, err := number(win, "scrollY"); err == nil {
		bottom += y
	}
	if body, err := path(win, "document", "body"); err == nil {
		if cs, err := win.Call("getComputedStyle", body); err == nil {
			if m, err := str(cs, "marginBottom"); err == nil {
				if px, err := strconv.ParseFloat(strings.TrimSuffix(m, "px"), 64); err == nil {
					bottom += px
				}
			}
		}
	}
	if math.IsNaN(bottom) || math.IsInf(bottom, 0) || bottom <= 0 {
		return 0, errors.New("the app has no height yet")
	}
	return int(math.Ceil(bottom)), nil
}

func number(v safejs.Value, name string) (float64, error) {
	x, err := v.Get(name)
	if err != nil {
		return 0, err
	}
	if x.Type() != safejs.TypeNumber {
		return 0, errors.New(name + " is not a number")
	}
	return x.Float()
}
