package terms

import (
	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/text"
)

// Accepts is the file endings the terms reader takes.
var Accepts = text.PageFormats

// Document reads src (pasted text, a saved web page, a PDF or a Word file)
// into plain text with offsets, through core/text.
func Document(src core.Source, what string) (text.Document, error) {
	return text.ReadAs(what, src.Name, src.R, src.Size)
}

// The document helpers the terms and policy readers share live in
// core/text; these names keep the terms package's own API.
type (
	Sentence = text.Sentence
	Dated    = text.Dated
	Quote    = text.Quote
)

// Sentences splits text into sentences (text.Sentences).
func Sentences(s string) []Sentence { return text.Sentences(s) }

// LastUpdated finds the date a document says it was last updated (text.LastUpdated).
func LastUpdated(s string) (Dated, bool) { return text.LastUpdated(s) }
