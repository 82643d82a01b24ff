package core

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cipa-triage/cipa-triage/core/knowledge"
	"github.com/cipa-triage/cipa-triage/core/wording"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wordingUse is what the rules' source says about one wording key: whether
// it is named at all, and for each call of say or sayText with that key as
// a literal, the placeholder names the call fills.
type wordingUse struct {
	named bool
	calls [][]string
}

// wordingUses reads core's Go source (not tests) for wording keys: every
// string literal that looks like a key, and every say/sayText call.
func wordingUses(t *testing.T) map[string]*wordingUse {
	t.Helper()
	// The rules here, and the renderers' headings and fixed sentences.
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	reportFiles, err := filepath.Glob("report/*.go")
	require.NoError(t, err)
	files = append(files, reportFiles...)
	// The comparison of two recordings says its sentences through the same
	// file, with its own say.
	more, err := filepath.Glob(filepath.Join("harcompare", "*.go"))
	require.NoError(t, err)
	files = append(files, more...)
	prefixes := map[string]bool{}
	for _, e := range wording.All() {
		prefixes[e.Key[:strings.IndexByte(e.Key, '.')+1]] = true
	}
	uses := map[string]*wordingUse{}
	use := func(key string) *wordingUse {
		if uses[key] == nil {
			uses[key] = &wordingUse{}
		}
		return uses[key]
	}
	looksLikeKey := func(s string) bool {
		if strings.ContainsAny(s, " {}") || !strings.Contains(s, ".") {
			return false
		}
		return prefixes[s[:strings.IndexByte(s, '.')+1]]
	}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		require.NoError(t, err)
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BasicLit:
				if n.Kind == token.STRING {
					if s, err := strconv.Unquote(n.Value); err == nil && looksLikeKey(s) {
						use(s).named = true
					}
				}
			case *ast.CallExpr:
				id, ok := n.Fun.(*ast.Ident)
				if !ok || (id.Name != "say" && id.Name != "sayText") || len(n.Args) == 0 {
					return true
				}
				lit, ok := n.Args[0].(*ast.BasicLit)
				if !ok {
					return true // a chosen key: every literal it can be is named above
				}
				key, _ := strconv.Unquote(lit.Value)
				var names []string
				for i := 1; i < len(n.Args); i += 2 {
					if l, ok := n.Args[i].(*ast.BasicLit); ok {
						name, _ := strconv.Unquote(l.Value)
						names = append(names, name)
					} else if n.Ellipsis.IsValid() {
						names = append(names, "*") // a spread list: checked at run time
					}
				}
				use(key).calls = append(use(key).calls, names)
			}
			return true
		})
	}
	return uses
}

// TestWordingKeys holds the wording data and the rules to each other: every
// key the rules name exists, every entry is used, every placeholder gets a
// value, and every source is a knowledge id.
func TestWordingKeys(t *testing.T) {
	require.NoError(t, wording.Err())
	uses := wordingUses(t)
	require.Greater(t, len(uses), 100, "the rules' keys were found")
	for key := range uses {
		_, ok := wording.Lookup(key)
		assert.True(t, ok, "the rules use %q, which wording.json lacks", key)
	}
	for _, e := range wording.All() {
		u := uses[e.Key]
		assert.True(t, u != nil && u.named, "wording.json has %q, which no rule uses", e.Key)
		assert.NotEmpty(t, e.Texts(), "%s says nothing", e.Key)
		for _, id := range e.Sources {
			_, ok := knowledge.Lookup(id)
			assert.True(t, ok, "%s cites %q, which is not in the knowledge table", e.Key, id)
		}
		var need []string
		for _, text := range e.Texts() {
			need = append(need, wording.Placeholders(text[1])...)
			assert.False(t, wording.Malformed(text[1]), "%s %s: a brace that is not a placeholder", e.Key, text[0])
		}
		if u == nil {
			continue
		}
		for _, call := range u.calls {
			if contains(call, "*") {
				continue
			}
			for _, name := range need {
				assert.Contains(t, call, name, "%s: a call leaves {%s} without a value", e.Key, name)
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestWordingFill(t *testing.T) {
	assert.Equal(t, "1 day left", wording.Fill("{n} {n|day|days} left", map[string]string{"n": "1"}))
	assert.Equal(t, "3 days left", wording.Fill("{n} {n|day|days} left", map[string]string{"n": "3"}))
	assert.Equal(t, "{n} left", wording.Fill("{n} left", nil), "a missing value stays visible")
	assert.Equal(t, []string{"a", "b"}, wording.Placeholders("{b} {a|x|y} {a}"))
	e := say("summary.deadline.passed", "deadline", MustDate("2026-10-01"), "days_ago", 1)
	assert.Equal(t, "The letter's response window closed on October 1, 2026, 1 day ago: talk to a lawyer today.", e.Text)
}
