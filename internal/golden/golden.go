// Package golden owns the test suite's golden files: a test's whole output
// kept in a file beside the test, compared byte for byte, and rewritten from
// the current output when the tests run with -update (for example
// `go test ./core/report -update`). Every package's golden tests use it, so
// the flag, the message and the diff are the same everywhere.
package golden

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files from the current output")

// Update reports whether the tests run with -update, for a test that keeps
// its expected output somewhere other than a whole file.
func Update() bool { return *update }

// Check compares got with the file at path, naming the first line that
// differs; with -update it writes got to path instead.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatalf("golden: %v", err)
			return
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("golden: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden: %v; if the file is new, run %s", err, rerun(t))
		return
	}
	if d := firstDiff(string(want), string(got)); d != "" {
		t.Errorf("the output differs from %s %s\nif the change is intended, run %s and review the diff", path, d, rerun(t))
	}
}

// JSON checks v as indented JSON with a final newline.
func JSON(t testing.TB, path string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatalf("golden: %v", err)
		return
	}
	Check(t, path, append(got, '\n'))
}

func rerun(t testing.TB) string {
	top, _, _ := strings.Cut(t.Name(), "/")
	return fmt.Sprintf("go test -run '^%s$' -update in this package", top)
}

// firstDiff names the first differing line rather than dumping both
// documents, or returns "" when they are the same.
func firstDiff(want, got string) string {
	if want == got {
		return ""
	}
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("from line %d:\nwant: %s\ngot:  %s", i+1, w, g)
		}
	}
	return "(in line endings)" // unreachable: equal lines joined are equal strings
}
