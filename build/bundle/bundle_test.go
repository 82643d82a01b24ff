package bundle

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var fakeWasm = append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("go"), 500)...)

func fixture(t *testing.T) Sources {
	t.Helper()
	index, err := os.ReadFile("testdata/index.html")
	require.NoError(t, err)
	return Sources{Index: index, Files: []fs.FS{os.DirFS("testdata/none"), os.DirFS("testdata")}, WasmExec: []byte("/* wasm_exec */ class Go {}"), Wasm: fakeWasm}
}

var metaCSP = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)"`)

func policyOf(t *testing.T, page []byte) string {
	t.Helper()
	all := metaCSP.FindAllSubmatch(page, -1)
	require.Len(t, all, 1, "exactly one policy: the page's own is replaced")
	return strings.ReplaceAll(string(all[0][1]), "&#39;", "'")
}

func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

func TestSite(t *testing.T) {
	files, err := Site(fixture(t))
	require.NoError(t, err)
	for _, name := range []string{"index.html", "app.wasm", "wasm_exec.js", "embed.js", "web/app.css", "web/print.css"} {
		assert.Contains(t, files, name)
	}
	p := policyOf(t, files["index.html"])
	assert.True(t, strings.HasPrefix(p, "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'"), p)
	assert.Contains(t, p, "connect-src 'self'")
	assert.Contains(t, p, hash(`fetch("app.wasm").then(r => r.arrayBuffer())`), "the inline script is allowed by its hash")
	assert.NotContains(t, p, "unsafe-inline' 'wasm", "scripts are never allowed inline wholesale")
	assert.Contains(t, string(files["index.html"]), `<link rel="icon" href="data:,"/>`)
}

func TestSingleFile(t *testing.T) {
	page, err := SingleFile(fixture(t))
	require.NoError(t, err)
	s := string(page)
	assert.NotRegexp(t, `<script[^>]+src=`, s, "every script is inlined")
	assert.NotContains(t, s, `rel="stylesheet"`, "every stylesheet is inlined")
	assert.Contains(t, s, "body { color: #111 }")
	assert.Contains(t, s, `<style media="print">`)
	assert.Contains(t, s, "class Go {}")

	p := policyOf(t, page)
	assert.Contains(t, p, "connect-src 'none'")
	assert.NotContains(t, p, "'self'")
	for _, script := range []string{string(loaderJS), "/* wasm_exec */ class Go {}", `fetch("app.wasm").then(r => r.arrayBuffer())`} {
		assert.Contains(t, p, hash(script))
	}
	assert.Less(t, strings.Index(s, "Content-Security-Policy"), strings.Index(s, "<script"), "the policy precedes every script")
	assert.Less(t, strings.Index(s, "cipa-triage single file"), strings.Index(s, "class Go {}"), "the loader runs before the app's scripts")

	m := regexp.MustCompile(`<script type="application/octet-stream" id="cipa-triage-wasm" data-encoding="gzip\+base64">([^<]*)</script>`).FindStringSubmatch(s)
	require.NotNil(t, m, "the compressed app is in the page")
	gz, err := base64.StdEncoding.DecodeString(m[1])
	require.NoError(t, err)
	z, err := gzip.NewReader(bytes.NewReader(gz))
	require.NoError(t, err)
	back, err := io.ReadAll(z)
	require.NoError(t, err)
	assert.Equal(t, fakeWasm, back)
	assert.Less(t, len(m[1]), len(fakeWasm)/4, "the app is compressed")
}

