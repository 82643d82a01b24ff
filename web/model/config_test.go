package model

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseConfig(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		want      Config
		noteCount int
	}{
		{"empty", ``, Config{}, 0},
		{"full", `{"firm_name":"Smith & Co LLP","firm_email":"intake@smith.example","firm_phone":"+1 (415) 555-0100","firm_url":"https://smith.example/cipa","offer_text":"Free 20-minute call.","accent_color":"#1D70B8"}`,
			Config{FirmName: "Smith & Co LLP", FirmEmail: "intake@smith.example", FirmPhone: "+1 (415) 555-0100", FirmURL: "https://smith.example/cipa", OfferText: "Free 20-minute call.", AccentColor: "#1d70b8"}, 0},
		{"short hex", `{"accent_color":"#036"}`, Config{AccentColor: "#036"}, 0},
		{"named colour ignored", `{"firm_name":"A","accent_color":"red"}`, Config{FirmName: "A"}, 1},
		{"css injection ignored", `{"accent_color":"#000; background:url(http://x)"}`, Config{}, 1},
		{"too light for white text", `{"accent_color":"#ffff00"}`, Config{}, 1},
		{"bad email", `{"firm_email":"not an email"}`, Config{}, 1},
		{"mailto header injection", `{"firm_email":"a@b.c?bcc=evil@x.y"}`, Config{}, 1},
		{"javascript url", `{"firm_url":"javascript:alert(1)"}`, Config{}, 1},
		{"number for name", `{"firm_name":12}`, Config{}, 1},
		{"not an object", `[1,2]`, Config{}, 1},
		{"whitespace collapsed", `{"firm_name":"  A \n  B "}`, Config{FirmName: "A B"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, notes := ParseConfig([]byte(tt.in))
			assert.Equal(t, tt.want, got)
			assert.Len(t, notes, tt.noteCount, "notes: %v", notes)
		})
	}
}

func TestContrastWithWhite(t *testing.T) {
	assert.InDelta(t, 21, ContrastWithWhite("#000000"), 0.01)
	assert.InDelta(t, 1, ContrastWithWhite("#fff"), 0.01)
	// GOV.UK green and blue pass AA with white text.
	assert.Greater(t, ContrastWithWhite("#00703c"), 4.5)
	assert.Greater(t, ContrastWithWhite("#1d70b8"), 4.5)
	assert.Zero(t, ContrastWithWhite("green"))
}

// The hand-written checks give what the expressions they stand for give.
func TestConfigChecksAsTheExpressions(t *testing.T) {
	checks := []struct {
		name string
		re   *regexp.Regexp
		fn   func(string) bool
	}{
		{"hex colour", regexp.MustCompile(`^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$`), isHexColour},
		{"email", regexp.MustCompile(`^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:]+$`), isEmail},
		{"phone", regexp.MustCompile(`^[0-9+()./ x-]{3,40}$`), isPhone},
	}
	cases := []string{"", "#", "#fff", "#FFF", "#ffff", "#1d70b8", "#1D70B8", "#1d70b", "#1d70b8a", "#ggg", "fff", " #fff",
		"a@b.c", "a@b.", "a@.c", "a@.b.c", "a@b..c", "a@b.c.", "@b.c", "a@@b.c", "a@b@c.d", "a b@c.d", "a@b.c\n", "ann@firm.example",
		"a@bc", "a@b.cd", "é@b.c", "a<@b.c", "a@b.c;", "a@..", "a@...", "a@x..",
		"123", "12", "+1 (555) 010-0100", "555.0100 x12", "555-0100#", strings.Repeat("1", 40), strings.Repeat("1", 41), "abc"}
	r := rand.New(rand.NewPCG(7, 7))
	alphabet := "#aF0g9@.x+()/- \t\n<\"é"
	for range 30000 {
		var b strings.Builder
		for range r.IntN(9) {
			b.WriteByte(alphabet[r.IntN(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	for _, c := range checks {
		for _, s := range cases {
			if got, want := c.fn(s), c.re.MatchString(s); got != want {
				t.Errorf("%s(%q) = %v, the expression says %v", c.name, s, got, want)
			}
		}
	}
}
