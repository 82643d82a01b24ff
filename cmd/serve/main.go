// Command serve serves the static site on the loopback interface only: the
// checker needs no server beyond handing out its own files, and a local
// run must not be reachable from the network.
//
//	serve [-dir dist/site] [-addr 127.0.0.1:8080]
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"

	"github.com/cipa-triage/cipa-triage/internal/precompressed"
)

// CSP lets the page load its own files and run WebAssembly, and forbids
// every other connection, so the browser itself enforces "nothing leaves".
const CSP = "default-src 'none'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
	"connect-src 'self'; worker-src 'self'; img-src 'self' data: blob:; form-action 'none'; base-uri 'none'; frame-ancestors *"

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", "dist/site", "folder to serve")
	addr := fs.String("addr", "127.0.0.1:8080", "loopback address and port to listen on")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if err := checkLoopback(*addr); err != nil {
		fmt.Fprintf(stderr, "serve: %v\n", err)
		return 2
	}
	if st, err := os.Stat(*dir); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "serve: %s is not a folder (run `make dist` first)\n", *dir)
		return 2
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "serve: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "Serving %s at http://%s/ (Ctrl-C to stop)\n", *dir, ln.Addr())
	if err := http.Serve(ln, Handler(*dir)); err != nil {
		log.Print(err)
		return 1
	}
	return 0
}

// checkLoopback refuses any address but 127.0.0.0/8, ::1 or localhost.
func checkLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("address %q: %w", addr, err)
	}
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("address %q is not on the loopback interface; use 127.0.0.1", addr)
	}
	return nil
}

// Handler serves dir with the CSP and no caching (a rebuilt .wasm must
// show), sending the build's .br or .gz copy of a file when the browser takes it.
func Handler(dir string) http.Handler {
	files := precompressed.FileServer(dir)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", CSP)
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		files.ServeHTTP(w, r)
	})
}
