package bundle

import _ "embed"

// embedJS is the script a law firm adds to its page. It puts the checker in
// an iframe (styles cannot cross it either way) with the firm's details in
// the page's hash, and does nothing else.
//
//go:embed embed.js
var embedJS []byte
