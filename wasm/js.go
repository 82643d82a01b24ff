//go:build js && wasm

package main

import (
	"errors"
	"fmt"

	"github.com/hack-pad/safejs"
)

// Small helpers over safejs: every JavaScript call here returns an error
// rather than panicking, and a missing object is an error naming it.

func global(name string) (safejs.Value, error) {
	v, err := safejs.Global().Get(name)
	if err != nil {
		return v, fmt.Errorf("reading %s: %w", name, err)
	}
	if v.IsUndefined() || v.IsNull() {
		return v, fmt.Errorf("this browser has no %s", name)
	}
	return v, nil
}

// path walks v.a.b.c, failing on the first missing step.
func path(v safejs.Value, names ...string) (safejs.Value, error) {
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

func str(v safejs.Value, name string) (string, error) {
	x, err := v.Get(name)
	if err != nil {
		return "", err
	}
	if x.Type() != safejs.TypeString {
		return "", fmt.Errorf("%s is not text", name)
	}
	return x.String()
}

// await blocks the calling goroutine (never an event handler) until the
// promise settles.
func await(promise safejs.Value) (safejs.Value, error) {
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
			if s, err := jsErrorText(args[0]); err == nil {
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

func jsErrorText(v safejs.Value) (string, error) {
	if v.Type() == safejs.TypeString {
		return v.String()
	}
	if m, err := str(v, "message"); err == nil && m != "" {
		return m, nil
	}
	s, err := v.Call("toString")
	if err != nil {
		return "", err
	}
	return s.String()
}
