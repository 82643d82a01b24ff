package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// recorder keeps what Check reports instead of failing this test.
type recorder struct {
	*testing.T
	errors, fatals []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(f string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(f, args...))
}
func (r *recorder) Fatalf(f string, args ...any) {
	r.fatals = append(r.fatals, fmt.Sprintf(f, args...))
}
func check(t *testing.T, path, got string) *recorder {
	r := &recorder{T: t}
	Check(r, path, []byte(got))
	return r
}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.md")
	require.NoError(t, os.WriteFile(path, []byte("one\ntwo\nthree\n"), 0o644))

	r := check(t, path, "one\ntwo\nthree\n")
	assert.Empty(t, r.errors)
	assert.Empty(t, r.fatals)

	r = check(t, path, "one\nTWO\nthree\n")
	require.Len(t, r.errors, 1)
	assert.Contains(t, r.errors[0], "from line 2:\nwant: two\ngot:  TWO")
	assert.Contains(t, r.errors[0], "-update")

	r = check(t, path, "one\ntwo\n")
	require.Len(t, r.errors, 1, "a shorter output differs too")

	r = check(t, filepath.Join(t.TempDir(), "missing.json"), "{}")
	require.Len(t, r.fatals, 1)
	assert.Contains(t, r.fatals[0], "-update")
}

func TestUpdateWrites(t *testing.T) {
	*update = true
	defer func() { *update = false }()
	path := filepath.Join(t.TempDir(), "new", "out.json")
	r := &recorder{T: t}
	JSON(r, path, map[string]int{"a": 1})
	assert.Empty(t, r.fatals)
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "{\n  \"a\": 1\n}\n", string(b))
}
