package har

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/cipa-triage/cipa-triage/core/readerror"
	"io"
	"strings"
)

// Entry is the part of a HAR 1.2 entry the reader looks at. Fields it does
// not name (above all response.content.text, most of a HAR's bytes) are
// skipped by the decoder and never kept.
type Entry struct {
	Pageref         string     `json:"pageref"`
	StartedDateTime string     `json:"startedDateTime"`
	Request         Request    `json:"request"`
	Response        Response   `json:"response"`
	ResourceType    string     `json:"_resourceType"` // Chrome only
	WebSocket       []WSFrame  `json:"_webSocketMessages"`
	Initiator       *Initiator `json:"_initiator,omitempty"`
	FromCache       string     `json:"_fromCache"` // Chrome: "memory" or "disk" when served from the browser's cache
}

// NameValue is a header, cookie, query or form parameter.
type NameValue struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Request is what the browser sent.
type Request struct {
	Method   string      `json:"method"`
	URL      string      `json:"url"`
	Headers  []NameValue `json:"headers"`
	Cookies  []NameValue `json:"cookies"`
	PostData *PostData   `json:"postData"`
	BodySize int64       `json:"bodySize"`
}

// PostData is a request body as the HAR keeps it. HAR 1.2 has no encoding
// field here; some tools add one for binary bodies, so both spellings count.
type PostData struct {
	MimeType  string      `json:"mimeType"`
	Text      string      `json:"text"`
	Params    []NameValue `json:"params"`
	Encoding  string      `json:"encoding"`
	XEncoding string      `json:"_encoding"`
}

// Response is the part of the answer the reader needs: its status and the
// cookies it set (to hide their values everywhere).
type Response struct {
	Status  int         `json:"status"`
	Headers []NameValue `json:"headers"`
	Cookies []NameValue `json:"cookies"`
}

// WSFrame is one WebSocket message as Chrome's HAR export records it.
type WSFrame struct {
	Type   string  `json:"type"` // send | receive
	Time   float64 `json:"time"` // seconds since the epoch
	Opcode int     `json:"opcode"`
	Data   string  `json:"data"`
}

// Initiator is Chrome's note of what caused a request.
type Initiator struct {
	Type string `json:"type"`
	URL  string `json:"url"`
}

// Page is a page the HAR recorded.
type Page struct {
	ID              string `json:"id"`
	StartedDateTime string `json:"startedDateTime"`
	Title           string `json:"title"`
}

// Creator names the program that wrote the HAR.
type Creator struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Log is everything in a HAR except its entries, which are streamed.
type Log struct {
	Version string  `json:"version"`
	Creator Creator `json:"creator"`
	Pages   []Page  `json:"pages"`
	Entries int     // how many entries were read
	// Truncated is set when the file ended inside log.entries: the entries
	// before the cut were read and passed on.
	Truncated error
	// Mistyped counts the fields whose type differed from HAR 1.2's (read
	// as text or skipped); MistypedFirst names the first, for the warning.
	Mistyped      int
	MistypedFirst string
}

// ErrNotJSON and ErrNotHAR are the two kinds of wrong file; errors.Is tells
// them apart, and each message says what is wrong in plain words.
var (
	ErrNotJSON = readerror.ErrNotJSON
	ErrNotHAR  = readerror.ErrNotHAR
)

// fileError is a refusal: kind for errors.Is, msg for people.
type fileError struct {
	kind error
	msg  string
}

func (e *fileError) Error() string { return e.msg }
func (e *fileError) Unwrap() error { return e.kind }

const exportHint = "Export it again from the browser's Network panel (\"Save all as HAR\")."

func notJSON(why string) error {
	return &fileError{ErrNotJSON, fmt.Sprintf("%s (%s). %s", ErrNotJSON.Error(), why, exportHint)}
}

func notHAR(why string) error {
	return &fileError{ErrNotHAR, fmt.Sprintf("%s: a HAR holds {\"log\": {\"entries\": [...]}}, and %s. %s", ErrNotHAR.Error(), why, exportHint)}
}

