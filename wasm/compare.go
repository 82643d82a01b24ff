//go:build js && wasm

package main

import (
	"errors"

	"github.com/cipa-triage/cipa-triage/web"
	"github.com/hack-pad/safejs"
	"github.com/hexops/vecty"
)

// HoldFiles keeps the File objects an event carries for a later Compare.
func (browser) HoldFiles(e *vecty.Event) ([]web.HeldFile, error) {
	files, err := eventFiles(e)
	if err != nil {
		return nil, err
	}
	n, _ := files.Length()
	var out []web.HeldFile
	for i := 0; i < n; i++ {
		f, err := files.Index(i)
		if err != nil {
			continue
		}
		name, err := str(f, "name")
		if err != nil {
			continue
		}
		size := int64(-1)
		if s, err := number(f, "size"); err == nil {
			size = int64(s)
		}
		out = append(out, web.HeldFile{Name: name, Size: size, Ref: f})
	}
	clearFileInput(e)
	if len(out) == 0 {
		return nil, errors.New("no file was given: choose a file or drop one on the box")
	}
	return out, nil
}

// Compare hands the two held files to web/readers.js, which compares them
// in the readers' worker: this module never links the HAR reader.
func (browser) Compare(req web.CompareRequest) (func(), error) {
	client, err := global("cipaTriageReaders")
	if err != nil {
		return nil, errors.New("this page cannot read documents (its readers script is missing)")
	}
	var files []any
	for _, f := range req.Files {
		v, ok := f.Ref.(safejs.Value)
		if !ok {
			return nil, errors.New("choose both recordings again")
		}
		files = append(files, v)
	}
	var onProgress, onDone safejs.Func
	release := func() { onProgress.Release(); onDone.Release() }
	onProgress, err = progressFunc(req.Progress)
	if err != nil {
		return nil, err
	}
	onDone, err = safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		defer release()
		text := ""
		if len(args) > 0 && args[0].Type() == safejs.TypeString {
			text, _ = args[0].String()
		}
		req.Done(text, nil)
		return nil
	})
	if err != nil {
		onProgress.Release()
		return nil, err
	}
	// Call converts safejs values nested in maps and lists; ValueOf would not.
	cancelJS, err := client.Call("compare", map[string]any{"files": files}, onProgress, onDone)
	if err != nil {
		release()
		return nil, err
	}
	return func() {
		_, _ = cancelJS.Invoke()
		release()
	}, nil
}
