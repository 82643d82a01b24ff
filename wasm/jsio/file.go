//go:build js && wasm

package jsio

import (
	"fmt"
	"io"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/hack-pad/safejs"
)

// fileReader streams a browser File into Go in large slices: each chunk is
// Blob.slice(off, off+chunkSize).arrayBuffer(), awaited once and copied into
// Go with one CopyBytesToGo into a buffer reused for every chunk, so a 200 MB
// HAR is never held whole in Go memory, nor copied twice.
//
// File.stream() is not used: Chromium hands it out in 64 KiB pieces, and each
// piece costs a promise round trip between Go and JavaScript, which made
// reading in the page several times slower than the reader itself.
type fileReader struct {
	file  safejs.Value
	size  int64
	u8    safejs.Value // the Uint8Array constructor
	off   int64        // next slice offset
	chunk []byte
	buf   []byte
	done  bool
}

// chunkSize is the slice read size: big enough that the promise round trip
// per chunk is negligible, small enough to keep memory flat.
const chunkSize = 4 << 20

// OpenFile streams a browser File (or Blob with a name) as a Source.
func OpenFile(file safejs.Value) (core.Source, error) {
	name, err := Str(file, "name")
	if err != nil {
		return core.Source{}, fmt.Errorf("the file has no name: %w", err)
	}
	sizeV, err := file.Get("size")
	if err != nil {
		return core.Source{}, err
	}
	size, err := sizeV.Float()
	if err != nil {
		return core.Source{}, fmt.Errorf("%s: size unknown: %w", name, err)
	}
	u8, err := Global("Uint8Array")
	if err != nil {
		return core.Source{}, err
	}
	r := &fileReader{file: file, size: int64(size), u8: u8}
	return core.Source{Name: name, Size: int64(size), R: r}, nil
}

func (r *fileReader) Read(p []byte) (int, error) {
	for len(r.buf) == 0 {
		if r.done {
			return 0, io.EOF
		}
		if err := r.next(); err != nil {
			r.done = true
			return 0, fmt.Errorf("reading the file: %w", err)
		}
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// next fetches one chunk into r.buf.
func (r *fileReader) next() error {
	if r.off >= r.size {
		r.done = true
		return nil
	}
	end := min(r.off+chunkSize, r.size)
	blob, err := r.file.Call("slice", float64(r.off), float64(end))
	if err != nil {
		return err
	}
	p, err := blob.Call("arrayBuffer")
	if err != nil {
		return err
	}
	ab, err := Await(p)
	if err != nil {
		return err
	}
	arr, err := r.u8.New(ab)
	if err != nil {
		return err
	}
	n, err := arr.Length()
	if err != nil {
		return err
	}
	if n == 0 { // the file shrank under us: stop rather than loop
		r.done = true
		return nil
	}
	if cap(r.chunk) < n {
		r.chunk = make([]byte, n)
	}
	got, err := safejs.CopyBytesToGo(r.chunk[:n], arr)
	if err != nil {
		return err
	}
	r.buf = r.chunk[:got]
	r.off += int64(got)
	return nil
}

// Close stops the reader when it ends early: there is no stream to cancel,
// only the slices not yet read.
func (r *fileReader) Close() error {
	r.done = true
	return nil
}
