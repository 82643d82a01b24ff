package bundle

import (
	"encoding/json"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var pinnedRe = regexp.MustCompile(`<script type="application/json" id="cipa-triage-config">([^<]*)</script>`)

func pinnedOf(t *testing.T, page []byte) map[string]any {
	t.Helper()
	all := pinnedRe.FindAllSubmatch(page, -1)
	require.Len(t, all, 1, "exactly one pinned configuration:\n%s", page)
	var got map[string]any
	require.NoError(t, json.Unmarshal(all[0][1], &got))
	return got
}

// make dist FIRM_CONFIG=... pins the firm in both builds, before the app's
// head, and the policy (which hashes only JavaScript) still holds.
func TestPinBothBuilds(t *testing.T) {
	src := fixture(t)
	before, err := Site(src)
	require.NoError(t, err)
	src.Index, err = Pin(src.Index, []byte(`{"firm_name":"Smith LLP","firm_email":"intake@smith.example","unknown":"dropped","embed_origins":["https://Offices.smith.example/"]}`))
	require.NoError(t, err)
	want := map[string]any{"firm_name": "Smith LLP", "firm_email": "intake@smith.example", "embed_origins": []any{"https://offices.smith.example"}}

	site, err := Site(src)
	require.NoError(t, err)
	assert.Equal(t, want, pinnedOf(t, site["index.html"]))
	assert.Equal(t, policyOf(t, before["index.html"]), policyOf(t, site["index.html"]), "the data element needs no policy change")
	single, err := SingleFile(src)
	require.NoError(t, err)
	assert.Equal(t, want, pinnedOf(t, single))
	assert.Less(t, pinnedRe.FindIndex(single)[0], regexp.MustCompile(`</head>`).FindIndex(single)[0], "pinned in the head, long before the app starts")
}

func TestPinReplacesAndEscapes(t *testing.T) {
	page, err := Pin(fixture(t).Index, []byte(`{"firm_name":"Old LLP"}`))
	require.NoError(t, err)
	page, err = Pin(page, []byte(`{"firm_name":"</script><script>alert(1)</script>"}`))
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"firm_name": "</script><script>alert(1)</script>"}, pinnedOf(t, page))
	assert.NotContains(t, string(page), "Old LLP")
}

// A mistake in the firm's file stops the build instead of shipping a page
// that silently drops the firm's e-mail.
func TestPinRefusesBadConfig(t *testing.T) {
	for name, cfg := range map[string]string{
		"bad email":   `{"firm_name":"A","firm_email":"intake at a.example"}`,
		"not json":    `{"firm_name":`,
		"bad origin":  `{"firm_name":"A","embed_origins":["*"]}`,
		"no name":     `{"firm_email":"intake@a.example"}`,
		"light color": `{"firm_name":"A","accent_color":"#ffff00"}`,
	} {
		_, err := Pin(fixture(t).Index, []byte(cfg))
		assert.Error(t, err, name)
	}
	_, err := Pin(fixture(t).Index, []byte(`{}`))
	assert.NoError(t, err, "pinning no firm at all is allowed: it stops links from naming one")
}
