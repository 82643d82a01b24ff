package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cipa-triage/cipa-triage/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const recordedDir = "../../core/har/testdata/recorded"

func fileSHA(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	s := sha256.Sum256(data)
	return hex.EncodeToString(s[:])
}

func TestCompareMarkdown(t *testing.T) {
	before, after := filepath.Join(recordedDir, "pair-fix-before.har"), filepath.Join(recordedDir, "pair-fix-after.har")
	code, out, stderr := runCLI("compare", before, after)
	require.Equal(t, exitOK, code, stderr)
	assert.Empty(t, stderr)
	assert.Contains(t, out, "# Comparison of two recordings")
	assert.Contains(t, out, "- Meta (Facebook) Pixel: sent the text of buttons clicked, page addresses and events such as page views before the banner was answered in the recording before the fix; absent in the recording after the fix. The fix removed it.")
	assert.Contains(t, out, `It now waits for the visitor's consent.`)
	assert.Contains(t, out, "`"+fileSHA(t, before)+"`")
	assert.Contains(t, out, "`"+fileSHA(t, after)+"`")
	assert.NotContains(t, out, "Before relying on it", "a fair pair has no warnings")
}

func TestCompareJSONTellsAcceptFromReject(t *testing.T) {
	// Given reject first, the banner's answers still put accept first.
	code, out, stderr := runCLI("compare", filepath.Join(recordedDir, "pair-ignored-reject.har"), filepath.Join(recordedDir, "pair-ignored-accept.har"), "--json")
	require.Equal(t, exitOK, code, stderr)
	var doc struct {
		Mode       string
		Recordings []struct{ File, Role, SHA256 string }
		Tags       []struct{ Name, Outcome, Verdict string }
		Warnings   []struct{ Key string }
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Equal(t, "accept_reject", doc.Mode)
	assert.Equal(t, "accept", doc.Recordings[0].Role)
	assert.Equal(t, filepath.Join(recordedDir, "pair-ignored-accept.har"), doc.Recordings[0].File)
	require.Len(t, doc.Tags, 2)
	for _, tg := range doc.Tags {
		assert.Equal(t, "ignored", tg.Outcome)
	}
	assert.Empty(t, doc.Warnings)
}

func TestCompareBadInput(t *testing.T) {
	fix := filepath.Join(recordedDir, "pair-fix-before.har")
	code, _, stderr := runCLI("compare", fix)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "give exactly two HAR files")

	empty := "../../core/har/testdata/edge/empty.har"
	code, out, stderr := runCLI("compare", fix, empty)
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, out)
	assert.Contains(t, stderr, "cipa-triage compare: "+empty+": reading the HAR: the file is not JSON")

	code, _, stderr = runCLI("compare", fix, "no-such.har")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "no-such.har")

	code, out, stderr = runCLI("compare", fix, fix)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, out, "The two files are the same recording (the same SHA-256, "+fileSHA(t, fix)+")")

	code, out, stderr = runCLI("compare", fix, "../../core/har/testdata/corpus/chrome.har")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, out, "The two recordings are of different sites (127.0.0.1:8080 and ")

	code, out, _ = runCLI("compare", "-h")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "Usage: cipa-triage compare BEFORE.har AFTER.har")
}

func TestMatterHARAfter(t *testing.T) {
	accept, reject := filepath.Join(recordedDir, "pair-honored-accept.har"), filepath.Join(recordedDir, "pair-honored-reject.har")
	code, out, stderr := runCLI("matter", "--har", accept, "--har-after", reject)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, out, "\n## Comparison of two recordings\n")
	assert.Contains(t, out, `"Reject all" stopped every tag that sent data after "Accept all"`)
	docs := out[strings.Index(out, "Documents read on this device"):]
	assert.Contains(t, docs, "pair-honored-accept.har (HAR recording of your site, SHA-256 `"+fileSHA(t, accept)+"`)")
	assert.Contains(t, docs, "pair-honored-reject.har (a second HAR recording, compared with the first; SHA-256 `"+fileSHA(t, reject)+"`)")
	assert.Less(t, strings.Index(out, "## Comparison"), strings.Index(out, "## Notice"))

	code, out, stderr = runCLI("matter", "--har", accept, "--har-after", reject, "--format", "json")
	require.Equal(t, exitOK, code, stderr)
	var doc struct {
		Comparison *struct {
			Mode       string
			Recordings []struct{ SHA256 string }
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	require.NotNil(t, doc.Comparison)
	assert.Equal(t, "accept_reject", doc.Comparison.Mode)
	assert.Equal(t, fileSHA(t, reject), doc.Comparison.Recordings[1].SHA256)

	code, _, stderr = runCLI("matter", "--har-after", reject)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "--har-after is compared with --har")
	code, _, stderr = runCLI("matter", "--har", accept, "--har-after", "../../core/har/testdata/edge/empty.har")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "empty.har: reading the HAR")
}

// TestReadmeCompareExample keeps the README's comparison (the first lines of
// real output) in step with the code (go test ./cmd/cipa-triage -update
// rewrites it).
func TestReadmeCompareExample(t *testing.T) {
	readme, err := filepath.Abs(filepath.Join("..", "..", "README.md"))
	require.NoError(t, err)
	t.Chdir(recordedDir)
	code, out, stderr := runCLI("compare", "pair-ignored-reject.har", "pair-ignored-accept.har")
	require.Equal(t, exitOK, code, stderr)
	// Up to the details table: the summary, how the two were told apart
	// and the verdicts.
	cut := strings.Index(out, "\n| Tag |")
	require.Positive(t, cut)
	want := "```markdown\n" + out[:cut+1] + "```\n"
	data, err := os.ReadFile(readme)
	require.NoError(t, err)
	text := string(data)
	open, end := "<!-- compare-example:start -->\n", "<!-- compare-example:end -->"
	start, stop := strings.Index(text, open), strings.Index(text, end)
	require.True(t, start >= 0 && stop > start, "README.md has the compare-example markers")
	if golden.Update() {
		require.NoError(t, os.WriteFile(readme, []byte(text[:start+len(open)]+want+text[stop:]), 0o644))
		return
	}
	assert.Equal(t, want, text[start+len(open):stop], "README.md's comparison is stale: run go test ./cmd/cipa-triage -update")
}
