package text

import (
	"fmt"
	"io"
)

// PageFormats are the file endings a terms page or a privacy policy is
// saved as, all of which Read takes.
var PageFormats = []string{".txt", ".md", ".html", ".htm", ".pdf", ".docx"}

// ReadAs is Read with the error naming what the document was meant to be:
// "reading the privacy policy: this PDF has no text layer ...".
func ReadAs(what, name string, r io.Reader, size int64) (Document, error) {
	doc, err := Read(name, r, size)
	if err != nil {
		return Document{}, fmt.Errorf("reading the %s: %w", what, err)
	}
	return doc, nil
}

// Quote is a sentence of a document and the byte offset where it starts.
type Quote struct {
	Quote  string `json:"quote"`
	Offset int    `json:"offset"`
}
