//go:build js && wasm

package main

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/intake/catalog"
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
			if _, err := args[2].Length(); err != nil {
				return failure("the third argument must be a Uint8Array")
			}
			if _, ok := catalog.Find(name); !ok {
				var names []string
				for _, x := range catalog.Readers {
					names = append(names, x.Name)
				}
				return failure(fmt.Sprintf("no reader named %q (readers: %v)", name, names))
			}
			client, err := global("cipaTriageReaders")
			if err != nil {
				return failure("this page cannot read documents: " + err.Error())
			}
			known, _ := argString(args, 3)
			// The readers run in their own module, in a worker: see web/readers.js.
			p, err := client.Call("readBytes", name, file, args[2], known)
			if err != nil {
				return failure(err.Error())
			}
			return p
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
	for _, r := range catalog.Readers {
		readers = append(readers, r.Name)
	}
	if err := api.Set("readers", readers); err != nil {
		return err
	}
	if err := safejs.Global().Set("cipaTriage", api); err != nil {
		return err
	}
	return nil
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
