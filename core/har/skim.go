package har

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// skimmer reads log.entries straight from the bytes, one entry at a time,
// copying each entry except its response body (response.content.text),
// which it steps over without keeping. Response bodies are most of a HAR's
// bytes; encoding/json would scan each twice (once to find the value's end,
// once to decode it), which under WebAssembly runs at a few MB/s. A body is
// never held, so one huge response cannot take memory either.
type skimmer struct {
	r      io.Reader
	buf    []byte
	pos    int
	end    int
	eof    error
	out    []byte
	frames []frame
}

type frame struct {
	obj bool
	key string
}

const (
	skimBuf   = 64 << 10
	skimDepth = 512 // a HAR entry nests a few levels; deeper input is not a HAR
)

var errSkimSyntax = errors.New("malformed JSON")

func newSkimmer(r io.Reader) *skimmer { return &skimmer{r: r, buf: make([]byte, skimBuf)} }

// fill reads more bytes, keeping the unread ones; false at the end of input.
func (s *skimmer) fill() bool {
	if s.eof != nil {
		return false
	}
	if s.pos > 0 {
		copy(s.buf, s.buf[s.pos:s.end])
		s.end -= s.pos
		s.pos = 0
	}
	if s.end == len(s.buf) {
		s.buf = append(s.buf, make([]byte, len(s.buf))...)
	}
	for {
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			s.eof = err
		}
		if n > 0 || err != nil {
			return n > 0
		}
	}
}

// peek returns the next byte that is not white space, without taking it.
func (s *skimmer) peek() (byte, bool) {
	for {
		for s.pos < s.end {
			switch c := s.buf[s.pos]; c {
			case ' ', '\t', '\n', '\r':
				s.pos++
			default:
				return c, true
			}
		}
		if !s.fill() {
			return 0, false
		}
	}
}

func (s *skimmer) unexpectedEnd() error {
	if s.eof != nil && s.eof != io.EOF {
		return s.eof
	}
	return io.ErrUnexpectedEOF
}

// next returns the next entry's bytes (valid until the following call), or
// more=false at the closing bracket of log.entries. Numbers and literals
// are copied as they stand, unchecked: the entry parser checks them.
func (s *skimmer) next() (raw []byte, more bool, err error) {
	c, ok := s.peek()
	if !ok {
		return nil, false, s.unexpectedEnd()
	}
	if c == ',' {
		s.pos++
		if c, ok = s.peek(); !ok {
			return nil, false, s.unexpectedEnd()
		}
	}
	if c == ']' {
		s.pos++
		return nil, false, nil
	}
	// An entry that is not an object is passed on whole; the caller skips
	// and counts it.
	s.out = s.out[:0]
	s.frames = s.frames[:0]
	if err := s.value(false); err != nil {
		return nil, false, err
	}
	return s.out, true, nil
}

// rest is everything after log.entries, for the ordinary decoder.
func (s *skimmer) rest() io.Reader {
	return io.MultiReader(bytes.NewReader(s.buf[s.pos:s.end]), s.r)
}

func (s *skimmer) value(elide bool) error {
	c, ok := s.peek()
	if !ok {
		return s.unexpectedEnd()
	}
	switch c {
	case '{', '[':
		if len(s.frames) >= skimDepth {
			return fmt.Errorf("%w: nested too deeply", errSkimSyntax)
		}
		s.pos++
		s.out = append(s.out, c)
		obj := c == '{'
		s.frames = append(s.frames, frame{obj: obj})
		closer := byte(']')
		if obj {
			closer = '}'
		}
		first := true
		for {
			c, ok := s.peek()
			if !ok {
				return s.unexpectedEnd()
			}
			if c == closer {
				s.pos++
				s.out = append(s.out, c)
				s.frames = s.frames[:len(s.frames)-1]
				return nil
			}
			if !first {
				if c != ',' {
					return fmt.Errorf("%w: %q where ',' should be", errSkimSyntax, c)
				}
				s.pos++
				s.out = append(s.out, ',')
			}
			first = false
			childElide := false
			if obj {
				if c, ok = s.peek(); !ok {
					return s.unexpectedEnd()
				}
				if c != '"' {
					return fmt.Errorf("%w: %q where a key should be", errSkimSyntax, c)
				}
				start := len(s.out)
				if err := s.str(false); err != nil {
					return err
				}
				key := ""
				if k := s.out[start:]; len(k) < 34 {
					key = string(k[1 : len(k)-1])
				}
				top := &s.frames[len(s.frames)-1]
				top.key = key
				if c, ok = s.peek(); !ok {
					return s.unexpectedEnd()
				}
				if c != ':' {
					return fmt.Errorf("%w: %q where ':' should be", errSkimSyntax, c)
				}
				s.pos++
				s.out = append(s.out, ':')
				// response.content.text: the body, which nothing here needs.
				n := len(s.frames)
				childElide = key == "text" && n >= 2 && s.frames[n-2].obj && s.frames[n-2].key == "content"
			}
			if err := s.value(childElide); err != nil {
				return err
			}
		}
	case '"':
		return s.str(elide)
	default:
		// A number, true, false or null: copy to the next delimiter.
		for {
			for s.pos < s.end {
				switch b := s.buf[s.pos]; b {
				case ',', '}', ']', ' ', '\t', '\n', '\r':
					return nil
				default:
					s.out = append(s.out, b)
					s.pos++
				}
			}
			if !s.fill() {
				return nil
			}
		}
	}
}

// str copies a string (or, elided, writes "" in its place) up to its
// closing quote. It jumps from quote to quote with IndexByte and counts the
// backslashes before each: an odd count means the quote is escaped.
func (s *skimmer) str(elide bool) error {
	s.pos++ // the opening quote
	s.out = append(s.out, '"')
	carry := 0 // backslashes ending the bytes already passed
	for {
		i := bytes.IndexByte(s.buf[s.pos:s.end], '"')
		if i < 0 {
			seg := s.buf[s.pos:s.end]
			carry = trailingBackslashes(seg, carry)
			if !elide {
				s.out = append(s.out, seg...)
			}
			s.pos = s.end
			if !s.fill() {
				return s.unexpectedEnd()
			}
			continue
		}
		seg := s.buf[s.pos : s.pos+i]
		escaped := trailingBackslashes(seg, carry)%2 == 1
		if !elide {
			s.out = append(s.out, seg...)
			s.out = append(s.out, '"')
		}
		s.pos += i + 1
		if !escaped {
			if elide {
				s.out = append(s.out, '"')
			}
			return nil
		}
		carry = 0
	}
}

// trailingBackslashes counts the backslashes at the end of b, adding carry
// when b is nothing but backslashes.
func trailingBackslashes(b []byte, carry int) int {
	n := 0
	for j := len(b) - 1; j >= 0 && b[j] == '\\'; j-- {
		n++
	}
	if n == len(b) {
		n += carry
	}
	return n
}
