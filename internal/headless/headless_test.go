package headless

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The brief names these flags; a browser started without any of them may
// reach the network on its own.
func TestFlagsKeepChromiumOffTheNetwork(t *testing.T) {
	for _, want := range []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--component-updater=url-source=http://127.0.0.1:9/",
		"--disable-client-side-phishing-detection", "--disable-domain-reliability",
		"--no-first-run", "--disable-sync", "--disable-features=AutofillServerCommunication",
	} {
		assert.Contains(t, Flags, want)
	}
	// Exec path, every flag, and the profile.
	assert.Len(t, Options("/usr/bin/chromium", t.TempDir()), len(Flags)+2)
}
