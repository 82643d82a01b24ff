//go:build js && wasm

package main

import (
	"encoding/json"
	"errors"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/web"
	"github.com/hack-pad/safejs"
	"github.com/hexops/vecty"
)

// Read hands the document to web/readers.js, which reads it in a Web Worker
// running the readers' own module: this module never links them.
func (browser) Read(req web.ReadRequest) (string, func(), error) {
	client, err := global("cipaTriageReaders")
	if err != nil {
		return "", nil, errors.New("this page cannot read documents (its readers script is missing); answer the questions instead")
	}
	known := ""
	if b, err := json.Marshal(req.Known); err == nil {
		known = string(b)
	}
	msg := map[string]any{"reader": req.Reader, "name": req.Name, "known": known}
	name := req.Name
	if req.Event != nil {
		file, err := eventFile(req.Event)
		if err != nil {
			return "", nil, err
		}
		if name, err = str(file, "name"); err != nil {
			return "", nil, errors.New("the file has no name")
		}
		msg["file"], msg["name"] = file, name
		clearFileInput(req.Event)
	} else {
		msg["text"] = req.Text
	}
	var onProgress, onDone safejs.Func
	release := func() { onProgress.Release(); onDone.Release() }
	onProgress, err = progressFunc(req.Progress)
	if err != nil {
		return "", nil, err
	}
	onDone, err = safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		defer release()
		text := ""
		if len(args) > 0 && args[0].Type() == safejs.TypeString {
			text, _ = args[0].String()
		}
		res, err := decodeResult(text)
		req.Done(res, err)
		return nil
	})
	if err != nil {
		onProgress.Release()
		return "", nil, err
	}
	cancelJS, err := client.Call("read", msg, onProgress, onDone)
	if err != nil {
		release()
		return "", nil, err
	}
	cancel := func() {
		_, _ = cancelJS.Invoke()
		release()
	}
	return name, cancel, nil
}

// decodeResult reads the worker's answer: a result, or {"ok":false,"error":...}.
func decodeResult(text string) (core.Result, error) {
	var fail struct {
		OK    *bool  `json:"ok"`
		Error string `json:"error"`
	}
	if err := json.Unmarshal([]byte(text), &fail); err != nil {
		return core.Result{}, errors.New("the reader's answer could not be read")
	}
	if fail.OK != nil && !*fail.OK {
		return core.Result{}, errors.New(fail.Error)
	}
	var res core.Result
	if err := json.Unmarshal([]byte(text), &res); err != nil {
		return core.Result{}, err
	}
	return res, nil
}

// clearFileInput lets choosing the same file again read it again.
func clearFileInput(e *vecty.Event) {
	if t := safejs.Safe(e.Target); t.Type() == safejs.TypeObject {
		if typ, err := str(t, "type"); err == nil && typ == "file" {
			_ = t.Set("value", "")
		}
	}
}

// warmReaders starts the readers' worker in the background once the first
// page is up, so the first drop does not wait for it.
func warmReaders() {
	idle, err := global("requestIdleCallback")
	if err != nil {
		idle, err = global("setTimeout")
		if err != nil {
			return
		}
	}
	var f safejs.Func
	f, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		f.Release()
		if c, err := global("cipaTriageReaders"); err == nil {
			_, _ = c.Call("warm")
		}
		return nil
	})
	if err == nil {
		_, _ = idle.Invoke(f, map[string]any{"timeout": 2000})
	}
}

// progressFunc wraps a read's progress callback for the readers' client,
// which reports {bytes, size, entries} now and then; nil gives a no-op.
func progressFunc(progress func(web.ReadProgress)) (safejs.Func, error) {
	return safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if len(args) == 0 || progress == nil {
			return nil
		}
		p := web.ReadProgress{Size: -1}
		if f, err := number(args[0], "bytes"); err == nil {
			p.Bytes = int64(f)
		}
		if f, err := number(args[0], "size"); err == nil {
			p.Size = int64(f)
		}
		if f, err := number(args[0], "entries"); err == nil {
			p.Entries = int(f)
		}
		progress(p)
		return nil
	})
}
