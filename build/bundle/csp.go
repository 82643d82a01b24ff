package bundle

import (
	"crypto/sha256"
	"encoding/base64"
	"strings"
)

// policy is a Content-Security-Policy with script hashes filled in per page.
type policy struct {
	before, after string // around the script-src sources
}

// Both policies start from default-src 'none': no fetch, image, font, frame,
// worker or form may go anywhere the policy does not name.
var (
	// sitePolicy lets the page load its own files (the app fetches app.wasm
	// from its own origin) and nothing from any other origin.
	sitePolicy = policy{
		before: "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'",
		after: "; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'" +
			"; base-uri 'none'; form-action 'none'; object-src 'none'",
	}
	// singleFilePolicy allows no connection at all: everything is in the
	// page, and the readers' worker starts from a blob: URL of its own text.
	singleFilePolicy = policy{
		before: "default-src 'none'; script-src 'wasm-unsafe-eval'",
		after: "; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; worker-src blob:" +
			"; base-uri 'none'; form-action 'none'; object-src 'none'",
	}
)

// render names each inline script by its hash, so that no other inline
// script (an injected one, say) can run.
func (p policy) render(scripts []string) string {
	var b strings.Builder
	b.WriteString(p.before)
	seen := map[string]bool{}
	for _, s := range scripts {
		sum := sha256.Sum256([]byte(s))
		h := " 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
		if !seen[h] {
			seen[h] = true
			b.WriteString(h)
		}
	}
	b.WriteString(p.after)
	return b.String()
}
