package har

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/cipa-triage/cipa-triage/core/knowledge"
)

// Decisions a visitor can record on a consent banner.
const (
	DecisionAccepted = "accepted"
	DecisionRejected = "rejected"
	DecisionUnknown  = "unknown" // the visitor answered, but the HAR does not show how
)

// cookieMap reads a request's cookies from the cookies list and the Cookie
// header; Chrome's sanitised export keeps neither.
func cookieMap(e *Entry) map[string]string {
	m := map[string]string{}
	for _, c := range e.Request.Cookies {
		m[c.Name] = c.Value
	}
	for _, h := range e.Request.Headers {
		if strings.EqualFold(h.Name, "cookie") {
			for _, kv := range strings.Split(h.Value, ";") {
				if k, v, ok := strings.Cut(strings.TrimSpace(kv), "="); ok {
					if _, seen := m[k]; !seen {
						m[k] = v
					}
				}
			}
		}
	}
	return m
}

// decisionFromCookies says whether the request's cookies show that the
// visitor answered mgr's banner, and how. The values are read here and never
// leave this function.
func decisionFromCookies(mgr *knowledge.ConsentManager, cookies map[string]string) (answered bool, decision, how string) {
	for _, name := range mgr.InteractionCookies {
		if _, ok := cookies[name]; ok {
			answered, how = true, "the "+name+" cookie"
		}
	}
	if mgr.DecisionCookie == "" {
		if answered {
			return true, DecisionUnknown, how
		}
		return false, "", ""
	}
	raw, ok := cookies[mgr.DecisionCookie]
	if !ok {
		if answered {
			return true, DecisionUnknown, how
		}
		return false, "", ""
	}
	v, err := url.QueryUnescape(raw)
	if err != nil {
		v = raw
	}
	d, explicit := parseDecision(mgr.DecisionFormat, v)
	switch {
	case explicit:
		return true, d, "the " + mgr.DecisionCookie + " cookie"
	case answered:
		if d == "" {
			d = DecisionUnknown
		}
		return true, d, how
	}
	return false, "", ""
}

// Compiled on first use, not at start-up (the first page needs none of it).
var otGroup = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`C000(\d):([01])`) })

// parseDecision reads one CMP's decision cookie. explicit is false when the
// cookie exists before any answer (OneTrust writes defaults on first load).
func parseDecision(format, v string) (decision string, explicit bool) {
	switch format {
	case "onetrust":
		groups := otGroup().FindAllStringSubmatch(v, -1)
		optional, granted := 0, 0
		for _, g := range groups {
			if g[1] == "1" {
				continue // strictly necessary
			}
			optional++
			if g[2] == "1" {
				granted++
			}
		}
		d := DecisionUnknown
		if optional > 0 {
			d = DecisionRejected
			if granted > 0 {
				d = DecisionAccepted
			}
		}
		n := 0
		if i := strings.Index(v, "interactionCount="); i >= 0 {
			digits := v[i+len("interactionCount="):]
			if j := strings.IndexFunc(digits, func(r rune) bool { return r < '0' || r > '9' }); j >= 0 {
				digits = digits[:j]
			}
			n, _ = strconv.Atoi(digits)
		}
		return d, n > 0
	case "cookiebot":
		if v == "-1" || strings.Contains(v, "method:'implied'") {
			return "", false
		}
		if strings.Contains(v, "marketing:true") || strings.Contains(v, "statistics:true") {
			return DecisionAccepted, true
		}
		if strings.Contains(v, "marketing:false") {
			return DecisionRejected, true
		}
		return DecisionUnknown, true
	case "cookieyes":
		if !strings.Contains(v, "action:yes") {
			return "", false
		}
		if strings.Contains(v, "advertisement:yes") || strings.Contains(v, "analytics:yes") {
			return DecisionAccepted, true
		}
		return DecisionRejected, true
	case "trustarc":
		switch {
		case strings.Contains(v, "permit 1 required") || strings.TrimSpace(v) == "permit 1":
			return DecisionRejected, true
		case strings.HasPrefix(v, "permit"):
			return DecisionAccepted, true
		}
		return DecisionUnknown, true
	case "didomi":
		b, err := decodeBase64(v)
		if err != nil {
			return DecisionUnknown, true
		}
		var tok struct {
			Purposes struct{ Enabled, Disabled []string } `json:"purposes"`
		}
		if json.Unmarshal(b, &tok) != nil {
			return DecisionUnknown, true
		}
		switch {
		case len(tok.Purposes.Enabled) > 0:
			return DecisionAccepted, true
		case len(tok.Purposes.Disabled) > 0:
			return DecisionRejected, true
		}
		return DecisionUnknown, true
	}
	return DecisionUnknown, false
}

var (
	rejectWords = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)reject|denied|deny|decline|opt_?out|refuse|necessary_only|"consent"\s*:\s*false`)
	})
	acceptWords = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)accept|granted|allow_?all|opt_?in|"consent"\s*:\s*true`)
	})
)

// decisionFromRecord reads a CMP's consent-log request body for the choice.
func decisionFromRecord(p *payload) string {
	var b strings.Builder
	for _, f := range p.fields {
		b.WriteString(f.Key)
		b.WriteByte('=')
		b.WriteString(f.Value)
		b.WriteByte(' ')
	}
	for _, t := range p.texts {
		b.WriteString(t)
	}
	s := b.String()
	switch {
	case rejectWords().MatchString(s):
		return DecisionRejected
	case acceptWords().MatchString(s):
		return DecisionAccepted
	}
	return DecisionUnknown
}

// isRecord says whether a request to the CMP logs a choice.
func isRecord(mgr *knowledge.ConsentManager, u *url.URL) bool {
	host := strings.ToLower(u.Hostname())
	for _, r := range mgr.Records {
		if host != r.Host && !strings.HasSuffix(host, "."+r.Host) {
			continue
		}
		if r.Path == "" {
			return true
		}
		if strings.HasPrefix(r.Path, "^") && strings.HasPrefix(u.Path, r.Path[1:]) || strings.Contains(u.Path, r.Path) {
			return true
		}
	}
	return false
}
