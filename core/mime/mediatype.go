package mime

import (
	"strconv"
	"strings"
)

// MediaType reads "type/subtype; name=value; name*=charset'lang'%XX-encoded" into a
// lower-case type and its parameters (names lower-cased). RFC 2231
// continuations ("filename*0*=utf-8'en'Notice%20of; filename*1=_dispute.pdf")
// are put back together in order.
func MediaType(v string) (string, map[string]string) {
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
			params[base] = DecodeWords(val)
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
			params[name] = Charset(raw, charset)
		}
	}
	return strings.ToLower(strings.TrimSpace(typ)), params
}

func percentDecode(s, charset string) string { return Charset(percentBytes(s), charset) }

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
