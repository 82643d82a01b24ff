package model

import (
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
)

// Config is what a law firm offering the checker says about itself. Every
// field is optional; without a firm name the page shows no firm at all.
// Where it may come from, and who may change it, is decided in site.go.
type Config struct {
	FirmName    string `json:"firm_name,omitempty"`
	FirmEmail   string `json:"firm_email,omitempty"`
	FirmPhone   string `json:"firm_phone,omitempty"`
	FirmURL     string `json:"firm_url,omitempty"`
	OfferText   string `json:"offer_text,omitempty"`
	AccentColor string `json:"accent_color,omitempty"`
}

// HasFirm reports whether a firm is configured.
func (c Config) HasFirm() bool { return c.FirmName != "" }

// Limits keep a hostile or mistaken config from flooding the page.
const (
	maxConfigText  = 200
	maxOfferText   = 600
	maxConfigBytes = 8 << 10
)

// The three checks below are written out by hand, not as regular
// expressions, so that the first browser module links no regexp package;
// config_test.go holds each to the expression it stands for.

// isHexColour is ^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$.
func isHexColour(s string) bool {
	if len(s) != 4 && len(s) != 7 || s[0] != '#' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i] | 0x20; !(s[i] >= '0' && s[i] <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// isEmail is ^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:]+$: an
// address mailto: can carry without escaping surprises; not a full RFC 5322
// check.
func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	if at < 1 || strings.ContainsAny(s, " \t\n\f\r<>\"(),;:") || strings.Count(s, "@") != 1 {
		return false
	}
	// A dot in the host with something on either side of it.
	host := s[at+1:]
	if len(host) < 3 {
		return false
	}
	dot := strings.IndexByte(host[1:], '.') + 1
	return dot >= 1 && dot <= len(host)-2
}

// isPhone is ^[0-9+()./ x-]{3,40}$.
func isPhone(s string) bool {
	if len(s) < 3 || len(s) > 40 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("0123456789+()./ x-", rune(s[i])) {
			return false
		}
	}
	return true
}

// ParseConfig reads the embed configuration JSON. Values that are not
// usable (a color that is not a CSS hex color, a color too light for
// white text, an address that is not an email, a link that is not http(s))
// are dropped and named in the returned notes; the page goes on with the rest.
func ParseConfig(data []byte) (Config, []string) {
	if len(data) == 0 {
		return Config{}, nil
	}
	if len(data) > maxConfigBytes {
		return Config{}, []string{fmt.Sprintf("configuration ignored: %d bytes is more than the %d allowed", len(data), maxConfigBytes)}
	}
	var raw map[string]any
	if err := json.Unmarshal(data, &raw); err != nil || raw == nil {
		return Config{}, []string{"configuration ignored: it is not a JSON object"}
	}
	var c Config
	var notes []string
	str := func(key string, limit int) string {
		v, ok := raw[key]
		if !ok || v == nil {
			return ""
		}
		s, ok := v.(string)
		if !ok {
			notes = append(notes, key+" ignored: not text")
			return ""
		}
		s = strings.Join(strings.Fields(s), " ")
		if len([]rune(s)) > limit {
			s = string([]rune(s)[:limit])
			notes = append(notes, key+" shortened")
		}
		return s
	}
	c.FirmName = str("firm_name", maxConfigText)
	c.OfferText = str("offer_text", maxOfferText)
	if e := str("firm_email", maxConfigText); e != "" {
		if isEmail(e) {
			c.FirmEmail = e
		} else {
			notes = append(notes, "firm_email ignored: not an email address")
		}
	}
	if p := str("firm_phone", maxConfigText); p != "" {
		if isPhone(p) {
			c.FirmPhone = p
		} else {
			notes = append(notes, "firm_phone ignored: not a phone number")
		}
	}
	if u := str("firm_url", maxConfigText); u != "" {
		if pu, err := url.Parse(u); err == nil && (pu.Scheme == "https" || pu.Scheme == "http") && pu.Host != "" {
			c.FirmURL = u
		} else {
			notes = append(notes, "firm_url ignored: not an http(s) address")
		}
	}
	if col := str("accent_color", maxConfigText); col != "" {
		switch {
		case !isHexColour(col):
			notes = append(notes, "accent_color ignored: not a CSS hex color like #1d70b8")
		case ContrastWithWhite(col) < 4.5:
			notes = append(notes, "accent_color ignored: too light for white text (WCAG AA needs 4.5:1)")
		default:
			c.AccentColor = strings.ToLower(col)
		}
	}
	return c, notes
}

// ContrastWithWhite gives the WCAG contrast ratio of a hex color against
// white text, or 0 if col is not a hex color.
func ContrastWithWhite(col string) float64 {
	if !isHexColour(col) {
		return 0
	}
	h := col[1:]
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	lum := 0.0
	for i, w := range []float64{0.2126, 0.7152, 0.0722} {
		n, _ := strconv.ParseUint(h[2*i:2*i+2], 16, 8)
		c := float64(n) / 255
		if c <= 0.03928 {
			c /= 12.92
		} else {
			c = math.Pow((c+0.055)/1.055, 2.4)
		}
		lum += w * c
	}
	return 1.05 / (lum + 0.05)
}
