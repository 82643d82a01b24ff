package har

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// HAR 1.2 gives every field a type, but real files break it: sitespeed's
// chrome-har writes _initiator as a string, Internet Explorer request.cookies
// as an object, HTTP-mocking libraries header values as lists, some tools
// log.version as a number, and nulls turn up anywhere. A user cannot fix
// their export, so the reader takes it as it comes: a field of another type
// is read as text where it can be (a number, a list of strings) and skipped
// otherwise, and counted (oddities) for one warning; unknown fields are
// ignored. Only broken JSON stops an entry.

// oddities counts the fields whose type differed from HAR 1.2's and keeps
// the first, for the warning.
type oddities struct {
	n     int
	first string
}

// custom says whether a field path ("request.postData._encoding") is one
// of a tool's own fields ("_" prefixed, per HAR 1.2): those have no type to
// break, so they are adapted silently.
func custom(path string) bool {
	return strings.HasPrefix(path, "_") || strings.Contains(path, "._")
}

// entryParser reads one entry (or the log's own fields) from its bytes.
// Each method returns false only for malformed JSON.
type entryParser struct {
	b   []byte
	i   int
	odd *oddities
	n   int // 1-based entry number for messages; 0 for the log's own fields
}

// mismatch records a field of an unexpected type.
func (p *entryParser) mismatch(path, got, want string) {
	if p.odd == nil || custom(path) {
		return
	}
	p.odd.n++
	if p.odd.first == "" {
		p.odd.first = fmt.Sprintf("%s: %s where HAR 1.2 has %s", path, got, want)
		if p.n > 0 {
			p.odd.first = fmt.Sprintf("entry %d, %s", p.n, p.odd.first)
		}
	}
}

// kind names the JSON value at the cursor, for messages.
func (p *entryParser) kind() string {
	switch p.peek() {
	case '{':
		return "an object"
	case '[':
		return "a list"
	case '"':
		return "text"
	case 't', 'f':
		return "true or false"
	case 'n':
		return "null"
	default:
		return "a number"
	}
}

