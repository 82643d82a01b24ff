//go:build js && wasm

package main

import (
	"encoding/json"
	"fmt"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/draft"
	"github.com/cipa-triage/cipa-triage/wasm/jsio"
	"github.com/hack-pad/safejs"
)

// formats are the drafts' file types, by the page's name for them.
var formats = map[string]string{
	"md":   "text/markdown",
	"html": "text/html",
	"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

// handleDraft writes one draft and posts it back as bytes.
func handleDraft(data safejs.Value) {
	name, mime, out, err := func() (name, mime string, out []byte, err error) {
		defer func() {
			if p := recover(); p != nil {
				err = fmt.Errorf("the draft could not be written (%v)", p)
			}
		}()
		return makeDraft(data)
	}()
	if err != nil {
		post(map[string]any{"type": "done", "json": failure(err.Error())})
		return
	}
	ok, _ := json.Marshal(map[string]any{"ok": true, "name": name, "mime": mime})
	msg := map[string]any{"type": "done", "json": string(ok)}
	if arr, err := toJS(out); err == nil {
		msg["bytes"] = arr
	} else {
		msg["json"] = failure("the draft could not be handed to the page: " + err.Error())
	}
	post(msg)
}

func makeDraft(data safejs.Value) (name, mime string, out []byte, err error) {
	kind, _ := jsio.Str(data, "draft")
	format, _ := jsio.Str(data, "format")
	mime, ok := formats[format]
	if !ok {
		return "", "", nil, fmt.Errorf("no draft format %q (md, html, docx)", format)
	}
	text, err := jsio.Str(data, "answers")
	if err != nil {
		return "", "", nil, fmt.Errorf("a draft needs the answers")
	}
	answers, probs := core.ParseAnswers([]byte(text))
	if len(probs) > 0 {
		return "", "", nil, fmt.Errorf("answers: %s", probs.Error())
	}
	// The page sends its own assessment: assessing here would link every
	// rule into this module (about 200 KB gzip) to repeat the page's work.
	text, err = jsio.Str(data, "assessment")
	if err != nil || text == "" {
		return "", "", nil, fmt.Errorf("a draft needs the assessment")
	}
	var as core.Assessment
	if err := json.Unmarshal([]byte(text), &as); err != nil {
		return "", "", nil, fmt.Errorf("the assessment could not be read: %w", err)
	}
	doc, err := draft.Make(kind, answers, as)
	if err != nil {
		return "", "", nil, err
	}
	switch format {
	case "md":
		out = []byte(draft.Markdown(doc))
	case "html":
		// The page prints the draft inside itself: the article, not a page.
		out = []byte(draft.HTMLBody(doc))
	case "docx":
		if out, err = draft.DOCX(doc); err != nil {
			return "", "", nil, err
		}
	}
	return doc.FileName(format), mime, out, nil
}

// toJS copies bytes into a new Uint8Array.
func toJS(b []byte) (safejs.Value, error) {
	ctor, err := safejs.Global().Get("Uint8Array")
	if err != nil {
		return safejs.Value{}, err
	}
	arr, err := ctor.New(len(b))
	if err != nil {
		return safejs.Value{}, err
	}
	if _, err := safejs.CopyBytesToJS(arr, b); err != nil {
		return safejs.Value{}, err
	}
	return arr, nil
}
