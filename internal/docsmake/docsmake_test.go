package docsmake

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	target   = regexp.MustCompile(`(?m)^([A-Za-z][\w.-]*)\s*:([^=]|$)`)
	code     = regexp.MustCompile("(?s)```(.*?)```|`([^`\n]+)`")
	makeCall = regexp.MustCompile(`(?m)(?:^|&&|;|\$)\s*((?:[A-Z_]+=\S*\s+)*)make\s+(?:[A-Z_]+=\S*\s+)*([a-z][\w-]*)`)
)

func TestDocsNameOnlyMakeTargetsThatExist(t *testing.T) {
	root := filepath.Join("..", "..")
	mk, err := os.ReadFile(filepath.Join(root, "Makefile"))
	require.NoError(t, err)
	targets := map[string]bool{}
	for _, m := range target.FindAllStringSubmatch(string(mk), -1) {
		targets[m[1]] = true
	}
	require.True(t, targets["test"], "the Makefile has a test target")

	seen := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != root || d.Name() == "dist" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".md") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		// Only commands shown as code count, at the start of a line or after
		// && or ;: prose says "make sure".
		for _, c := range code.FindAllStringSubmatch(string(b), -1) {
			for _, m := range makeCall.FindAllStringSubmatch(c[1]+c[2], -1) {
				seen++
				rel, _ := filepath.Rel(root, path)
				assert.True(t, targets[m[2]], "%s names `make %s`, which the Makefile does not have", rel, m[2])
			}
		}
		return nil
	})
	require.NoError(t, err)
	assert.Positive(t, seen, "the docs name make commands; finding none means this check reads nothing")
}
