package text

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// maxMIMEDepth bounds nested multiparts (forwarded mail inside forwarded mail).
const maxMIMEDepth = 8

// FromEML reads an email saved as .eml: its headers (From, To, Date,
// Subject), its body (plain text preferred to HTML), and the text of PDF,
// DOCX, HTML and text attachments, each as a section named after the
// attachment, so that a letter sent as a PDF attachment is read too.
func FromEML(data []byte) (Document, error) {
	msg, err := mail.ReadMessage(bufio.NewReader(bytes.NewReader(data)))
	if err != nil {
		return Document{}, fmt.Errorf("%w: not an email message: %v", ErrCorrupt, err)
	}
	var bl builder
	var head strings.Builder
	for _, h := range []string{"From", "To", "Date", "Subject"} {
		v := msg.Header.Get(h)
		if v == "" {
			continue
		}
		if d, err := (&mime.WordDecoder{}).DecodeHeader(v); err == nil {
			v = d
		}
		fmt.Fprintf(&head, "%s: %s\n", h, v)
	}
	bl.add("email headers", normalize(head.String()))
	e := emlWalker{bl: &bl}
	e.part(textproto(msg.Header), msg.Body, 0)
	if e.bodies == 0 && e.attachments == 0 {
		bl.warnings = append(bl.warnings, "the email has no readable body or attachment")
	}
	return bl.doc("eml"), nil
}

type emlWalker struct {
	bl          *builder
	bodies      int
	attachments int
}

type header interface{ Get(string) string }

func textproto(h mail.Header) header { return h }

func (e *emlWalker) part(h header, body io.Reader, depth int) {
	if depth > maxMIMEDepth {
		e.bl.warnings = append(e.bl.warnings, "the email nests parts too deeply; the innermost were skipped")
		return
	}
	ctype := h.Get("Content-Type")
	if ctype == "" {
		ctype = "text/plain"
	}
	mediaType, params, err := mime.ParseMediaType(ctype)
	if err != nil {
		mediaType = strings.ToLower(strings.TrimSpace(strings.Split(ctype, ";")[0]))
		params = map[string]string{}
	}
	disp, dparams, _ := mime.ParseMediaType(h.Get("Content-Disposition"))
	filename := dparams["filename"]
	if filename == "" {
		filename = params["name"]
	}
	if strings.HasPrefix(mediaType, "multipart/") {
		boundary := params["boundary"]
		if boundary == "" {
			e.bl.warnings = append(e.bl.warnings, "a multipart section has no boundary and was skipped")
			return
		}
		mr := multipart.NewReader(body, boundary)
		var alternatives []altPart
		for {
			p, err := mr.NextRawPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				e.bl.warnings = append(e.bl.warnings, fmt.Sprintf("the email is cut off or malformed (%v); what came before was read", err))
				break
			}
			raw, rerr := io.ReadAll(io.LimitReader(p, MaxSize))
			if rerr != nil {
				e.bl.warnings = append(e.bl.warnings, fmt.Sprintf("a part of the email is cut off (%v)", rerr))
			}
			if mediaType == "multipart/alternative" {
				alternatives = append(alternatives, altPart{p.Header, raw})
				continue
			}
			e.part(p.Header, bytes.NewReader(raw), depth+1)
		}
		if len(alternatives) > 0 {
			// Read one alternative: plain text if there is one, else the last (richest).
			best := alternatives[len(alternatives)-1]
			for _, a := range alternatives {
				if mt, _, _ := mime.ParseMediaType(a.h.Get("Content-Type")); mt == "text/plain" {
					best = a
					break
				}
			}
			e.part(best.h, bytes.NewReader(best.raw), depth+1)
		}
		return
	}
	data, err := decodeBody(h.Get("Content-Transfer-Encoding"), body)
	if err != nil {
		e.bl.warnings = append(e.bl.warnings, fmt.Sprintf("a part of the email could not be decoded (%v)", err))
		if len(data) == 0 {
			return
		}
	}
	if mediaType == "message/rfc822" {
		inner, err := FromEML(data)
		if err == nil {
			for _, s := range inner.Sections {
				e.bl.add("forwarded message, "+s.Where, inner.Text[s.Start:s.End])
			}
			e.bodies++
		}
		return
	}
	attachment := disp == "attachment" || filename != ""
	name := filename
	if name == "" {
		name = "attachment"
	}
	switch {
	case !attachment && mediaType == "text/plain":
		e.bl.add("email body", normalize(decodeCharset(data, params["charset"])))
		e.bodies++
	case !attachment && mediaType == "text/html":
		e.bl.add("email body", htmlNormalized(decodeCharset(data, params["charset"])))
		e.bodies++
	case attachment || mediaType == "application/pdf":
		k := attachmentKind(mediaType, name, data)
		if k == "" {
			e.bl.warnings = append(e.bl.warnings, fmt.Sprintf("attachment %s was not read (only PDF, Word .docx, HTML and text attachments are)", filepath.Base(name)))
			return
		}
		var doc Document
		var err error
		switch k {
		case "pdf":
			doc, err = FromPDF(data)
		case "docx":
			doc, err = FromDOCX(data)
		case "html":
			doc, err = FromHTML(data)
		default:
			doc, err = FromPlain(data)
		}
		if err != nil {
			e.bl.warnings = append(e.bl.warnings, fmt.Sprintf("attachment %s could not be read: %v", filepath.Base(name), err))
			return
		}
		e.attachments++
		label := "attachment " + filepath.Base(name)
		for _, s := range doc.Sections {
			where := label
			if s.Where != "" {
				where += ", " + s.Where
			}
			e.bl.add(where, doc.Text[s.Start:s.End])
		}
		for _, w := range doc.Warnings {
			e.bl.warnings = append(e.bl.warnings, label+": "+w)
		}
	}
}

