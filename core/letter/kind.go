package letter

import (
	"strings"
	"sync"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/text"
)

// kindCues are the words that say what a letter is. They are tried in
// order: a letter that says its arbitration was filed is that, whatever
// notice it refers back to; a draft complaint is a complaint even though the
// letter around it threatens one; a notice of dispute may also call itself a
// demand for arbitration.
var kindCues = sync.OnceValue(func() []kindCue {
	return []kindCue{
		{core.LetterArbitrationFiled, []string{"filed", "case no", "ref. no", "ref no", "case number", "notice of filing", "notice of commencement"}, text.Compile(`(?i)\b(?:has|have)\s+(?:now\s+|today\s+|therefore\s+|already\s+)*(?:been\s+)?filed\s+(?:a|an|the|our|his|her|their)?\s*(?:individual\s+)?demand\s+for\s+(?:individual\s+)?arbitration|\bfiled\s+a\s+demand\s+for\s+(?:individual\s+)?arbitration\b|\bdemand\s+for\s+arbitration\b[^.]{0,60}\bhas\s+been\s+filed|\b(?:AAA|JAMS)\s+(?:case|ref(?:erence)?\.?)\s+(?:no\.?|number|#)|\bnotice\s+of\s+(?:filing|commencement)\s+of\s+arbitration`)},
		{core.LetterComplaint, []string{"complaint", "plaintiff"}, text.Compile(`(?i)\bdraft\s+(?:class\s+action\s+)?complaint\b|\b(?:enclosed|attached)\s+(?:is\s+|please\s+find\s+)?(?:a\s+(?:copy\s+of\s+)?)?(?:the\s+)?(?:draft\s+|filed\s+)?complaint\b|\bcomplaint\s+for\s+(?:violations?|damages)\b|\bplaintiffs?,\s*(?:\n\s*)?v(?:s)?\.|\bcomplaint\s+(?:was|has\s+been)\s+filed\b`)},
		{core.LetterPreArbitrationNotice, []string{"arbitration", "notice of", "informal", "dispute resolution"}, text.Compile(`(?i)\bpre-?\s?arbitration\s+(?:notice|demand|letter)|\bnotice\s+of\s+(?:dispute|claim|intent\s+to\s+arbitrate)\b|\binformal\s+dispute\s+resolution|\bpursuant\s+to\s+the\s+(?:arbitration|dispute\s+resolution)\s+(?:provision|section|clause|agreement)|\bdispute\s+resolution\s+(?:provision|section|clause)\s+of\s+your\s+terms`)},
		{core.LetterArbitrationDemand, []string{"demand for", "individual arbitration", "will file", "will commence", "will initiate", "require"}, text.Compile(`(?i)\bdemand\s+for\s+(?:individual\s+)?arbitration\b|\bindividual\s+arbitration\b|\bwill\s+(?:file|commence|initiate)\s+(?:an?\s+)?(?:individual\s+)?(?:arbitration|demand\b)|\b(?:terms|agreement)\b[^.]{0,40}\brequires?\s+(?:any\s+claim\s+to\s+be\s+arbitrated|(?:individual\s+)?arbitration)`)},
		{core.LetterClassActionThreat, []string{"class", "similarly situated"}, text.Compile(`(?i)\bclass[\s-]+action\s+(?:complaint|lawsuit|suit|litigation)\b|\b(?:file|bring|commence|pursue)\s+(?:a\s+)?(?:putative\s+)?class[\s-]+action\b|\bputative\s+class\b|\ball\s+others\s+similarly\s+situated\b|\bon\s+behalf\s+of\s+(?:\w+\s+){0,3}(?:a|the)\s+(?:putative\s+)?class\b|\ba\s+class\s+of\s+(?:california\s+)?(?:consumers|residents|visitors|persons|individuals)\b`)},
	}
})

// kindCue is wording that says what a letter is; the expression runs only
// near one of its keywords.
type kindCue struct {
	kind     core.LetterKind
	keywords []string
	re       *text.Pattern
}

// letterKind names what the letter is, and sets pre_arbitration_notice to
// false where the letter is plainly something else: a class-action threat,
// a complaint or an arbitration already filed is not the notice your terms
// ask for, whatever it says about one.
func (x *extraction) letterKind() {
	l := x.letter()
	for _, c := range kindCues() {
		for _, m := range x.l.near(c.re, 160, c.keywords...) {
			if c.kind == core.LetterClassActionThreat && classWaiver.MatchString(x.l.sentenceAt(m[0])) {
				continue // "your class action waiver is unenforceable" threatens nothing
			}
			l.Kind = c.kind
			x.found("letter.kind", m[0], 0.75)
			switch c.kind {
			case core.LetterClassActionThreat, core.LetterComplaint, core.LetterArbitrationFiled:
				if l.PreArbitrationNotice != nil && *l.PreArbitrationNotice {
					delete(x.res.Evidence, "letter.pre_arbitration_notice")
				}
				l.PreArbitrationNotice = core.Bool(false)
				x.found("letter.pre_arbitration_notice", m[0], 0.7)
			}
			return
		}
	}
	if strings.TrimSpace(x.l.flat) != "" && (l.AmountDemanded > 0 || l.PerViolationClaimed > 0) {
		l.Kind = core.LetterOther
	}
}
