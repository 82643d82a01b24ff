package draft

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDOCXOpensInLibreOffice gives the three drafts to LibreOffice, headless,
// and has it convert them to plain text: a package LibreOffice cannot open
// gives no text, and the text must hold the draft's headings and the facts
// filled in. It needs soffice (Debian: libreoffice-writer-nogui); under
// CI=true its absence is a failure, elsewhere a skip.
func TestDOCXOpensInLibreOffice(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("WebAssembly starts no processes: the native run opens the files in LibreOffice")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("soffice not found: install libreoffice-writer-nogui (CI=true requires this test to run)")
		}
		t.Skip("soffice not found (Debian: apt-get install libreoffice-writer-nogui)")
	}
	if testing.Short() {
		t.Skip("starts LibreOffice")
	}
	docs := make3(t, "s50_har_recording_meta_pixel")
	dir := t.TempDir()
	var files []string
	for _, k := range Kinds {
		data, err := DOCX(docs[k])
		require.NoError(t, err)
		f := filepath.Join(dir, docs[k].FileName("docx"))
		require.NoError(t, os.WriteFile(f, data, 0o644))
		files = append(files, f)
	}
	out := filepath.Join(dir, "out")
	// A fresh profile: a user's own, or another test's still running, would
	// make soffice hand the job to that instance or refuse to start.
	profile := "file://" + filepath.Join(dir, "profile")
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "txt:Text", "--outdir", out}, files...)
	cmd := exec.CommandContext(ctx, soffice, args...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, "soffice: %s", msg)
	for _, k := range Kinds {
		name := strings.TrimSuffix(docs[k].FileName("docx"), ".docx") + ".txt"
		data, err := os.ReadFile(filepath.Join(out, name))
		require.NoError(t, err, "LibreOffice wrote no text for the %s draft: %s", k, msg)
		text := strings.TrimPrefix(string(data), "\uFEFF")
		assert.Contains(t, text, "DRAFT — review with your lawyer before sending; this checker sends nothing", k)
		for _, bl := range docs[k].Blocks {
			if bl.Type == TypeHeading {
				assert.Contains(t, text, bl.Text, "%s: heading", k)
			}
		}
		assert.Contains(t, text, "Swigart Law Group", k)
		assert.Contains(t, text, "November 10, 2026", k)
		switch k {
		case Insurer:
			assert.Contains(t, text, "[Policy number]")
			assert.Contains(t, text, "Amount demanded: $20,000.")
		case Hold:
			assert.Contains(t, text, "Keep every record from August 3, 2026")
			assert.Contains(t, text, `including "shop-visit.har"`)
		case Counsel:
			assert.Contains(t, text, "Meta Pixel sent data 1,840 ms after the page began to load")
		}
	}
}
