package model

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
)

// Choices is what a choice question offers, with "I don't know" always last.
func Choices(q core.Question) []core.Option {
	if q.Kind == core.KindBool {
		return []core.Option{{Value: "true", Label: "Yes"}, {Value: "false", Label: "No"}, {Value: core.Unknown, Label: "I don't know"}}
	}
	out := make([]core.Option, 0, len(q.Options)+1)
	hasUnknown := false
	for _, o := range q.Options {
		if o.Value == core.Unknown {
			hasUnknown = true
			continue
		}
		out = append(out, o)
	}
	// For a list, "I don't know" is a tick of its own: it is not stored in
	// the list (ParseAnswers accepts only real options there).
	if q.Kind == core.KindEnum || q.Kind == core.KindEnumList || hasUnknown {
		u := core.Option{Value: core.Unknown, Label: "I don't know"}
		for _, o := range q.Options {
			if o.Value == core.Unknown {
				u = o
			}
		}
		out = append(out, u)
	}
	return out
}

// BoolOptionID names the radio ids of bool questions: "-yes", "-no", "-unknown".
func BoolOptionID(field, value string) string {
	switch value {
	case "true":
		return OptionID(field, "yes")
	case "false":
		return OptionID(field, "no")
	}
	return OptionID(field, core.Unknown)
}

func label(q core.Question, value string) string {
	for _, o := range Choices(q) {
		if o.Value == value {
			return o.Label
		}
	}
	return value
}

// Display gives an answer in words for the check-your-answers page.
func Display(f *Form, q core.Question) string {
	v := f.Get(q.Field)
	if v == nil {
		if t, ok := f.Typed[q.Field]; ok {
			return t + " (not yet valid)"
		}
		if f.DontKnow[q.Field] {
			return "I don't know"
		}
		return "Not answered"
	}
	return DisplayValue(q, v)
}

// DisplayValue gives one JSON value of q in words.
func DisplayValue(q core.Question, v any) string {
	switch q.Kind {
	case core.KindBool:
		if b, ok := v.(bool); ok {
			if b {
				return "Yes"
			}
			return "No"
		}
	case core.KindEnum:
		if s, ok := v.(string); ok {
			return label(q, s)
		}
	case core.KindDate:
		if s, ok := v.(string); ok {
			if d, err := core.ParseDate(s); err == nil {
				return d.Long()
			}
			return s
		}
	case core.KindNumber:
		if n, ok := number(v); ok {
			return core.USD(n)
		}
	case core.KindInt:
		if n, ok := number(v); ok {
			return strconv.FormatFloat(n, 'f', -1, 64)
		}
	}
	if list, ok := v.([]any); ok {
		parts := make([]string, 0, len(list))
		for _, x := range list {
			s := fmt.Sprint(x)
			switch q.Kind {
			case core.KindEnumList:
				s = label(q, s)
			case core.KindDateList:
				if d, err := core.ParseDate(s); err == nil {
					s = d.Long()
				}
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, "; ")
	}
	if s, ok := v.(string); ok {
		return s
	}
	data, _ := json.Marshal(v)
	return string(data)
}

func number(v any) (float64, bool) {
	switch n := v.(type) {
	case float64:
		return n, true
	case json.Number:
		f, err := n.Float64()
		return f, err == nil
	case int:
		return float64(n), true
	}
	return 0, false
}

// Humanize turns a details key ("clause_quotes") into a heading ("Clause quotes").
func Humanize(key string) string {
	s := strings.ReplaceAll(strings.ReplaceAll(key, "_", " "), "-", " ")
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
