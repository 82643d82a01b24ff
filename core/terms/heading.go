package terms

import (
	"strings"

	"github.com/cipa-triage/cipa-triage/core/text"
)

// A heading ("Binding Arbitration.", "18.2 No class arbitrations, class
// actions or representative actions.", "Governing Law") names a clause but
// is not one: alone it never makes arbitration, a class waiver, governing
// law or a forum present, and the learned model does not judge it. Beside
// the clause it heads, the reader still lists it among the sentences to
// check, since it shows where the clause is.

// headed are the kinds a heading alone does not make present.
var headed = map[Kind]bool{Arbitration: true, ClassWaiver: true, GoverningLaw: true, Forum: true}

// headingVerb is a word that makes a short line a sentence rather than a
// heading: "All other claims will be arbitrated." is a clause.
var headingVerb = text.Compile(`(?i)\b(?:will|shall|must|may|can(?:not)?|agree[sd]?|is|are|be|been|was|were|waive[sd]?|waiving|govern[sd]?|governed|appl(?:y|ies)|resolved?|submit(?:s|ted)?|consent(?:s|ed)?|bring|brought|requires?|required|contains?|has|have|means|arbitrated|decided|heard|litigated|permitted|allowed|prohibited|do|does|need|elect)\b`)

// heading is whether a sentence is a heading: a dozen words or fewer with
// no verb that would make it a sentence.
func heading(sentence string) bool { return IsHeading(sentence) }

// IsHeading is whether the reader takes a sentence for a heading, which
// alone is never arbitration, a class waiver, governing law or a forum.
func IsHeading(sentence string) bool {
	return len(strings.Fields(sentence)) <= 12 && !headingVerb.MatchString(sentence)
}
