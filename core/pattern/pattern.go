// Package pattern holds regular expressions compiled on first use, for the
// readers and the date reader: compiling them when a package loads would
// cost every visitor of the app time before the first page.
package pattern

import (
	"regexp"
	"sync"
)

// Pattern is a regular expression compiled on first use. The readers hold
// about a hundred expressions; compiling them when the package loads would
// cost every visitor of the app the time and memory before the first page,
// even one who never drops a document in (issue 14).
type Pattern struct {
	re func() *regexp.Regexp
}

// Compile returns a Pattern for expr, which is compiled (and checked: a bad
// expression panics, as regexp.MustCompile does) the first time it is used.
//
// It is never inlined: inlined at each of the readers' ~110 package-level
// call sites, sync.OnceValue's closures would add about 400 KB of code to
// the browser build.
//
//go:noinline
func Compile(expr string) *Pattern {
	return &Pattern{re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })}
}

// CompileFunc is Compile for an expression that is itself built from a
// table (a list of place names): the building waits for first use too.
//
//go:noinline
func CompileFunc(build func() string) *Pattern {
	return &Pattern{re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(build()) })}
}

// Regexp is the compiled expression.
func (p *Pattern) Regexp() *regexp.Regexp { return p.re() }

func (p *Pattern) String() string                 { return p.re().String() }
func (p *Pattern) MatchString(s string) bool      { return p.re().MatchString(s) }
func (p *Pattern) FindString(s string) string     { return p.re().FindString(s) }
func (p *Pattern) FindStringIndex(s string) []int { return p.re().FindStringIndex(s) }
func (p *Pattern) FindStringSubmatch(s string) []string {
	return p.re().FindStringSubmatch(s)
}
func (p *Pattern) FindStringSubmatchIndex(s string) []int {
	return p.re().FindStringSubmatchIndex(s)
}
func (p *Pattern) FindAllString(s string, n int) []string { return p.re().FindAllString(s, n) }
func (p *Pattern) FindAllStringIndex(s string, n int) [][]int {
	return p.re().FindAllStringIndex(s, n)
}
func (p *Pattern) FindAllStringSubmatch(s string, n int) [][]string {
	return p.re().FindAllStringSubmatch(s, n)
}
func (p *Pattern) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return p.re().FindAllStringSubmatchIndex(s, n)
}
func (p *Pattern) ReplaceAllString(src, repl string) string {
	return p.re().ReplaceAllString(src, repl)
}
func (p *Pattern) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return p.re().ReplaceAllStringFunc(src, repl)
}
func (p *Pattern) Split(s string, n int) []string { return p.re().Split(s, n) }
