// Package text turns a document the user holds (a pasted letter, a .txt or
// .md file, a PDF with a text layer, a .docx, an .eml email or an .html page)
// into plain text with offsets, so that readers can quote what they found and
// say where. It runs natively and under js/wasm, reads nothing but its input,
// and never panics on bad input: a file it cannot read gives an error that
// names the problem in words a user can act on.
package text

//go:generate go run ./testdata/gen

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/cipa-triage/cipa-triage/core/mime"
	"github.com/cipa-triage/cipa-triage/core/readerror"
)

// MaxSize is the largest input read (core/readerror).
const MaxSize = readerror.MaxSize

// Errors a caller can test with errors.Is; they live in core/readerror so
// that the pages can explain them without linking this package.
var (
	ErrTooLarge    = readerror.ErrTooLarge
	ErrNoTextLayer = readerror.ErrNoTextLayer
	ErrEncrypted   = readerror.ErrEncrypted
	ErrCorrupt     = readerror.ErrCorrupt
	ErrTruncated   = readerror.ErrTruncated
	ErrEmpty       = readerror.ErrEmpty
	ErrPicture     = readerror.ErrPicture
	ErrUnsupported = readerror.ErrUnsupported
)

// Document is a document's text. Offsets everywhere are byte offsets into Text.
type Document struct {
	Text string
	// Format is what the input was read as: "text", "markdown", "pdf", "docx", "html" or "eml".
	Format string
	// Sections cover Text in order: the pages of a PDF, the parts of an
	// email ("email body", "attachment letter.pdf", "attachment letter.pdf, page 2").
	// A single-part document has one section with an empty Where.
	Sections []Section
	// Warnings are things the user should know about the extraction: a
	// running header that was dropped, an attachment that could not be read.
	Warnings []string
}

// Section is one part of a Document: Text[Start:End].
type Section struct {
	Where      string `json:"where"`
	Start, End int
}

// Where names the part of the document that holds offset: "page 2",
// "attachment letter.pdf, page 1", or "" for a single-part document.
func (d Document) Where(offset int) string {
	for _, s := range d.Sections {
		if offset >= s.Start && offset < s.End {
			return s.Where
		}
	}
	if n := len(d.Sections); n > 0 && offset >= d.Sections[n-1].End {
		return d.Sections[n-1].Where
	}
	return ""
}

// Read reads a whole input and extracts its text. name is used only for its
// ending (".pdf", ".docx", ...); the content is sniffed too, so a PDF named
// letter.txt is still read as a PDF. size may be -1 if unknown.
func Read(name string, r io.Reader, size int64) (Document, error) {
	if size > MaxSize {
		return Document{}, fmt.Errorf("%w (this one is %s)", ErrTooLarge, megabytes(size))
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return Document{}, fmt.Errorf("reading %s: %w", filepath.Base(name), err)
	}
	if len(data) > MaxSize {
		return Document{}, ErrTooLarge
	}
	return FromBytes(name, data)
}

// FromBytes is Read for bytes already in memory.
func FromBytes(name string, data []byte) (Document, error) {
	if len(data) > MaxSize {
		return Document{}, fmt.Errorf("%w (this one is %s)", ErrTooLarge, megabytes(int64(len(data))))
	}
	doc, err := fromKind(kind(name, data), name, data)
	if err != nil {
		return Document{}, err
	}
	if strings.TrimSpace(doc.Text) == "" {
		return Document{}, ErrEmpty
	}
	return doc, nil
}

// fromKind reads data as the kind that kind or attachmentKind chose.
func fromKind(k, name string, data []byte) (Document, error) {
	switch k {
	case "pdf":
		return FromPDF(data)
	case "docx":
		return FromDOCX(data)
	case "eml":
		return FromEML(data)
	case "html":
		return FromHTML(data)
	case "text":
		if ext := strings.ToLower(filepath.Ext(name)); ext == ".md" || ext == ".markdown" {
			return FromMarkdown(data)
		}
		return FromPlain(data)
	}
	if k == "picture" {
		return Document{}, ErrPicture
	}
	return Document{}, ErrUnsupported
}

// isPicture tells a photo or scan (JPEG, PNG, GIF, TIFF, HEIC, WebP) by its
// first bytes, whatever its name says: a phone's picture of a letter is
// often renamed .pdf.
func isPicture(head []byte) bool {
	for _, sig := range []string{"\xff\xd8\xff", "\x89PNG\r\n", "GIF87a", "GIF89a", "II*\x00", "MM\x00*"} {
		if bytes.HasPrefix(head, []byte(sig)) {
			return true
		}
	}
	if len(head) >= 12 && string(head[4:8]) == "ftyp" && strings.Contains("heic heix mif1 avif", string(head[8:12])) {
		return true
	}
	return len(head) >= 12 && string(head[:4]) == "RIFF" && string(head[8:12]) == "WEBP"
}

