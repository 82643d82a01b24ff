package text

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// maxDocxPart caps how much of one part of a .docx is inflated, so a zip
// bomb (a tiny file that expands to gigabytes) fails fast.
const maxDocxPart = 64 << 20

// FromDOCX reads a Word .docx file: the main document, then its headers and
// footers as separate sections (they are the letterhead more often than
// not). Paragraphs become lines; tabs and breaks are kept.
func FromDOCX(data []byte) (Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if errors.Is(err, zip.ErrFormat) && bytes.HasPrefix(data, []byte("PK\x03\x04")) {
			return Document{}, fmt.Errorf("%w: the .docx archive has no directory: %v", ErrTruncated, err)
		}
		return Document{}, fmt.Errorf("%w: not a .docx (Word) file: %v", ErrCorrupt, err)
	}
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[f.Name] = f
	}
	main := files["word/document.xml"]
	if main == nil {
		if files["content.xml"] != nil {
			return Document{}, fmt.Errorf("%w: this looks like an OpenDocument (.odt) file; save it as .docx or PDF", ErrUnsupported)
		}
		if files["EncryptedPackage"] != nil || bytes.Contains(data[:min(len(data), 4096)], []byte("EncryptedPackage")) {
			return Document{}, fmt.Errorf("%w: the Word file is password-protected", ErrEncrypted)
		}
		return Document{}, fmt.Errorf("%w: the archive has no word/document.xml, so it is not a Word document", ErrCorrupt)
	}
	var bl builder
	body, err := docxPart(main)
	if err != nil {
		return Document{}, err
	}
	var headers []string
	for _, f := range zr.File {
		if (strings.HasPrefix(f.Name, "word/header") || strings.HasPrefix(f.Name, "word/footer")) && strings.HasSuffix(f.Name, ".xml") {
			t, err := docxPart(f)
			if err != nil {
				bl.warnings = append(bl.warnings, fmt.Sprintf("could not read %s: %v", f.Name, err))
				continue
			}
			if strings.TrimSpace(t) != "" {
				headers = append(headers, t)
			}
		}
	}
	bl.add("", normalize(body))
	for _, h := range headers {
		bl.add("header or footer", normalize(h))
	}
	return bl.doc("docx"), nil
}

// docxPart extracts the text of one WordprocessingML part.
func docxPart(f *zip.File) (string, error) {
	if f.UncompressedSize64 > maxDocxPart {
		return "", fmt.Errorf("%w: %s would expand to %s", ErrTooLarge, f.Name, megabytes(int64(f.UncompressedSize64)))
	}
	rc, err := f.Open()
	if err != nil {
		return "", fmt.Errorf("%w: opening %s: %v", ErrCorrupt, f.Name, err)
	}
	defer rc.Close()
	dec := xml.NewDecoder(io.LimitReader(rc, maxDocxPart))
	dec.Strict = false
	var b strings.Builder
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "unexpected EOF") {
				return b.String(), fmt.Errorf("%w: %s ends early", ErrTruncated, f.Name)
			}
			return b.String(), fmt.Errorf("%w: %s: %v", ErrCorrupt, f.Name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t", "delText", "instrText":
				inText = t.Name.Local == "t"
			case "tab", "ptab":
				b.WriteByte('\t')
			case "br", "cr":
				b.WriteByte('\n')
			case "noBreakHyphen":
				b.WriteByte('-')
			case "tc":
				b.WriteByte('\t')
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t", "delText", "instrText":
				inText = false
			case "p":
				b.WriteByte('\n')
			}
		case xml.CharData:
			if inText {
				b.Write(t)
			}
		}
	}
	return b.String(), nil
}
