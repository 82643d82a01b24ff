package model

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/cipa-triage/cipa-triage/core"
)

// AssessJSON answers the JavaScript API's assess(answersJSON[, asOf]): a JSON
// string {"ok":true,"assessment":{...}} or {"ok":false,"problems":[...]}.
// It never panics: errors are values, for embedders and tests alike. The day
// is asOf if given, else the answers' as_of, else today.
func AssessJSON(answersJSON, asOf string, today time.Time) string {
	answers, probs := core.ParseAnswers([]byte(answersJSON))
	day := answers.AsOf
	if asOf != "" {
		d, err := core.ParseDate(asOf)
		if err != nil {
			probs = append(probs, core.Problem{Field: "asOf", Message: err.Error()})
		}
		day = d
	}
	if len(probs) == 0 {
		if day.IsZero() {
			day = core.DateOf(today)
		}
		var as core.Assessment
		if as, probs = SafeAssess(answers, day); len(probs) == 0 {
			data, err := json.Marshal(map[string]any{"ok": true, "assessment": as})
			if err == nil {
				return string(data)
			}
			probs = core.Problems{{Field: "(assessment)", Message: err.Error()}}
		}
	}
	data, _ := json.Marshal(map[string]any{"ok": false, "problems": probs})
	return string(data)
}

// SafeAssess is core.Assess with a panic turned into a problem, so a fault
// in the rules shows a message instead of stopping the page with the
// user's answers in it.
func SafeAssess(ans core.Answers, asOf core.Date) (as core.Assessment, probs core.Problems) {
	defer func() {
		if p := recover(); p != nil {
			probs = core.Problems{{Field: "(assessment)", Message: fmt.Sprintf("the assessment failed on these answers (%v); please report this", p)}}
		}
	}()
	return core.Assess(ans, asOf), nil
}
