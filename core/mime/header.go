package mime

import (
	"bytes"
	"strings"
)

// Header holds header fields by lower-case name; a repeated field keeps its first value.
type Header map[string]string

func (h Header) Get(key string) string { return h[strings.ToLower(key)] }

// Split separates the header block from the body at the first empty
// line, unfolds continued lines and reads the fields. ok is false if the
// block holds no "Name: value" field at all.
func Split(data []byte) (h Header, body []byte, ok bool) {
	h = Header{}
	rest := data
	var last string
	for len(rest) > 0 {
		nl := bytes.IndexByte(rest, '\n')
		var line []byte
		if nl < 0 {
			line, rest = rest, nil
		} else {
			line, rest = rest[:nl], rest[nl+1:]
		}
		line = bytes.TrimRight(line, "\r")
		if len(line) == 0 {
			return h, rest, ok
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" {
			h[last] += " " + strings.TrimSpace(string(line))
			continue
		}
		colon := bytes.IndexByte(line, ':')
		if colon <= 0 || bytes.ContainsAny(line[:colon], " \t") {
			if !ok {
				return h, data, false // not a header block
			}
			last = ""
			continue // a stray line inside the headers: skip it, and what continues it
		}
		name := strings.ToLower(string(line[:colon]))
		last = name
		if _, seen := h[name]; !seen {
			h[name] = strings.TrimSpace(string(line[colon+1:]))
		} else {
			last = "" // continuations of a repeated field are dropped with it
		}
		ok = true
	}
	return h, nil, ok
}
