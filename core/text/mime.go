package text

import (
	"bytes"
	"encoding/base64"
	"strconv"
	"strings"
)

// A small MIME reader: header fields, media types with parameters, encoded
// words, multipart bodies and quoted-printable. The standard library's
// net/mail and mime/multipart would do the same but bring the net package
// with them, about 230 KB gzipped in the browser build, for a few hundred
// lines of well-specified parsing (RFC 5322, 2045–2047, 2231).

// mimeHeader holds header fields by lower-case name; a repeated field keeps its first value.
type mimeHeader map[string]string

func (h mimeHeader) Get(key string) string { return h[strings.ToLower(key)] }

// splitMessage separates the header block from the body at the first empty
// line, unfolds continued lines and reads the fields. ok is false if the
// block holds no "Name: value" field at all.
func splitMessage(data []byte) (h mimeHeader, body []byte, ok bool) {
	h = mimeHeader{}
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

// mediaType reads "type/subtype; name=value; name*=charset'lang'%XX-encoded" into a
// lower-case type and its parameters (names lower-cased). RFC 2231
// continuations ("filename*0*=utf-8'en'Notice%20of; filename*1=_dispute.pdf")
// are put back together in order.
func mediaType(v string) (string, map[string]string) {
	params := map[string]string{}
	type piece struct {
		val     string
		encoded bool
	}
	continued := map[string]map[int]piece{}
	typ, rest, _ := strings.Cut(v, ";")
	for rest != "" {
		rest = strings.TrimLeft(rest, " \t;")
		eq := strings.IndexByte(rest, '=')
		if eq <= 0 {
			break
		}
		name := strings.ToLower(strings.TrimSpace(rest[:eq]))
		rest = strings.TrimLeft(rest[eq+1:], " \t")
		var val string
		if strings.HasPrefix(rest, `"`) {
			var b strings.Builder
			i := 1
			for ; i < len(rest) && rest[i] != '"'; i++ {
				if rest[i] == '\\' && i+1 < len(rest) {
					i++
				}
				b.WriteByte(rest[i])
			}
			val = b.String()
			rest = rest[min(i+1, len(rest)):]
		} else {
			end := strings.IndexByte(rest, ';')
			if end < 0 {
				end = len(rest)
			}
			val, rest = strings.TrimSpace(rest[:end]), rest[end:]
		}
		encoded := strings.HasSuffix(name, "*")
		base := strings.TrimSuffix(name, "*")
		if b, n, ok := strings.Cut(base, "*"); ok {
			if k, err := strconv.Atoi(n); err == nil && k >= 0 && k < 100 {
				if continued[b] == nil {
					continued[b] = map[int]piece{}
				}
				continued[b][k] = piece{val, encoded}
				continue
			}
		}
		if encoded { // RFC 2231: charset'lang'percent-encoded
			if parts := strings.SplitN(val, "'", 3); len(parts) == 3 {
				val = percentDecode(parts[2], parts[0])
			}
		}
		if _, seen := params[base]; !seen {
			params[base] = decodeWords(val)
		}
	}
	for name, pieces := range continued {
		if _, seen := params[name]; seen {
			continue
		}
		charset := ""
		var raw []byte
		for k := 0; ; k++ {
			p, ok := pieces[k]
			if !ok {
				break
			}
			val := p.val
			if p.encoded {
				if k == 0 {
					if parts := strings.SplitN(val, "'", 3); len(parts) == 3 {
						charset, val = parts[0], parts[2]
					}
				}
				raw = append(raw, percentBytes(val)...)
			} else {
				raw = append(raw, val...)
			}
		}
		if len(raw) > 0 {
			params[name] = decodeCharset(raw, charset)
		}
	}
	return strings.ToLower(strings.TrimSpace(typ)), params
}

func percentDecode(s, charset string) string { return decodeCharset(percentBytes(s), charset) }

func percentBytes(s string) []byte {
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			if n, err := strconv.ParseUint(s[i+1:i+3], 16, 8); err == nil {
				b = append(b, byte(n))
				i += 2
				continue
			}
		}
		b = append(b, s[i])
	}
	return b
}

