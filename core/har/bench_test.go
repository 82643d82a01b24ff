package har_test

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/har"
)

// synthHAR streams a HAR of about size bytes without holding it: the
// recorded fixtures' entries over and over, each with a response body as
// real exports carry (most of a real HAR's bytes are response.content.text).
// Nothing big is ever written to disk or kept in memory.
type synthHAR struct {
	entries [][]byte
	size    int64
	sent    int64
	n       int
	buf     []byte
	done    bool
}

func newSynthHAR(tb testing.TB, size int64) *synthHAR {
	files, err := filepath.Glob(filepath.Join("testdata", "recorded", "*.har"))
	require.NoError(tb, err)
	s := &synthHAR{size: size, buf: []byte(`{"log":{"version":"1.2","creator":{"name":"synthetic","version":"1"},"pages":[{"id":"page_1","startedDateTime":"2026-11-01T10:00:00.000Z","title":"","pageTimings":{}}],"entries":[`)}
	bodies := []int{800, 4_000, 30_000, 120_000}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		require.NoError(tb, err)
		var doc struct {
			Log struct {
				Entries []map[string]any `json:"entries"`
			} `json:"log"`
		}
		require.NoError(tb, json.Unmarshal(raw, &doc))
		for i, e := range doc.Log.Entries {
			resp := e["response"].(map[string]any)
			text := strings.Repeat(`function f(a){return "<div class=\"x\">"+a+"</div>";}`+"\n", bodies[i%len(bodies)]/52+1)
			resp["content"] = map[string]any{"size": len(text), "mimeType": "application/javascript", "text": text}
			b, err := json.Marshal(e)
			require.NoError(tb, err)
			s.entries = append(s.entries, b)
		}
	}
	return s
}

func (s *synthHAR) Read(p []byte) (int, error) {
	for len(s.buf) == 0 {
		if s.done {
			return 0, io.EOF
		}
		if s.sent >= s.size {
			s.buf = []byte("]}}")
			s.done = true
			break
		}
		e := s.entries[s.n%len(s.entries)]
		if s.n > 0 {
			s.buf = append(s.buf, ',')
		}
		s.buf = append(s.buf, e...)
		s.n++
	}
	n := copy(p, s.buf)
	s.buf = s.buf[n:]
	s.sent += int64(n)
	return n, nil
}

// BenchmarkRead200MB reads a synthetic 200 MB HAR, reporting MB/s, the
// peak Go heap (HeapSys: memory the heap took from the system) and, where
// the platform has /proc, the process's peak RSS.
//
//	go test ./core/har -run '^$' -bench Read200MB -benchtime 1x
//	GOOS=js GOARCH=wasm go test -exec="$(go env GOROOT)/lib/wasm/go_js_wasm_exec" -run '^$' -bench Read200MB -benchtime 1x ./core/har
func BenchmarkRead200MB(b *testing.B) { benchRead(b, 200<<20) }

// BenchmarkRead20MB is the same at a tenth of the size, for quick runs.
func BenchmarkRead20MB(b *testing.B) { benchRead(b, 20<<20) }

func benchRead(b *testing.B, size int64) {
	var total int64
	runtime.GC()
	for b.Loop() {
		b.StopTimer()
		src := newSynthHAR(b, size)
		runtime.GC()
		b.StartTimer()
		res, err := har.Reader{}.Read(core.Source{Name: "synthetic.har", Size: -1, R: src}, core.Answers{})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Answers.Site.Trackers) == 0 {
			b.Fatal("no trackers found in the synthetic HAR")
		}
		total = src.sent
	}
	b.SetBytes(total)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapSys)/(1<<20), "heap-MB")
	if hwm := peakRSS(); hwm > 0 {
		b.ReportMetric(hwm, "rss-MB")
	}
}

// peakRSS reads VmHWM from /proc/self/status, in MB; 0 where there is none.
func peakRSS() float64 {
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			if err == nil {
				return kb / 1024
			}
		}
	}
	return 0
}

// TestSynthHARIsValid keeps the benchmark's input honest: it is a HAR the
// reader accepts, with the fixtures' trackers in it.
func TestSynthHARIsValid(t *testing.T) {
	src := newSynthHAR(t, 2<<20)
	res, err := har.Reader{}.Read(core.Source{Name: "synthetic.har", Size: -1, R: src}, core.Answers{})
	require.NoError(t, err)
	require.Contains(t, res.Answers.Site.Trackers, "tiktok_pixel")
	require.NotContains(t, fmt.Sprint(res.Warnings), "incomplete")
}
