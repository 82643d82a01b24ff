package har_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/har"
)

// FuzzRead feeds the reader arbitrary bytes: it must return a result or an
// error, never panic, hang or produce output that is not JSON. The seed
// corpus (the edge-case fixtures and a few fragments) runs in plain go test;
//
//	go test ./core/har -run '^$' -fuzz FuzzRead -fuzztime 60s
//
// explores further.
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "edge", "*"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		`{"log":{"entries":[{"request":{"url":"https://www.facebook.com/tr/?id=1&ev=PageView","method":"GET"},"response":{"content":{"text":"x\"y"}}}]}}`,
		`{"log":{"entries":[{"request":{"url":"https://k.clarity.ms/collect","method":"POST","postData":{"text":"H4sIAAAAAAAA","encoding":"base64"}}}]}}`,
		`{"log":{"entries":[`, `{"log":{"entries":[]},"log":{"entries":[{}]}}`, `{"log":{"entries":[{"request":{"postData":{"mimeType":"multipart/form-data; boundary=x","text":"--x\r\n"}}}]}}`,
		"\x1f\x8b", `[]`, `null`, `{"log":null}`, `{"log":{"entries":{}}}`,
		`{"log":{"entries":[}`, `{"log":{"entries":[{},}`, // found by FuzzCompare: panicked before

	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		opts := har.Options{TestEmails: []string{"a@b.co"}, TestPhones: []string{"4155550134"}}
		res, err := har.Reader{Options: opts}.Read(core.Source{Name: "fuzz.har", Size: int64(len(data)), R: bytes.NewReader(data)}, core.Answers{})
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error with no message")
			}
			return
		}
		out, err := json.Marshal(res)
		if err != nil {
			t.Fatalf("result does not marshal: %v", err)
		}
		if !json.Valid(out) {
			t.Fatal("result is not JSON")
		}
	})
}