// Walk streams a HAR: it walks the JSON tokens down to log.entries and
// decodes one entry at a time, calling fn with the entry's index. Memory is
// bounded by the largest single entry, never the file, so a 200 MB export can
// be read in a browser tab. fn's entry is reused: keep copies, not pointers.
//
// Walk refuses a file only when it is not JSON, has no log.entries list, or
// breaks before its first entry. Anything else HAR 1.2 allows or real tools
// write is read: unknown and "_" fields are ignored, fields of another type
// are read as text or skipped and counted in Log.Mistyped, and an entry
// that is not an object is skipped (its index still counts, so evidence
// indexes stay those of log.entries).
func Walk(r io.Reader, fn func(i int, e *Entry) error) (lg Log, err error) {
	var odd oddities
	defer func() { lg.Mistyped, lg.MistypedFirst = odd.n, odd.first }()
	if r, err = unwrapFile(r); err != nil {
		return lg, err
	}
	dec := json.NewDecoder(r)
	tok, err := dec.Token()
	if err != nil {
		if err == io.EOF {
			return lg, notJSON("it is empty")
		}
		return lg, notJSON(err.Error())
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		if ok {
			return lg, notHAR("this file is a JSON list")
		}
		if _, err := dec.Token(); err != nil && err != io.EOF {
			return lg, notJSON(err.Error())
		}
		return lg, notHAR("this file is a single JSON value")
	}
	sawLog, sawEntries := false, false
	fail := func(err error) (Log, error) {
		e := malformed(err, &lg)
		return lg, e
	}
	for dec.More() {
		key, err := objectKey(dec)
		if err != nil {
			return fail(err)
		}
		if key != "log" {
			if err := skip(dec); err != nil {
				return fail(err)
			}
			continue
		}
		sawLog = true
		if tok, err := dec.Token(); err != nil {
			return fail(err)
		} else if d, ok := tok.(json.Delim); !ok || d != '{' {
			return lg, notHAR("its \"log\" is not an object")
		}
		for dec.More() {
			k, err := objectKey(dec)
			if err != nil {
				return fail(err)
			}
			switch k {
			case "version", "creator", "pages":
				var raw json.RawMessage
				if err := dec.Decode(&raw); err != nil {
					return fail(err)
				}
				p := entryParser{b: raw, odd: &odd}
				for j, name := range logKeys {
					if name == k && !p.header(&lg, j) {
						return fail(fmt.Errorf("log.%s is malformed", k))
					}
				}
				continue
			case "entries":
			default:
				if err := skip(dec); err != nil {
					return fail(err)
				}
				continue
			}
			sawEntries = true
			if tok, err := dec.Token(); err != nil {
				return fail(err)
			} else if d, ok := tok.(json.Delim); !ok || d != '[' {
				return lg, notHAR("its \"log.entries\" is not a list")
			}
			rest, err := walkEntries(dec, r, &lg, &odd, fn)
			if err != nil || lg.Truncated != nil {
				return lg, err
			}
			// The rest of "log" (pages may follow the entries) goes back
			// to the ordinary decoder, reopened as an object.
			dec = json.NewDecoder(io.MultiReader(strings.NewReader("{"), rest))
			if _, err := dec.Token(); err != nil {
				return fail(err)
			}
		}
		if _, err := dec.Token(); err != nil { // closing } of log
			return fail(err)
		}
	}
	switch {
	case !sawLog:
		return lg, notHAR("this one has no \"log\"")
	case !sawEntries:
		return lg, notHAR("this one has no \"log.entries\"")
	}
	return lg, nil
}

// walkEntries reads log.entries from just after its '[' to its ']', and
// returns what follows.
func walkEntries(dec *json.Decoder, r io.Reader, lg *Log, odd *oddities, fn func(i int, e *Entry) error) (io.Reader, error) {
	sk := newSkimmer(io.MultiReader(dec.Buffered(), r))
	var e Entry
	for {
		n := lg.Entries + 1 // for messages: people count from 1
		raw, more, err := sk.next()
		if err == nil && more && len(raw) == 0 { // "[}": a bracket where an entry should start
			err = fmt.Errorf("%w: nothing where an entry should start", errSkimSyntax)
		}
		if err == nil && more && raw[0] != '{' && !json.Valid(raw) {
			err = fmt.Errorf("%w: %.20q where an entry should start", errSkimSyntax, raw)
		}
		if err == nil && more && raw[0] == '{' {
			err = unmarshalEntry(raw, &e, odd, n)
		}
		if err != nil {
			if lg.Entries == 0 {
				if errors.Is(err, io.ErrUnexpectedEOF) {
					return nil, notJSON("it ends before its first request: it was cut off while saving or copying")
				}
				return nil, notJSON(fmt.Sprintf("entry 1 is broken: %v", err))
			}
			lg.Truncated = fmt.Errorf("the file ends or breaks inside entry %d: %w", n, err)
			return nil, nil
		}
		if !more {
			break
		}
		if raw[0] != '{' {
			got := (&entryParser{b: raw}).kind()
			(&entryParser{odd: odd, n: n}).mismatch("entry", got, "an object")
			lg.Entries++
			continue
		}
		if err := fn(lg.Entries, &e); err != nil {
			return nil, err
		}
		lg.Entries++
	}
	if c, ok := sk.peek(); ok && c == ',' {
		sk.pos++
	}
	return sk.rest(), nil
}

// malformed reports broken JSON; once entries were read the reader keeps
// what it has, since a cut-off export is still evidence.
func malformed(err error, lg *Log) error {
	if lg.Entries > 0 {
		lg.Truncated = fmt.Errorf("the file breaks after entry %d: %w", lg.Entries, err)
		return nil
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return notJSON("it ends before its first request: it was cut off while saving or copying")
	}
	return notJSON(err.Error())
}

func objectKey(dec *json.Decoder) (string, error) {
	tok, err := dec.Token()
	if err != nil {
		return "", err
	}
	s, ok := tok.(string)
	if !ok {
		return "", fmt.Errorf("expected a key, found %v", tok)
	}
	return s, nil
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return fmt.Errorf("expected %v", want)
	}
	return nil
}

// skip reads past one value token by token, so an unneeded value is never
// held whole.
func skip(dec *json.Decoder) error {
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		if d, ok := tok.(json.Delim); ok {
			switch d {
			case '{', '[':
				depth++
			default:
				depth--
			}
		}
		if depth == 0 {
			return nil
		}
	}
}

// unwrapFile accepts a HAR as people actually save it: gzip-compressed
// (.har.gz), or with a UTF-8 byte-order mark (Windows tools). A UTF-16 file
// gets a message saying how to fix it.
func unwrapFile(r io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(3)
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, &fileError{ErrNotJSON, "The file is gzip-compressed but cannot be opened (" + err.Error() + "). Export it again, or unzip it first."}
		}
		br = bufio.NewReaderSize(gz, 64<<10)
		head, _ = br.Peek(3)
	}
	switch {
	case bytes.HasPrefix(head, []byte("\xef\xbb\xbf")):
		_, _ = br.Discard(3)
	case bytes.HasPrefix(head, []byte("\xff\xfe")) || bytes.HasPrefix(head, []byte("\xfe\xff")):
		return nil, &fileError{ErrNotJSON, "The file is saved as UTF-16, which a HAR never is: export it again from the browser, or re-save it as UTF-8."}
	}
	return br, nil
}
