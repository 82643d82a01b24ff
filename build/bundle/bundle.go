// Package bundle assembles the shipped builds from the app's sources: the
// static site for any web host (with the embed script) and one HTML file that
// works opened from disk. Both carry a Content-Security-Policy that forbids
// the page to reach any other origin, so the browser itself enforces the
// promise that nothing leaves the device.
package bundle

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Names of the files that index.html refers to and the site ships.
const (
	WasmName     = "app.wasm"     // the compiled app; index.html fetches it by this name
	WasmExecName = "wasm_exec.js" // Go's JavaScript support, from $(go env GOROOT)/lib/wasm
	EmbedName    = "embed.js"     // the script a law firm adds to its page
	IndexName    = "index.html"
	// The readers' module and its Web Worker (wasm/readers, web/readers.js):
	// loaded when a document is first read, or once the first page is up.
	ReadersWasmName = "readers.wasm"
	WorkerName      = "readers-worker.js"
)

// Sources is what a build is made of.
type Sources struct {
	// Index is index.html. Its local stylesheets and scripts are read from
	// the first of Files that has them (by their path, else by their base
	// name), except wasm_exec.js, which comes from WasmExec.
	Index    []byte
	Files    []fs.FS
	WasmExec []byte
	Wasm     []byte
	// Readers is the readers' module and Worker the script that starts it
	// in a Web Worker (after WasmExec); a build without them cannot read
	// documents, which the page then says.
	Readers []byte
	Worker  []byte
}

// workerScript is what the readers' worker runs: Go's support, then the start-up.
func (src Sources) workerScript() []byte {
	return append(append(append([]byte(nil), src.WasmExec...), '\n'), src.Worker...)
}

// Site returns the files of the static site by their path in the site folder.
func Site(src Sources) (map[string][]byte, error) {
	doc, err := parse(src.Index)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{
		WasmName:     src.Wasm,
		WasmExecName: src.WasmExec,
		EmbedName:    embedJS,
	}
	if src.Readers != nil {
		out[ReadersWasmName] = src.Readers
		out[WorkerName] = src.workerScript()
	}
	for _, ref := range references(doc) {
		name, err := localPath(ref.url)
		if err != nil {
			return nil, err
		}
		if path.Base(name) == WasmExecName {
			out[name] = src.WasmExec
			continue
		}
		b, err := src.read(name)
		if err != nil {
			return nil, err
		}
		out[name] = b
	}
	prerender(doc)
	if err := finish(doc, sitePolicy); err != nil {
		return nil, err
	}
	if out[IndexName], err = render(doc); err != nil {
		return nil, err
	}
	return out, nil
}

