package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A folder of 30 letters from two firms (26 from one: past the AAA's 25
// across letters, though each letter has one claimant), a truncated PDF and
// an empty file: every letter is a row, the two bad files are rows saying
// why, the exit status says some failed, and the CSV reads back.
func TestBatchFolderCSV(t *testing.T) {
	dir := t.TempDir()
	genFolder(t, dir, 30, 26)
	good, err := os.ReadFile(filepath.Join(dir, "letter-0001.pdf"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "broken.pdf"), good[:len(good)/2], 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".DS_Store"), []byte{0, 1, 2}, 0o644))

	code, out, stderr := runCLI("batch", dir, "--format", "csv", "--as-of", "2026-11-15")
	assert.Equal(t, exitSomeFailed, code)
	assert.Contains(t, stderr, "2 of 32 files could not be read")

	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	require.Len(t, recs, 33, "a header and a row per file; the hidden file is skipped")
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	rows := recs[1:]
	var deadlines []string
	byFile := map[string][]string{}
	for i, r := range rows {
		byFile[filepath.Base(r[col["file"]])] = r
		if r[col["error"]] != "" {
			assert.GreaterOrEqual(t, i, 30, "failed rows come last")
			continue
		}
		deadlines = append(deadlines, r[col["deadline"]])
	}
	assert.True(t, sort.StringsAreSorted(deadlines), "soonest deadline first: %v", deadlines)
	assert.Contains(t, byFile["broken.pdf"][col["error"]], "incomplete")
	assert.Contains(t, byFile["empty.txt"][col["error"]], "no readable text")

	// letter-0000 is dated October 1 with a 30-day window; letter-0003 is a
	// PDF dated November 4 (so read through the PDF path).
	first := byFile["letter-0000.txt"]
	assert.Equal(t, "2026-10-01", first[col["letter_date"]])
	assert.Equal(t, "2026-10-31", first[col["deadline"]])
	assert.Equal(t, "-15", first[col["days_left"]])
	pdf := byFile["letter-0003.pdf"]
	assert.Equal(t, "2026-11-04", pdf[col["letter_date"]])
	assert.Equal(t, "Alder Privacy Law LLP", pdf[col["firm"]])
	assert.Equal(t, "5000", pdf[col["amount_demanded"]])
	assert.Equal(t, "631 637.2", pdf[col["theories"]])
	assert.Equal(t, "no", pdf[col["sb690_touches"]])
	assert.Equal(t, "AAA", pdf[col["forum"]])
	assert.Equal(t, "yes", pdf[col["pre_arbitration_notice"]])
	// The thresholds are crossed across letters: every Alder letter knows of
	// the other 25, the Birch letters do not reach it.
	assert.Equal(t, "26", pdf[col["firm_demands_in_batch"]])
	assert.Equal(t, "yes", pdf[col["mass_arbitration_applies"]])
	birch := byFile["letter-0027.pdf"]
	assert.Equal(t, "Birch & Stone Counsel, APC", birch[col["firm"]])
	assert.Equal(t, "4", birch[col["firm_demands_in_batch"]])
	assert.Equal(t, "no", birch[col["mass_arbitration_applies"]])
}

