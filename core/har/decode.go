package har

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cipa-triage/cipa-triage/core/mime"
)

// Limits that keep one hostile or huge body from taking the reader down.
const (
	maxDecoded = 8 << 20 // bytes after decompression, per body
	maxFields  = 4000    // keys kept per request
	maxDepth   = 5       // nested encodings (base64 of gzip of JSON of ...)
)

// field is one key and value a request carried, after decoding. Keys are
// dotted paths for JSON ("context.page.url") and kept as sent for forms
// ("ud[em]"); a JSON string inside a parameter continues the path
// ("cd[buttonFeatures].innerText").
type field struct{ Key, Value string }

// payload is everything one request sent, decoded as far as the HAR allows.
type payload struct {
	fields      []field
	texts       []string // decoded bodies that were not key/value data
	typed       []string // text typed into inputs, from rrweb-style replay events
	how         map[string]bool
	bodyBytes   int
	hadBody     bool            // the request declared or carried a body
	missingBody bool            // a POST whose body the HAR did not keep
	undecodable bool            // a compressed or binary body we could not open
	containers  map[string]bool // keys whose value was JSON, shown through their children
}

func (p *payload) add(key, value string) {
	if len(p.fields) < maxFields {
		p.fields = append(p.fields, field{key, value})
	}
}

func (p *payload) note(how string) {
	if p.how == nil {
		p.how = map[string]bool{}
	}
	p.how[how] = true
}

// decodeEntry gathers the query, the body and the WebSocket messages sent.
func decodeEntry(e *Entry) payload {
	var p payload
	if u, err := url.Parse(e.Request.URL); err == nil {
		addQuery(&p, "", u.RawQuery, 0)
		// Floodlight and a few others put key=value pairs in the path after ';'.
		if i := strings.IndexByte(u.Path, ';'); i >= 0 {
			for _, kv := range strings.Split(u.Path[i+1:], ";") {
				if k, v, ok := strings.Cut(kv, "="); ok {
					p.add(k, v)
				}
			}
		}
	}
	pd := e.Request.PostData
	if e.Request.BodySize > 0 || pd != nil {
		p.hadBody = true
	}
	if pd != nil {
		for _, kv := range pd.Params {
			p.addValue(kv.Name, kv.Value, 0)
		}
		if strings.ContainsRune(pd.Text, utf8.RuneError) {
			// The browser replaced bytes it could not show: a binary
			// body the HAR did not keep intact.
			p.undecodable = true
		}
		if b, ok := postBytes(pd); ok && len(b) > 0 {
			p.bodyBytes += len(b)
			p.decodeBytes(b, pd.MimeType, "", 0)
		} else if len(pd.Params) == 0 && e.Request.BodySize > 0 {
			p.missingBody = true
		}
	} else if strings.EqualFold(e.Request.Method, "POST") && e.Request.BodySize > 0 {
		p.missingBody = true
	}
	for _, m := range e.WebSocket {
		if m.Type != "send" || m.Data == "" {
			continue
		}
		p.hadBody = true
		b := []byte(m.Data)
		if m.Opcode == 2 { // binary frames are base64 in Chrome's export
			if d, err := base64.StdEncoding.DecodeString(m.Data); err == nil {
				b = d
			}
		}
		p.bodyBytes += len(b)
		p.decodeBytes(b, "", "", 0)
	}
	return p
}

// postBytes turns postData back into bytes. Binary bodies reach a HAR either
// base64-encoded with a non-standard encoding field, or as a string whose
// characters are the bytes (U+0000 to U+00FF); Chrome may instead replace
// bytes it cannot show with U+FFFD, which cannot be undone.
func postBytes(pd *PostData) ([]byte, bool) {
	if strings.EqualFold(pd.Encoding, "base64") || strings.EqualFold(pd.XEncoding, "base64") {
		b, err := base64.StdEncoding.DecodeString(strings.TrimSpace(pd.Text))
		return b, err == nil
	}
	t := pd.Text
	if binaryAsText(t) {
		if b, ok := latin1(t); ok {
			return b, true
		}
	}
	return []byte(t), true
}

// binaryAsText says whether a body string is bytes written one character
// each: it holds control characters (C0 other than whitespace, or C1) that
// text never does, and nothing above U+00FF.
func binaryAsText(s string) bool {
	control := false
	for _, r := range s {
		switch {
		case r > 0xFF:
			return false
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r', r >= 0x80 && r < 0xA0:
			control = true
		}
	}
	return control
}

