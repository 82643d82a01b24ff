//go:build js && wasm

// Command readers is the browser's second module: the document readers
// (letter, HAR, terms, policy; core/intake and below), run in a Web Worker so
// that reading a 200 MB HAR never stops the page. The page loads it when a
// document is first dropped or pasted, or in the background once the first
// page is interactive (web/readers.js).
//
// Messages both ways are plain data. The page sends
//
//	{type: "read", reader, name, file: File} or {type: "read", reader, name, text}, with known: answers JSON
//	{type: "compare", files: [File, File]}: two HAR recordings to compare (compare.go)
//
// and the worker answers {type: "ready"} once, then per read any number of
// {type: "progress", bytes, size, entries} and one {type: "done", json}, where
// json is the result as core.Result writes it, or {"ok":false,"error":...}.
// One read at a time: the page gives each read a worker of its own, so Cancel
// is terminating it.
//
// The worker also writes the drafts (core/draft), so that the page's first
// module carries neither their sentences nor the .docx writer: the page sends
//
//	{type: "draft", draft, format: "md"|"html"|"docx", answers: answers JSON, assessment: its JSON}
//
// and the worker answers one {type: "done", json, bytes}: json is
// {"ok":true,"name":...,"mime":...} or {"ok":false,"error":...}, bytes the
// file as a Uint8Array.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/intake"
	"github.com/cipa-triage/cipa-triage/wasm/jsio"
	"github.com/hack-pad/safejs"
)

func main() {
	self := safejs.Global()
	onMessage, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if len(args) == 0 {
			return nil
		}
		data, err := args[0].Get("data")
		if err != nil {
			return nil
		}
		go handle(data) // never block the message handler on the browser
		return nil
	})
	if err != nil {
		panic(err) // nothing to talk to: the page sees the worker fail
	}
	if err := self.Set("onmessage", onMessage); err != nil {
		panic(err)
	}
	post(map[string]any{"type": "ready"})
	select {}
}

func post(msg map[string]any) {
	_, _ = safejs.Global().Call("postMessage", msg)
}

func failure(msg string) string {
	data, _ := json.Marshal(map[string]any{"ok": false, "error": msg})
	return string(data)
}

func handle(data safejs.Value) {
	if t, _ := jsio.Str(data, "type"); t == "draft" {
		handleDraft(data)
		return
	}
	out := func() (s string) {
		defer func() {
			if p := recover(); p != nil {
				s = failure(fmt.Sprintf("internal error: %v", p))
			}
		}()
		if t, err := jsio.Str(data, "type"); err == nil && t == "compare" {
			return compare(data)
		}
		return read(data)
	}()
	post(map[string]any{"type": "done", "json": out})
}

func read(data safejs.Value) string {
	name, _ := jsio.Str(data, "reader")
	r := intake.Find(name)
	if r == nil {
		var names []string
		for _, x := range intake.Readers {
			names = append(names, x.Name())
		}
		return failure(fmt.Sprintf("no reader named %q (readers: %v)", name, names))
	}
	var known core.Answers
	if k, err := jsio.Str(data, "known"); err == nil && k != "" {
		a, probs := core.ParseAnswers([]byte(k))
		if len(probs) > 0 {
			return failure("known answers: " + probs.Error())
		}
		known = a
	}
	var src core.Source
	if b, err := data.Get("bytes"); err == nil && !b.IsNull() && !b.IsUndefined() {
		// The page sent the file's bytes (the single file in WebKit, which
		// will not let this worker read the page's File).
		buf, err := bytesOf(b)
		if err != nil {
			return failure("the file could not be read: " + err.Error())
		}
		src = core.Source{Size: int64(len(buf)), R: bytes.NewReader(buf)}
	} else if file, err := jsio.Path(data, "file"); err == nil && !file.IsNull() && !file.IsUndefined() {
		if src, err = jsio.OpenFile(file); err != nil {
			return failure(err.Error())
		}
	} else {
		text, err := jsio.Str(data, "text")
		if err != nil {
			return failure("a read needs a file or a text")
		}
		src = core.Source{Size: int64(len(text)), R: strings.NewReader(text)}
	}
	if n, err := jsio.Str(data, "name"); err == nil && n != "" {
		src.Name = n
	}
	p := &progress{size: src.Size, r: src.R}
	src.R = p
	src.Progress = p.entry
	res, err := func() (res core.Result, err error) {
		defer func() {
			if x := recover(); x != nil {
				err = fmt.Errorf("the %s reader failed on this file (%v)", name, x)
			}
		}()
		return r.Read(src, known)
	}()
	p.report(true)
	if err != nil {
		return failure(err.Error())
	}
	out, err := json.Marshal(res)
	if err != nil {
		return failure(err.Error())
	}
	return string(out)
}

// progress counts the bytes the reader has taken and the entries it has
// read, and tells the page at most every tick.
type progress struct {
	r              io.Reader
	size, bytes    int64
	entries        int
	last           time.Time
	sinceLastCheck int64
}

const tick = 100 * time.Millisecond

func (p *progress) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.bytes += int64(n)
	p.sinceLastCheck += int64(n)
	if p.sinceLastCheck >= 256<<10 { // the clock costs a call out of WebAssembly
		p.sinceLastCheck = 0
		p.report(false)
	}
	return n, err
}

func (p *progress) entry(n int) {
	p.entries = n
	if n%256 == 0 {
		p.report(false)
	}
}

func (p *progress) report(final bool) {
	now := time.Now()
	if !final && now.Sub(p.last) < tick {
		return
	}
	p.last = now
	post(map[string]any{"type": "progress", "bytes": float64(p.bytes), "size": float64(p.size), "entries": p.entries})
}

// bytesOf copies an ArrayBuffer into Go.
func bytesOf(buf safejs.Value) ([]byte, error) {
	ctor, err := safejs.Global().Get("Uint8Array")
	if err != nil {
		return nil, err
	}
	arr, err := ctor.New(buf)
	if err != nil {
		return nil, err
	}
	n, err := arr.Length()
	if err != nil {
		return nil, err
	}
	out := make([]byte, n)
	if _, err := safejs.CopyBytesToGo(out, arr); err != nil {
		return nil, err
	}
	return out, nil
}
