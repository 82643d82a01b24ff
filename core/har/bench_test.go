package har_test

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
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
// The entries are laid out once in a block of a few MB that Read copies
// from in a cycle, so the benchmark measures the reader, not the generator.
// Nothing big is ever written to disk.
type synthHAR struct {
	head, block []byte
	size, sent  int64
	off         int
	state       int // 0 head, 1 entries, 2 tail, 3 done
	// peak is the largest heap seen, sampled every 4 MB the reader pulls.
	peak, nextSample int64
}

var heapSample = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}

func heapNow() int64 {
	metrics.Read(heapSample)
	return int64(heapSample[0].Value.Uint64())
}

func newSynthHAR(tb testing.TB, size int64) *synthHAR { return synthesize(tb, size, true) }

// newSmallHAR is the other kind of export: many small requests with no
// response bodies kept, where the time goes into decoding each entry.
func newSmallHAR(tb testing.TB, size int64) *synthHAR { return synthesize(tb, size, false) }

func synthesize(tb testing.TB, size int64, bodies bool) *synthHAR {
	files, err := filepath.Glob(filepath.Join("testdata", "recorded", "*.har"))
	require.NoError(tb, err)
	s := &synthHAR{size: size, head: []byte(`{"log":{"version":"1.2","creator":{"name":"synthetic","version":"1"},"pages":[{"id":"page_1","startedDateTime":"2026-11-01T10:00:00.000Z","title":"","pageTimings":{}}],"entries":[{}`)}
	sizes := []int{800, 4_000, 30_000, 120_000}
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
			if bodies {
				resp := e["response"].(map[string]any)
				text := strings.Repeat(`function f(a){return "<div class=\"x\">"+a+"</div>";}`+"\n", sizes[i%len(sizes)]/52+1)
				resp["content"] = map[string]any{"size": len(text), "mimeType": "application/javascript", "text": text}
			}
			b, err := json.Marshal(e)
			require.NoError(tb, err)
			s.block = append(append(s.block, ','), b...)
		}
	}
	return s
}

func (s *synthHAR) Read(p []byte) (int, error) {
	var src []byte
	switch s.state {
	case 0:
		src = s.head[s.off:]
	case 1:
		src = s.block[s.off:]
	case 2:
		src = []byte("]}}")[s.off:]
	default:
		return 0, io.EOF
	}
	n := copy(p, src)
	s.off += n
	s.sent += int64(n)
	if s.sent >= s.nextSample {
		s.nextSample = s.sent + 4<<20
		s.peak = max(s.peak, heapNow())
	}
	if n == len(src) {
		s.off = 0
		switch {
		case s.state == 1 && s.sent < s.size:
		default:
			s.state++
		}
	}
	return n, nil
}

// BenchmarkRead200MB reads a synthetic 200 MB HAR, reporting MB/s, the Go
// heap the reading used at its peak (sampled every 4 MB read) and, where
// the platform has /proc, the process's peak RSS (under wasm: Node's).
//
//	go test ./core/har -run '^$' -bench Read200MB -benchtime 1x
//	GOOS=js GOARCH=wasm go test -exec="$(go env GOROOT)/lib/wasm/go_js_wasm_exec" -run '^$' -bench Read200MB -benchtime 1x ./core/har
func BenchmarkRead200MB(b *testing.B) { benchRead(b, 200<<20) }

// BenchmarkRead20MB is the same at a tenth of the size, for quick runs.
func BenchmarkRead20MB(b *testing.B) { benchRead(b, 20<<20) }

// BenchmarkReadSmall50MB reads 50 MB of the recorded entries as they are
// (many small requests, no response bodies): the per-entry decoding cost.
//
//	go test ./core/har -run '^$' -bench ReadSmall -benchtime 3x
func BenchmarkReadSmall50MB(b *testing.B) { benchReadWith(b, 50<<20, newSmallHAR) }

func benchRead(b *testing.B, size int64) { benchReadWith(b, size, newSynthHAR) }

func benchReadWith(b *testing.B, size int64, gen func(testing.TB, int64) *synthHAR) {
	var total, peak int64
	for b.Loop() {
		b.StopTimer()
		src := gen(b, size)
		runtime.GC()
		base := heapNow() // the generator's own block is not the reader's
		b.StartTimer()
		res, err := har.Reader{}.Read(core.Source{Name: "synthetic.har", Size: -1, R: src}, core.Answers{})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Answers.Site.Trackers) == 0 {
			b.Fatal("no trackers found in the synthetic HAR")
		}
		total = src.sent
		peak = max(peak, src.peak-base)
	}
	b.SetBytes(total)
	// The reader's heap at its largest (live and not yet collected objects).
	b.ReportMetric(float64(peak)/(1<<20), "heap-MB")
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
