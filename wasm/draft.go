//go:build js && wasm

package main

import (
	"encoding/json"
	"errors"

	"github.com/cipa-triage/cipa-triage/web"
	"github.com/hack-pad/safejs"
)

// Draft hands the answers to web/readers.js, whose worker writes the draft
// (wasm/readers): this module never links core/draft.
func (browser) Draft(req web.DraftRequest) error {
	client, err := global("cipaTriageReaders")
	if err != nil {
		return errors.New("this page cannot write drafts (its readers script is missing)")
	}
	answers, err := json.Marshal(req.Answers)
	if err != nil {
		return err
	}
	assessment, err := json.Marshal(req.Assessment)
	if err != nil {
		return err
	}
	msg := map[string]any{"draft": req.Draft, "format": req.Format, "answers": string(answers), "assessment": string(assessment)}
	var onDone safejs.Func
	onDone, err = safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		defer onDone.Release()
		var res struct {
			OK    bool   `json:"ok"`
			Error string `json:"error"`
			Name  string `json:"name"`
			Mime  string `json:"mime"`
		}
		text := ""
		if len(args) > 0 && args[0].Type() == safejs.TypeString {
			text, _ = args[0].String()
		}
		if err := json.Unmarshal([]byte(text), &res); err != nil {
			req.Done("", "", nil, errors.New("the draft's answer could not be read"))
			return nil
		}
		if !res.OK {
			req.Done("", "", nil, errors.New(res.Error))
			return nil
		}
		if len(args) < 2 || args[1].Type() != safejs.TypeObject {
			req.Done("", "", nil, errors.New("the draft came back empty"))
			return nil
		}
		n, err := args[1].Length()
		if err != nil {
			req.Done("", "", nil, err)
			return nil
		}
		data := make([]byte, n)
		if _, err := safejs.CopyBytesToGo(data, args[1]); err != nil {
			req.Done("", "", nil, err)
			return nil
		}
		req.Done(res.Name, res.Mime, data, nil)
		return nil
	})
	if err != nil {
		return err
	}
	if _, err := client.Call("draft", msg, onDone); err != nil {
		onDone.Release()
		return err
	}
	return nil
}
