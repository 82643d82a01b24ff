package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// `cipa-triage law` lists the legal changes the table knows, newest first,
// each with its date, source and confirm flag, under the review date.
func TestLawListsChangesNewestFirst(t *testing.T) {
	code, out, stderr := runCLI("law")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, out, "Law reviewed on 2026-12-02")
	sb690 := strings.Index(out, "| 2027-01-01 | SB 690")
	hohenshelt := strings.Index(out, "| 2025-08-11 | Hohenshelt")
	ab1671 := strings.Index(out, "| 2017-01-01 | AB 1671")
	require.True(t, sb690 > 0 && hohenshelt > 0 && ab1671 > 0, out)
	assert.Less(t, sb690, hohenshelt, "newest first")
	assert.Less(t, hohenshelt, ab1671, "newest first")
	line := out[sb690:]
	line = line[:strings.Index(line, "\n")]
	assert.Contains(t, line, "**yes**", "SB 690 is flagged confirm")
	assert.Contains(t, line, "https://")

	code, out, stderr = runCLI("law", "--format", "json")
	require.Equal(t, exitOK, code, stderr)
	var doc struct {
		Review struct {
			Reviewed string `json:"reviewed"`
		} `json:"review"`
		Changes []struct {
			On      string `json:"on"`
			ID      string `json:"id"`
			Confirm bool   `json:"confirm"`
			Source  struct {
				URL string `json:"url"`
			} `json:"source"`
		} `json:"changes"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Equal(t, "2026-12-02", doc.Review.Reviewed)
	require.NotEmpty(t, doc.Changes)
	assert.Equal(t, "sb_690", doc.Changes[0].ID)
	assert.True(t, doc.Changes[0].Confirm)
	for _, c := range doc.Changes {
		assert.NotEmpty(t, c.Source.URL, c.ID)
	}

	code, _, _ = runCLI("law", "extra")
	assert.Equal(t, exitUsage, code)
	code, _, _ = runCLI("law", "--format", "pdf")
	assert.Equal(t, exitUsage, code)
}
