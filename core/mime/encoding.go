package mime

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Decode undoes a Content-Transfer-Encoding (base64, quoted-printable; any
// other is taken as is). On bad base64 it returns what decoded with the error.
func Decode(cte string, body []byte) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "base64":
		// Mail wraps base64 in lines; strip every white space before decoding.
		clean := bytes.Map(func(c rune) rune {
			if c == ' ' || c == '\n' || c == '\r' || c == '\t' {
				return -1
			}
			return c
		}, body)
		out := make([]byte, base64.StdEncoding.DecodedLen(len(clean)))
		n, err := base64.StdEncoding.Decode(out, clean)
		if err != nil {
			// Tolerate missing padding; otherwise keep what decoded.
			raw := bytes.TrimRight(clean, "=")
			out2 := make([]byte, base64.RawStdEncoding.DecodedLen(len(raw)))
			if n2, err2 := base64.RawStdEncoding.Decode(out2, raw); err2 == nil {
				return out2[:n2], nil
			}
			return out[:n], fmt.Errorf("bad base64: %w", err)
		}
		return out[:n], nil
	case "quoted-printable":
		return QuotedPrintable(body), nil
	default:
		return body, nil
	}
}

// Charset turns bytes in a declared charset into text: Latin-1 and
// Windows-1252 are mapped, and bytes that are not UTF-8 whatever the
// declaration are read as Windows-1252, the usual mislabel.
func Charset(data []byte, charset string) string {
	switch strings.ToLower(charset) {
	case "iso-8859-1", "latin1", "windows-1252", "cp1252", "us-ascii":
		return Windows1252(data)
	}
	if s := string(data); !utf8.ValidString(s) {
		return Windows1252(data)
	}
	return string(data)
}

// QuotedPrintable decodes quoted-printable; a malformed escape is kept as written.
func QuotedPrintable(b []byte) []byte {
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

var cp1252 = [32]rune{
	'€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
	'\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
}

// Windows1252 reads bytes as Windows-1252 (a superset of Latin-1 for text).
func Windows1252(data []byte) string {
	var b strings.Builder
	for _, c := range data {
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xa0:
			b.WriteRune(cp1252[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}