func latin1(s string) ([]byte, bool) {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xFF {
			return nil, false
		}
		out = append(out, byte(r))
	}
	return out, true
}

// unwrap opens compression and base64 layers: gzip (1f 8b), zlib (78 ..),
// base64 of either ("H4sI", "eJ"), and raw deflate when the bytes are not text.
func (p *payload) unwrap(b []byte) []byte {
	for i := 0; i < maxDepth; i++ {
		switch {
		case len(b) > 2 && b[0] == 0x1f && b[1] == 0x8b:
			r, err := gzip.NewReader(bytes.NewReader(b))
			if err != nil {
				p.undecodable = true
				return b
			}
			out, ok := readLimited(r)
			if !ok {
				p.undecodable = true
				return b
			}
			p.note("gzip")
			b = out
		case len(b) > 2 && b[0] == 0x78 && (uint16(b[0])<<8|uint16(b[1]))%31 == 0:
			r, err := zlib.NewReader(bytes.NewReader(b))
			if err != nil {
				return b
			}
			out, ok := readLimited(r)
			if !ok {
				p.undecodable = true
				return b
			}
			p.note("deflate")
			b = out
		case len(b) >= 8 && (bytes.HasPrefix(b, []byte("H4sI")) || bytes.HasPrefix(b, []byte("eJ"))):
			d, err := decodeBase64(string(bytes.TrimSpace(b)))
			if err != nil {
				return b
			}
			p.note("base64")
			b = d
		case len(b) > 0 && !utf8.Valid(b):
			out, ok := readLimited(flate.NewReader(bytes.NewReader(b)))
			if ok && len(out) > 0 && utf8.Valid(out) {
				p.note("deflate")
				return out
			}
			return b
		default:
			return b
		}
	}
	return b
}

func readLimited(r io.Reader) ([]byte, bool) {
	out, err := io.ReadAll(io.LimitReader(r, maxDecoded))
	if err != nil && len(out) == 0 {
		return nil, false
	}
	return out, true
}

func decodeBase64(s string) ([]byte, error) {
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(s); err == nil {
			return b, nil
		}
	}
	return nil, fmt.Errorf("not base64")
}

// decodeBytes reads a body as JSON, lines of JSON or forms, multipart parts,
// or a form; anything else is kept as text to search.
func (p *payload) decodeBytes(b []byte, mimeType, prefix string, depth int) {
	if depth > maxDepth {
		return
	}
	if boundary := multipartBoundary(mimeType); boundary != "" {
		p.multipart(b, boundary, prefix, depth)
		return
	}
	b = p.unwrap(b)
	if !utf8.Valid(b) {
		if !p.envelope(b, prefix, depth) {
			p.undecodable = true
		}
		return
	}
	s := strings.TrimSpace(string(b))
	if s == "" {
		return
	}
	if (s[0] == '{' || s[0] == '[') && json.Valid([]byte(s)) {
		var v any
		if json.Unmarshal([]byte(s), &v) == nil {
			p.note("json")
			p.flatten(prefix, v, depth)
			return
		}
	}
	if strings.Contains(s, "\n") {
		for _, line := range strings.Split(s, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				p.decodeBytes([]byte(line), "", prefix, depth+1)
			}
		}
		return
	}
	if looksLikeForm(s) {
		addQuery(p, prefix, s, depth)
		return
	}
	p.texts = append(p.texts, s)
}

func looksLikeForm(s string) bool {
	if !strings.Contains(s, "=") || strings.ContainsAny(s, " \t{}\"") {
		return false
	}
	_, err := url.ParseQuery(s)
	return err == nil
}

// addQuery keeps keys as sent ("ud[em]") and in order.
func addQuery(p *payload, prefix, raw string, depth int) {
	for _, kv := range strings.Split(raw, "&") {
		if kv == "" {
			continue
		}
		k, v, _ := strings.Cut(kv, "=")
		if uk, err := url.QueryUnescape(k); err == nil {
			k = uk
		}
		if uv, err := url.QueryUnescape(v); err == nil {
			v = uv
		}
		p.addValue(join(prefix, k), v, depth)
	}
}

