package har_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestNothingBuiltAtInit keeps start-up free of the reader's work (the first
// page needs no HAR code): no init function, and no package-level variable
// initialised by a call or a map literal, except sync.OnceValue (built on
// first use) and errors.New (sentinel errors).
func TestNothingBuiltAtInit(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		for _, d := range f.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok && fn.Name.Name == "init" && fn.Recv == nil {
				t.Errorf("%s: func init runs at start-up", fset.Position(fn.Pos()))
			}
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				for _, v := range spec.(*ast.ValueSpec).Values {
					ast.Inspect(v, func(n ast.Node) bool {
						switch x := n.(type) {
						case *ast.FuncLit:
							return false // runs when called, not at init
						case *ast.CallExpr:
							if sel, ok := x.Fun.(*ast.SelectorExpr); ok {
								if id, ok := sel.X.(*ast.Ident); ok && (id.Name == "sync" && strings.HasPrefix(sel.Sel.Name, "OnceValue") || id.Name == "errors" && sel.Sel.Name == "New") {
									return true
								}
							}
							t.Errorf("%s: a package-level variable is computed at start-up", fset.Position(x.Pos()))
						case *ast.CompositeLit:
							if _, isMap := x.Type.(*ast.MapType); isMap {
								t.Errorf("%s: a package-level map is built at start-up", fset.Position(x.Pos()))
							}
						}
						return true
					})
				}
			}
		}
	}
	if checked < 5 {
		t.Fatalf("only %d files checked", checked)
	}
}
