package e2e

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEmbedInHostilePage: the firm's snippet in a page whose CSS attacks
// every element still gives a full-width, readable checker, with the firm's
// details (sent by message from this unpinned site's embed.js, whatever the
// host's origin), and the checker's styles do not leak into the firm's page.
func TestEmbedInHostilePage(t *testing.T) {
	parallel(t)
	v := surfaces()[2].open(t)
	top := &view{t: t, ctx: v.ctx} // the host page itself

	var box struct{ Width, Height, ViewportWidth float64 }
	top.eval(`(() => { const r = document.querySelector("#cipa-triage-embed iframe").getBoundingClientRect();
		return {Width: r.width, Height: r.height, ViewportWidth: document.documentElement.clientWidth}; })()`, &box)
	assert.InDelta(t, box.ViewportWidth, box.Width, box.ViewportWidth*0.1, "the frame spans the host's width, whatever the host's iframe rule says")
	assert.GreaterOrEqual(t, box.Height, 500.0, "the frame is tall enough to use")
	assert.Equal(t, "rgb(255, 0, 255)", top.str(`getComputedStyle(document.getElementById("host-text")).color`), "the host's own styles are untouched")

	src := top.str(`document.querySelector("#cipa-triage-embed iframe").src`)
	u, err := url.Parse(src)
	require.NoError(t, err)
	assert.Equal(t, siteURL+"/index.html", u.Scheme+"://"+u.Host+u.Path, "the frame shows the page next to embed.js")
	// The details travel by message to the frame alone, never in its
	// address, where a stranger's link could have put them.
	assert.Equal(t, "embed", u.Fragment, "the frame's address carries no details: %s", src)
	assert.NotContains(t, src, "Example")

	// Inside the frame, the host's 72px fantasy lime does not reach the app.
	assert.NotEqual(t, "72px", v.str(`getComputedStyle(document.body).fontSize`))
	assert.NotEqual(t, "rgb(0, 255, 0)", v.str(`getComputedStyle(document.body).color`))
	assert.Contains(t, v.str(`document.body.innerText`), "Example LLP", "the firm's name shows in the checker")
}
