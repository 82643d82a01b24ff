// Package docsmake holds one check: every `make X` the documentation tells a
// reader to run is a target of the Makefile (docsmake_test.go). A renamed
// target otherwise leaves the README sending newcomers to a command that fails.
package docsmake
