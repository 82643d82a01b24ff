package letter

import (
	"fmt"
	"strings"

	"github.com/cipa-triage/cipa-triage/core/text"
)

var (
	redactionRe = text.Compile(`(?i)\[\s*redacted\s*\]|\(\s*redacted\s*\)|<\s*redacted\s*>|[█■▇]{2,}|\bX{4,}\b|\[\s*\*{2,}\s*\]`)
	pageOfRe    = text.Compile(`(?i)^page\s+(\d+)\s+of\s+(\d+)$`)
)

// completeness flags a text that is only part of a letter, and redactions,
// which are noted and never read as values.
func (x *extraction) completeness() {
	if ms := x.l.near(redactionRe, 8, "redacted", "██", "■■", "▇▇", "xxxx", "[*"); len(ms) > 0 {
		x.res.Warn("", fmt.Sprintf("The letter has %d redacted passage(s) (such as %q); nothing behind a redaction was read. Fill in those facts yourself if you know them.", len(ms), x.l.flat[ms[0][0]:ms[0][1]]))
	}
	l := x.letter()
	var why []string
	lines := x.l.lines()
	last := ""
	for i := len(lines) - 1; i >= 0; i-- {
		if t, _ := lines[i].trimmed(); t != "" {
			last = t
			break
		}
	}
	if m := pageOfRe.FindStringSubmatch(last); m != nil && m[1] != m[2] {
		why = append(why, "it ends with \""+last+"\"")
	} else if last != "" && !strings.ContainsAny(last[len(last)-1:], ".!?:)\"”’") && l.Attorney == "" && !hasClosing(lines) {
		why = append(why, "it stops mid-sentence")
	}
	if l.Attorney == "" && l.Firm == "" {
		why = append(why, "it has no signature")
	}
	if l.AmountDemanded == 0 && l.PerViolationClaimed == 0 && l.ResponseDays == nil && l.ResponseDeadline.IsZero() && l.Attorney == "" {
		why = append(why, "it gives no amount, no deadline and no signature")
	}
	if len(why) > 0 && strings.TrimSpace(x.l.flat) != "" {
		x.res.Warn("", "This looks like part of a letter ("+strings.Join(why, "; ")+"): check the rest of it, and drop or paste the whole letter if you have it.")
		if x.res.Details == nil {
			x.res.Details = map[string]any{}
		}
	}
}

func hasClosing(lines []line) bool {
	for _, ln := range lines {
		if t, _ := ln.trimmed(); closingLine.MatchString(t) {
			return true
		}
	}
	return false
}
