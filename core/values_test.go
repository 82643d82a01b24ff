package core

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// declaredConstants reads the package's source and returns, for each named
// type, the string values of the constants declared with it.
func declaredConstants(t *testing.T) map[string][]string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	out := map[string][]string{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				typ, ok := vs.Type.(*ast.Ident)
				if !ok {
					continue
				}
				for _, v := range vs.Values {
					if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						s, err := strconv.Unquote(lit.Value)
						require.NoError(t, err)
						out[typ.Name] = append(out[typ.Name], s)
					}
				}
			}
		}
	}
	return out
}

// answerField finds the Go field a questionnaire path ("site.consent_banner") names.
func answerField(t *testing.T, path string) reflect.StructField {
	t.Helper()
	typ := reflect.TypeOf(Answers{})
	var field reflect.StructField
	for _, part := range strings.Split(path, ".") {
		found := false
		for i := 0; i < typ.NumField(); i++ {
			if strings.Split(typ.Field(i).Tag.Get("json"), ",")[0] == part {
				field, typ, found = typ.Field(i), typ.Field(i).Type, true
				break
			}
		}
		require.True(t, found, "%s: no field %q", path, part)
	}
	return field
}

// Every single-choice question's options are exactly the declared constants
// of its field's named type (plus Unknown, which any question may offer), so
// the values the rules compare against cannot drift from what is asked.
func TestOptionsAreDeclaredConstants(t *testing.T) {
	consts := declaredConstants(t)
	used := map[string]bool{}
	for _, s := range Questionnaire {
		for _, q := range s.Questions {
			if q.Kind != KindEnum {
				continue
			}
			t.Run(q.Field, func(t *testing.T) {
				f := answerField(t, q.Field)
				typeName := f.Type.Name()
				require.NotEqual(t, "string", typeName, "%s is a plain string: give it a named type in values.go", q.Field)
				want := append([]string(nil), consts[typeName]...)
				require.NotEmpty(t, want, "no constants are declared for %s", typeName)
				var got []string
				for _, o := range q.Options {
					if o.Value != Unknown {
						got = append(got, o.Value)
					}
				}
				sort.Strings(want)
				sort.Strings(got)
				assert.Equal(t, want, got, "%s offers exactly the %s constants", q.Field, typeName)
				used[typeName] = true
			})
		}
	}
	// Every answer type declared in values.go is asked somewhere.
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "values.go", nil, 0)
	require.NoError(t, err)
	for _, decl := range f.Decls {
		if gd, ok := decl.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			for _, spec := range gd.Specs {
				name := spec.(*ast.TypeSpec).Name.Name
				assert.True(t, used[name], "%s is declared in values.go but no question offers its values", name)
			}
		}
	}
}

// The rules' own ids and labels: each Status and Forum has a label, each
// factor and defense id constant is produced by Assess.
func TestRuleIDsAreDeclaredConstants(t *testing.T) {
	consts := declaredConstants(t)
	as := Assess(Answers{}, MustDate("2026-11-26"))
	var factors, defenses []string
	for _, f := range as.Factors {
		factors = append(factors, string(f.ID))
	}
	for _, d := range as.Defenses {
		defenses = append(defenses, string(d.ID))
	}
	assert.ElementsMatch(t, consts["FactorID"], factors, "every factor id is a FactorID constant, and each is assessed")
	assert.ElementsMatch(t, consts["DefenseID"], defenses, "every defense id is a DefenseID constant, and each is assessed")
	for _, s := range consts["Status"] {
		assert.Contains(t, statusLabels, Status(s))
	}
	for _, s := range consts["Forum"] {
		assert.Contains(t, forumLabels, Forum(s))
	}
}