// decodeWords decodes RFC 2047 encoded words: "=?utf-8?q?Notice_of_dispute?=".
func decodeWords(s string) string {
	if !strings.Contains(s, "=?") {
		return s
	}
	var out strings.Builder
	prevEncoded := false
	for s != "" {
		start := strings.Index(s, "=?")
		if start < 0 {
			out.WriteString(s)
			break
		}
		word, n, ok := encodedWord(s[start:])
		if !ok {
			out.WriteString(s[:start+2])
			s = s[start+2:]
			prevEncoded = false
			continue
		}
		between := s[:start]
		if !(prevEncoded && strings.TrimSpace(between) == "") {
			out.WriteString(between) // white space between two encoded words is dropped
		}
		out.WriteString(word)
		s = s[start+n:]
		prevEncoded = true
	}
	return out.String()
}

// encodedWord decodes one "=?charset?enc?text?=" at the start of s.
func encodedWord(s string) (word string, n int, ok bool) {
	parts := strings.SplitN(s[2:], "?", 4)
	if len(parts) < 4 || !strings.HasPrefix(parts[3], "=") {
		return "", 0, false
	}
	charset, enc, text := parts[0], strings.ToLower(parts[1]), parts[2]
	n = 2 + len(charset) + 1 + len(enc) + 1 + len(text) + 2
	var raw []byte
	switch enc {
	case "b":
		d, err := base64.StdEncoding.DecodeString(text)
		if err != nil {
			if d, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(text, "=")); err != nil {
				return "", 0, false
			}
		}
		raw = d
	case "q":
		raw = qpDecode([]byte(strings.ReplaceAll(text, "_", " ")))
	default:
		return "", 0, false
	}
	if i := strings.IndexByte(charset, '*'); i >= 0 {
		charset = charset[:i] // RFC 2231 language suffix
	}
	return decodeCharset(raw, charset), n, true
}

// qpDecode decodes quoted-printable; a malformed escape is kept as written.
func qpDecode(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != '=' {
			out = append(out, c)
			continue
		}
		// Soft line break: "=" then optional blanks then a line end.
		j := i + 1
		for j < len(b) && (b[j] == ' ' || b[j] == '\t') {
			j++
		}
		if j < len(b) && (b[j] == '\n' || b[j] == '\r') {
			if b[j] == '\r' && j+1 < len(b) && b[j+1] == '\n' {
				j++
			}
			i = j
			continue
		}
		if j == len(b) {
			i = j
			continue
		}
		if i+2 < len(b) {
			if n, err := strconv.ParseUint(string(b[i+1:i+3]), 16, 8); err == nil {
				out = append(out, byte(n))
				i += 2
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// multipartParts splits a multipart body at its boundary lines. complete
// is false when the closing boundary is missing (a cut-off message).
func multipartParts(body []byte, boundary string) (parts [][]byte, complete bool) {
	delim := []byte("--" + boundary)
	var starts []int // start of each part's content
	var ends []int   // end of each part's content
	i := 0
	for i <= len(body) {
		k := bytes.Index(body[i:], delim)
		if k < 0 {
			break
		}
		at := i + k
		if at > 0 && body[at-1] != '\n' {
			i = at + len(delim)
			continue // not at a line start
		}
		after := at + len(delim)
		closing := bytes.HasPrefix(body[after:], []byte("--"))
		// The boundary line holds the delimiter, "--" if closing, and only
		// white space: "--abc-inner" is not a line of the boundary "abc".
		tail := body[after:]
		if closing {
			tail = tail[2:]
		}
		if nl := bytes.IndexByte(tail, '\n'); nl >= 0 {
			tail = tail[:nl]
		}
		if len(bytes.Trim(tail, " \t\r")) > 0 {
			i = after
			continue
		}
		if len(starts) > len(ends) {
			end := at
			if end > 0 && body[end-1] == '\n' {
				end--
				if end > 0 && body[end-1] == '\r' {
					end--
				}
			}
			ends = append(ends, end)
		}
		if closing {
			complete = true
			break
		}
		nl := bytes.IndexByte(body[after:], '\n')
		if nl < 0 {
			break
		}
		starts = append(starts, after+nl+1)
		i = after + nl + 1
	}
	if len(starts) > len(ends) {
		ends = append(ends, len(body))
	}
	for j := range starts {
		if starts[j] <= ends[j] {
			parts = append(parts, body[starts[j]:ends[j]])
		}
	}
	return parts, complete
}