func TestBatchMarkdownAndJSON(t *testing.T) {
	dir := t.TempDir()
	genFolder(t, dir, 30, 26)
	code, out, stderr := runCLI("batch", dir, "--as-of", "2026-11-15")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, out, "| Alder Privacy Law LLP | 26 | 26 | **reached**: 26 of 25 | 26 of 75 |")
	assert.Contains(t, out, "| Birch & Stone Counsel, APC | 4 | 4 | 4 of 25 | 4 of 75 |")
	assert.Contains(t, out, "not legal advice")

	code, out, _ = runCLI("batch", "--format=json", "--as-of=2026-11-15", filepath.Join(dir, "letter-0000.txt"), filepath.Join(dir, "letter-0001.pdf"))
	require.Equal(t, exitOK, code)
	var res struct {
		Rows []struct {
			File     string `json:"file"`
			Deadline string `json:"deadline"`
		} `json:"rows"`
		Firms []struct {
			Firm    string `json:"firm"`
			Demands int    `json:"demands"`
		} `json:"firms"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	require.Len(t, res.Rows, 2)
	require.Len(t, res.Firms, 1)
	assert.Equal(t, 2, res.Firms[0].Demands)
}

// One calendar of every deadline, parsed back by an iCalendar library.
func TestBatchCalendar(t *testing.T) {
	dir := t.TempDir()
	genFolder(t, dir, 6, 6)
	icsPath := filepath.Join(t.TempDir(), "deadlines.ics")
	code, out, stderr := runCLI("batch", dir, "--format", "csv", "--as-of", "2026-09-15", "--ics", icsPath)
	require.Equal(t, exitOK, code, stderr)
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	var want []string
	for _, r := range recs[1:] {
		want = append(want, r[2])
	}
	data, err := os.ReadFile(icsPath)
	require.NoError(t, err)
	cal, err := ics.ParseCalendar(bytes.NewReader(data))
	require.NoError(t, err)
	var got []string
	for _, e := range cal.Events() {
		start, err := e.GetAllDayStartAt()
		require.NoError(t, err)
		got = append(got, start.Format(time.DateOnly))
		assert.Contains(t, e.GetProperty(ics.ComponentPropertySummary).Value, "Respond to Alder Privacy Law LLP")
	}
	assert.Equal(t, want, got)
}

func TestBatchUsage(t *testing.T) {
	for name, args := range map[string][]string{
		"nothing":     {"batch"},
		"no folder":   {"batch", filepath.Join(t.TempDir(), "missing")},
		"empty":       {"batch", t.TempDir()},
		"bad format":  {"batch", t.TempDir(), "--format", "xlsx"},
		"bad as-of":   {"batch", t.TempDir(), "--as-of", "yesterday"},
		"bad answers": {"batch", t.TempDir(), "--answers", "testdata/bad.json"},
	} {
		t.Run(name, func(t *testing.T) {
			code, out, stderr := runCLI(args...)
			assert.Equal(t, exitUsage, code)
			assert.Empty(t, out)
			assert.NotEmpty(t, stderr)
		})
	}
}

// Every command answers -h with its own usage and options.
func TestCommandHelp(t *testing.T) {
	for _, cmd := range []string{"assess", "questions", "matter", "batch", "law", "wording", "letter", "har", "terms", "policy"} {
		code, out, _ := runCLI(cmd, "-h")
		assert.Equal(t, exitOK, code, cmd)
		assert.Contains(t, out, "Usage: cipa-triage "+cmd, cmd)
	}
	code, out, _ := runCLI("batch", "--help")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "-format")
}

// BenchmarkBatch reads and assesses a folder of generated letters, half text
// and half PDF, on this machine's cores. letters/min is the throughput;
// peak-heap-MB, sampled while it runs, should not grow with the count.
func BenchmarkBatch(b *testing.B) {
	for _, n := range []int{250, 1000} {
		b.Run(itoa(n), func(b *testing.B) {
			dir := b.TempDir()
			names := genFolder(b, dir, n, n/2)
			files := make([]string, len(names))
			for i, nm := range names {
				files[i] = filepath.Join(dir, nm)
			}
			asOf, _ := parseAsOf("2026-11-15")
			var peak atomic.Uint64
			done := make(chan struct{})
			go func() {
				var ms runtime.MemStats
				for {
					select {
					case <-done:
						return
					case <-time.After(20 * time.Millisecond):
						runtime.ReadMemStats(&ms)
						if ms.HeapInuse > peak.Load() {
							peak.Store(ms.HeapInuse)
						}
					}
				}
			}()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				res := batch(files, emptyAnswers, asOf)
				if res.Failed > 0 || len(res.Rows) != n {
					b.Fatalf("%d of %d failed", res.Failed, len(res.Rows))
				}
			}
			b.StopTimer()
			close(done)
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Minutes(), "letters/min")
			b.ReportMetric(float64(peak.Load())/1e6, "peak-heap-MB")
		})
	}
}
