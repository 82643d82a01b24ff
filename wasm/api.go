//go:build js && wasm

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/intake"
	"github.com/cipa-triage/cipa-triage/web/model"
	"github.com/hack-pad/safejs"
)

// Version is set at build time with -ldflags "-X main.Version=...".
var Version = "dev"

// The JavaScript API, window.cipaTriage, for embedders and tests. Every
// function answers with a JSON string, {"ok":false,...} on failure: errors
// are values, never exceptions.

func failure(msg string) string {
	data, _ := json.Marshal(map[string]any{"ok": false, "error": msg})
	return string(data)
}

// guard turns a Go panic inside an API call into a failure value.
func guard(fn func(args []safejs.Value) any) func(safejs.Value, []safejs.Value) any {
	return func(_ safejs.Value, args []safejs.Value) (out any) {
		defer func() {
			if p := recover(); p != nil {
				out = failure(fmt.Sprintf("internal error: %v", p))
			}
		}()
		return fn(args)
	}
}

func argString(args []safejs.Value, i int) (string, bool) {
	if i >= len(args) || args[i].Type() != safejs.TypeString {
		return "", false
	}
	s, err := args[i].String()
	return s, err == nil
}

// readBytes runs a registered reader over bytes handed in from JavaScript.
func readBytes(name, file string, data []byte, knownJSON string) string {
	r := intake.Find(name)
	if r == nil {
		var names []string
		for _, x := range intake.Readers {
			names = append(names, x.Name())
		}
		return failure(fmt.Sprintf("no reader named %q (readers: %v)", name, names))
	}
	var known core.Answers
	if knownJSON != "" {
		a, probs := core.ParseAnswers([]byte(knownJSON))
		if len(probs) > 0 {
			return failure("known answers: " + probs.Error())
		}
		known = a
	}
	res, err := func() (res core.Result, err error) {
		defer func() {
			if p := recover(); p != nil {
				err = fmt.Errorf("the %s reader failed (%v)", name, p)
			}
		}()
		return r.Read(core.Source{Name: file, Size: int64(len(data)), R: bytes.NewReader(data)}, known)
	}()
	if err != nil {
		return failure(fmt.Sprintf("%s: %v", file, err))
	}
	out, err := json.Marshal(res)
	if err != nil {
		return failure(err.Error())
	}
	return string(out)
}

func installAPI() error {
	api, err := safejs.ValueOf(map[string]any{})
	if err != nil {
		return err
	}
	funcs := map[string]func([]safejs.Value) any{
		"assess": func(args []safejs.Value) any {
			answers, ok := argString(args, 0)
			if !ok {
				return failure("assess needs the answers as a JSON string")
			}
			asOf, _ := argString(args, 1)
			return model.AssessJSON(answers, asOf, time.Now())
		},
		"questions": func([]safejs.Value) any {
			data, err := json.Marshal(core.Questionnaire)
			if err != nil {
				return failure(err.Error())
			}
			return string(data)
		},
		"read": func(args []safejs.Value) any {
			name, ok1 := argString(args, 0)
			file, ok2 := argString(args, 1)
			if !ok1 || !ok2 || len(args) < 3 {
				return failure("read needs (readerName, fileName, Uint8Array[, knownAnswersJSON])")
			}
			n, err := args[2].Length()
			if err != nil {
				return failure("the third argument must be a Uint8Array")
			}
			data := make([]byte, n)
			if _, err := safejs.CopyBytesToGo(data, args[2]); err != nil {
				return failure("the third argument must be a Uint8Array: " + err.Error())
			}
			known, _ := argString(args, 3)
			return promise(func() string { return readBytes(name, file, data, known) })
		},
	}
	for name, fn := range funcs {
		f, err := safejs.FuncOf(guard(fn))
		if err != nil {
			return err
		}
		if err := api.Set(name, f); err != nil {
			return err
		}
	}
	if err := api.Set("version", Version); err != nil {
		return err
	}
	var readers []any
	for _, r := range intake.Readers {
		readers = append(readers, r.Name())
	}
	if err := api.Set("readers", readers); err != nil {
		return err
	}
	if err := safejs.Global().Set("cipaTriage", api); err != nil {
		return err
	}
	return nil
}

// promise runs work off the calling (JavaScript) thread and resolves with
// its string; it falls back to the plain string where Promise is missing.
func promise(work func() string) any {
	ctor, err := global("Promise")
	if err != nil {
		return work()
	}
	var exec safejs.Func
	exec, err = safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		exec.Release()
		resolve := args[0]
		go func() {
			out := func() (s string) {
				defer func() {
					if p := recover(); p != nil {
						s = failure(fmt.Sprintf("internal error: %v", p))
					}
				}()
				return work()
			}()
			_, _ = resolve.Invoke(out)
		}()
		return nil
	})
	if err != nil {
		return work()
	}
	p, err := ctor.New(exec)
	if err != nil {
		return work()
	}
	return p
}

// announceReady sets cipaTriage.ready and fires cipa-triage-ready on document.
func announceReady() error {
	api, err := global("cipaTriage")
	if err != nil {
		return err
	}
	if err := api.Set("ready", true); err != nil {
		return err
	}
	doc, err := global("document")
	if err != nil {
		return err
	}
	evC, err := global("Event")
	if err != nil {
		return err
	}
	ev, err := evC.New("cipa-triage-ready")
	if err != nil {
		return err
	}
	_, err = doc.Call("dispatchEvent", ev)
	return err
}
