package model

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core/har"
	"github.com/cipa-triage/cipa-triage/core/harcompare"
)

// TestDecodeComparison decodes what the worker sends for a recorded pair
// (core/harcompare's own output) and its refusals.
func TestDecodeComparison(t *testing.T) {
	dir := filepath.Join("..", "..", "core", "har", "testdata", "recorded")
	var recs [2]*harcompare.Recording
	for i, name := range []string{"pair-ignored-reject.har", "pair-ignored-accept.har"} {
		f, err := os.Open(filepath.Join(dir, name))
		require.NoError(t, err)
		recs[i], err = harcompare.Read(name, f, har.Options{})
		f.Close()
		require.NoError(t, err)
	}
	c := harcompare.Compare(recs[0], recs[1])
	data, err := json.Marshal(map[string]any{"comparison": c, "markdown": harcompare.Markdown(c, 1), "report_markdown": harcompare.Markdown(c, 2)})
	require.NoError(t, err)
	got, err := DecodeComparison(string(data))
	require.NoError(t, err)
	assert.Equal(t, "accept_reject", got.Mode)
	assert.Equal(t, "pair-ignored-accept.har", got.Recordings[0].File)
	assert.Equal(t, 2, got.Recordings[0].Given)
	assert.Equal(t, c.Recordings[1].SHA256, got.Recordings[1].SHA256)
	require.Len(t, got.Tags, 2)
	assert.Equal(t, c.Tags[0].Verdict, got.Tags[0].Verdict)
	assert.Equal(t, c.Tags[0].In[1].Says, got.Tags[0].In[1].Says)
	assert.True(t, strings.HasPrefix(got.ReportMarkdown, "## Comparison of two recordings\n"), got.ReportMarkdown)

	_, err = DecodeComparison(`{"ok":false,"error":"second.har: reading the HAR: the file is not JSON"}`)
	assert.EqualError(t, err, "second.har: reading the HAR: the file is not JSON")
	_, err = DecodeComparison(`not json`)
	assert.Error(t, err)
}
