package draft

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

// TestDraftWording holds drafts.json and this package to each other: every
// key a say call names exists, every entry is used, every placeholder an
// entry has is given by each call, and every source is a knowledge id.
func TestDraftWording(t *testing.T) {
	require.NoError(t, wording.DraftsErr())
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	calls := map[string][][]string{}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		require.NoError(t, err)
		ast.Inspect(file, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			// say(key, ...) and the builder's b.t, b.li, b.p (key first) and
			// b.h (level, then key).
			var name string
			switch fn := c.Fun.(type) {
			case *ast.Ident:
				name = fn.Name
			case *ast.SelectorExpr:
				name = fn.Sel.Name
			}
			args := c.Args
			switch name {
			case "say", "t", "li", "p":
			case "h":
				if len(args) > 0 {
					args = args[1:]
				}
			default:
				return true
			}
			if len(args) == 0 {
				return true
			}
			c = &ast.CallExpr{Fun: c.Fun, Args: args, Lparen: c.Lparen}
			if id, ok := c.Args[0].(*ast.Ident); ok && id.Name == "key" {
				return true // the builder passing its caller's key on
			}
			lit, ok := c.Args[0].(*ast.BasicLit)
			if !ok {
				t.Errorf("%s: a wording key must be a string literal", fset.Position(c.Pos()))
				return true
			}
			key, _ := strconv.Unquote(lit.Value)
			var names []string
			for i := 1; i < len(c.Args); i += 2 {
				if l, ok := c.Args[i].(*ast.BasicLit); ok {
					name, _ := strconv.Unquote(l.Value)
					names = append(names, name)
				}
			}
			calls[key] = append(calls[key], names)
			return true
		})
	}
	require.Greater(t, len(calls), 50, "the drafts' keys were found")
	for key := range calls {
		_, ok := wording.LookupDraft(key)
		assert.True(t, ok, "the drafts use %q, which drafts.json lacks", key)
	}
	for _, e := range wording.Drafts() {
		assert.True(t, strings.HasPrefix(e.Key, "draft."), "%s: a draft key starts with draft.", e.Key)
		_, used := calls[e.Key]
		assert.True(t, used, "drafts.json has %q, which no draft uses", e.Key)
		assert.NotEmpty(t, e.Texts(), "%s says nothing", e.Key)
		for _, id := range e.Sources {
			_, ok := knowledge.Lookup(id)
			assert.True(t, ok, "%s cites %q, which is not in the knowledge table", e.Key, id)
		}
		var need []string
		for _, text := range e.Texts() {
			need = append(need, wording.Placeholders(text[1])...)
			assert.False(t, wording.Malformed(text[1]), "%s: a brace that is not a placeholder", e.Key)
		}
		for _, call := range calls[e.Key] {
			for _, n := range need {
				assert.Contains(t, call, n, "a call of %s does not fill {%s}", e.Key, n)
			}
		}
	}
}

// A key the checker's own wording has is not reused for a draft: the two
// files are read by different code and must not shadow each other.
func TestDraftKeysApartFromWording(t *testing.T) {
	for _, e := range wording.Drafts() {
		_, clash := wording.Lookup(e.Key)
		assert.False(t, clash, "%s is in both wording.json and drafts.json", e.Key)
	}
}
