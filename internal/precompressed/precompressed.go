// Package precompressed serves a folder of static files the way the build
// lays it out: beside app.wasm are app.wasm.br and app.wasm.gz, and a
// browser that accepts Brotli or gzip gets those bytes with the matching
// Content-Encoding, the original's Content-Type and Vary: Accept-Encoding.
// Nothing is compressed per request. cmd/serve and the browser tests use it,
// so the tests measure what a well set-up static host sends.
package precompressed

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// encodings in order of preference: smallest first.
var encodings = []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}}

// FileServer serves dir, answering with a precompressed copy where one exists
// and the request accepts it.
func FileServer(dir string) http.Handler {
	_ = mime.AddExtensionType(".wasm", "application/wasm")
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := path.Clean("/" + r.URL.Path)
		if strings.HasSuffix(r.URL.Path, "/") {
			name = path.Join(name, "index.html")
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			files.ServeHTTP(w, r)
			return
		}
		var found bool
		for _, enc := range encodings {
			if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name+enc.ext))); err != nil {
				continue
			}
			found = true
			if !accepts(r.Header.Get("Accept-Encoding"), enc.name) {
				continue
			}
			f, err := os.Open(filepath.Join(dir, filepath.FromSlash(name+enc.ext)))
			if err != nil {
				break
			}
			defer f.Close()
			st, err := f.Stat()
			if err != nil {
				break
			}
			h := w.Header()
			h.Set("Content-Encoding", enc.name)
			h.Add("Vary", "Accept-Encoding")
			if ct := mime.TypeByExtension(path.Ext(name)); ct != "" {
				h.Set("Content-Type", ct)
			}
			http.ServeContent(w, r, name, st.ModTime(), f)
			return
		}
		if found {
			w.Header().Add("Vary", "Accept-Encoding")
		}
		files.ServeHTTP(w, r)
	})
}

// accepts says whether an Accept-Encoding header allows enc (q=0 refuses it).
func accepts(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), enc) && strings.TrimSpace(name) != "*" {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