func TestBadSources(t *testing.T) {
	for name, tc := range map[string]struct {
		index, want string
		wasm        []byte
	}{
		"remote script":   {index: `<html><head><script src="https://cdn.example/x.js"></script></head><body><script>fetch("app.wasm")</script></body></html>`, want: "not a local file"},
		"remote font":     {index: `<html><head><link rel="stylesheet" href="//fonts.example/css"></head><body></body></html>`, want: "not a local file"},
		"outside":         {index: `<html><head><link rel="stylesheet" href="../secret.css"></head><body><script>fetch("app.wasm")</script></body></html>`, want: "outside the site folder"},
		"missing file":    {index: `<html><head><link rel="stylesheet" href="web/none.css"></head><body><script>fetch("app.wasm")</script></body></html>`, want: "web/none.css"},
		"never loads":     {index: `<html><head></head><body><script>console.log(1)</script></body></html>`, want: "loads app.wasm"},
		"not webassembly": {index: `<html><head></head><body><script>fetch("app.wasm")</script></body></html>`, want: "not a WebAssembly module", wasm: []byte("MZ not wasm")},
	} {
		t.Run(name, func(t *testing.T) {
			src := Sources{Index: []byte(tc.index), Files: []fs.FS{fstest.MapFS{}}, WasmExec: []byte("x"), Wasm: fakeWasm}
			if tc.wasm != nil {
				src.Wasm = tc.wasm
			}
			_, err := SingleFile(src)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// The site keeps the path the page uses for a file found elsewhere by name:
// index.html says style.css, the repository keeps web/style.css.
func TestAssetFolders(t *testing.T) {
	src := Sources{
		Index:    []byte(`<html><head><link rel="stylesheet" href="style.css"></head><body><script>fetch("app.wasm")</script></body></html>`),
		Files:    []fs.FS{fstest.MapFS{}, fstest.MapFS{"style.css": {Data: []byte("p{}")}}},
		WasmExec: []byte("x"), Wasm: fakeWasm,
	}
	files, err := Site(src)
	require.NoError(t, err)
	assert.Equal(t, "p{}", string(files["style.css"]))
}

// The readers' module and its worker ship beside the app: as files on the
// site, inside the page in the single file, each allowed by the policy.
func TestReadersModule(t *testing.T) {
	src := fixture(t)
	src.Readers = append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("rd"), 500)...)
	src.Worker = []byte("self.onmessage = null;")
	files, err := Site(src)
	require.NoError(t, err)
	assert.Equal(t, src.Readers, files["readers.wasm"])
	assert.Equal(t, "/* wasm_exec */ class Go {}\nself.onmessage = null;", string(files["readers-worker.js"]), "Go's support, then the start-up")
	assert.Contains(t, policyOf(t, files["index.html"]), "worker-src 'self'")

	page, err := SingleFile(src)
	require.NoError(t, err)
	s := string(page)
	assert.Contains(t, policyOf(t, page), "worker-src blob:")
	assert.Contains(t, s, `<script type="text/plain" id="cipa-triage-worker">/* wasm_exec */ class Go {}`+"\n"+`self.onmessage = null;</script>`)
	assert.Contains(t, s, `id="cipa-triage-readers-wasm"`)
	assert.Less(t, strings.Index(s, `id="cipa-triage-wasm"`), strings.Index(s, `id="cipa-triage-readers-wasm"`), "the app's data comes first")
}

// The start page is in the HTML, from the app's own words.
func TestPrerender(t *testing.T) {
	src := fixture(t)
	src.Index = []byte(`<html><head></head><body><div id="cipa-triage"><main class="ct-main"><div id="ct-loading">Loading</div></main></div><script>fetch("app.wasm")</script></body></html>`)
	for name, build := range map[string]func(Sources) ([]byte, error){
		"site":   func(s Sources) ([]byte, error) { f, err := Site(s); return f["index.html"], err },
		"single": SingleFile,
	} {
		page, err := build(src)
		require.NoError(t, err, name)
		s := string(page)
		assert.Contains(t, s, `<header class="ct-header"><p class="ct-service">CIPA demand letter checker</p></header>`, name)
		assert.Contains(t, s, `<div class="ct-page" data-page="start"><div><h1 id="ct-heading" tabindex="-1">Check a California privacy (CIPA) demand letter</h1>`, name)
		assert.Contains(t, s, `<button class="ct-button" type="button" id="ct-start">Start now</button>`, name)
		assert.Less(t, strings.Index(s, "ct-start"), strings.Index(s, "ct-loading"), name)
	}
}

func TestPrecompress(t *testing.T) {
	in := map[string][]byte{"app.wasm": bytes.Repeat([]byte("wasm "), 1000), "a.png": []byte("png"), "web/s.css": bytes.Repeat([]byte("p{} "), 100)}
	out, err := Precompress(in, 5)
	require.NoError(t, err)
	assert.Len(t, out, 7, "each compressible file, its .gz and its .br; the image alone")
	for _, name := range []string{"app.wasm", "web/s.css"} {
		z, err := gzip.NewReader(bytes.NewReader(out[name+".gz"]))
		require.NoError(t, err)
		back, err := io.ReadAll(z)
		require.NoError(t, err)
		assert.Equal(t, in[name], back)
		back, err = io.ReadAll(brotli.NewReader(bytes.NewReader(out[name+".br"])))
		require.NoError(t, err)
		assert.Equal(t, in[name], back)
	}
}