// SingleFile returns one self-contained HTML page: stylesheets and scripts
// inlined, and the WASM gzip-compressed and base64-encoded in a data element
// that a small loader decompresses in the page when the app fetches app.wasm.
func SingleFile(src Sources) ([]byte, error) {
	doc, err := parse(src.Index)
	if err != nil {
		return nil, err
	}
	for _, ref := range references(doc) {
		name, err := localPath(ref.url)
		if err != nil {
			return nil, err
		}
		b := src.WasmExec
		if path.Base(name) != WasmExecName {
			if b, err = src.read(name); err != nil {
				return nil, err
			}
		}
		if err := inline(ref, b); err != nil {
			return nil, fmt.Errorf("inlining %s: %w", name, err)
		}
	}
	if !bytes.Contains(scriptText(doc), []byte(WasmName)) {
		return nil, fmt.Errorf("no script of index.html loads %s, so the single file could not start the app", WasmName)
	}
	data, err := wasmData(src.Wasm)
	if err != nil {
		return nil, err
	}
	head, body := find(doc, atom.Head), find(doc, atom.Body)
	if head == nil || body == nil {
		return nil, fmt.Errorf("index.html has no head or body")
	}
	// The loader must run before any script of the app asks for app.wasm.
	insertFirstScript(head, textElement(atom.Script, loaderJS, nil))
	// The app's data goes before the body's first script, so the app's loader
	// finds it parsed and need not wait for the rest of the page (the
	// readers); the start page above it shows first.
	appData := textElement(atom.Script, data, []html.Attribute{
		{Key: "type", Val: "application/octet-stream"},
		{Key: "id", Val: wasmDataID},
		{Key: "data-encoding", Val: "gzip+base64"},
	})
	if s := firstChild(body, atom.Script); s != nil {
		body.InsertBefore(appData, s)
	} else {
		body.AppendChild(appData)
	}
	if src.Readers != nil {
		// The readers come after the app, so the parser reaches the app first;
		// their worker runs from a blob: URL made of this element's text.
		readers, err := wasmData(src.Readers)
		if err != nil {
			return nil, fmt.Errorf("the readers' module: %w", err)
		}
		worker := src.workerScript()
		if bytes.Contains(bytes.ToLower(worker), []byte("</script")) {
			return nil, fmt.Errorf("the worker's script contains </script")
		}
		body.AppendChild(textElement(atom.Script, worker, []html.Attribute{
			{Key: "type", Val: "text/plain"},
			{Key: "id", Val: workerDataID},
		}))
		body.AppendChild(textElement(atom.Script, readers, []html.Attribute{
			{Key: "type", Val: "application/octet-stream"},
			{Key: "id", Val: readersDataID},
			{Key: "data-encoding", Val: "gzip+base64"},
		}))
	}
	prerender(doc)
	if err := finish(doc, singleFilePolicy); err != nil {
		return nil, err
	}
	return render(doc)
}

func firstChild(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return c
		}
	}
	return nil
}

// finish gives the page its policy and an empty icon, so that the browser
// does not ask the server (or the disk) for /favicon.ico.
func finish(doc *html.Node, p policy) error {
	head := find(doc, atom.Head)
	if head == nil {
		return fmt.Errorf("index.html has no head")
	}
	if !hasIcon(head) {
		head.AppendChild(&html.Node{Type: html.ElementNode, Data: "link", DataAtom: atom.Link,
			Attr: []html.Attribute{{Key: "rel", Val: "icon"}, {Key: "href", Val: "data:,"}}})
	}
	removeCSP(head)
	meta := &html.Node{Type: html.ElementNode, Data: "meta", DataAtom: atom.Meta, Attr: []html.Attribute{
		{Key: "http-equiv", Val: "Content-Security-Policy"},
		{Key: "content", Val: p.render(inlineScripts(doc))},
	}}
	// A policy in a meta tag covers only what the parser meets after it, so
	// it goes first (after the charset, which must stay in the first 1024 bytes).
	after := charset(head)
	if after != nil {
		head.InsertBefore(meta, after.NextSibling)
	} else {
		head.InsertBefore(meta, head.FirstChild)
	}
	return nil
}

// read finds a file index.html refers to: the site keeps the path the page
// uses, wherever the file lives in the repository (style.css is web/style.css).
func (src Sources) read(name string) ([]byte, error) {
	for _, try := range []string{name, path.Base(name)} {
		for _, fsys := range src.Files {
			if b, err := fs.ReadFile(fsys, try); err == nil {
				return b, nil
			}
		}
	}
	return nil, fmt.Errorf("index.html refers to %s, which is in none of the asset folders", name)
}

func localPath(ref string) (string, error) {
	if strings.Contains(ref, ":") || strings.HasPrefix(ref, "//") {
		return "", fmt.Errorf("index.html refers to %q, which is not a local file: the app may load nothing from elsewhere", ref)
	}
	name := path.Clean(strings.TrimPrefix(ref, "./"))
	if i := strings.IndexAny(name, "?#"); i >= 0 {
		name = name[:i]
	}
	if !fs.ValidPath(name) {
		return "", fmt.Errorf("index.html refers to %q, which is outside the site folder", ref)
	}
	return name, nil
}
