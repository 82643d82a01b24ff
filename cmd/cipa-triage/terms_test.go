package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The terms and policy readers through the CLI, as a lawyer runs them.

func TestTermsCommand(t *testing.T) {
	file := filepath.Join("..", "..", "core", "terms", "testdata", "docs", "t01_aaa_consumer_full.txt")
	var out, errOut bytes.Buffer
	require.Equal(t, exitOK, run([]string{"terms", file, "--json"}, &out, &errOut), errOut.String())
	var got struct {
		Answers struct {
			Terms map[string]any `json:"terms"`
		} `json:"answers"`
		Clauses     map[string]map[string]any `json:"clauses"`
		LastUpdated string                    `json:"last_updated"`
		Evidence    map[string][]any          `json:"evidence"`
		Warnings    []any                     `json:"warnings"`
		AssentGuide map[string]any            `json:"assent_guide"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &got))
	assert.Equal(t, "yes", got.Answers.Terms["arbitration_clause"])
	assert.Equal(t, "aaa", got.Clauses["arbitration"]["provider"])
	assert.Equal(t, "consumer", got.Clauses["arbitration"]["rules"])
	for _, k := range []string{"arbitration", "class_waiver", "mass_arbitration", "delegation", "opt_out", "pre_dispute_notice", "small_claims", "governing_law", "forum"} {
		require.Contains(t, got.Clauses, k)
		assert.Equal(t, true, got.Clauses[k]["present"], k)
		assert.NotEmpty(t, got.Clauses[k]["quote"], k)
		assert.Contains(t, got.Clauses[k], "offset", k)
	}
	assert.Equal(t, "delaware", got.Clauses["governing_law"]["state"])
	assert.Equal(t, "2025-01-15", got.LastUpdated)
	assert.NotEmpty(t, got.Evidence["terms.provider"])
	assert.NotEmpty(t, got.AssentGuide["cases"])

	out.Reset()
	require.Equal(t, exitOK, run([]string{"terms", file}, &out, &errOut))
	assert.Contains(t, out.String(), "terms.provider = \"aaa\"")
	assert.Contains(t, out.String(), "Opt-out: yes, 30 days")
	assert.Contains(t, out.String(), "Forum: yes, New Castle County, Delaware")
}

func TestPolicyCommand(t *testing.T) {
	file := filepath.Join("..", "..", "core", "policy", "testdata", "docs", "p04_hotjar_session_recording.txt")
	var out, errOut bytes.Buffer
	require.Equal(t, exitOK, run([]string{"policy", file, "--trackers", "meta_pixel,session_replay", "--json"}, &out, &errOut), errOut.String())
	var got struct {
		Answers struct {
			Site map[string]any `json:"site"`
		} `json:"answers"`
		Disclosures []map[string]any `json:"disclosures"`
		LastUpdated string           `json:"last_updated"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &got))
	require.Len(t, got.Disclosures, 2)
	assert.Equal(t, "meta_pixel", got.Disclosures[0]["tracker"])
	assert.Equal(t, "generic", got.Disclosures[0]["level"])
	assert.Equal(t, "session_replay", got.Disclosures[1]["tracker"])
	assert.Equal(t, "specific", got.Disclosures[1]["level"])
	assert.Contains(t, got.Disclosures[1]["quote"], "Hotjar")
	assert.Equal(t, "generic", got.Answers.Site["policy_names_trackers"])
	assert.Equal(t, "2025-09-10", got.Answers.Site["policy_updated_on"])
	assert.Equal(t, "2025-09-10", got.LastUpdated)
}

func TestTermsCommandBadFile(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{"terms", filepath.Join(t.TempDir(), "missing.pdf")}, &out, &errOut)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut.String(), "missing.pdf")
}
