package text_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNothingCompiledAtInit: the readers' package-level variables compile no
// regular expression and run no code that builds a table when the package
// loads; expressions are text.Compile patterns, compiled on first use, and
// tables are sync.OnceValue functions (issue 14). A page that never reads a
// document pays nothing for the readers.
func TestNothingCompiledAtInit(t *testing.T) {
	for _, dir := range []string{".", "../letter", "../terms", "../policy"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			fset := token.NewFileSet()
			file, err := parser.ParseFile(fset, f, src, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, decl := range file.Decls {
				gd, ok := decl.(*ast.GenDecl)
				if !ok || gd.Tok != token.VAR {
					continue
				}
				for _, spec := range gd.Specs {
					for _, v := range spec.(*ast.ValueSpec).Values {
						ast.Inspect(v, func(n ast.Node) bool {
							switch n := n.(type) {
							case *ast.FuncLit:
								return false // runs later, when called
							case *ast.CallExpr:
								if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
									if id, ok := sel.X.(*ast.Ident); ok && id.Name == "regexp" {
										t.Errorf("%s: regexp.%s at package init", fset.Position(n.Pos()), sel.Sel.Name)
									}
								}
								if _, ok := n.Fun.(*ast.FuncLit); ok {
									t.Errorf("%s: a function run at package init", fset.Position(n.Pos()))
								}
							}
							return true
						})
					}
				}
			}
		}
	}
}
