// Command size reports the raw and gzip (-9) sizes of the shipped files: what
// a visitor downloads. With -wasm-opt it also reports what binaryen's wasm-opt
// would save on each .wasm, so the choice not to use it stays measured; with
// -by-package, which Go packages the code comes from.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"text/tabwriter"
)

func main() {
	opt := flag.Bool("wasm-opt", false, "also measure wasm-opt -Oz on each .wasm (slow: seconds per MB)")
	names := flag.String("by-package", "", "also break this .wasm (built without -s -w) down by Go package")
	top := flag.Int("top", 25, "packages to list with -by-package")
	flag.Parse()
	err := run(flag.Args(), *opt)
	if err == nil && *names != "" {
		fmt.Println()
		err = byPackage(*names, *top)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "size:", err)
		os.Exit(1)
	}
}

func run(files []string, opt bool) error {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "file\traw bytes\tgzip -9 bytes\t")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		row(w, f, b)
		if opt && strings.HasSuffix(f, ".wasm") {
			o, err := wasmOpt(f)
			if err != nil {
				return err
			}
			row(w, f+" after wasm-opt -Oz", o)
		}
	}
	return w.Flush()
}

func row(w *tabwriter.Writer, name string, b []byte) {
	fmt.Fprintf(w, "%s\t%d\t%d\t\n", name, len(b), gzipLen(b))
}

func gzipLen(b []byte) int {
	var buf bytes.Buffer
	z, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	z.Write(b)
	z.Close()
	return buf.Len()
}

// wasmOpt runs binaryen with the features Go's output uses; without them
// validation fails on memory.fill.
func wasmOpt(f string) ([]byte, error) {
	dir, err := os.MkdirTemp("", "size")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "opt.wasm")
	cmd := exec.Command("wasm-opt", "-Oz", "--enable-bulk-memory", "--enable-sign-ext",
		"--enable-nontrapping-float-to-int", f, "-o", out)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("wasm-opt on %s: %w", f, err)
	}
	return os.ReadFile(out)
}
