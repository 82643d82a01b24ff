package har

import (
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// The HAR holds the user's cookies, session tokens and Authorization
// headers. None of their values may appear in anything the reader outputs:
// every string leaves through a redactor.

const hidden = "[hidden]"

// sensitiveKey matches parameter names whose values are secrets or
// credentials rather than facts about what a tag sent.
// Both are compiled on first use, not at start-up.
var sensitiveKey = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(^|[^a-z])(access_?token|id_?token|refresh_?token|token|auth|authorization|password|passwd|pwd|secret|api_?key|apikey|session_?id|sessionid|jwt|bearer|signature|sig|cookie|csrf|xsrf|otp|code_verifier|client_secret)($|[^a-z])`)
})

// secretValue matches values that are credentials whatever their key:
// JSON Web Tokens and bearer or basic credentials.
var secretValue = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*|(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}`)
})

// redactor remembers every cookie and credential value seen in the HAR and
// removes them from output text.
type redactor struct {
	values map[string]bool
	rep    *strings.Replacer
}

func newRedactor() *redactor { return &redactor{values: map[string]bool{}} }

// remember keeps a secret value (and its URL-encoded form). Very short
// values ("1", "true") identify nobody and would mangle ordinary text.
func (r *redactor) remember(v string) {
	v = strings.TrimSpace(strings.Trim(v, `"`))
	if len(v) < 6 || len(r.values) > 200000 {
		return
	}
	r.values[v] = true
	if e := url.QueryEscape(v); e != v {
		r.values[e] = true
	}
	r.rep = nil
}

// rememberEntry collects the secrets of one request and response.
func (r *redactor) rememberEntry(e *Entry) {
	for _, c := range e.Request.Cookies {
		r.remember(c.Value)
	}
	for _, c := range e.Response.Cookies {
		r.remember(c.Value)
	}
	for _, h := range e.Request.Headers {
		switch strings.ToLower(h.Name) {
		case "cookie":
			for _, kv := range strings.Split(h.Value, ";") {
				if _, v, ok := strings.Cut(kv, "="); ok {
					r.remember(v)
				}
			}
		case "authorization", "proxy-authorization", "x-api-key", "x-auth-token", "x-csrf-token", "x-xsrf-token":
			r.remember(h.Value)
			if _, cred, ok := strings.Cut(h.Value, " "); ok {
				r.remember(cred)
			}
		}
	}
	for _, h := range e.Response.Headers {
		if strings.EqualFold(h.Name, "set-cookie") {
			for _, line := range strings.Split(h.Value, "\n") {
				first, _, _ := strings.Cut(line, ";")
				if _, v, ok := strings.Cut(first, "="); ok {
					r.remember(v)
				}
			}
		}
	}
}

// text removes every remembered secret and any credential-shaped value.
func (r *redactor) text(s string) string {
	if s == "" {
		return s
	}
	if r.rep == nil && len(r.values) > 0 {
		vs := make([]string, 0, len(r.values))
		for v := range r.values {
			vs = append(vs, v)
		}
		// Longest first, so a value is never half-replaced by a shorter one.
		sort.Slice(vs, func(i, j int) bool { return len(vs[i]) > len(vs[j]) || (len(vs[i]) == len(vs[j]) && vs[i] < vs[j]) })
		pairs := make([]string, 0, 2*len(vs))
		for _, v := range vs {
			pairs = append(pairs, v, hidden)
		}
		r.rep = strings.NewReplacer(pairs...)
	}
	if r.rep != nil {
		s = r.rep.Replace(s)
	}
	return secretValue().ReplaceAllString(s, hidden)
}

// url hides the values of sensitive query parameters, then applies text.
func (r *redactor) url(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return r.text(raw)
	}
	u.User = nil
	if u.RawQuery != "" {
		parts := strings.Split(u.RawQuery, "&")
		for i, kv := range parts {
			k, _, ok := strings.Cut(kv, "=")
			uk, _ := url.QueryUnescape(k)
			if ok && sensitiveKey().MatchString(uk) {
				parts[i] = k + "=" + hidden
			}
		}
		u.RawQuery = strings.Join(parts, "&")
	}
	return r.text(u.String())
}

// value hides a parameter's value when its key is sensitive.
func (r *redactor) value(key, v string) string {
	if sensitiveKey().MatchString(key) {
		return hidden
	}
	if strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://") {
		return r.url(v)
	}
	return r.text(v)
}
