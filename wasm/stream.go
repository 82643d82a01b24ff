//go:build js && wasm

package main

import (
	"fmt"
	"io"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/hack-pad/safejs"
)

// fileReader streams a browser File into Go one chunk at a time, so a
// 200 MB HAR is never held whole in Go memory, nor copied twice. It uses
// File.stream() and falls back to Blob.slice() reads where stream() is
// missing.
type fileReader struct {
	file   safejs.Value
	size   int64
	stream safejs.Value // a ReadableStreamDefaultReader, or undefined
	off    int64        // next slice offset in fallback mode
	chunk  []byte
	buf    []byte
	done   bool
}

// sliceSize is the fallback read size: big enough to amortise the promise
// round trip, small enough to keep memory flat.
const sliceSize = 1 << 20

func openFile(file safejs.Value) (core.Source, error) {
	name, err := str(file, "name")
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
	r := &fileReader{file: file, size: int64(size), stream: safejs.Undefined()}
	if fn, err := file.Get("stream"); err == nil && fn.Type() == safejs.TypeFunction {
		s, err := file.Call("stream")
		if err == nil {
			if rd, err := s.Call("getReader"); err == nil {
				r.stream = rd
			}
		}
	}
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
	var arr safejs.Value
	if !r.stream.IsUndefined() {
		p, err := r.stream.Call("read")
		if err != nil {
			return err
		}
		res, err := await(p)
		if err != nil {
			return err
		}
		doneV, err := res.Get("done")
		if err != nil {
			return err
		}
		if done, _ := doneV.Bool(); done {
			r.done = true
			return nil
		}
		if arr, err = res.Get("value"); err != nil {
			return err
		}
	} else {
		if r.off >= r.size {
			r.done = true
			return nil
		}
		end := r.off + sliceSize
		if end > r.size {
			end = r.size
		}
		blob, err := r.file.Call("slice", float64(r.off), float64(end))
		if err != nil {
			return err
		}
		p, err := blob.Call("arrayBuffer")
		if err != nil {
			return err
		}
		ab, err := await(p)
		if err != nil {
			return err
		}
		u8, err := global("Uint8Array")
		if err != nil {
			return err
		}
		if arr, err = u8.New(ab); err != nil {
			return err
		}
		r.off = end
	}
	n, err := arr.Length()
	if err != nil {
		return err
	}
	if cap(r.chunk) < n {
		r.chunk = make([]byte, n)
	}
	got, err := safejs.CopyBytesToGo(r.chunk[:n], arr)
	if err != nil {
		return err
	}
	r.buf = r.chunk[:got]
	return nil
}

// Close releases the stream when a reader stops early.
func (r *fileReader) Close() error {
	if !r.stream.IsUndefined() && !r.done {
		r.done = true
		_, err := r.stream.Call("cancel")
		return err
	}
	return nil
}
