// Package intake lists the readers, so that the CLI and the browser app can
// offer every one of them without knowing any.
package intake

import (
	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/har"
	"github.com/cipa-triage/cipa-triage/core/letter"
	"github.com/cipa-triage/cipa-triage/core/policy"
	"github.com/cipa-triage/cipa-triage/core/terms"
)

// Readers is every reader the checker offers, in the order the app shows them.
var Readers = []core.Reader{
	letter.Reader{},
	har.Reader{},
	terms.Reader{},
	policy.Reader{},
}

// Find returns the reader named name, or nil.
func Find(name string) core.Reader {
	for _, r := range Readers {
		if r.Name() == name {
			return r
		}
	}
	return nil
}

// ForSection returns the readers that prefill a questionnaire section.
func ForSection(section string) []core.Reader {
	var out []core.Reader
	for _, r := range Readers {
		if r.Section() == section {
			out = append(out, r)
		}
	}
	return out
}
