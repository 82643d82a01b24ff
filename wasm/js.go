//go:build js && wasm

package main

import "github.com/cipa-triage/cipa-triage/wasm/jsio"

// The helpers over safejs live in jsio, which the readers' module shares.
var (
	global = jsio.Global
	path   = jsio.Path
	str    = jsio.Str
)
