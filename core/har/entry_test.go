package har

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// fixtureEntries are the raw entries of the HARs in testdata/dir, keyed by
// file. A file that is not a whole HAR (compressed, truncated) fails the test
// when mustParse, and is passed over otherwise.
func fixtureEntries(tb testing.TB, dir string, mustParse bool) map[string][]json.RawMessage {
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*.har"))
	require.NoError(tb, err)
	out := map[string][]json.RawMessage{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		require.NoError(tb, err)
		var doc struct {
			Log struct {
				Entries []json.RawMessage `json:"entries"`
			} `json:"log"`
		}
		if err := json.Unmarshal(raw, &doc); err != nil {
			if mustParse {
				require.NoError(tb, err, f)
			}
			continue
		}
		out[f] = doc.Log.Entries
	}
	return out
}

// recordedEntries are the raw entries of the recorded and edge-case HARs.
func recordedEntries(tb testing.TB) [][]byte {
	var out [][]byte
	for _, dir := range []string{"recorded", "edge"} {
		byFile := fixtureEntries(tb, dir, false)
		files := make([]string, 0, len(byFile))
		for f := range byFile {
			files = append(files, f)
		}
		sort.Strings(files) // seeds in a stable order
		for _, f := range files {
			for _, e := range byFile[f] {
				out = append(out, e)
			}
		}
	}
	return out
}

// TestRecordedEntriesAreClean: Chromium's own entries have HAR 1.2's types,
// so the reader counts nothing odd in them (a count here would mean a
// false warning on every ordinary file).
func TestRecordedEntriesAreClean(t *testing.T) {
	n := 0
	for f, entries := range fixtureEntries(t, "recorded", true) {
		for i, raw := range entries {
			var e Entry
			var odd oddities
			require.NoError(t, unmarshalEntry(raw, &e, &odd, i+1), f)
			require.Zero(t, odd.n, "%s entry %d: %s", f, i+1, odd.first)
			n++
		}
	}
	require.Greater(t, n, 50)
}

// FuzzUnmarshalEntry checks the entry parser against encoding/json: where
// json.Unmarshal decodes an entry cleanly, the same Entry and nothing counted
// as odd; where it finds broken JSON, an error too; where it finds only
// fields of the wrong type, no error (the reader is tolerant) and the odd
// fields counted unless they are custom "_" fields. The seeds (every fixture
// entry and awkward shapes) run in plain go test;
//
//	go test ./core/har -run '^$' -fuzz FuzzUnmarshalEntry -fuzztime 60s
//
// explores further.
func FuzzUnmarshalEntry(f *testing.F) {
	for _, e := range recordedEntries(f) {
		f.Add([]byte(e))
	}
	for _, s := range []string{
		`{}`, `[]`, `null`, `{"request":null}`, `{"request":{"URL":"https://x"}}`,
		`{"request":{"url":"a","url":"b"}}`, `{"request":{"url":"a"},"request":{"method":"POST"}}`,
		`{"response":{"status":200.0}}`, `{"response":{"status":"200"}}`, `{"response":{"status":-0}}`,
		`{"response":{"status":1e2}}`, `{"response":{"status":99999999999999999999}}`,
		`{"request":{"bodySize":01}}`, `{"request":{"bodySize":+1}}`, `{"request":{"bodySize":-}}`,
		`{"request":{"url":"a\"b\\c\u00e9\ud800"}}`, "{\"request\":{\"url\":\"\xff\xfe\"}}",
		"{\"request\":{\"url\":\"a\tb\"}}", `{"request":{"url":"\x"}}`, `{"timings":{"send":tru}}`,
		`{"timings":{"send":1.}}`, `{"timings":[1,2,]}`, `{"cache":{"a":"\q"}}`, `{"x":nul}`,
		`{"request":{"headers":[null,{"name":"a"}]}}`, `{"request":{"headers":[]}}`,
		`{"request":{"headers":{}}}`, `{"request":{"postData":{}}}`, `{"_initiator":{}}`,
		`{"_webSocketMessages":[{"type":"send","time":1.5e9,"opcode":1,"data":"x"}]}`,
		`{"_webSocketMessages":[{"opcode":1.5}]}`, `{"\u0075rl":1}`, `{"request":{"ſtatus":1}}`,
		`{"response":{"ſtatus":1}}`, `{"pageref":"p"} `, `{"pageref":"p"}x`, `{"a":1 "b":2}`,
		`{"request":{"cookies":[{"name":"a","value":"b","httpOnly":true,"expires":null}]}}`,
		`{"request":{"url":"\u00e9\ud83d\ude00\/\b\f\n\r\t\u0000\uFFFF"}}`, `{"request":{"url":"\u12"}}`,
		`{"request":{"url":"\uD800x"}}`, `{"request":{"url":"\u00zz"}}`, `{"request":{"url":"a\`,
		"{\"request\":{\"url\":\"\\n\xff\"}}", "{\"request\":{\"url\":\"é\\\"\"}}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if trimmed := bytes.TrimLeft(raw, " \t\r\n"); len(trimmed) == 0 || trimmed[0] != '{' {
			return // Walk never hands the parser anything but an object
		}
		var fast, slow Entry
		var odd oddities
		errFast := unmarshalEntry(raw, &fast, &odd, 1)
		errSlow := json.Unmarshal(raw, &slow)
		var te *json.UnmarshalTypeError
		switch {
		case errSlow == nil:
			require.NoError(t, errFast)
			require.Equal(t, slow, fast)
			require.Zero(t, odd.n, odd.first)
		case errors.As(errSlow, &te):
			require.NoError(t, errFast, "a field of the wrong type must not stop the entry")
			if !strings.Contains(te.Field, "_") {
				require.NotZero(t, odd.n, "%s: %v", raw, errSlow)
				require.NotEmpty(t, odd.first)
			}
		default:
			require.Error(t, errFast)
		}
	})
}

// BenchmarkUnmarshalEntry times the entry decoding alone over the recorded
// entries: the entry parser against json.Unmarshal into the same struct.
//
//	go test ./core/har -run '^$' -bench UnmarshalEntry
func BenchmarkUnmarshalEntry(b *testing.B) {
	entries := recordedEntries(b)
	var n int64
	for _, e := range entries {
		n += int64(len(e))
	}
	for _, c := range []struct {
		name string
		fn   func([]byte, *Entry) error
	}{
		{"fast", func(raw []byte, e *Entry) error { return unmarshalEntry(raw, e, nil, 1) }},
		{"encoding-json", func(raw []byte, e *Entry) error { *e = Entry{}; return json.Unmarshal(raw, e) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(n)
			var e Entry
			for b.Loop() {
				for _, raw := range entries {
					if err := c.fn(raw, &e); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
