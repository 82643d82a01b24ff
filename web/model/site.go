package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"
)

// Where the firm's details come from, and who may change them.
//
// The address of a page is something anyone can write: a link to a firm's own
// checker with another name and e-mail in it would make the firm's domain
// vouch for a stranger, and "Send my results" would address the stranger. So
// details are never taken from the address. They come from:
//
//   - the page itself (pinned): the element #cipa-triage-config that
//     `make dist FIRM_CONFIG=firm.json` (or the host, by hand) puts in
//     index.html. Nothing a visitor's link or another site does changes them.
//   - the page embedding the checker (embed.js), by a message the checker
//     checks: it must come from the checker's parent window, and on a pinned
//     build from the checker's own origin or one the firm listed in
//     embed_origins. On an unpinned build any embedding page may give its
//     details: the visitor sees that page's address, so they are its own claim.

// PinnedElementID is the id of the element carrying the pinned configuration:
// <script type="application/json" id="cipa-triage-config">{...}</script>.
const PinnedElementID = "cipa-triage-config"

// EmbedHash is the address fragment embed.js gives its iframe, so that the
// checker knows to ask its parent for the firm's details.
const EmbedHash = "#embed"

// Message types between embed.js and the checker in its iframe.
const (
	ConfigRequestType = "cipa-triage:config-request" // checker to parent: carries nothing
	ConfigType        = "cipa-triage:config"         // parent to checker: {type, config: JSON text}
)

// Site is what the page itself says about its firm.
type Site struct {
	// Pinned is true when the page carries a pinned configuration, even an
	// empty or broken one: a firm that pinned meant nobody else to set its
	// details, so a mistake in the file fails closed.
	Pinned bool
	Firm   Config
	// EmbedOrigins are origins (scheme://host[:port]) whose pages may embed
	// a pinned checker with their own details, besides the checker's own.
	EmbedOrigins []string
}

// ParseSite reads the pinned configuration: the Config keys, plus
// "embed_origins", a list of origins. Unusable values are dropped and named.
func ParseSite(data []byte) (Site, []string) {
	s := Site{Pinned: true}
	if len(bytes.TrimSpace(data)) == 0 {
		return s, nil // pinned to no firm at all
	}
	var notes []string
	s.Firm, notes = ParseConfig(data)
	var raw struct {
		EmbedOrigins json.RawMessage `json:"embed_origins"`
	}
	if json.Unmarshal(data, &raw) != nil || raw.EmbedOrigins == nil {
		return s, notes
	}
	var list []string
	if err := json.Unmarshal(raw.EmbedOrigins, &list); err != nil {
		return s, append(notes, "embed_origins ignored: not a list of origins as text")
	}
	for _, o := range list {
		if n, ok := NormalizeOrigin(o); ok {
			s.EmbedOrigins = append(s.EmbedOrigins, n)
		} else {
			notes = append(notes, fmt.Sprintf("embed_origins: %q ignored: an origin is https://host or https://host:port, with no path", o))
		}
	}
	return s, notes
}

// NormalizeOrigin returns o as a browser writes an origin (lower-case scheme
// and host, no default port), and whether it is one.
func NormalizeOrigin(o string) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(o))
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || strings.Contains(u.Host, "*") {
		return "", false
	}
	host := strings.ToLower(u.Host)
	if p := u.Port(); (u.Scheme == "https" && p == "443") || (u.Scheme == "http" && p == "80") {
		host = strings.ToLower(u.Hostname())
	}
	return u.Scheme + "://" + host, true
}

// EmbedAllowed says whether a page at origin that embeds the checker may give
// it its details. self is the checker's own origin.
func (s Site) EmbedAllowed(origin, self string) bool {
	if !s.Pinned {
		return true
	}
	// "null" is every sandboxed frame and every file: page at once.
	if origin == "" || origin == "null" {
		return false
	}
	return origin == self || slices.Contains(s.EmbedOrigins, origin)
}

// Embed is a configuration message from the page that embeds the checker.
type Embed struct {
	Origin string // where the message came from (MessageEvent.origin)
	Config []byte // its JSON text
}

// Resolve gives the details the page shows, and notes for the console: the
// pinned ones, with the fields an allowed embedding page set on top. hash is
// the page's address fragment, read only to say why it is not used.
func (s Site) Resolve(self, hash string, embed *Embed) (Config, []string) {
	cfg := s.Firm
	var notes []string
	if strings.Contains(hash, "config=") {
		notes = append(notes, "the firm details in the address (#config=...) are not shown: anyone can write a link, "+
			"so a link could put another firm's name on this page. Pin the details with make dist FIRM_CONFIG=firm.json, or embed the checker with embed.js")
	}
	if embed == nil {
		return cfg, notes
	}
	if !s.EmbedAllowed(embed.Origin, self) {
		return cfg, append(notes, fmt.Sprintf("details from the embedding page at %s are ignored: this checker's details are pinned, "+
			"and embed_origins does not list that origin", embed.Origin))
	}
	given, more := ParseConfig(embed.Config)
	notes = append(notes, more...)
	return cfg.With(given), notes
}

// With returns c with every field o sets replacing c's.
func (c Config) With(o Config) Config {
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&c.FirmName, o.FirmName}, {&c.FirmEmail, o.FirmEmail}, {&c.FirmPhone, o.FirmPhone},
		{&c.FirmURL, o.FirmURL}, {&c.OfferText, o.OfferText}, {&c.AccentColor, o.AccentColor},
	} {
		if f.src != "" {
			*f.dst = f.src
		}
	}
	return c
}
