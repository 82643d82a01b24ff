//go:build js && wasm

package main

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/har"
	"github.com/cipa-triage/cipa-triage/core/harcompare"
	"github.com/cipa-triage/cipa-triage/wasm/jsio"
	"github.com/hack-pad/safejs"
)

// compare reads two HARs, {files: [File, File]} (or {bytes: [ArrayBuffer,
// ArrayBuffer], names} from the single file in WebKit), and compares them.
// The answer is plain data: {"comparison": ..., "markdown": ...,
// "report_markdown": ...}, the latter with its headings one level down for
// the matter's report; the page never links the HAR reader.
func compare(data safejs.Value) string {
	var srcs [2]core.Source
	for i := range srcs {
		var err error
		if srcs[i], err = compareSource(data, i); err != nil {
			return failure(err.Error())
		}
		if srcs[i].Name == "" {
			srcs[i].Name = fmt.Sprintf("recording %d", i+1)
		}
	}
	p := &progress{size: -1}
	if srcs[0].Size >= 0 && srcs[1].Size >= 0 {
		p.size = srcs[0].Size + srcs[1].Size
	}
	var recs [2]*harcompare.Recording
	for i, src := range srcs {
		p.r = src.R
		rec, err := func() (rec *harcompare.Recording, err error) {
			defer func() {
				if x := recover(); x != nil {
					err = fmt.Errorf("the HAR reader failed on %s (%v)", src.Name, x)
				}
			}()
			return harcompare.Read(src.Name, p, har.Options{Progress: p.entry})
		}()
		if err != nil {
			return failure(err.Error())
		}
		recs[i] = rec
	}
	p.report(true)
	c := harcompare.Compare(recs[0], recs[1])
	out, err := json.Marshal(map[string]any{"comparison": c, "markdown": harcompare.Markdown(c, 1), "report_markdown": harcompare.Markdown(c, 2)})
	if err != nil {
		return failure(err.Error())
	}
	return string(out)
}

// compareSource opens the i-th file of a compare message.
func compareSource(data safejs.Value, i int) (core.Source, error) {
	if bs, err := data.Get("bytes"); err == nil && !bs.IsNull() && !bs.IsUndefined() {
		b, err := bs.Index(i)
		if err != nil {
			return core.Source{}, fmt.Errorf("the second file is missing")
		}
		buf, err := bytesOf(b)
		if err != nil {
			return core.Source{}, fmt.Errorf("the file could not be read: %v", err)
		}
		src := core.Source{Size: int64(len(buf)), R: bytes.NewReader(buf)}
		if names, err := data.Get("names"); err == nil && !names.IsNull() && !names.IsUndefined() {
			if n, err := names.Index(i); err == nil {
				src.Name, _ = n.String()
			}
		}
		return src, nil
	}
	files, err := jsio.Path(data, "files")
	if err != nil || files.IsNull() || files.IsUndefined() {
		return core.Source{}, fmt.Errorf("a comparison needs two files")
	}
	if n, err := files.Length(); err != nil || n != 2 {
		return core.Source{}, fmt.Errorf("a comparison needs two files")
	}
	f, err := files.Index(i)
	if err != nil {
		return core.Source{}, err
	}
	return jsio.OpenFile(f)
}
