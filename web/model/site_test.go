package model

import (
	"net/url"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	self     = "https://smith.example"
	smithCfg = `{"firm_name":"Smith LLP","firm_email":"intake@smith.example","firm_phone":"+1 415 555 0100","embed_origins":["https://offices.smith.example","HTTPS://Partner.example:443/"]}`
	forged   = `{"firm_name":"Forged LLP","firm_email":"thief@forged.example","offer_text":"Send us your letter"}`
)

func smith(t *testing.T) Site {
	t.Helper()
	s, notes := ParseSite([]byte(smithCfg))
	require.Empty(t, notes)
	return s
}

func TestParseSite(t *testing.T) {
	s := smith(t)
	assert.True(t, s.Pinned)
	assert.Equal(t, Config{FirmName: "Smith LLP", FirmEmail: "intake@smith.example", FirmPhone: "+1 415 555 0100"}, s.Firm)
	assert.Equal(t, []string{"https://offices.smith.example", "https://partner.example"}, s.EmbedOrigins)

	// An element present but empty still pins: to no firm.
	empty, notes := ParseSite([]byte("  \n"))
	assert.Equal(t, Site{Pinned: true}, empty)
	assert.Empty(t, notes)

	// A broken file fails closed: pinned, nothing shown, and the console says why.
	broken, notes := ParseSite([]byte(`{"firm_name": "Smith`))
	assert.Equal(t, Site{Pinned: true}, broken)
	assert.NotEmpty(t, notes)

	bad, notes := ParseSite([]byte(`{"firm_name":"A","embed_origins":["*","https://a.example/page","ftp://b.example","https://ok.example:8443"]}`))
	assert.Equal(t, []string{"https://ok.example:8443"}, bad.EmbedOrigins)
	assert.Len(t, notes, 3, "%v", notes)

	_, notes = ParseSite([]byte(`{"embed_origins":"https://a.example"}`))
	assert.Len(t, notes, 1)
}

func TestNormalizeOrigin(t *testing.T) {
	for in, want := range map[string]string{
		"https://A.example":      "https://a.example",
		"https://a.example/":     "https://a.example",
		"http://a.example:80":    "http://a.example",
		"http://127.0.0.1:8080":  "http://127.0.0.1:8080",
		"https://a.example:8443": "https://a.example:8443",
	} {
		got, ok := NormalizeOrigin(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{"", "*", "null", "a.example", "https://*.a.example", "https://u@a.example", "https://a.example/x", "https://a.example?x", "file:///x", "javascript:alert(1)"} {
		_, ok := NormalizeOrigin(in)
		assert.False(t, ok, in)
	}
}

// A forged #config= on a pinned page changes nothing: not the details, and so
// not the mail link built from them.
func TestResolvePinnedIgnoresAddress(t *testing.T) {
	s := smith(t)
	plain, _ := s.Resolve(self, "", nil)
	got, notes := s.Resolve(self, "#config="+url.PathEscape(forged), nil)
	assert.Equal(t, plain, got)
	assert.Equal(t, s.Firm, got)
	require.Len(t, notes, 1)
	assert.Contains(t, notes[0], "not shown")
}

// An unpinned page shows no details that only the address gives.
func TestResolveUnpinnedIgnoresAddress(t *testing.T) {
	got, notes := Site{}.Resolve(self, "#config="+url.PathEscape(forged), nil)
	assert.Equal(t, Config{}, got)
	assert.False(t, got.HasFirm())
	assert.Len(t, notes, 1)
	got, notes = Site{}.Resolve(self, "#letter-date", nil)
	assert.Equal(t, Config{}, got)
	assert.Empty(t, notes)
}

func TestResolveEmbed(t *testing.T) {
	s := smith(t)
	office := `{"firm_phone":"+1 213 555 0199","offer_text":"Call our Los Angeles office"}`
	tests := []struct {
		name   string
		site   Site
		origin string
		config string
		want   Config
		notes  int
	}{
		{"pinned, own origin: fields on top", s, self, office,
			Config{FirmName: "Smith LLP", FirmEmail: "intake@smith.example", FirmPhone: "+1 213 555 0199", OfferText: "Call our Los Angeles office"}, 0},
		{"pinned, listed origin", s, "https://partner.example", office,
			Config{FirmName: "Smith LLP", FirmEmail: "intake@smith.example", FirmPhone: "+1 213 555 0199", OfferText: "Call our Los Angeles office"}, 0},
		{"pinned, other origin ignored", s, "https://forged.example", forged, s.Firm, 1},
		{"pinned, a subdomain is another origin", s, "https://evil.smith.example", forged, s.Firm, 1},
		{"pinned, sandboxed or file page ignored", s, "null", forged, s.Firm, 1},
		{"pinned to nothing, other origin ignored", Site{Pinned: true}, "https://forged.example", forged, Config{}, 1},
		{"unpinned, any embedding page", Site{}, "https://forged.example", forged,
			Config{FirmName: "Forged LLP", FirmEmail: "thief@forged.example", OfferText: "Send us your letter"}, 0},
		{"unpinned, bad values still dropped", Site{}, "https://a.example", `{"firm_name":"A","firm_email":"a@b.c?bcc=x@y.z"}`, Config{FirmName: "A"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, notes := tt.site.Resolve(self, EmbedHash, &Embed{Origin: tt.origin, Config: []byte(tt.config)})
			assert.Equal(t, tt.want, got)
			assert.Len(t, notes, tt.notes, "%v", notes)
		})
	}
}

func TestConfigWith(t *testing.T) {
	a := Config{FirmName: "A", FirmEmail: "a@a.example", AccentColor: "#000000"}
	assert.Equal(t, a, a.With(Config{}))
	assert.Equal(t, Config{FirmName: "B", FirmEmail: "a@a.example", AccentColor: "#000000"}, a.With(Config{FirmName: "B"}))
}

// Every field of Config can be set by an allowed embedding page: a field
// added to Config and forgotten in With fails here.
func TestConfigWithEveryField(t *testing.T) {
	var o Config
	v := reflect.ValueOf(&o).Elem()
	for i := range v.NumField() {
		v.Field(i).SetString("x" + v.Type().Field(i).Name)
	}
	assert.Equal(t, o, Config{}.With(o))
}
