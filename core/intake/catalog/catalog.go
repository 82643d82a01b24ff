// Package catalog describes the readers without linking them: their names,
// the questionnaire section each prefills and the file endings each takes.
// The browser's first module offers drop zones from this list, and the
// readers themselves load later in a Web Worker, so a visitor who only
// answers questions never downloads them. intake's tests keep the two lists
// in step.
package catalog

import "github.com/cipa-triage/cipa-triage/core"

// Readers is every reader, in the order the app shows them (intake.Readers).
var Readers = []core.ReaderInfo{
	{Name: "letter", Section: "letter", Accepts: []string{".pdf", ".docx", ".eml", ".txt", ".md", ".html", ".htm"}},
	{Name: "har", Section: "site", Accepts: []string{".har", ".json"}},
	{Name: "terms", Section: "terms", Accepts: []string{".txt", ".md", ".html", ".htm", ".pdf", ".docx"}},
	{Name: "policy", Section: "site", Accepts: []string{".txt", ".md", ".html", ".htm", ".pdf", ".docx"}},
}

// ForSection returns the readers that prefill a questionnaire section.
func ForSection(section string) []core.ReaderInfo {
	var out []core.ReaderInfo
	for _, r := range Readers {
		if r.Section == section {
			out = append(out, r)
		}
	}
	return out
}

// Find returns the reader named name.
func Find(name string) (core.ReaderInfo, bool) {
	for _, r := range Readers {
		if r.Name == name {
			return r, true
		}
	}
	return core.ReaderInfo{}, false
}
