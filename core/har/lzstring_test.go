package har

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLZDecompressBase64(t *testing.T) {
	// Made with the lz-string npm package 1.5.0: compressToBase64(...).
	got, ok := lzDecompressBase64("IY18ZkEbL90fABIYDJkEug==")
	assert.True(t, ok)
	assert.Equal(t, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabababababababab ☃ é", got)
	got, ok = lzDecompressBase64(posthogLZ)
	assert.True(t, ok)
	assert.Contains(t, got, `"text":"my husband hits me"`)
	for _, bad := range []string{"", "!!!!", "AAAA", "////////////////////////"} {
		_, ok := lzDecompressBase64(bad)
		assert.False(t, ok, bad)
	}
}

const posthogLZ = "NobwRApgbhB2AuYBcYAkBnWBDADugFgPaIA0YOAToThBfAJYTrLgbZ5HwD6AJlvFmSgw8AJ41kAZjJ8BLMOkIBXCgGMIyAKxl4EAB6IUAW1EACfEvQAjLLB7n68dKaMay9HlIC+XgLplUVRUKOG4VABtkMHx4eDwkAHoEgmoAOn0sIxxwiAT8CHCcMB9fIA="

func TestLZInPostHogBody(t *testing.T) {
	e := &Entry{Request: Request{Method: "POST", URL: "https://us.i.posthog.com/s/?compression=lz64",
		PostData: &PostData{MimeType: "application/x-www-form-urlencoded", Text: "data=" + urlEscape(posthogLZ)}}}
	p := decodeEntry(e)
	assert.Contains(t, p.typed, "my husband hits me")
	assert.True(t, p.how["lz-string"])
}

func urlEscape(s string) string {
	out := ""
	for _, r := range s {
		switch r {
		case '+':
			out += "%2B"
		case '/':
			out += "%2F"
		case '=':
			out += "%3D"
		default:
			out += string(r)
		}
	}
	return out
}

func FuzzLZ(f *testing.F) {
	f.Add(posthogLZ)
	f.Add("IY18ZkEbL90fABIYDJkEug==")
	f.Fuzz(func(t *testing.T, s string) {
		out, ok := lzDecompressBase64(s)
		if !ok && out != "" {
			t.Fatal("text from a failed decompression")
		}
	})
}
