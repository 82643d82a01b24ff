package har_test

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/har"
)

// TestReadMemoryIsBounded is the promise that a HAR is read with bounded
// memory (SECURITY.md): the reader holds one entry at a time, so the heap it
// uses while reading a 64 MB file stays a small fraction of the file. The
// heap is sampled every 4 MB read (synthHAR); it counts garbage not yet
// collected too, so the bound is loose: a reader that kept the file, or
// every response body, would pass it many times over.
func TestReadMemoryIsBounded(t *testing.T) {
	const size, bound = 64 << 20, 24 << 20
	src := newSynthHAR(t, size)
	runtime.GC()
	base := heapNow()
	res, err := har.Reader{}.Read(core.Source{Name: "synthetic.har", Size: -1, R: src}, core.Answers{})
	require.NoError(t, err)
	require.NotEmpty(t, res.Answers.Site.Trackers, "the file was read to its trackers")
	require.GreaterOrEqual(t, src.sent, int64(size), "the whole file was read")
	peak := src.peak - base
	t.Logf("%d MB read; heap at peak %.1f MB over the start", src.sent>>20, float64(peak)/(1<<20))
	assert.Less(t, peak, int64(bound), "the reader's heap grew by %.1f MB reading %d MB", float64(peak)/(1<<20), size>>20)
}
