package knowledge

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// trackers.json is the signature catalog: data, so that a new vendor or a
// changed endpoint is one edit with its source beside it.
//
//go:embed trackers.json
var trackersJSON []byte

// Rule kinds. Only the last three carry data about the visit.
const (
	RuleScript = "script" // code or configuration the browser fetched
	RuleBeacon = "beacon" // a request that reports the visit
	RuleReplay = "replay" // a session-replay upload
	RuleChat   = "chat"   // a chat widget's data channel
)

// TrackerRule is one request signature of a tracker.
type TrackerRule struct {
	Kind string `json:"kind"`
	// Host matches the request host or any subdomain of it; "*" matches any
	// host (first-party proxies of GA4 or PostHog).
	Host         string `json:"host"`
	Path         string `json:"path"`                    // regular expression on the URL path; empty matches all
	RequireParam string `json:"require_param,omitempty"` // substring the query (or body) must hold, e.g. "id=AW-"
	RequireBody  string `json:"require_body,omitempty"`  // substring the decoded body must hold
	IDPath       string `json:"id_path,omitempty"`       // regular expression whose first group is an account id

	PathRE   *regexp.Regexp `json:"-"`
	IDPathRE *regexp.Regexp `json:"-"`
}

// Tracker is one vendor's tag with the signatures that recognise it.
type Tracker struct {
	ID         string        `json:"id"`
	Vendor     string        `json:"vendor"`
	Name       string        `json:"name"`
	Technology string        `json:"technology"` // a core.Technologies value, or "" for loaders that track nothing themselves
	Category   string        `json:"category"`   // advertising | analytics | session_replay | chat | tag_manager
	Rules      []TrackerRule `json:"rules"`
	IDParams   []string      `json:"id_params"`
	// Fields maps a kind of data (page_url, referrer, event, button_text,
	// form_field, hashed_identifier, cookie_id, ...) to the parameter paths
	// that carry it; "ud[*]" matches every ud[...] key.
	Fields   map[string][]string `json:"fields"`
	Source   string              `json:"source"`
	Verified bool                `json:"verified"`
}

// ConsentManager is a consent-management platform the HAR reader recognises
// by its hosts and cookies.
type ConsentManager struct {
	ID    string   `json:"id"`
	Name  string   `json:"name"`
	Hosts []string `json:"hosts"`
	// InteractionCookies appear only once the visitor has answered the banner.
	InteractionCookies []string `json:"interaction_cookies"`
	// DecisionCookie holds the choice in the format DecisionFormat names.
	DecisionCookie string `json:"decision_cookie"`
	DecisionFormat string `json:"decision_format"`
	// Records are requests that log a visitor's choice.
	Records []struct {
		Host string `json:"host"`
		Path string `json:"path"`
	} `json:"records"`
	Source   string `json:"source"`
	Verified bool   `json:"verified"`
}

// TrackerCatalog is the whole of trackers.json.
type TrackerCatalog struct {
	About           string           `json:"about"`
	Checked         string           `json:"checked"`
	Trackers        []Tracker        `json:"trackers"`
	ConsentManagers []ConsentManager `json:"consent_managers"`
}

var (
	catalogOnce sync.Once
	catalog     TrackerCatalog
	catalogErr  error
)

// Trackers returns the signature catalog with its regular expressions
// compiled. It is parsed once; callers must not modify it.
func Trackers() (*TrackerCatalog, error) {
	catalogOnce.Do(func() { catalog, catalogErr = ParseTrackers(trackersJSON) })
	if catalogErr != nil {
		return nil, catalogErr
	}
	return &catalog, nil
}

// ParseTrackers reads a catalog in the trackers.json format and checks it:
// every tracker needs an id, a source and rules whose expressions compile.
func ParseTrackers(data []byte) (TrackerCatalog, error) {
	var c TrackerCatalog
	if err := json.Unmarshal(data, &c); err != nil {
		return c, fmt.Errorf("tracker catalog: %w", err)
	}
	seen := map[string]bool{}
	for i := range c.Trackers {
		t := &c.Trackers[i]
		if t.ID == "" || seen[t.ID] {
			return c, fmt.Errorf("tracker catalog: entry %d has a missing or repeated id %q", i, t.ID)
		}
		seen[t.ID] = true
		if strings.TrimSpace(t.Source) == "" {
			return c, fmt.Errorf("tracker catalog: %s names no source", t.ID)
		}
		if len(t.Rules) == 0 {
			return c, fmt.Errorf("tracker catalog: %s has no rules", t.ID)
		}
		for j := range t.Rules {
			r := &t.Rules[j]
			switch r.Kind {
			case RuleScript, RuleBeacon, RuleReplay, RuleChat:
			default:
				return c, fmt.Errorf("tracker catalog: %s rule %d has unknown kind %q", t.ID, j, r.Kind)
			}
			if r.Host == "" {
				return c, fmt.Errorf("tracker catalog: %s rule %d has no host", t.ID, j)
			}
			var err error
			if r.Path != "" {
				if r.PathRE, err = regexp.Compile(r.Path); err != nil {
					return c, fmt.Errorf("tracker catalog: %s rule %d path: %w", t.ID, j, err)
				}
			}
			if r.IDPath != "" {
				if r.IDPathRE, err = regexp.Compile(r.IDPath); err != nil {
					return c, fmt.Errorf("tracker catalog: %s rule %d id_path: %w", t.ID, j, err)
				}
			}
		}
	}
	for i, m := range c.ConsentManagers {
		if m.ID == "" || m.Source == "" || len(m.Hosts) == 0 {
			return c, fmt.Errorf("tracker catalog: consent manager %d needs an id, hosts and a source", i)
		}
	}
	return c, nil
}
