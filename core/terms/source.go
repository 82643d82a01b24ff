package terms

import (
	"fmt"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/text"
)

// Accepts is the file endings the terms and policy readers take: whatever
// core/text can read that a terms page is saved as.
var Accepts = []string{".txt", ".md", ".html", ".htm", ".pdf", ".docx"}

// Document reads src (pasted text, a saved web page, a PDF or a Word file)
// into plain text with offsets, through core/text.
func Document(src core.Source, what string) (text.Document, error) {
	doc, err := text.Read(src.Name, src.R, src.Size)
	if err != nil {
		return text.Document{}, fmt.Errorf("reading the %s: %w", what, err)
	}
	return doc, nil
}
