package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const metaHAR = "../../core/har/testdata/recorded/meta.har"

func TestHARTestValues(t *testing.T) {
	code, out, stderr := runCLI("har", metaHAR, "--json", "--test-email", "pat.tester@example.org", "--test-phone=415-555-0134")
	require.Equal(t, exitOK, code, stderr)
	var doc struct {
		Answers  map[string]map[string]any `json:"answers"`
		Trackers []struct {
			ID       string                        `json:"id"`
			DataSent []struct{ Kind, Note string } `json:"data_sent"`
		} `json:"trackers"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Equal(t, []any{"meta_pixel"}, doc.Answers["site"]["trackers"])
	notes := map[string]bool{}
	for _, d := range doc.Trackers[0].DataSent {
		notes[d.Note] = true
	}
	assert.True(t, notes["matches SHA-256 of your test email"])
	assert.True(t, notes["matches SHA-256 of your test phone number"])
}

func TestHARPlainOutput(t *testing.T) {
	code, out, stderr := runCLI("har", metaHAR)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, out, "site.trackers = [\"meta_pixel\"]")
	assert.Contains(t, out, "Meta (Facebook) Pixel (advertising): sent data")
	assert.Contains(t, out, "button text \"Book appointment\"")
	assert.Contains(t, out, "never shown")
}

func TestTestValuesOnlyForHAR(t *testing.T) {
	code, _, stderr := runCLI("letter", "main_test.go", "--test-email", "a@b.co")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "only to the har reader")
}
