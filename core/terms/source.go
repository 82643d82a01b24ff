package terms

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/cipa-triage/cipa-triage/core"
)

// MaxBytes bounds what a reader takes in: the longest real terms run to a few
// hundred kilobytes, so anything past this is the wrong file.
const MaxBytes = 20 << 20

// Text reads src as a document's plain text.
func Text(src core.Source) (string, error) {
	data, err := io.ReadAll(io.LimitReader(src.R, MaxBytes+1))
	if err != nil {
		return "", fmt.Errorf("reading %s: %w", src.Name, err)
	}
	if len(data) > MaxBytes {
		return "", fmt.Errorf("%s is larger than %d MB; terms and privacy policies are far smaller, so this looks like the wrong file", src.Name, MaxBytes>>20)
	}
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return "", fmt.Errorf("%s is not plain text; save the page as text, or copy and paste its words", src.Name)
	}
	return string(data), nil
}
