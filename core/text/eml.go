package text

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/cipa-triage/cipa-triage/core/mime"
)

// maxMIMEDepth bounds nested multiparts (forwarded mail inside forwarded mail).
const maxMIMEDepth = 8

// FromEML reads an email saved as .eml: its headers (From, To, Date,
// Subject), its body (plain text preferred to HTML), and the text of PDF,
// DOCX, HTML and text attachments, each as a section named after the
// attachment, so that a letter sent as a PDF attachment is read too.
func FromEML(data []byte) (Document, error) {
	h, body, ok := mime.Split(data)
	if !ok {
		return Document{}, fmt.Errorf("%w: not an email message (no header fields)", ErrCorrupt)
	}
	var bl builder
	var head strings.Builder
	for _, name := range []string{"From", "To", "Date", "Subject"} {
		if v := h.Get(name); v != "" {
			fmt.Fprintf(&head, "%s: %s\n", name, mime.DecodeWords(v))
		}
	}
	bl.add("email headers", normalize(head.String()))
	e := emlWalker{bl: &bl}
	e.part(h, body, 0)
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

func (e *emlWalker) warn(format string, args ...any) {
	e.bl.warnings = append(e.bl.warnings, fmt.Sprintf(format, args...))
}

func (e *emlWalker) part(h mime.Header, body []byte, depth int) {
	if depth > maxMIMEDepth {
		e.warn("the email nests parts too deeply; the innermost were skipped")
		return
	}
	ctype := h.Get("Content-Type")
	if ctype == "" {
		ctype = "text/plain"
	}
	mt, params := mime.MediaType(ctype)
	disp, dparams := mime.MediaType(h.Get("Content-Disposition"))
	filename := dparams["filename"]
	if filename == "" {
		filename = params["name"]
	}
	if strings.HasPrefix(mt, "multipart/") {
		boundary := params["boundary"]
		if boundary == "" {
			e.warn("a multipart section has no boundary and was skipped")
			return
		}
		parts, complete := mime.Parts(body, boundary)
		if !complete {
			e.warn("the email is cut off or malformed (a multipart section has no end); what came before was read")
		}
		var alternatives []altPart
		for _, p := range parts {
			ph, pbody, _ := mime.Split(p)
			if mt == "multipart/alternative" {
				alternatives = append(alternatives, altPart{ph, pbody})
				continue
			}
			e.part(ph, pbody, depth+1)
		}
		if len(alternatives) > 0 {
			// Read one alternative: plain text if there is one, else the last (richest).
			best := alternatives[len(alternatives)-1]
			for _, a := range alternatives {
				if t, _ := mime.MediaType(a.h.Get("Content-Type")); t == "text/plain" {
					best = a
					break
				}
			}
			e.part(best.h, best.raw, depth+1)
		}
		return
	}
	data, err := mime.Decode(h.Get("Content-Transfer-Encoding"), body)
	if err != nil {
		e.warn("a part of the email could not be decoded (%v)", err)
		if len(data) == 0 {
			return
		}
	}
	if mt == "message/rfc822" {
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
	case !attachment && mt == "text/plain":
		e.bl.add("email body", normalize(mime.Charset(data, params["charset"])))
		e.bodies++
	case !attachment && mt == "text/html":
		e.bl.add("email body", htmlNormalized(mime.Charset(data, params["charset"])))
		e.bodies++
	case attachment || mt == "application/pdf":
		k := attachmentKind(mt, name, data)
		if k == "" {
			e.warn("attachment %s was not read (only PDF, Word .docx, HTML and text attachments are)", filepath.Base(name))
			return
		}
		doc, err := fromKind(k, name, data)
		if err != nil {
			e.warn("attachment %s could not be read: %v", filepath.Base(name), err)
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
			e.warn("%s: %s", label, w)
		}
	}
}

type altPart struct {
	h   mime.Header
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
