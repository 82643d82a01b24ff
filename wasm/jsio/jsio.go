//go:build js && wasm

// Package jsio holds the small helpers over safejs that both browser
// modules share (the page's and the readers' Web Worker): every JavaScript
// call returns an error rather than panicking, a missing object is an error
// naming it, and a browser File streams into Go as an io.Reader.
package jsio

import (
	"errors"
	"fmt"

	"github.com/hack-pad/safejs"
)

// Global is globalThis[name], an error when it is missing.
func Global(name string) (safejs.Value, error) {
	v, err := safejs.Global().Get(name)
	if err != nil {
		return v, fmt.Errorf("reading %s: %w", name, err)
	}
	if v.IsUndefined() || v.IsNull() {
		return v, fmt.Errorf("this browser has no %s", name)
	}
	return v, nil
}

// Path walks v.a.b.c, failing on the first missing step.
func Path(v safejs.Value, names ...string) (safejs.Value, error) {
	for _, n := range names {
		next, err := v.Get(n)
		if err != nil {
			return next, fmt.Errorf("reading %s: %w", n, err)
		}
		if next.IsUndefined() || next.IsNull() {
			return next, fmt.Errorf("%s is missing", n)
		}
		v = next
	}
	return v, nil
}

// Str is v[name] when it is a string.
func Str(v safejs.Value, name string) (string, error) {
	x, err := v.Get(name)
	if err != nil {
		return "", err
	}
	if x.Type() != safejs.TypeString {
		return "", fmt.Errorf("%s is not text", name)
	}
	return x.String()
}

// Await blocks the calling goroutine (never an event handler) until the
// promise settles.
func Await(promise safejs.Value) (safejs.Value, error) {
	type outcome struct {
		v   safejs.Value
		err error
	}
	ch := make(chan outcome, 1)
	onOK, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		v := safejs.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		ch <- outcome{v: v}
		return nil
	})
	if err != nil {
		return safejs.Undefined(), err
	}
	defer onOK.Release()
	onErr, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		msg := "the browser refused"
		if len(args) > 0 {
			if s, err := ErrorText(args[0]); err == nil {
				msg = s
			}
		}
		ch <- outcome{err: errors.New(msg)}
		return nil
	})
	if err != nil {
		return safejs.Undefined(), err
	}
	defer onErr.Release()
	if _, err := promise.Call("then", onOK, onErr); err != nil {
		return safejs.Undefined(), err
	}
	o := <-ch
	return o.v, o.err
}

// ErrorText is the message of a JavaScript error (or any value).
func ErrorText(v safejs.Value) (string, error) {
	if v.Type() == safejs.TypeString {
		return v.String()
	}
	if m, err := Str(v, "message"); err == nil && m != "" {
		return m, nil
	}
	s, err := v.Call("toString")
	if err != nil {
		return "", err
	}
	return s.String()
}