// FromString reads pasted text.
func FromString(s string) Document {
	t := normalize(s)
	return Document{Text: t, Format: "text", Sections: []Section{{Start: 0, End: len(t)}}}
}

// FromPlain reads a .txt or .md file. Text that is not UTF-8 is read as
// Windows-1252, what older word processors write.
func FromPlain(data []byte) (Document, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(data, 0) >= 0 && !utf8.Valid(data) {
		return Document{}, fmt.Errorf("%w: it holds binary data, not text", ErrCorrupt)
	}
	s := string(data)
	if !utf8.ValidString(s) {
		s = mime.Windows1252(data)
	}
	return FromString(s), nil
}

// kind decides how to read data: by its first bytes when they say, else by
// the name's ending.
func kind(name string, data []byte) string {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	trimmed := bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf")
	switch {
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return "pdf"
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return "docx"
	case isPicture(head):
		return "picture"
	}
	ext := strings.ToLower(filepath.Ext(name))
	switch ext {
	case ".pdf":
		return "pdf"
	case ".docx":
		return "docx"
	case ".eml", ".mht", ".mhtml":
		return "eml"
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".txt", ".md", ".markdown", ".text", "":
		if looksLikeHTML(trimmed) {
			return "html"
		}
		if ext == "" && looksLikeEmail(head) {
			return "eml"
		}
		return "text"
	case ".doc", ".rtf", ".odt", ".pages", ".png", ".jpg", ".jpeg", ".heic", ".tif", ".tiff", ".gif", ".msg", ".zip":
		return ""
	}
	if looksLikeHTML(trimmed) {
		return "html"
	}
	if utf8.Valid(head) && bytes.IndexByte(head, 0) < 0 {
		return "text"
	}
	return ""
}

func looksLikeHTML(b []byte) bool {
	l := bytes.ToLower(b)
	return bytes.HasPrefix(l, []byte("<!doctype html")) || bytes.HasPrefix(l, []byte("<html")) ||
		(bytes.HasPrefix(l, []byte("<")) && (bytes.Contains(l, []byte("<body")) || bytes.Contains(l, []byte("<p>")) || bytes.Contains(l, []byte("<div"))))
}

func looksLikeEmail(b []byte) bool {
	l := bytes.ToLower(b)
	n := 0
	for _, h := range []string{"from:", "to:", "subject:", "date:", "mime-version:", "content-type:"} {
		if bytes.HasPrefix(l, []byte(h)) || bytes.Contains(l, []byte("\n"+h)) {
			n++
		}
	}
	return n >= 3
}

func megabytes(n int64) string {
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

// normalize gives every reader the same text: \n line ends, no NULs, no
// non-breaking or zero-width spaces, no trailing blanks, at most one empty
// line in a row.
func normalize(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = ligatures.Replace(s)
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u00a0', '\u2007', '\u202f', '\t', '\f', '\v':
			return ' '
		case '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad', 0:
			return -1
		case utf8.RuneError:
			return -1
		}
		return r
	}, s)
	lines := strings.Split(s, "\n")
	var b strings.Builder
	b.Grow(len(s))
	blank := 0
	for _, l := range lines {
		l = strings.TrimRight(l, " ")
		if l == "" {
			blank++
			if blank > 1 || b.Len() == 0 {
				continue
			}
		} else {
			blank = 0
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// Ligature code points some fonts draw, spelled out so words can be found.
var ligatures = strings.NewReplacer("\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl", "\ufb05", "st", "\ufb06", "st")

// builder assembles a multi-part Document, recording each part's offsets.
type builder struct {
	b        strings.Builder
	sections []Section
	warnings []string
}

func (bl *builder) add(where, text string) {
	text = strings.Trim(text, "\n")
	if text == "" {
		return
	}
	if bl.b.Len() > 0 {
		bl.b.WriteString("\n\n")
	}
	start := bl.b.Len()
	bl.b.WriteString(text)
	bl.sections = append(bl.sections, Section{Where: where, Start: start, End: bl.b.Len()})
}

func (bl *builder) doc(format string) Document {
	t := bl.b.String()
	if t != "" {
		t += "\n"
	}
	if n := len(bl.sections); n > 0 {
		bl.sections[n-1].End = len(t)
	}
	return Document{Text: t, Format: format, Sections: bl.sections, Warnings: bl.warnings}
}
