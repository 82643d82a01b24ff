package precompressed

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFileServer(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"app.wasm": "raw", "app.wasm.gz": "gzipped", "app.wasm.br": "brotli",
		"index.html": "<p>page</p>", "index.html.gz": "gzipped page",
		"plain.txt": "plain",
	} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
	}
	srv := httptest.NewServer(FileServer(dir))
	defer srv.Close()
	for _, tc := range []struct {
		path, accept, body, encoding, ctype, vary string
	}{
		{"/app.wasm", "gzip, deflate, br, zstd", "brotli", "br", "application/wasm", "Accept-Encoding"},
		{"/app.wasm", "gzip", "gzipped", "gzip", "application/wasm", "Accept-Encoding"},
		{"/app.wasm", "br;q=0, gzip", "gzipped", "gzip", "application/wasm", "Accept-Encoding"},
		{"/app.wasm", "identity", "raw", "", "application/wasm", "Accept-Encoding"},
		{"/", "br, gzip", "gzipped page", "gzip", "text/html; charset=utf-8", "Accept-Encoding"},
		{"/plain.txt", "br, gzip", "plain", "", "text/plain; charset=utf-8", ""},
	} {
		t.Run(tc.path+" "+tc.accept, func(t *testing.T) {
			req, err := http.NewRequest("GET", srv.URL+tc.path, nil)
			require.NoError(t, err)
			req.Header.Set("Accept-Encoding", tc.accept)
			res, err := http.DefaultTransport.RoundTrip(req) // the client must not undo the encoding
			require.NoError(t, err)
			defer res.Body.Close()
			b, _ := io.ReadAll(res.Body)
			assert.Equal(t, tc.body, string(b))
			assert.Equal(t, tc.encoding, res.Header.Get("Content-Encoding"))
			assert.Equal(t, tc.ctype, res.Header.Get("Content-Type"))
			assert.Equal(t, tc.vary, res.Header.Get("Vary"))
		})
	}
}
