package bundle

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"path"
	"sync"

	"github.com/andybalholm/brotli"
)

// compressible are the endings a browser downloads as text or code; images
// and archives are already compressed.
var compressible = map[string]bool{".wasm": true, ".js": true, ".css": true, ".html": true, ".json": true, ".svg": true}

// FirstBrotli is the Brotli quality of app.wasm, which every visitor waits
// for: the best (11) is some 12% smaller than 9 on this app, and takes about
// a minute of one core.
const FirstBrotli = 11

// Precompress returns the site's files and, beside each compressible one,
// name.gz (gzip -9) and name.br (Brotli at quality; below 0, 11 for
// app.wasm and 9 for the rest), for a server that sends
// a file's precompressed form when the browser accepts it (cmd/serve does,
// and docs/size-and-speed.md shows how to set up a static host). Brotli
// comes from github.com/andybalholm/brotli, a pure-Go port of Google's
// encoder: the standard library has no Brotli writer.
func Precompress(files map[string][]byte, quality int) (map[string][]byte, error) {
	out := map[string][]byte{}
	var (
		mu   sync.Mutex
		wg   sync.WaitGroup
		errs []error
	)
	put := func(name string, b []byte, err error) {
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			errs = append(errs, fmt.Errorf("compressing %s: %w", name, err))
			return
		}
		out[name] = b
	}
	for name, b := range files {
		out[name] = b
		if !compressible[path.Ext(name)] {
			continue
		}
		wg.Add(2)
		go func() { defer wg.Done(); z, err := Gzip(b); put(name+".gz", z, err) }()
		q := quality
		if q < 0 { // the default: the first download is worth the encoder's time
			q = 9
			if name == WasmName {
				q = FirstBrotli
			}
		}
		go func() { defer wg.Done(); z, err := Brotli(b, q); put(name+".br", z, err) }()
	}
	wg.Wait()
	if len(errs) > 0 {
		return nil, errs[0]
	}
	return out, nil
}

// Gzip is b at gzip's best level, as the size report measures it.
func Gzip(b []byte) ([]byte, error) {
	var z bytes.Buffer
	w, err := gzip.NewWriterLevel(&z, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return z.Bytes(), nil
}

// Brotli is b at the given quality with a 16 MB window.
func Brotli(b []byte, quality int) ([]byte, error) {
	var z bytes.Buffer
	w := brotli.NewWriterOptions(&z, brotli.WriterOptions{Quality: quality, LGWin: 24})
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return z.Bytes(), nil
}