// unmarshalEntry decodes one entry's bytes into e, counting fields of
// unexpected types in odd (which may be nil); n is the entry's 1-based
// number for messages. The error is for malformed JSON only, and is
// encoding/json's own message.
func unmarshalEntry(raw []byte, e *Entry, odd *oddities, n int) error {
	*e = Entry{}
	p := entryParser{b: raw, odd: odd, n: n}
	if p.entry(e) && p.end() {
		return nil
	}
	*e = Entry{}
	if err := json.Unmarshal(raw, new(any)); err != nil {
		return err
	}
	return fmt.Errorf("malformed JSON near byte %d", p.i)
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

// object walks an object's members, calling member with the index of each
// known key (matched exactly, or else case-insensitively, as encoding/json
// does); other keys are skipped. The cursor must be on '{'.
func (p *entryParser) object(known []string, member func(k int) bool) bool {
	p.i++
	if p.peek() == '}' {
		p.i++
		return true
	}
	for {
		if p.peek() != '"' {
			return false
		}
		key, ok := p.key()
		if !ok || p.peek() != ':' {
			return false
		}
		p.i++
		k := -1
		for j, name := range known {
			if key == name {
				k = j
				break
			}
		}
		if k < 0 {
			for j, name := range known {
				if strings.EqualFold(key, name) {
					k = j
					break
				}
			}
		}
		if k < 0 {
			if !p.skip(0) {
				return false
			}
		} else if !member(k) {
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
}

// key reads an object key: plain ASCII without escapes directly, anything
// else through rawStr. It returns the key rather than filling a variable,
// which would then live on the heap (rawStr may hand it to encoding/json).
func (p *entryParser) key() (string, bool) {
	start := p.i + 1
	for j := start; j < len(p.b); j++ {
		c := p.b[j]
		switch {
		case c == '"':
			p.i = j + 1
			return string(p.b[start:j]), true
		case c == '\\' || c < 0x20 || c >= 0x80:
			var k string
			ok := p.rawStr(&k)
			return k, ok
		}
	}
	return "", false
}

// skipStr steps over a string nobody reads, checking only what encoding/json
// would reject: control characters and bad escapes.
func (p *entryParser) skipStr() bool {
	p.i++ // the opening quote
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			p.i++
			return true
		case c < 0x20:
			return false
		case c == '\\':
			if p.i+1 >= len(p.b) {
				return false
			}
			switch p.b[p.i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				p.i += 2
			case 'u':
				if p.i+6 > len(p.b) {
					return false
				}
				for _, h := range p.b[p.i+2 : p.i+6] {
					if !('0' <= h && h <= '9' || 'a' <= h && h <= 'f' || 'A' <= h && h <= 'F') {
						return false
					}
				}
				p.i += 6
			default:
				return false
			}
			continue
		}
		p.i++
	}
	return false
}

// rawStr reads a string value at the cursor. Escapes are undone here; \u
// surrogates and invalid UTF-8 (which encoding/json replaces with U+FFFD)
// are handed to encoding/json alone, which unquotes them exactly.
func (p *entryParser) rawStr(dst *string) bool {
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

// str reads a text field. null leaves it as it was (encoding/json's rule);
// any other type is counted and kept as text: a number or true/false as
// written, a list of strings joined with ", " (how HTTP joins repeated
// headers), anything else as its JSON.
func (p *entryParser) str(dst *string, path string) bool {
	switch p.peek() {
	case '"':
		return p.rawStr(dst)
	case 'n':
		return p.literal("null")
	}
	got, start := p.kind(), p.i
	if !p.skip(0) {
		return false
	}
	p.mismatch(path, got, "text")
	*dst = valueText(p.b[start:p.i])
	return true
}

func valueText(raw []byte) string {
	if raw[0] == '[' {
		var parts []string
		if json.Unmarshal(raw, &parts) == nil {
			return strings.Join(parts, ", ")
		}
	}
	return string(raw)
}

// notNumber handles a number field holding another type: counted, and read
// when it is text holding a number ("200"). ok is false for broken JSON.
func (p *entryParser) notNumber(path string) (v float64, isNum, ok bool) {
	got := p.kind()
	p.mismatch(path, got, "a number")
	if p.peek() != '"' {
		return 0, false, p.skip(0)
	}
	var s string
	if !p.rawStr(&s) {
		return 0, false, false
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	return f, err == nil, true
}

// whole converts a float that holds a whole int64.
func whole(f float64) (int64, bool) {
	if f >= -(1<<63) && f < 1<<63 && f == float64(int64(f)) {
		return int64(f), true
	}
	return 0, false
}

// int64 reads a whole-number field. null leaves it; a number with a
// fraction or exponent, or text holding one, is counted and kept when it is
// whole; other types are counted and skipped.
func (p *entryParser) int64(dst *int64, path string) bool {
	switch p.peek() {
	case 'n':
		return p.literal("null")
	case '"', '{', '[', 't', 'f':
		f, isNum, ok := p.notNumber(path)
		if v, w := whole(f); isNum && w {
			*dst = v
		}
		return ok
	}
	n, ok := p.number()
	if !ok {
		return false
	}
	if v, err := strconv.ParseInt(string(n), 10, 64); err == nil {
		*dst = v
		return true
	}
	p.mismatch(path, "a number that is not whole", "a whole number")
	if f, err := strconv.ParseFloat(string(n), 64); err == nil {
		if v, w := whole(f); w {
			*dst = v
		}
	}
	return true
}

func (p *entryParser) int(dst *int, path string) bool {
	v := int64(*dst)
	if !p.int64(&v, path) {
		return false
	}
	if int64(int(v)) == v {
		*dst = int(v)
	}
	return true
}

func (p *entryParser) float(dst *float64, path string) bool {
	switch p.peek() {
	case 'n':
		return p.literal("null")
	case '"', '{', '[', 't', 'f':
		f, isNum, ok := p.notNumber(path)
		if isNum {
			*dst = f
		}
		return ok
	}
	n, ok := p.number()
	if !ok {
		return false
	}
	v, err := strconv.ParseFloat(string(n), 64)
	if err != nil {
		p.mismatch(path, "a number out of range", "a number")
		return true
	}
	*dst = v
	return true
}

// obj reads an object field: open is called before its members (to make
// the target), null calls onNull (encoding/json clears pointers and
// slices), and any other type is counted and skipped.
func (p *entryParser) obj(path string, known []string, open, onNull func(), member func(k int) bool) bool {
	switch p.peek() {
	case '{':
		if open != nil {
			open()
		}
		return p.object(known, member)
	case 'n':
		if onNull != nil {
			onNull()
		}
		return p.literal("null")
	}
	got := p.kind()
	p.mismatch(path, got, "an object")
	return p.skip(0)
}

// list reads a list field, calling elem at each element. null clears it;
// an object where a list should be is read as a list of that one element
// (Internet Explorer writes a single cookie so); other types are counted
// and skipped.
func (p *entryParser) list(path string, reset, empty func(), elem func() bool) bool {
	switch p.peek() {
	case '[':
	case 'n':
		reset()
		return p.literal("null")
	case '{':
		p.mismatch(path, "an object", "a list")
		reset()
		return elem()
	default:
		got := p.kind()
		p.mismatch(path, got, "a list")
		return p.skip(0)
	}
	reset()
	p.i++
	if p.peek() == ']' {
		p.i++
		empty()
		return true
	}
	for {
		if !elem() {
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

// skip steps over a value nobody reads, checking its syntax.
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
			if !p.skipStr() || p.peek() != ':' {
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
		return p.skipStr()
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

// The keys the reader looks at; HAR 1.2 names them so.
var (
	entryKeys     = []string{"pageref", "startedDateTime", "request", "response", "_resourceType", "_webSocketMessages", "_initiator", "_fromCache"}
	requestKeys   = []string{"method", "url", "headers", "cookies", "postData", "bodySize"}
	responseKeys  = []string{"status", "headers", "cookies"}
	postDataKeys  = []string{"mimeType", "text", "params", "encoding", "_encoding"}
	nameValueKeys = []string{"name", "value"}
	frameKeys     = []string{"type", "time", "opcode", "data"}
	initiatorKeys = []string{"type", "url"}
	logKeys       = []string{"version", "creator", "pages"}
	creatorKeys   = []string{"name", "version"}
	pageKeys      = []string{"id", "startedDateTime", "title"}
)

// nvPaths names a list of name/value pairs and its parts, for messages.
type nvPaths struct{ list, elem, name, value string }

var (
	reqHeaders  = nvPaths{"request.headers", "request.headers[]", "request.headers[].name", "request.headers[].value"}
	reqCookies  = nvPaths{"request.cookies", "request.cookies[]", "request.cookies[].name", "request.cookies[].value"}
	respHeaders = nvPaths{"response.headers", "response.headers[]", "response.headers[].name", "response.headers[].value"}
	respCookies = nvPaths{"response.cookies", "response.cookies[]", "response.cookies[].name", "response.cookies[].value"}
	postParams  = nvPaths{"request.postData.params", "request.postData.params[]", "request.postData.params[].name", "request.postData.params[].value"}
)

func (p *entryParser) entry(e *Entry) bool {
	if p.peek() != '{' {
		return false
	}
	return p.object(entryKeys, func(k int) bool {
		switch k {
		case 0:
			return p.str(&e.Pageref, "pageref")
		case 1:
			return p.str(&e.StartedDateTime, "startedDateTime")
		case 2:
			return p.obj("request", requestKeys, nil, nil, func(k int) bool { return p.request(&e.Request, k) })
		case 3:
			return p.obj("response", responseKeys, nil, nil, func(k int) bool { return p.response(&e.Response, k) })
		case 4:
			return p.str(&e.ResourceType, "_resourceType")
		case 5:
			return objectList(p, "_webSocketMessages", "_webSocketMessages[]", &e.WebSocket, frameKeys, func(f *WSFrame, k int) bool {
				switch k {
				case 0:
					return p.str(&f.Type, "_webSocketMessages[].type")
				case 1:
					return p.float(&f.Time, "_webSocketMessages[].time")
				case 2:
					return p.int(&f.Opcode, "_webSocketMessages[].opcode")
				default:
					return p.str(&f.Data, "_webSocketMessages[].data")
				}
			})
		case 7:
			return p.str(&e.FromCache, "_fromCache")
		default:
			if p.peek() == '"' { // sitespeed's chrome-har: the initiating URL
				if e.Initiator == nil {
					e.Initiator = &Initiator{}
				}
				return p.rawStr(&e.Initiator.URL)
			}
			return p.obj("_initiator", initiatorKeys, func() {
				if e.Initiator == nil {
					e.Initiator = &Initiator{}
				}
			}, func() { e.Initiator = nil }, func(k int) bool {
				if k == 0 {
					return p.str(&e.Initiator.Type, "_initiator.type")
				}
				return p.str(&e.Initiator.URL, "_initiator.url")
			})
		}
	})
}

func (p *entryParser) request(r *Request, k int) bool {
	switch k {
	case 0:
		return p.str(&r.Method, "request.method")
	case 1:
		return p.str(&r.URL, "request.url")
	case 2:
		return p.nameValues(&r.Headers, &reqHeaders)
	case 3:
		return p.nameValues(&r.Cookies, &reqCookies)
	case 4:
		return p.obj("request.postData", postDataKeys, func() {
			if r.PostData == nil {
				r.PostData = &PostData{}
			}
		}, func() { r.PostData = nil }, func(k int) bool {
			d := r.PostData
			switch k {
			case 0:
				return p.str(&d.MimeType, "request.postData.mimeType")
			case 1:
				return p.str(&d.Text, "request.postData.text")
			case 2:
				return p.nameValues(&d.Params, &postParams)
			case 3:
				return p.str(&d.Encoding, "request.postData.encoding")
			default:
				return p.str(&d.XEncoding, "request.postData._encoding")
			}
		})
	default:
		return p.int64(&r.BodySize, "request.bodySize")
	}
}

func (p *entryParser) response(r *Response, k int) bool {
	switch k {
	case 0:
		return p.int(&r.Status, "response.status")
	case 1:
		return p.nameValues(&r.Headers, &respHeaders)
	default:
		return p.nameValues(&r.Cookies, &respCookies)
	}
}

// nameValues reads headers, cookies and form parameters: most of an entry,
// so it is written out rather than through objectList, which costs a call
// more per field.
func (p *entryParser) nameValues(dst *[]NameValue, at *nvPaths) bool {
	return p.list(at.list, func() { *dst = nil }, func() { *dst = []NameValue{} }, func() bool {
		switch p.peek() {
		case '{':
		case 'n':
			*dst = append(*dst, NameValue{})
			return p.literal("null")
		default:
			got := p.kind()
			p.mismatch(at.elem, got, "an object")
			return p.skip(0)
		}
		*dst = append(*dst, NameValue{})
		nv := &(*dst)[len(*dst)-1]
		return p.object(nameValueKeys, func(k int) bool {
			if k == 0 {
				return p.str(&nv.Name, at.name)
			}
			return p.str(&nv.Value, at.value)
		})
	})
}

// objectList reads a list of objects into *dst. An element that is not an
// object is counted and skipped; null gives a zero element, as in
// encoding/json.
func objectList[T any](p *entryParser, path, elem string, dst *[]T, known []string, member func(v *T, k int) bool) bool {
	return p.list(path, func() { *dst = nil }, func() { *dst = []T{} }, func() bool {
		switch p.peek() {
		case '{':
		case 'n':
			*dst = append(*dst, *new(T))
			return p.literal("null")
		default:
			got := p.kind()
			p.mismatch(elem, got, "an object")
			return p.skip(0)
		}
		*dst = append(*dst, *new(T))
		v := &(*dst)[len(*dst)-1]
		return p.object(known, func(k int) bool { return member(v, k) })
	})
}

// header reads the log's own fields (version, creator, pages), whatever
// their types.
func (p *entryParser) header(lg *Log, k int) bool {
	switch k {
	case 0:
		return p.str(&lg.Version, "log.version")
	case 1:
		return p.obj("log.creator", creatorKeys, nil, nil, func(k int) bool {
			if k == 0 {
				return p.str(&lg.Creator.Name, "log.creator.name")
			}
			return p.str(&lg.Creator.Version, "log.creator.version")
		})
	default:
		return objectList(p, "log.pages", "log.pages[]", &lg.Pages, pageKeys, func(pg *Page, k int) bool {
			switch k {
			case 0:
				return p.str(&pg.ID, "log.pages[].id")
			case 1:
				return p.str(&pg.StartedDateTime, "log.pages[].startedDateTime")
			default:
				return p.str(&pg.Title, "log.pages[].title")
			}
		})
	}
}