// addValue keeps a value and opens it when it is itself JSON or a
// compressed, base64-encoded blob.
func (p *payload) addValue(key, v string, depth int) {
	p.add(key, v)
	t := strings.TrimSpace(v)
	if depth >= maxDepth || len(t) < 2 {
		return
	}
	switch {
	case (t[0] == '{' || t[0] == '[') && json.Valid([]byte(t)):
		var x any
		if json.Unmarshal([]byte(t), &x) == nil {
			if p.containers == nil {
				p.containers = map[string]bool{}
			}
			p.containers[key] = true
			p.flatten(key, x, depth+1)
		}
	case strings.HasPrefix(t, "H4sI") || (strings.HasPrefix(t, "eJ") && len(t) > 16):
		if d, err := decodeBase64(t); err == nil {
			p.note("base64")
			p.decodeBytes(d, "", key, depth+1)
		}
	case looksLZ64(t):
		// Only JSON counts: random base64 would "decompress" to noise.
		if d, ok := lzDecompressBase64(t); ok {
			if d = strings.TrimSpace(d); len(d) > 1 && (d[0] == '{' || d[0] == '[') && json.Valid([]byte(d)) {
				p.note("lz-string")
				p.decodeBytes([]byte(d), "", key, depth+1)
			}
		}
	}
}

func (p *payload) flatten(prefix string, v any, depth int) {
	switch x := v.(type) {
	case map[string]any:
		p.rrweb(x)
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys) // output in a stable order
		for _, k := range keys {
			p.flatten(join(prefix, k), x[k], depth)
		}
	case []any:
		for _, c := range x {
			p.flatten(prefix, c, depth)
		}
	case string:
		p.addValue(prefix, x, depth+1)
	case float64:
		p.add(prefix, strconv.FormatFloat(x, 'f', -1, 64))
	case bool:
		p.add(prefix, strconv.FormatBool(x))
	}
}

// rrweb recognises an rrweb incremental snapshot of an input (type 3,
// source 5): the text a visitor typed, as session-replay tools upload it.
func (p *payload) rrweb(m map[string]any) {
	if t, _ := m["type"].(float64); t != 3 {
		return
	}
	d, _ := m["data"].(map[string]any)
	if d == nil {
		return
	}
	if s, _ := d["source"].(float64); s != 5 {
		return
	}
	if text, ok := d["text"].(string); ok && text != "" {
		p.typed = append(p.typed, text)
	}
}

func join(prefix, k string) string {
	if prefix == "" {
		return k
	}
	if k == "" {
		return prefix
	}
	return prefix + "." + k
}

// envelope reads a Sentry-style envelope: a JSON header line, then items,
// each a JSON header line (with the payload's length when it is binary)
// followed by its payload. Session-replay recordings travel this way,
// zlib-compressed, and may hold newline bytes.
func (p *payload) envelope(b []byte, prefix string, depth int) bool {
	line := func() []byte {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			l := b
			b = nil
			return l
		}
		l := b[:i]
		b = b[i+1:]
		return l
	}
	head := line()
	if !json.Valid(head) {
		return false
	}
	p.note("envelope")
	p.decodeBytes(head, "", prefix, depth+1)
	for len(b) > 0 {
		h := line()
		if len(bytes.TrimSpace(h)) == 0 {
			continue
		}
		var ih struct {
			Type   string `json:"type"`
			Length int    `json:"length"`
		}
		if json.Unmarshal(h, &ih) != nil {
			return true
		}
		p.decodeBytes(h, "", prefix, depth+1)
		var item []byte
		if ih.Length > 0 && ih.Length <= len(b) {
			item, b = b[:ih.Length], b[ih.Length:]
			if len(b) > 0 && b[0] == '\n' {
				b = b[1:]
			}
		} else {
			item = line()
		}
		p.decodeBytes(item, "", join(prefix, ih.Type), depth+1)
	}
	return true
}

// multipartBoundary reads the boundary parameter of a multipart type.
func multipartBoundary(mimeType string) string {
	typ, params := mime.MediaType(mimeType)
	if !strings.HasPrefix(typ, "multipart/") {
		return ""
	}
	return params["boundary"]
}

// multipart reads each part of a multipart/form-data body by its name.
func (p *payload) multipart(b []byte, boundary, prefix string, depth int) {
	parts, _ := mime.Parts(b, boundary)
	for _, part := range parts {
		// A part with no header fields is all body (Split returns it whole).
		h, body, _ := mime.Split(part)
		_, disp := mime.MediaType(h.Get("Content-Disposition"))
		p.note("multipart")
		p.decodeBytes(body, h.Get("Content-Type"), join(prefix, disp["name"]), depth+1)
	}
}
