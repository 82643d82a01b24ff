package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

// byPackage reports the code of a .wasm built without -s -w (it needs the
// "name" section) by Go package, largest first: where the bytes go, so the
// app can be kept small with evidence rather than guesses.
func byPackage(file string, top int) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	m, err := parseWasm(b)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	if len(m.names) == 0 {
		return fmt.Errorf("%s has no function names: build it without -ldflags='-s -w'", file)
	}
	sizes := map[string]int{}
	total := 0
	for i, n := range m.bodies {
		name := m.names[uint32(m.imported+i)]
		sizes[pkgOf(name)] += n
		total += n
	}
	type row struct {
		pkg  string
		size int
	}
	var rows []row
	for p, s := range sizes {
		rows = append(rows, row{p, s})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].size > rows[j].size })
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(w, "code by package (%s: %d bytes of code, %d of data)\tbytes\tshare\n", file, total, m.data)
	for i, r := range rows {
		if i == top {
			break
		}
		fmt.Fprintf(w, "%s\t%d\t%.1f%%\n", r.pkg, r.size, 100*float64(r.size)/float64(total))
	}
	return w.Flush()
}

// pkgOf takes the package from a function name as Go's linker writes it in
// the name section: the import path with "/" (and "-") as "_", then ".",
// then the symbol: "github.com_hexops_vecty.RenderInto" -> "github.com_hexops_vecty".
func pkgOf(sym string) string {
	if sym == "" {
		return "(unnamed)"
	}
	from := 0
	// A path that starts with a domain has dots before its first "_".
	if u := strings.Index(sym, "_"); u > 0 && strings.Contains(sym[:u], ".") && !strings.HasSuffix(sym[:u], ".") {
		from = u
	}
	if dot := strings.Index(sym[from:], "."); dot >= 0 {
		return sym[:from+dot]
	}
	return sym
}

type wasmModule struct {
	imported int   // imported functions come first in the index space
	bodies   []int // size of each defined function's body
	names    map[uint32]string
	data     int // bytes of the data section
}

func parseWasm(b []byte) (*wasmModule, error) {
	if len(b) < 8 || !bytes.Equal(b[:4], []byte("\x00asm")) {
		return nil, fmt.Errorf("not a WebAssembly module")
	}
	m := &wasmModule{names: map[uint32]string{}}
	r := bytes.NewReader(b[8:])
	for r.Len() > 0 {
		id, err := r.ReadByte()
		if err != nil {
			return nil, err
		}
		size, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		sec := make([]byte, size)
		if _, err := io.ReadFull(r, sec); err != nil {
			return nil, fmt.Errorf("section %d: %w", id, err)
		}
		s := bytes.NewReader(sec)
		switch id {
		case 0:
			if name, err := readName(s); err == nil && name == "name" {
				readFuncNames(s, m.names)
			}
		case 2:
			m.imported, err = countFuncImports(s)
		case 10:
			m.bodies, err = bodySizes(s)
		case 11:
			m.data = len(sec)
		}
		if err != nil {
			return nil, fmt.Errorf("section %d: %w", id, err)
		}
	}
	return m, nil
}

func readName(r *bytes.Reader) (string, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil || n > uint64(r.Len()) {
		return "", fmt.Errorf("bad name")
	}
	b := make([]byte, n)
	_, err = io.ReadFull(r, b)
	return string(b), err
}

func countFuncImports(r *bytes.Reader) (int, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return 0, err
	}
	funcs := 0
	for i := uint64(0); i < n; i++ {
		if _, err := readName(r); err != nil { // module
			return 0, err
		}
		if _, err := readName(r); err != nil { // field
			return 0, err
		}
		kind, err := r.ReadByte()
		if err != nil {
			return 0, err
		}
		switch kind {
		case 0: // function: type index
			funcs++
			_, err = binary.ReadUvarint(r)
		case 1: // table: element type, limits
			if _, err = r.ReadByte(); err == nil {
				err = skipLimits(r)
			}
		case 2: // memory: limits
			err = skipLimits(r)
		case 3: // global: value type, mutability
			_, err = r.Seek(2, io.SeekCurrent)
		default:
			err = fmt.Errorf("unknown import kind %d", kind)
		}
		if err != nil {
			return 0, err
		}
	}
	return funcs, nil
}

func skipLimits(r *bytes.Reader) error {
	flag, err := r.ReadByte()
	if err != nil {
		return err
	}
	if _, err := binary.ReadUvarint(r); err != nil {
		return err
	}
	if flag&1 == 1 {
		_, err = binary.ReadUvarint(r)
	}
	return err
}

func bodySizes(r *bytes.Reader) ([]int, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err
	}
	out := make([]int, 0, n)
	for i := uint64(0); i < n; i++ {
		size, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		if _, err := r.Seek(int64(size), io.SeekCurrent); err != nil {
			return nil, err
		}
		out = append(out, int(size))
	}
	return out, nil
}

// readFuncNames reads subsection 1 (function names) of the name section.
func readFuncNames(r *bytes.Reader, names map[uint32]string) {
	for r.Len() > 0 {
		id, err := r.ReadByte()
		if err != nil {
			return
		}
		size, err := binary.ReadUvarint(r)
		if err != nil || size > uint64(r.Len()) {
			return
		}
		if id != 1 {
			r.Seek(int64(size), io.SeekCurrent)
			continue
		}
		n, err := binary.ReadUvarint(r)
		if err != nil {
			return
		}
		for i := uint64(0); i < n; i++ {
			idx, err := binary.ReadUvarint(r)
			if err != nil {
				return
			}
			name, err := readName(r)
			if err != nil {
				return
			}
			names[uint32(idx)] = name
		}
		return
	}
}
