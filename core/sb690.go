package core

import (
	"fmt"

	"github.com/cipa-triage/cipa-triage/core/knowledge"
)

// SB 690, as the knowledge table records it (sb_690): from its operative
// day only the Attorney General may bring a § 637.2 claim for a § 638.51
// violation arising from a website or app. The table holds it as a dated
// value (1 before, 0 from that day), so the as-of date decides, and marks
// it confirm: its enactment is reported by secondary notes only.

// sb690Operative is the day the private § 638.51 action ends, read from the
// table's first dated value of 0; zero if the table records none.
func sb690Operative() Date {
	e, ok := knowledge.Lookup(idSB690)
	if !ok {
		return Date{}
	}
	var on Date
	for _, v := range e.Values {
		if v.Value == 0 && v.From != "" {
			d := DateOf(v.Effective())
			if on.IsZero() || d.Before(on) {
				on = d
			}
		}
	}
	return on
}

// penRegisterPrivate reports whether a private person may claim under
// § 637.2 for a § 638.51 website violation on day d, as the table has it.
func penRegisterPrivate(d Date) bool { return valueAt(idSB690, d).Value != 0 }

// sb690OpenQuestions states what nobody in our sources has answered; the
// checker never answers it.
const sb690OpenQuestions = "Open questions our sources do not answer: whether a private arbitration demand counts as an \"action\" under SB 690's retroactivity clause, and what becomes of a demand not filed by then. Ask counsel; the checker does not guess."

// sb690Summary is the plain-words line near the top of the summary for a
// letter that cites § 638.51.
func sb690Summary(m *matter) string {
	if !m.cites["638.51"] {
		return ""
	}
	on := sb690Operative()
	if on.IsZero() {
		return ""
	}
	only := !m.cites["631"] && !m.cites["632"] && !m.cites["632.7"]
	var s string
	switch {
	case m.asOf.Before(on) && only:
		s = fmt.Sprintf("The letter's claim rests on § 638.51 (pen register). A new law, SB 690 (reported enacted; confirm it), leaves such claims over websites and apps to the Attorney General from %s, so a private claim like this one loses its $5,000-per-violation measure from that day. Expect the firm to try to file before then.", on.Long())
	case m.asOf.Before(on):
		s = fmt.Sprintf("The letter cites § 638.51 (pen register) as well as the wiretapping sections. A new law, SB 690 (reported enacted; confirm it), leaves § 638.51 claims over websites and apps to the Attorney General from %s; the § 631 / § 632.7 part is untouched. Expect the firm to try to file before then.", on.Long())
	case only:
		s = fmt.Sprintf("The letter's claim rests on § 638.51 (pen register). Since %s, SB 690 (reported enacted; confirm it) leaves such claims over websites and apps to the Attorney General, including pending claims in actions commenced within the two years before, so the private $5,000-per-violation measure is shown as gone.", on.Long())
	default:
		s = fmt.Sprintf("The letter cites § 638.51 (pen register) as well as the wiretapping sections. Since %s, SB 690 (reported enacted; confirm it) leaves § 638.51 claims over websites and apps to the Attorney General; the § 631 / § 632.7 part is untouched and carries the exposure.", on.Long())
	}
	return s + " " + sb690OpenQuestions
}

// sb690Event is the timeline's milestone for a letter citing § 638.51.
func sb690Event(m *matter) (Event, bool) {
	on := sb690Operative()
	if !m.cites["638.51"] || on.IsZero() {
		return Event{}, false
	}
	e := Event{Date: on, Kind: EventConsequence, Citations: []string{idSB690},
		Title: "SB 690 takes effect (reported): § 638.51 website claims for the Attorney General only",
		Detail: "From this day, as reported, only the Attorney General may sue under § 637.2 for a § 638.51 violation arising from a website or app, including pending claims in actions commenced within the two years before; §§ 631, 632 and 632.7 are untouched. Firms may file demands before this day to try to keep their claims. " +
			sb690OpenQuestions + " Confirm that SB 690 is in force as reported."}
	if on.Before(m.asOf) || on.Equal(m.asOf) {
		e.Kind = EventPast
		e.Title = "SB 690 took effect (reported): § 638.51 website claims for the Attorney General only"
	}
	return e, true
}

// sb690Note is the exposure note for a letter citing § 638.51.
func sb690Note(m *matter) string {
	if !m.cites["638.51"] {
		return ""
	}
	return fmt.Sprintf("SB 690: %s %s", summaryOf(idSB690), "See the per-theory exposure above.")
}

// sb690Statutory adjusts the statutory measure once SB 690 is in force on
// the as-of day: a letter resting only on § 638.51 keeps no private measure,
// and one citing § 631 as well keeps only that part. It returns the
// per-violation figure the per-claimant range should use.
func sb690Statutory(m *matter, x *Exposure, perViolation float64) float64 {
	if !m.cites["638.51"] {
		return perViolation
	}
	x.Statutory.Confirm = true
	private := false
	for _, t := range x.Theories {
		private = private || t.PrivateAction
	}
	switch {
	case !penRegisterPrivate(m.asOf) && !private:
		x.Statutory.Basis = fmt.Sprintf("The letter rests only on § 638.51, which SB 690 (reported, to be confirmed) leaves to the Attorney General for websites and apps from %s: no private § 637.2 measure on this date. Before that day it was %s. %s",
			sb690Operative().Long(), usd(x.Statutory.Amount), sb690OpenQuestions)
		x.Statutory.Amount = 0
		return 0
	case !penRegisterPrivate(m.asOf):
		x.Statutory.Basis += " Only the § 631 / § 632.7 part remains open to a private claimant since SB 690 (to be confirmed); if the letter counted § 638.51 violations separately, its count falls."
	}
	return perViolation
}

// sb690RangeNote qualifies the reported settlement ranges once SB 690 has
// left a § 638.51-only letter without a private measure.
func sb690RangeNote(m *matter, perViolation float64) string {
	if !m.cites["638.51"] || perViolation != 0 {
		return ""
	}
	return " The reported ranges predate SB 690: with no private measure left for this letter's only theory (to be confirmed), they may overstate what the claim is worth."
}
