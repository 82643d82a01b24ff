package draft

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
)

// answered lists each question the questionnaire would show for these
// answers, with the answer in words ("" when unanswered or "I don't know").
// It reads the answers as the JSON document the questionnaire's field paths
// name, so a question added to the questionnaire appears here unchanged.
type answered struct {
	q      core.Question
	answer string
}

func answers(a core.Answers) []answered {
	data, err := json.Marshal(a)
	if err != nil {
		return nil
	}
	var doc map[string]any
	if json.Unmarshal(data, &doc) != nil {
		return nil
	}
	var out []answered
	for _, s := range core.Questionnaire {
		for _, q := range s.Questions {
			if q.ShowIf != nil && !shown(doc, q.ShowIf) {
				continue
			}
			out = append(out, answered{q: q, answer: inWords(q, lookup(doc, q.Field))})
		}
	}
	return out
}

func lookup(doc map[string]any, path string) any {
	var v any = doc
	for _, part := range strings.Split(path, ".") {
		obj, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = obj[part]
	}
	return v
}

func shown(doc map[string]any, c *core.Condition) bool {
	v := lookup(doc, c.Field)
	s := fmt.Sprint(v)
	if v == nil {
		s = ""
	}
	for _, want := range c.Values {
		if s == want {
			return true
		}
	}
	return false
}

// inWords is an answer as the owner chose it: the option's label, a date
// written out, money in dollars; "" when there is none or it is "I don't know".
func inWords(q core.Question, v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		if v == "" || v == core.Unknown {
			return ""
		}
		switch q.Kind {
		case core.KindDate:
			if d, err := core.ParseDate(v); err == nil {
				return d.Long()
			}
		case core.KindEnum:
			return optionLabel(q.Options, v)
		}
		return v
	case bool:
		if v {
			return say("draft.answer.yes").Text
		}
		return say("draft.answer.no").Text
	case float64:
		if q.Kind == core.KindNumber {
			return core.USD(v)
		}
		return fmt.Sprint(v)
	case []any:
		var parts []string
		for _, x := range v {
			if s := inWords(core.Question{Kind: elemKind(q.Kind), Options: q.Options}, x); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, "; ")
	}
	return fmt.Sprint(v)
}

func elemKind(k core.Kind) core.Kind {
	switch k {
	case core.KindDateList:
		return core.KindDate
	case core.KindEnumList:
		return core.KindEnum
	}
	return core.KindText
}
