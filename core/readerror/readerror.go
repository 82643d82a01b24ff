// Package readerror holds the errors the document readers return, so that
// the pages can tell them apart and explain them (web/model) without linking
// the readers themselves: those run in a second module, and their errors
// reach the page as these values or as their text. Each message is written
// for the user; wrapped errors add what failed.
package readerror

import (
	"errors"
	"fmt"
)

// MaxSize is the largest document read, 25 MB: a letter, its email or a
// terms page is far smaller, and a larger file would only make the page hang.
const MaxSize = 25 << 20

// The documents' errors (core/text).
var (
	ErrTooLarge    = fmt.Errorf("the file is larger than %d MB, the most the checker reads; paste the text instead", MaxSize>>20)
	ErrNoTextLayer = errors.New("this PDF has no text layer: it looks like a scan; paste or type the letter instead")
	ErrEncrypted   = errors.New("this PDF is password-protected or encrypted, so its text cannot be read; open it, copy the text and paste it instead")
	ErrCorrupt     = errors.New("the file is damaged or is not the kind of file its name says")
	ErrTruncated   = errors.New("the file is incomplete (it may have been cut off while downloading or copying); get a fresh copy")
	ErrEmpty       = errors.New("the file contains no readable text")
	ErrPicture     = errors.New("this looks like a picture, not a text PDF; paste its text instead, or type the answers")
	ErrUnsupported = errors.New("this kind of file cannot be read; use a PDF, .docx, .eml, .html, .txt or .md file, or paste the text")
)

// The HAR reader's two kinds of wrong file (core/har).
var (
	ErrNotJSON = errors.New("the file is not JSON, so it cannot be a HAR")
	ErrNotHAR  = errors.New("the file is JSON but not a HAR")
)
