package text

import "github.com/cipa-triage/cipa-triage/core/pattern"

// Pattern is a regular expression compiled on first use (core/pattern).
type Pattern = pattern.Pattern

// Compile returns a Pattern for expr, compiled the first time it is used.
func Compile(expr string) *Pattern { return pattern.Compile(expr) }

// CompileFunc is Compile for an expression built from a table on first use.
func CompileFunc(build func() string) *Pattern { return pattern.CompileFunc(build) }
