package model

import (
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
