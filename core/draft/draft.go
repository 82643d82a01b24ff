// Package draft writes the papers an owner hands on in the first weeks after
// a CIPA demand letter: a notice of claim to the insurer, a preservation
// (litigation hold) note for the team and vendors, and an outline for
// counsel. Each is filled from the answers and the assessment, marked as a
// draft to review with a lawyer, and never sent by the checker.
//
// A draft is a Doc: headings, paragraphs, lists and tables whose sentences
// come from the wording data (core/wording/drafts.json) and whose statements
// of law cite the knowledge table. The renderers (Markdown, HTML for print,
// Word .docx) only draw a Doc.
package draft

import (
	"fmt"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
)

// The drafts, by the name the CLI and the page use.
const (
	Insurer = "insurer" // notice of claim to the insurer
	Hold    = "hold"    // preservation (litigation hold) note
	Counsel = "counsel" // outline for counsel
)

// Kinds lists the drafts in the order pages offer them.
var Kinds = []string{Insurer, Hold, Counsel}

// Doc is one draft, ready for any renderer.
type Doc struct {
	Kind   string  `json:"kind"`
	Title  string  `json:"title"`
	Blocks []Block `json:"blocks"`
	// Sources are the knowledge entries the draft's sentences cite, in the
	// order first cited; a block's text refers to them by number.
	Sources []core.Citation `json:"sources"`
}

// Block types.
const (
	TypeBanner    = "banner"    // the draft warning, shown first and boxed
	TypeHeading   = "heading"   // Level 1 to 3
	TypeParagraph = "paragraph" // Text
	TypeList      = "list"      // Items, bulleted or Numbered
	TypeTable     = "table"     // Rows, the first one the header
)

// Block is one heading, paragraph, list or table. Text in square brackets,
// "[Policy number]", is a blank for the owner to fill; renderers set it in
// bold so that it is not missed.
type Block struct {
	Type  string   `json:"type"`
	Level int      `json:"level,omitempty"`
	Text  string   `json:"text,omitempty"`
	Items []string `json:"items,omitempty"`
	// Numbered lists count their items (the sources); others are bulleted.
	Numbered bool       `json:"numbered,omitempty"`
	Rows     [][]string `json:"rows,omitempty"`
}

// FileName is the draft's file name for format ("md", "html", "docx").
func (d Doc) FileName(format string) string {
	names := map[string]string{Insurer: "draft-notice-to-insurer", Hold: "draft-preservation-note", Counsel: "draft-outline-for-counsel"}
	name, ok := names[d.Kind]
	if !ok {
		name = "draft"
	}
	return name + "." + format
}

// Make writes the draft named kind for the answers, assessed as as. The
// assessment must be Assess(a, day) for the same answers.
func Make(kind string, a core.Answers, as core.Assessment) (Doc, error) {
	m := newMatter(a, as)
	switch kind {
	case Insurer:
		return insurer(m), nil
	case Hold:
		return hold(m), nil
	case Counsel:
		return counsel(m), nil
	}
	return Doc{}, fmt.Errorf("no draft named %q (drafts: %s)", kind, strings.Join(Kinds, ", "))
}
