package har

import (
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// unmarshalEntry decodes one entry's bytes into e. A hand-written parser reads
// the common shape (known keys spelled exactly, plain strings, no nulls, no
// repeated keys) several times faster than json.Unmarshal, which is most of
// the time on HARs of many small requests; anything else, including every
// error, falls back to json.Unmarshal on the whole entry, so results and
// error messages are json.Unmarshal's own. FuzzDecodeEntry compares the two.
func unmarshalEntry(raw []byte, e *Entry) error {
	*e = Entry{}
	p := entryParser{b: raw}
	if p.entry(e) && p.end() {
		return nil
	}
	*e = Entry{}
	return json.Unmarshal(raw, e)
}

// entryParser is the fast path: each method returns false to mean "let
// json.Unmarshal decide", never an error of its own.
type entryParser struct {
	b []byte
	i int
}

func (p *entryParser) ws() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *entryParser) end() bool {
	p.ws()
	return p.i == len(p.b)
}

func (p *entryParser) peek() byte {
	p.ws()
	if p.i < len(p.b) {
		return p.b[p.i]
	}
	return 0
}

// object walks an object's members, calling member with each key; member
// returns the index of the key in known (-1 to skip the value) and false to
// give up. A key that differs from a known one only in case, or that has
// escapes, gives up: json.Unmarshal would match it case-insensitively.
func (p *entryParser) object(known []string, member func(k int) bool) bool {
	if p.peek() != '{' {
		return false
	}
	p.i++
	var seen uint32
	if p.peek() == '}' {
		p.i++
		return true
	}
	for {
		if p.peek() != '"' {
			return false
		}
		key, ok := p.plainString()
		if !ok {
			return false
		}
		if p.peek() != ':' {
			return false
		}
		p.i++
		k := -1
		for j, name := range known {
			if key == name {
				k = j
				break
			}
			if strings.EqualFold(key, name) {
				return false
			}
		}
		if k < 0 {
			if !p.skip(0) {
				return false
			}
		} else {
			if seen&(1<<k) != 0 {
				return false // repeated key: json.Unmarshal merges
			}
			seen |= 1 << k
			if p.peek() == 'n' || !member(k) {
				return false // null leaves a field as it was: rare, exact in Unmarshal
			}
		}
		switch p.peek() {
		case ',':
			p.i++
		case '}':
			p.i++
			return true
		default:
			return false
		}
	}
}

// plainString reads a string with no escapes and only ASCII; anything else
// gives up (used for keys).
func (p *entryParser) plainString() (string, bool) {
	p.i++
	start := p.i
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			s := string(p.b[start:p.i])
			p.i++
			return s, true
		case c == '\\' || c < 0x20 || c >= 0x80:
			return "", false
		}
		p.i++
	}
	return "", false
}

// str reads a string value. Escapes are undone here; \u surrogates and
// invalid UTF-8 (which json.Unmarshal replaces with U+FFFD) are handed to
// json.Unmarshal alone, which unquotes them exactly.
func (p *entryParser) str(dst *string) bool {
	if p.peek() != '"' {
		return false
	}
	start := p.i
	p.i++
	escaped, ascii := false, true
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			p.i++
			body := p.b[start+1 : p.i-1]
			if !ascii && !utf8.Valid(body) {
				return json.Unmarshal(p.b[start:p.i], dst) == nil
			}
			if !escaped {
				*dst = string(body)
				return true
			}
			return unescape(body, dst) || json.Unmarshal(p.b[start:p.i], dst) == nil
		case c == '\\':
			escaped = true
			p.i++ // the escaped byte; unescape judges it
		case c < 0x20:
			return false
		case c >= 0x80:
			ascii = false
		}
		p.i++
	}
	return false
}

// unescape undoes a JSON string's escapes; false for a \u surrogate or a
// bad escape, left to json.Unmarshal.
func unescape(b []byte, dst *string) bool {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != '\\' {
			out = append(out, c)
			continue
		}
		i++
		if i >= len(b) {
			return false
		}
		switch b[i] {
		case '"', '\\', '/':
			out = append(out, b[i])
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			if i+5 > len(b) {
				return false
			}
			r, err := strconv.ParseUint(string(b[i+1:i+5]), 16, 32)
			if err != nil || utf16.IsSurrogate(rune(r)) {
				return false
			}
			out = utf8.AppendRune(out, rune(r))
			i += 4
		default:
			return false
		}
	}
	*dst = string(out)
	return true
}

// number returns a JSON number's text, checked against JSON's grammar.
func (p *entryParser) number() ([]byte, bool) {
	p.ws()
	start := p.i
	b := p.b
	i := p.i
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	default:
		return nil, false
	}
	if i < len(b) && b[i] == '.' {
		i++
		d := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		if i == d {
			return nil, false
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		d := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		if i == d {
			return nil, false
		}
	}
	p.i = i
	return b[start:i], true
}

func (p *entryParser) int64(dst *int64) bool {
	n, ok := p.number()
	if !ok {
		return false
	}
	v, err := strconv.ParseInt(string(n), 10, 64)
	if err != nil {
		return false
	}
	*dst = v
	return true
}

func (p *entryParser) int(dst *int) bool {
	var v int64
	if !p.int64(&v) || int64(int(v)) != v {
		return false
	}
	*dst = int(v)
	return true
}

