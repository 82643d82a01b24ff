package mime

import (
	"encoding/base64"
	"strings"
)

// DecodeWords decodes RFC 2047 encoded words: "=?utf-8?q?Notice_of_dispute?=".
func DecodeWords(s string) string {
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
		raw = QuotedPrintable([]byte(strings.ReplaceAll(text, "_", " ")))
	default:
		return "", 0, false
	}
	if i := strings.IndexByte(charset, '*'); i >= 0 {
		charset = charset[:i] // RFC 2231 language suffix
	}
	return Charset(raw, charset), n, true
}
