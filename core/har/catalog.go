package har

import (
	"net/url"
	"strings"

	"github.com/cipa-triage/cipa-triage/core/knowledge"
)

// matcher finds the catalog rule a request matches, indexed by host so a
// 100,000-request HAR costs a few map lookups per request.
type matcher struct {
	cat      *knowledge.TrackerCatalog
	byHost   map[string][]ruleRef
	anyHost  []ruleRef
	cmpHosts map[string]*knowledge.ConsentManager
}

type ruleRef struct {
	t *knowledge.Tracker
	r *knowledge.TrackerRule
}

func newMatcher(cat *knowledge.TrackerCatalog) *matcher {
	m := &matcher{cat: cat, byHost: map[string][]ruleRef{}, cmpHosts: map[string]*knowledge.ConsentManager{}}
	for i := range cat.Trackers {
		t := &cat.Trackers[i]
		for j := range t.Rules {
			r := &t.Rules[j]
			ref := ruleRef{t, r}
			if r.Host == "*" {
				m.anyHost = append(m.anyHost, ref)
			} else {
				m.byHost[r.Host] = append(m.byHost[r.Host], ref)
			}
		}
	}
	for i := range cat.ConsentManagers {
		c := &cat.ConsentManagers[i]
		for _, h := range c.Hosts {
			m.cmpHosts[h] = c
		}
		for _, rec := range c.Records {
			m.cmpHosts[rec.Host] = c
		}
	}
	return m
}

// suffixes yields host and each parent domain: a.b.example.com, b.example.com, example.com.
func suffixes(host string, fn func(string) bool) {
	for {
		if fn(host) {
			return
		}
		i := strings.IndexByte(host, '.')
		if i < 0 || !strings.Contains(host[i+1:], ".") {
			return
		}
		host = host[i+1:]
	}
}

// match returns the first rule (in catalog order per host, most specific
// host first) that the request satisfies.
func (m *matcher) match(u *url.URL, body func() string) (ruleRef, bool) {
	host := strings.ToLower(u.Hostname())
	var found ruleRef
	ok := false
	try := func(refs []ruleRef) bool {
		for _, ref := range refs {
			if ref.r.PathRE != nil && !ref.r.PathRE.MatchString(u.EscapedPath()) && !ref.r.PathRE.MatchString(u.Path) {
				continue
			}
			if ref.r.RequireParam != "" && !strings.Contains(u.RawQuery, ref.r.RequireParam) && !strings.Contains(body(), ref.r.RequireParam) {
				continue
			}
			if ref.r.RequireBody != "" && !strings.Contains(body(), ref.r.RequireBody) {
				continue
			}
			found, ok = ref, true
			return true
		}
		return false
	}
	suffixes(host, func(h string) bool { return try(m.byHost[h]) })
	if !ok {
		try(m.anyHost)
	}
	return found, ok
}

func (m *matcher) consentManager(host string) *knowledge.ConsentManager {
	var c *knowledge.ConsentManager
	suffixes(strings.ToLower(host), func(h string) bool {
		c = m.cmpHosts[h]
		return c != nil
	})
	return c
}

// baseDomain is the last two labels of a host (three for hosts such as
// example.co.uk): good enough to tell first from third party without
// shipping the public-suffix list.
func baseDomain(host string) string {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	labels := strings.Split(host, ".")
	n := 2
	if len(labels) >= 3 && len(labels[len(labels)-2]) <= 3 && len(labels[len(labels)-1]) == 2 {
		n = 3
	}
	if len(labels) <= n {
		return host
	}
	return strings.Join(labels[len(labels)-n:], ".")
}
