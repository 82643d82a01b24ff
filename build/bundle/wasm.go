package bundle

import (
	"bytes"
	_ "embed"
	"encoding/base64"
	"fmt"
)

// wasmDataID is the id of the element that holds the compressed app in the
// single file; loader.js reads it.
const wasmDataID = "cipa-triage-wasm"

// readersDataID holds the readers' module, and workerDataID the text of
// their worker's script, which web/readers.js starts from a blob: URL.
const (
	readersDataID = "cipa-triage-readers-wasm"
	workerDataID  = "cipa-triage-worker"
)

// loaderJS answers the app's fetch of app.wasm from the data element, so
// index.html loads the app the same way in both builds.
//
//go:embed loader.js
var loaderJS []byte

// wasmData is the app gzip-compressed at the best level, then base64: the
// browser's DecompressionStream undoes the first, atob or
// Uint8Array.fromBase64 the second.
func wasmData(wasm []byte) ([]byte, error) {
	if len(wasm) < 8 || !bytes.Equal(wasm[:4], []byte("\x00asm")) {
		return nil, fmt.Errorf("the app is not a WebAssembly module (%d bytes)", len(wasm))
	}
	z, err := Gzip(wasm)
	if err != nil {
		return nil, fmt.Errorf("compressing the app: %w", err)
	}
	out := make([]byte, base64.StdEncoding.EncodedLen(len(z)))
	base64.StdEncoding.Encode(out, z)
	return out, nil
}
