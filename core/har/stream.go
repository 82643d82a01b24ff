package har

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
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
}

// ErrNotJSON and ErrNotHAR are the two kinds of wrong file.
var (
	ErrNotJSON = errors.New("the file is not a HAR: it is not JSON (export it from the browser's Network panel with \"Save all as HAR\")")
	ErrNotHAR  = errors.New("the file is JSON but not a HAR: a HAR holds {\"log\": {\"entries\": [...]}}")
)

// Walk streams a HAR: it walks the JSON tokens down to log.entries and
// decodes one entry at a time, calling fn with the entry's index. Memory is
// bounded by the largest single entry, never the file, so a 200 MB export can
// be read in a browser tab. fn's entry is reused: keep copies, not pointers.
func Walk(r io.Reader, fn func(i int, e *Entry) error) (Log, error) {
	var lg Log
	r, err := unwrapFile(r)
	if err != nil {
		return lg, err
	}
	dec := json.NewDecoder(r)
	tok, err := dec.Token()
	if err != nil {
		if err == io.EOF {
			return lg, fmt.Errorf("the file is empty: %w", ErrNotJSON)
		}
		return lg, ErrNotJSON
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		if _, isDelim := tok.(json.Delim); isDelim {
			return lg, fmt.Errorf("%w (the file is a JSON list)", ErrNotHAR)
		}
		return lg, ErrNotHAR
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
		if err := expectDelim(dec, '{'); err != nil {
			return lg, fmt.Errorf("%w: \"log\" is not an object", ErrNotHAR)
		}
		for dec.More() {
			k, err := objectKey(dec)
			if err != nil {
				return fail(err)
			}
			switch k {
			case "version":
				err = dec.Decode(&lg.Version)
			case "creator":
				err = dec.Decode(&lg.Creator)
			case "pages":
				err = dec.Decode(&lg.Pages)
			case "entries":
				sawEntries = true
				if err := expectDelim(dec, '['); err != nil {
					return lg, fmt.Errorf("%w: \"log.entries\" is not a list", ErrNotHAR)
				}
				sk := newSkimmer(io.MultiReader(dec.Buffered(), r))
				var e Entry
				for {
					raw, more, err := sk.next()
					if err != nil {
						if lg.Entries == 0 && errors.Is(err, errSkimSyntax) {
							return lg, fmt.Errorf("%w: %v", ErrNotJSON, err)
						}
						lg.Truncated = fmt.Errorf("the file ends or breaks inside entry %d: %w", lg.Entries, err)
						return lg, nil
					}
					if !more {
						break
					}
					if err := unmarshalEntry(raw, &e); err != nil {
						var te *json.UnmarshalTypeError
						if errors.As(err, &te) {
							return lg, fmt.Errorf("%w: entry %d has %s where a HAR has %s", ErrNotHAR, lg.Entries, te.Value, te.Type)
						}
						lg.Truncated = fmt.Errorf("the file breaks inside entry %d: %w", lg.Entries, err)
						return lg, nil
					}
					if err := fn(lg.Entries, &e); err != nil {
						return lg, err
					}
					lg.Entries++
				}
				// The rest of "log" (pages may follow the entries) goes back
				// to the ordinary decoder, reopened as an object.
				if c, ok := sk.peek(); ok && c == ',' {
					sk.pos++
				}
				dec = json.NewDecoder(io.MultiReader(strings.NewReader("{"), sk.rest()))
				if _, err := dec.Token(); err != nil {
					return fail(err)
				}
				continue
			default:
				err = skip(dec)
			}
			if err != nil {
				var te *json.UnmarshalTypeError
				if errors.As(err, &te) {
					return lg, fmt.Errorf("%w: log.%s has the wrong shape", ErrNotHAR, k)
				}
				return fail(err)
			}
		}
		if _, err := dec.Token(); err != nil { // closing } of log
			return fail(err)
		}
	}
	switch {
	case !sawLog:
		return lg, fmt.Errorf("%w; this one has no \"log\"", ErrNotHAR)
	case !sawEntries:
		return lg, fmt.Errorf("%w; this one has no \"log.entries\"", ErrNotHAR)
	}
	return lg, nil
}

// malformed reports broken JSON; once entries were read the reader keeps
// what it has, since a cut-off export is still evidence.
func malformed(err error, lg *Log) error {
	if lg.Entries > 0 {
		lg.Truncated = fmt.Errorf("the file breaks after entry %d: %w", lg.Entries-1, err)
		return nil
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("the file ends before any request was recorded (truncated?): %w", err)
	}
	return fmt.Errorf("%w: %v", ErrNotJSON, err)
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
			return nil, fmt.Errorf("the file is gzip-compressed but cannot be opened: %w", err)
		}
		br = bufio.NewReaderSize(gz, 64<<10)
		head, _ = br.Peek(3)
	}
	switch {
	case bytes.HasPrefix(head, []byte("\xef\xbb\xbf")):
		_, _ = br.Discard(3)
	case bytes.HasPrefix(head, []byte("\xff\xfe")) || bytes.HasPrefix(head, []byte("\xfe\xff")):
		return nil, fmt.Errorf("%w: it is saved as UTF-16; export it again from the browser, or re-save it as UTF-8", ErrNotJSON)
	}
	return br, nil
}
