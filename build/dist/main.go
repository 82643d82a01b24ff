// Command dist assembles the shipped builds from the compiled app:
//
//	dist/site/            index.html, app.wasm, readers.wasm and their scripts, CSS, embed.js:
//	                      for any static host, each compressible file also as .gz and .br
//	dist/cipa-triage.html one self-contained page that works opened from disk
//
// The Makefile's dist target compiles the app and runs it.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/cipa-triage/cipa-triage/build/bundle"
)

func main() {
	index := flag.String("index", "index.html", "the app's page; the files it refers to are read next to it")
	wasm := flag.String("wasm", "", "the compiled app (GOOS=js GOARCH=wasm ./wasm)")
	readers := flag.String("readers-wasm", "", "the compiled readers (GOOS=js GOARCH=wasm ./wasm/readers)")
	worker := flag.String("worker", "", "the readers' worker start-up script (web/readers-worker.js)")
	brQuality := flag.Int("brotli", -1, "Brotli quality of every .br file, 0 to 11; by default 11 for app.wasm (the first download) and 9 for the rest")
	wasmExec := flag.String("wasm-exec", "", "Go's wasm_exec.js, from $(go env GOROOT)/lib/wasm")
	out := flag.String("out", "dist", "the folder to write")
	assets := flag.String("assets", "", "more folders, comma-separated, where the files index.html refers to may be")
	firm := flag.String("firm-config", "", "a firm's details (JSON) to pin in both builds, so that no link can change them")
	flag.Parse()
	dirs := []string{filepath.Dir(*index)}
	if *assets != "" {
		dirs = append(dirs, strings.Split(*assets, ",")...)
	}
	if err := run(*index, *wasm, *readers, *worker, *wasmExec, *firm, *out, dirs, *brQuality); err != nil {
		fmt.Fprintln(os.Stderr, "dist:", err)
		os.Exit(1)
	}
}

func run(index, wasm, readers, worker, wasmExec, firm, out string, dirs []string, brQuality int) error {
	var src bundle.Sources
	var err error
	if src.Index, err = os.ReadFile(index); err != nil {
		return err
	}
	if firm != "" {
		cfg, err := os.ReadFile(firm)
		if err != nil {
			return err
		}
		if src.Index, err = bundle.Pin(src.Index, cfg); err != nil {
			return fmt.Errorf("%s: %w", firm, err)
		}
	}
	if src.Wasm, err = os.ReadFile(wasm); err != nil {
		return err
	}
	if src.WasmExec, err = os.ReadFile(wasmExec); err != nil {
		return err
	}
	if readers != "" {
		if src.Readers, err = os.ReadFile(readers); err != nil {
			return err
		}
		if src.Worker, err = os.ReadFile(worker); err != nil {
			return fmt.Errorf("the readers need their worker's script (-worker): %w", err)
		}
	}
	for _, d := range dirs {
		src.Files = append(src.Files, os.DirFS(d))
	}

	site, err := bundle.Site(src)
	if err != nil {
		return err
	}
	single, err := bundle.SingleFile(src)
	if err != nil {
		return err
	}
	siteDir := filepath.Join(out, "site")
	if err := os.RemoveAll(siteDir); err != nil {
		return err
	}
	packed, err := bundle.Precompress(site, brQuality)
	if err != nil {
		return err
	}
	for name, b := range packed {
		p := filepath.Join(siteDir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(out, "cipa-triage.html"), single, 0o644)
}
