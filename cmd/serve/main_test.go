package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckLoopback(t *testing.T) {
	for addr, ok := range map[string]bool{
		"127.0.0.1:8080": true, "127.0.0.2:1": true, "[::1]:8080": true, "localhost:8080": true,
		"0.0.0.0:8080": false, ":8080": false, "192.168.1.10:8080": false, "example.com:80": false, "127.0.0.1": false,
	} {
		t.Run(addr, func(t *testing.T) {
			err := checkLoopback(addr)
			if ok {
				assert.NoError(t, err)
			} else {
				assert.Error(t, err)
			}
		})
	}
}

func TestHandler(t *testing.T) {
	srv := httptest.NewServer(Handler("testdata"))
	defer srv.Close()
	res, err := http.Get(srv.URL + "/app.wasm")
	require.NoError(t, err)
	defer res.Body.Close()
	assert.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, "application/wasm", res.Header.Get("Content-Type"), "instantiateStreaming needs the wasm type")
	assert.Contains(t, res.Header.Get("Content-Security-Policy"), "default-src 'none'")
	assert.Contains(t, res.Header.Get("Content-Security-Policy"), "connect-src 'self'")
	assert.Equal(t, "no-store", res.Header.Get("Cache-Control"))
	assert.Contains(t, res.Header.Get("Content-Security-Policy"), "worker-src 'self'", "the readers run in a worker from the site")

	req, err := http.NewRequest("GET", srv.URL+"/app.wasm", nil)
	require.NoError(t, err)
	req.Header.Set("Accept-Encoding", "gzip, br")
	br, err := http.DefaultTransport.RoundTrip(req)
	require.NoError(t, err)
	defer br.Body.Close()
	assert.Equal(t, "br", br.Header.Get("Content-Encoding"), "the build's precompressed copy is sent")
	assert.Equal(t, "application/wasm", br.Header.Get("Content-Type"))
	assert.Equal(t, "Accept-Encoding", br.Header.Get("Vary"))

	res2, err := http.Get(srv.URL + "/")
	require.NoError(t, err)
	defer res2.Body.Close()
	var b bytes.Buffer
	_, _ = b.ReadFrom(res2.Body)
	assert.Contains(t, b.String(), "<title>t</title>")
}

func TestRunRefusesOtherAddresses(t *testing.T) {
	var stderr bytes.Buffer
	assert.Equal(t, 2, run([]string{"-addr", "0.0.0.0:0", "-dir", "testdata"}, &stderr))
	assert.Contains(t, stderr.String(), "loopback")
	stderr.Reset()
	assert.Equal(t, 2, run([]string{"-addr", "127.0.0.1:0", "-dir", "no-such-folder"}, &stderr))
	assert.Contains(t, stderr.String(), "not a folder")
}
