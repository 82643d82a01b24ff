package intake

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/intake/catalog"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The page offers drop zones from the catalogue and reads with intake in a
// Web Worker: the two must name the same readers the same way.
func TestCatalogMatchesReaders(t *testing.T) {
	var want []core.ReaderInfo
	for _, r := range Readers {
		want = append(want, core.Info(r))
	}
	assert.Equal(t, want, catalog.Readers)
}

// The browser's first module must not link the readers: they are a fifth of
// the code and their package-level work slows the first page. They load in a
// second module (./wasm/readers) when a document is first dropped.
func TestFirstModuleLinksNoReader(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to list the module's packages")
	}
	deps := func(pkg string) []string {
		cmd := exec.Command(goBin, "list", "-deps", pkg)
		cmd.Dir = "../.."
		cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s", out)
		return strings.Fields(string(out))
	}
	readers := []string{
		"github.com/cipa-triage/cipa-triage/core/intake",
		"github.com/cipa-triage/cipa-triage/core/text",
		"github.com/cipa-triage/cipa-triage/core/letter",
		"github.com/cipa-triage/cipa-triage/core/har",
		"github.com/cipa-triage/cipa-triage/core/terms",
		"github.com/cipa-triage/cipa-triage/core/policy",
		"github.com/cipa-triage/cipa-triage/core/harcompare",
		"github.com/ledongthuc/pdf",
		"archive/zip",
	}
	first := deps("./wasm")
	for _, r := range readers {
		assert.NotContains(t, first, r, "the first module (./wasm) links %s", r)
	}
	// Nor the readers' regular expressions: the page reads typed dates,
	// placeholders and the firm's details by hand (web/model/dates.go), and
	// regexp with its parser was about a tenth of the first download.
	assert.NotContains(t, first, "github.com/cipa-triage/cipa-triage/core/pattern", "the first module (./wasm) links the lazy regular expressions")
	// And the second module does have them, so the list above means something.
	second := deps("./wasm/readers")
	for _, r := range readers[:7] {
		assert.Contains(t, second, r, "the readers' module (./wasm/readers)")
	}
}