type altPart struct {
	h   header
	raw []byte
}

func attachmentKind(mediaType, name string, data []byte) string {
	switch {
	case mediaType == "application/pdf" || bytes.HasPrefix(data, []byte("%PDF-")):
		return "pdf"
	case strings.Contains(mediaType, "wordprocessingml") || strings.HasSuffix(strings.ToLower(name), ".docx"):
		return "docx"
	case mediaType == "text/html":
		return "html"
	case mediaType == "text/plain" || mediaType == "text/markdown":
		return "text"
	}
	switch k := kind(name, data); k {
	case "pdf", "docx", "html", "text":
		return k
	}
	return ""
}

func htmlNormalized(s string) string {
	return normalize(htmlText(s))
}

func decodeBody(cte string, r io.Reader) ([]byte, error) {
	r = io.LimitReader(r, MaxSize)
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "base64":
		// Mail wraps base64 in lines; strip every white space before decoding.
		raw, err := io.ReadAll(r)
		clean := bytes.Map(func(c rune) rune {
			if c == ' ' || c == '\n' || c == '\r' || c == '\t' {
				return -1
			}
			return c
		}, raw)
		out := make([]byte, base64.StdEncoding.DecodedLen(len(clean)))
		n, derr := base64.StdEncoding.Decode(out, clean)
		if derr != nil {
			// Tolerate missing padding and trailing junk: keep what decoded.
			n2, derr2 := base64.RawStdEncoding.Decode(out, bytes.TrimRight(clean, "="))
			if derr2 == nil {
				return out[:n2], err
			}
			return out[:n], errors.Join(err, fmt.Errorf("bad base64: %w", derr))
		}
		return out[:n], err
	case "quoted-printable":
		out, err := io.ReadAll(quotedprintable.NewReader(r))
		return out, err
	default:
		return io.ReadAll(r)
	}
}

func decodeCharset(data []byte, charset string) string {
	switch strings.ToLower(charset) {
	case "iso-8859-1", "latin1", "windows-1252", "cp1252", "us-ascii":
		return fromWindows1252(data)
	}
	if s := string(data); !utf8.ValidString(s) {
		return fromWindows1252(data)
	}
	return string(data)
}
