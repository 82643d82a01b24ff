package clausedata

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSplit checks the document rule on the real file: twenty documents, in
// order, each on one side only, and both sides holding positives of every
// category the accuracy test guards.
func TestSplit(t *testing.T) {
	dir, err := Dir()
	require.NoError(t, err)
	if _, err := os.Stat(dir); os.IsNotExist(err) {
		t.Skipf("no shared data at %s", dir)
	}
	rows, err := LoadUnfairToS(dir)
	require.NoError(t, err)
	require.Len(t, rows, 3850)
	seen := map[string]bool{}
	prev := ""
	counts := map[string]map[string]int{Train: {}, Test: {}}
	for _, r := range rows {
		if r.Doc != prev {
			require.False(t, seen[r.Doc], "document %s appears in two runs", r.Doc)
			seen[r.Doc], prev = true, r.Doc
		}
		for c := range r.Truth {
			counts[r.Split][c]++
		}
	}
	require.Len(t, seen, len(UnfairDocuments))
	t.Logf("unfair_tos positives by split: %v", counts)
	for _, c := range []string{"arbitration", "governing_law", "forum"} {
		require.Positive(t, counts[Test][c], c)
		require.Positive(t, counts[Train][c], c)
	}
	quotes, err := LoadToSDR(dir)
	require.NoError(t, err)
	tc := map[string]map[string]int{Train: {}, Test: {}}
	for _, q := range quotes {
		for c := range q.Truth {
			tc[q.Split][c]++
		}
	}
	t.Logf("tosdr_dev positives by split: %v", tc)
}
