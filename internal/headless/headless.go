// Package headless is the one place that says how this project starts
// Chromium: the browser tests, the HAR recorder and the PDF fixture
// generators all use it, so no copy can drift from the rule that the browser
// reaches nothing but loopback.
package headless

import (
	"strings"

	"github.com/chromedp/chromedp"
)

// Flags stop Chromium's own background traffic (updates, safe browsing,
// sync, autofill lookups). Each run adds a fresh --user-data-dir.
var Flags = []string{
	"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
	"--disable-component-update", "--component-updater=url-source=http://127.0.0.1:9/",
	"--disable-client-side-phishing-detection", "--disable-domain-reliability",
	"--no-first-run", "--disable-sync", "--disable-features=AutofillServerCommunication",
	// A tab in the background, or a browser starved of CPU by others, must
	// not have its timers and frames throttled: tests wait on what the page draws.
	"--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
	"--disable-renderer-backgrounding",
}

// Options gives Flags as chromedp allocator options for the browser at
// execPath with the profile folder profile.
func Options(execPath, profile string) []chromedp.ExecAllocatorOption {
	opts := []chromedp.ExecAllocatorOption{chromedp.ExecPath(execPath)}
	for _, f := range Flags {
		name, value, hasValue := strings.Cut(strings.TrimPrefix(f, "--"), "=")
		if hasValue {
			opts = append(opts, chromedp.Flag(name, value))
		} else {
			opts = append(opts, chromedp.Flag(name, true))
		}
	}
	return append(opts, chromedp.UserDataDir(profile))
}
