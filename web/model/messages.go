package model

import (
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/readerror"
)

// This file turns what the readers and the validator report into sentences
// for the user, in one place: never a Go type, a field path or a chain such
// as "reading the HAR: the file is empty: the file is not a HAR".

// plainReads are the readers' typed errors, each with what the user should
// do. %s is the file, as fileLabel names it.
var plainReads = []struct {
	err  error
	text string
}{
	{readerror.ErrPicture, "%s looks like a picture, not a text PDF. Paste its text instead, or type the answers."},
	{readerror.ErrNoTextLayer, "%s is a scan: it has no text the checker can read. Paste its text instead, or type the answers."},
	{readerror.ErrEncrypted, "%s is protected by a password, so its text cannot be read. Open it, copy the text and paste it here instead."},
	{readerror.ErrTooLarge, fmt.Sprintf("%%s is larger than %d MB, more than a letter or terms page could be. Paste the text instead.", readerror.MaxSize>>20)},
	{readerror.ErrTruncated, "%s is incomplete: it may have been cut off while downloading or copying. Get a fresh copy and try again, or paste the text."},
	{readerror.ErrEmpty, "%s has no text in it. Check it is the right file, or paste the text instead."},
	{readerror.ErrUnsupported, "%s is a kind of file the checker cannot read. Use a PDF, Word (.docx), email (.eml), web page (.html) or text file, or paste the text."},
	{readerror.ErrNotJSON, "%s is not a HAR file. In Chrome, open the Network panel (F12), reload your site, right-click the list and choose \"Save all as HAR\", then drop that file here."},
	{readerror.ErrNotHAR, "%s is a data file, but not a HAR. In Chrome, open the Network panel (F12), reload your site, right-click the list and choose \"Save all as HAR\", then drop that file here."},
	{readerror.ErrCorrupt, "%s could not be read: %s. Save or download it again, or paste the text instead."},
}

// ReadError is a reader's failure on file, in plain words. size is the
// file's size (-1 if not known). Errors are matched by their text as well as
// by errors.Is, so that an error that crossed into a worker as text is still
// told apart.
func ReadError(file string, size int64, err error) string {
	if size == 0 || (err != nil && strings.Contains(err.Error(), "the file is empty")) {
		return opening(file + " is empty. Check it is the right file, or paste the text instead.")
	}
	if err == nil {
		return ""
	}
	msg := err.Error()
	for _, p := range plainReads {
		if !errors.Is(err, p.err) && !strings.Contains(msg, p.err.Error()) {
			continue
		}
		if strings.Count(p.text, "%s") == 2 {
			return opening(fmt.Sprintf(p.text, file, detail(msg, p.err.Error())))
		}
		return opening(fmt.Sprintf(p.text, file))
	}
	if strings.Contains(msg, "reader failed on this file") {
		return opening(file + " could not be read: the checker hit a problem inside it. Paste the text instead, or type the answers.")
	}
	return opening(fmt.Sprintf("%s could not be read: %s. Try another copy, paste the text, or type the answers.", file, detail(msg, "")))
}

// opening capitalizes a message that opens with "the pasted text", never
// one that opens with a file's own name.
func opening(s string) string {
	if strings.HasPrefix(s, "the ") {
		return "T" + s[1:]
	}
	return s
}

// detail is the one plain clause after sentinel in a chain ("it does not
// start like a PDF"), without prefixes such as "reading the HAR", nested
// causes or a technical note in brackets.
func detail(msg, sentinel string) string {
	if sentinel != "" {
		if i := strings.Index(msg, sentinel); i >= 0 {
			msg = strings.TrimLeft(msg[i+len(sentinel):], ":;, ")
		}
		if msg == "" {
			return "it is damaged or is not the kind of file its name says"
		}
	}
	for strings.HasPrefix(msg, "reading ") {
		_, rest, ok := strings.Cut(msg, ": ")
		if !ok {
			break
		}
		msg = rest
	}
	msg, _, _ = strings.Cut(msg, ": ")
	msg, _, _ = strings.Cut(msg, "; ")
	if i := strings.Index(msg, " ("); i > 0 {
		msg = msg[:i]
	}
	msg = strings.TrimRight(strings.TrimSpace(msg), ".")
	if msg == "" {
		return "it is damaged or is not the kind of file its name says"
	}
	return msg
}

// Sentence starts s with a capital and ends it with a full stop.
func Sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	s = string(r)
	if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "!") {
		s += "."
	}
	return s
}

// ImportProblems explains why an answers file was not loaded, one line per
// problem, naming each question by its title rather than its field path.
func ImportProblems(err error) core.Problems {
	var probs core.Problems
	if !errors.As(err, &probs) {
		return core.Problems{{Field: "(import)", Message: "The file is not an answers file saved by this checker."}}
	}
	var out core.Problems
	for _, p := range probs {
		field := FieldOf(p.Field)
		q := core.QuestionFor(field)
		msg := ""
		switch {
		case p.Field == "(document)":
			msg = "The file is not an answers file saved by this checker: it is not in the right format."
		case q == nil && p.Message == "unknown field":
			msg = fmt.Sprintf("The file holds an answer the checker does not ask for (%q); it may come from another version.", field)
		case q == nil:
			msg = "The file's list of \"I don't know\" answers could not be read."
		default:
			msg = fmt.Sprintf("The file's answer to “%s” is not one the checker can use: %s.", q.Title, kindHint(*q))
		}
		out = append(out, core.Problem{Field: "(import)", Message: msg})
	}
	return out
}

func kindHint(q core.Question) string {
	switch q.Kind {
	case core.KindDate, core.KindDateList:
		return "it should be a real date between 1970 and 2100"
	case core.KindInt:
		return "it should be a whole number of 0 or more"
	case core.KindNumber:
		return "it should be an amount of 0 or more"
	case core.KindBool:
		return "it should be yes or no"
	case core.KindEnum, core.KindEnumList:
		return "it is not one of the choices offered"
	}
	return "it should be text"
}

// Plural writes "1 answer" or "3 answers".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
