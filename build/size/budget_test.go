package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A site whose first page is index.html and app.wasm, each with a .br copy
// of the given size.
func site(t *testing.T, brIndex, brApp int) string {
	t.Helper()
	d := t.TempDir()
	for name, n := range map[string]int{"index.html": brIndex, "app.wasm": brApp} {
		if err := os.WriteFile(filepath.Join(d, name), []byte(strings.Repeat("x", 1000)), 0o644); err != nil {
			t.Fatal(err)
		}
		if n >= 0 {
			if err := os.WriteFile(filepath.Join(d, name+".br"), make([]byte, n), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return d
}

func TestFirstBrotliBudget(t *testing.T) {
	d := site(t, 100, 900) // 1,000 bytes in Brotli
	if err := run(nil, false, d, "first.br=1000"); err != nil {
		t.Errorf("at its budget: %v", err)
	}
	err := run(nil, false, d, "first.br=999")
	if err == nil || !strings.Contains(err.Error(), "download is 1000 bytes in Brotli") {
		t.Errorf("over its budget: got %v", err)
	}
	err = run(nil, false, site(t, 100, -1), "first.br=5000")
	if err == nil || !strings.Contains(err.Error(), "no .br files") {
		t.Errorf("no .br files: got %v", err)
	}
}
