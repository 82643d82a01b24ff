package text_test

import (
	"math/rand"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core/text"
)

// TestMutatedPDFsNeverHang damages the sample PDF in 200 reproducible ways;
// each must give text or an error, not a panic and not a stall (the guard is
// generous: it catches loops, it does not measure speed).
func TestMutatedPDFsNeverHang(t *testing.T) {
	base := readFixture(t, "sample.pdf")
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 200; i++ {
		d := append([]byte(nil), base...)
		for k := 0; k < 1+rng.Intn(8); k++ {
			d[rng.Intn(len(d))] = byte(rng.Intn(256))
		}
		done := make(chan struct{})
		go func() {
			defer close(done)
			_, _ = text.FromPDF(d)
		}()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			require.FailNow(t, "FromPDF did not return", "mutation %d", i)
		}
	}
}