func (p *entryParser) float(dst *float64) bool {
	n, ok := p.number()
	if !ok {
		return false
	}
	v, err := strconv.ParseFloat(string(n), 64)
	if err != nil {
		return false
	}
	*dst = v
	return true
}

// array walks an array, calling elem for each element; [] gives a non-nil
// empty slice, as json.Unmarshal does, through empty.
func (p *entryParser) array(empty func(), elem func() bool) bool {
	if p.peek() != '[' {
		return false
	}
	p.i++
	if p.peek() == ']' {
		p.i++
		empty()
		return true
	}
	for {
		if p.peek() == 'n' || !elem() {
			return false
		}
		switch p.peek() {
		case ',':
			p.i++
		case ']':
			p.i++
			return true
		default:
			return false
		}
	}
}

// skip steps over a value nobody reads, checking its syntax as
// json.Unmarshal would (it rejects the whole entry for a bad one).
func (p *entryParser) skip(depth int) bool {
	if depth > skimDepth {
		return false
	}
	switch c := p.peek(); c {
	case '{':
		p.i++
		if p.peek() == '}' {
			p.i++
			return true
		}
		for {
			if p.peek() != '"' {
				return false
			}
			var s string
			if !p.str(&s) || p.peek() != ':' {
				return false
			}
			p.i++
			if !p.skip(depth + 1) {
				return false
			}
			switch p.peek() {
			case ',':
				p.i++
			case '}':
				p.i++
				return true
			default:
				return false
			}
		}
	case '[':
		p.i++
		if p.peek() == ']' {
			p.i++
			return true
		}
		for {
			if !p.skip(depth + 1) {
				return false
			}
			switch p.peek() {
			case ',':
				p.i++
			case ']':
				p.i++
				return true
			default:
				return false
			}
		}
	case '"':
		var s string
		return p.str(&s)
	case 't':
		return p.literal("true")
	case 'f':
		return p.literal("false")
	case 'n':
		return p.literal("null")
	default:
		_, ok := p.number()
		return ok
	}
}

func (p *entryParser) literal(w string) bool {
	if len(p.b)-p.i < len(w) || string(p.b[p.i:p.i+len(w)]) != w {
		return false
	}
	p.i += len(w)
	return true
}

var (
	entryKeys     = []string{"pageref", "startedDateTime", "request", "response", "_resourceType", "_webSocketMessages", "_initiator"}
	requestKeys   = []string{"method", "url", "headers", "cookies", "postData", "bodySize"}
	responseKeys  = []string{"status", "headers", "cookies"}
	postDataKeys  = []string{"mimeType", "text", "params", "encoding", "_encoding"}
	nameValueKeys = []string{"name", "value"}
	frameKeys     = []string{"type", "time", "opcode", "data"}
	initiatorKeys = []string{"type", "url"}
)

func (p *entryParser) entry(e *Entry) bool {
	return p.object(entryKeys, func(k int) bool {
		switch k {
		case 0:
			return p.str(&e.Pageref)
		case 1:
			return p.str(&e.StartedDateTime)
		case 2:
			return p.request(&e.Request)
		case 3:
			return p.response(&e.Response)
		case 4:
			return p.str(&e.ResourceType)
		case 5:
			return p.array(func() { e.WebSocket = []WSFrame{} }, func() bool {
				e.WebSocket = append(e.WebSocket, WSFrame{})
				f := &e.WebSocket[len(e.WebSocket)-1]
				return p.object(frameKeys, func(k int) bool {
					switch k {
					case 0:
						return p.str(&f.Type)
					case 1:
						return p.float(&f.Time)
					case 2:
						return p.int(&f.Opcode)
					default:
						return p.str(&f.Data)
					}
				})
			})
		default:
			e.Initiator = &Initiator{}
			return p.object(initiatorKeys, func(k int) bool {
				if k == 0 {
					return p.str(&e.Initiator.Type)
				}
				return p.str(&e.Initiator.URL)
			})
		}
	})
}

func (p *entryParser) request(r *Request) bool {
	return p.object(requestKeys, func(k int) bool {
		switch k {
		case 0:
			return p.str(&r.Method)
		case 1:
			return p.str(&r.URL)
		case 2:
			return p.nameValues(&r.Headers)
		case 3:
			return p.nameValues(&r.Cookies)
		case 4:
			r.PostData = &PostData{}
			d := r.PostData
			return p.object(postDataKeys, func(k int) bool {
				switch k {
				case 0:
					return p.str(&d.MimeType)
				case 1:
					return p.str(&d.Text)
				case 2:
					return p.nameValues(&d.Params)
				case 3:
					return p.str(&d.Encoding)
				default:
					return p.str(&d.XEncoding)
				}
			})
		default:
			return p.int64(&r.BodySize)
		}
	})
}

func (p *entryParser) response(r *Response) bool {
	return p.object(responseKeys, func(k int) bool {
		switch k {
		case 0:
			return p.int(&r.Status)
		case 1:
			return p.nameValues(&r.Headers)
		default:
			return p.nameValues(&r.Cookies)
		}
	})
}

func (p *entryParser) nameValues(dst *[]NameValue) bool {
	return p.array(func() { *dst = []NameValue{} }, func() bool {
		*dst = append(*dst, NameValue{})
		nv := &(*dst)[len(*dst)-1]
		return p.object(nameValueKeys, func(k int) bool {
			if k == 0 {
				return p.str(&nv.Name)
			}
			return p.str(&nv.Value)
		})
	})
}
