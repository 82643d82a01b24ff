// Package letter reads a CIPA demand letter and prefills the letter section
// of the answers, with the words each value came from. Every value is a
// suggestion the user confirms: the evidence says where it was found and how
// sure the reader is, and the warnings point at what does not add up.
package letter

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/text"
)

// Reader is the "letter" reader registered in core/intake.
type Reader struct{}

func (Reader) Name() string    { return "letter" }
func (Reader) Section() string { return "letter" }
func (Reader) Accepts() []string {
	return []string{".pdf", ".docx", ".eml", ".txt", ".md", ".html", ".htm"}
}

// Read extracts the letter's text and reads its fields. known.AsOf, when
// set, is used to flag dates that cannot be right (a letter dated in the future).
func (Reader) Read(src core.Source, known core.Answers) (core.Result, error) {
	doc, err := text.Read(src.Name, src.R, src.Size)
	if err != nil {
		return core.Result{}, err
	}
	return Extract(doc, known.AsOf), nil
}

// FromText reads a pasted letter.
func FromText(s string) core.Result {
	return Extract(text.FromString(s), core.Date{})
}

// MaxLetterText is how much text Extract reads: about 16 pages, far more
// than any demand letter, so that a 300-page PDF dropped by mistake is
// answered in a second, not a minute.
const MaxLetterText = 64 << 10

// Extract reads the letter fields from a document's text. asOf may be zero.
func Extract(doc text.Document, asOf core.Date) core.Result {
	var res core.Result
	if n := len(doc.Text); n > MaxLetterText {
		cut := MaxLetterText
		for cut > 0 && !utf8.RuneStart(doc.Text[cut]) {
			cut--
		}
		doc.Text = doc.Text[:cut]
		res.Warn("", fmt.Sprintf("the document is long (%d KB of text); only the first %d KB were read for the letter's facts", n>>10, MaxLetterText>>10))
	}
	l := newLetterText(doc)
	x := &extraction{l: l, res: &res, asOf: asOf}
	x.letterDate()
	x.parties()
	x.website()
	x.claimants()
	x.statutes()
	x.technologies()
	x.visitDates()
	x.deadline()
	x.amounts()
	x.forum()
	x.flags()
	x.letterKind()
	x.completeness()
	x.check()
	for _, w := range doc.Warnings {
		res.Warn("", "reading the file: "+w)
	}
	res.Details = map[string]any{
		"document": map[string]any{"format": doc.Format, "parts": len(doc.Sections), "characters": len(doc.Text)},
	}
	return res
}

// extraction is the state of one Extract call.
type extraction struct {
	l    *letterText
	res  *core.Result
	asOf core.Date
	// listVisits are dates in the rows of a claimant list ("1 Ana Ruiz  March 3, 2026").
	listVisits []text.DateMatch
}

// found records evidence for field at the sentence holding offset.
func (x *extraction) found(field string, offset int, confidence float64) {
	quote := x.l.sentenceAt(offset)
	for _, ev := range x.res.Evidence[field] {
		if ev.Quote == quote {
			return
		}
	}
	x.res.AddEvidence(field, core.Evidence{
		Quote:      quote,
		Offset:     offset,
		Confidence: confidence,
		Where:      x.l.doc.Where(offset),
	})
}

func (x *extraction) warn(field, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	for _, w := range x.res.Warnings {
		if w.Field == field && w.Message == msg {
			return
		}
	}
	x.res.Warn(field, msg)
}

func (x *extraction) letter() *core.Letter { return &x.res.Answers.Letter }

func lower(s string) string { return strings.ToLower(s) }
