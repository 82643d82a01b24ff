package har_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/har"
)

// shapeSeed is a small valid HAR with every field the reader looks at:
// pages, creator, headers, cookies, a form body with params, Chrome's
// _initiator, a WebSocket frame, and a tracker in each entry.
const shapeSeed = `{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},
"pages":[{"id":"page_1","startedDateTime":"2026-11-01T10:00:00.000Z","title":"Shop"}],
"entries":[
{"pageref":"page_1","startedDateTime":"2026-11-01T10:00:00.100Z","_resourceType":"document","_initiator":{"type":"other","url":""},
 "request":{"method":"GET","url":"https://shop.example.com/","headers":[{"name":"Sec-GPC","value":"1"}],"cookies":[{"name":"sid","value":"abc"}],"bodySize":0},
 "response":{"status":200,"headers":[{"name":"Content-Type","value":"text/html"}],"cookies":[],"content":{"size":5,"text":"hello"}}},
{"pageref":"page_1","startedDateTime":"2026-11-01T10:00:00.200Z","_initiator":"https://shop.example.com/",
 "request":{"method":"POST","url":"https://www.facebook.com/tr/?id=123&ev=PageView&dl=https%3A%2F%2Fshop.example.com%2F",
  "headers":[{"name":"Content-Type","value":"application/x-www-form-urlencoded"}],"cookies":[{"name":"_fbp","value":"fb.1.2.3"}],
  "postData":{"mimeType":"application/x-www-form-urlencoded","text":"ev=Lead&cd[buttonText]=Send","params":[{"name":"ev","value":"Lead"}]},"bodySize":28},
 "response":{"status":200,"headers":[],"cookies":[{"name":"fr","value":"x"}]}},
{"startedDateTime":"2026-11-01T10:00:00.300Z","_resourceType":"websocket",
 "request":{"method":"GET","url":"wss://ws.hotjar.com/api/v2/client/ws","headers":[],"cookies":[],"bodySize":0},
 "response":{"status":101,"headers":[],"cookies":[]},
 "_webSocketMessages":[{"type":"send","time":1790000000.5,"opcode":1,"data":"{\"typed\":\"hi\"}"}]}
]}}`

// replacements are the JSON types a field can be swapped to.
var replacements = []any{nil, true, json.Number("1.5"), json.Number("-7"), "x", []any{}, map[string]any{}, []any{"a", json.Number("1"), map[string]any{"b": nil}}, map[string]any{"name": "n", "value": []any{"v"}}}

// slot is one place in the document a value sits: a member or an element.
type slot struct {
	path string
	set  func(any)
}

// slots lists every field and list element under log, except log.entries
// itself, whose absence the reader may rightly refuse.
func slots(doc any) []slot {
	var out []slot
	var walk func(v any, path string)
	walk = func(v any, path string) {
		switch x := v.(type) {
		case map[string]any:
			for k, c := range x {
				p := path + "." + k
				if p != ".log" && p != ".log.entries" {
					out = append(out, slot{p, func(r any) { x[k] = r }})
				}
				walk(c, p)
			}
		case []any:
			for i, c := range x {
				p := fmt.Sprintf("%s[%d]", path, i)
				out = append(out, slot{p, func(r any) { x[i] = r }})
				walk(c, p)
			}
		}
	}
	walk(doc, "")
	return out
}

func decodeDoc(t testing.TB, raw []byte) any {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var doc any
	require.NoError(t, dec.Decode(&doc))
	return doc
}

// readMustSucceed reads a HAR that still has a log.entries list: the reader
// may warn, but must not refuse it, panic, or return output that is not JSON.
func readMustSucceed(t testing.TB, raw []byte, what string) {
	res, err := har.Reader{Options: har.Options{TestEmails: []string{"a@b.co"}}}.Read(core.Source{Name: "shape.har", Size: int64(len(raw)), R: bytes.NewReader(raw)}, core.Answers{})
	if err != nil {
		t.Fatalf("%s: refused: %v", what, err)
	}
	if _, err := json.Marshal(res); err != nil {
		t.Fatalf("%s: result does not marshal: %v", what, err)
	}
}

// TestEveryFieldAnyType swaps each field of valid HARs, one at a time, to
// each JSON type: the reader must read every variant (HAR 1.2: unknown and
// mistyped fields are not a reason to refuse a file).
func TestEveryFieldAnyType(t *testing.T) {
	seeds := map[string][]byte{"seed": []byte(shapeSeed)}
	more := []string{"firefox.har"} // Firefox's shape, besides the seed's Chrome one
	if runtime.GOOS == "js" {
		more = nil // under WebAssembly the seed alone, for time
	}
	for _, name := range more {
		raw, err := os.ReadFile(filepath.Join("testdata", "edge", name))
		require.NoError(t, err)
		seeds[name] = raw
	}
	n := 0
	for name, raw := range seeds {
		count := len(slots(decodeDoc(t, raw)))
		require.Greater(t, count, 20)
		for i := 0; i < count; i++ {
			for ri := range replacements {
				doc := decodeDoc(t, raw)
				s := slots(doc)
				sortSlots(s)
				s[i].set(replacements[ri])
				out, err := json.Marshal(doc)
				require.NoError(t, err)
				readMustSucceed(t, out, fmt.Sprintf("%s with %s = %s", name, s[i].path, mustJSON(replacements[ri])))
				n++
			}
		}
	}
	t.Logf("%d variants read", n)
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// sortSlots orders slots by path, so an index names the same field in every
// decoding of the document (map order is random).
func sortSlots(s []slot) { sort.Slice(s, func(i, j int) bool { return s[i].path < s[j].path }) }

// FuzzFieldTypes swaps several fields of a valid HAR at once, chosen by the
// fuzzer's bytes (each pair: which field, which type): the reader must read
// every variant and never panic. The seeds run in plain go test;
//
//	go test ./core/har -run '^$' -fuzz FuzzFieldTypes -fuzztime 60s
//
// explores further.
func FuzzFieldTypes(f *testing.F) {
	f.Add([]byte{0, 0})
	f.Add([]byte{3, 1, 40, 5, 77, 8})
	f.Add([]byte{255, 6, 12, 2, 90, 7, 33, 4})
	f.Fuzz(func(t *testing.T, choice []byte) {
		doc := decodeDoc(t, []byte(shapeSeed))
		for k := 0; k+1 < len(choice) && k < 16; k += 2 {
			s := slots(doc) // after a swap the tree has changed
			if len(s) == 0 {
				break
			}
			sortSlots(s)
			s[int(choice[k])%len(s)].set(replacements[int(choice[k+1])%len(replacements)])
		}
		out, err := json.Marshal(doc)
		require.NoError(t, err)
		readMustSucceed(t, out, string(out))
	})
}
