// Package model is the browser app's logic that needs no browser, tested
// natively: the form and its saved state, the page flow, display of values,
// the JavaScript API's JSON, the mailto link, and the firm's configuration
// with the rules for who may set it (site.go: pinned in the page, or given by
// an allowed embedding page; never from the address).
package model
