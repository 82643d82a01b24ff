package core

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
)

// Problem is one thing wrong with an answers document, named by field path so
// that a form can link to the field and a CLI can list every problem at once.
type Problem struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

func (p Problem) String() string { return p.Field + ": " + p.Message }

// Problems is every problem found in one document.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Dates outside this range are typing mistakes, not facts about a letter.
var (
	earliestDate = MustDate("1970-01-01")
	latestDate   = MustDate("2100-12-31")
)

// ParseAnswers reads an answers document and checks every field against the
// questionnaire. It reports all problems, not just the first, and returns
// answers only when there are none.
func ParseAnswers(data []byte) (Answers, Problems) {
	var raw map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&raw); err != nil {
		return Answers{}, Problems{{Field: "(document)", Message: "not a JSON object: " + err.Error()}}
	}
	if raw == nil {
		return Answers{}, Problems{{Field: "(document)", Message: "expected a JSON object, got null"}}
	}
	var probs Problems
	known := map[string]bool{"as_of": true}
	for _, s := range Questionnaire {
		known[s.ID] = true
	}
	for _, key := range sortedKeys(raw) {
		if !known[key] {
			probs = append(probs, Problem{key, "unknown field"})
		}
	}
	if v, ok := raw["as_of"]; ok {
		probs = append(probs, checkValue("as_of", Question{Kind: KindDate}, v)...)
	}
	for _, s := range Questionnaire {
		v, ok := raw[s.ID]
		if !ok || v == nil {
			continue
		}
		obj, ok := v.(map[string]any)
		if !ok {
			probs = append(probs, Problem{s.ID, "must be an object"})
			continue
		}
		fields := map[string]Question{}
		for _, q := range s.Questions {
			fields[strings.TrimPrefix(q.Field, s.ID+".")] = q
		}
		for _, key := range sortedKeys(obj) {
			if check, ok := notAsked[s.ID+"."+key]; ok {
				probs = append(probs, check(s.ID+"."+key, obj[key])...)
				continue
			}
			q, ok := fields[key]
			if !ok {
				probs = append(probs, Problem{s.ID + "." + key, "unknown field"})
				continue
			}
			probs = append(probs, checkValue(q.Field, q, obj[key])...)
		}
	}
	if len(probs) > 0 {
		return Answers{}, probs
	}
	var a Answers
	if err := json.Unmarshal(data, &a); err != nil {
		// The checks above should have caught everything; say so rather than guess.
		return Answers{}, Problems{{Field: "(document)", Message: err.Error()}}
	}
	return a, nil
}

// notAsked are Answers fields no question asks: site.recording, written by
// the HAR reader, and terms.delegation_clause, which the terms reader still
// reports but no rule uses (our sources say nothing on delegation clauses),
// so the question was dropped. Answers files that carry them stay valid.
var notAsked = map[string]func(path string, v any) Problems{
	"site.recording": func(path string, v any) Problems {
		if _, ok := v.(map[string]any); !ok && v != nil {
			return Problems{{path, "must be an object"}}
		}
		return nil // its fields are checked when the document is decoded
	},
	"terms.delegation_clause": func(path string, v any) Problems {
		return checkValue(path, Question{Kind: KindEnum, Options: yesNoUnknown("Yes", "No")}, v)
	},
}

func checkValue(path string, q Question, v any) Problems {
	if v == nil {
		return nil // null means "not answered"
	}
	bad := func(format string, args ...any) Problems {
		return Problems{{path, fmt.Sprintf(format, args...)}}
	}
	switch q.Kind {
	case KindDate:
		s, ok := v.(string)
		if !ok {
			return bad("must be a date written YYYY-MM-DD")
		}
		if s == "" {
			return nil
		}
		return checkDate(path, s)
	case KindDateList:
		list, ok := v.([]any)
		if !ok {
			return bad("must be a list of dates written YYYY-MM-DD")
		}
		var ps Problems
		for i, item := range list {
			s, ok := item.(string)
			if !ok {
				ps = append(ps, Problem{fmt.Sprintf("%s[%d]", path, i), "must be a date written YYYY-MM-DD"})
				continue
			}
			ps = append(ps, checkDate(fmt.Sprintf("%s[%d]", path, i), s)...)
		}
		return ps
	case KindInt, KindNumber:
		n, ok := v.(json.Number)
		if !ok {
			return bad("must be a number")
		}
		f, err := n.Float64()
		if err != nil || math.IsInf(f, 0) {
			return bad("%s is not a usable number", n)
		}
		if f < 0 {
			return bad("must not be negative (got %s)", n)
		}
		if q.Kind == KindInt && f != math.Trunc(f) {
			return bad("must be a whole number (got %s)", n)
		}
		if q.Kind == KindInt && f > 1e9 {
			return bad("%s is too large to be right", n)
		}
		return nil
	case KindBool:
		if _, ok := v.(bool); !ok {
			return bad("must be true or false")
		}
		return nil
	case KindText:
		if _, ok := v.(string); !ok {
			return bad("must be text")
		}
		return nil
	case KindTextList:
		list, ok := v.([]any)
		if !ok {
			return bad("must be a list of text")
		}
		for i, item := range list {
			if _, ok := item.(string); !ok {
				return Problems{{fmt.Sprintf("%s[%d]", path, i), "must be text"}}
			}
		}
		return nil
	case KindEnum:
		s, ok := v.(string)
		if !ok {
			return bad("must be one of %s", optionList(q))
		}
		if s == "" || s == Unknown || hasOption(q, s) {
			return nil
		}
		return bad("%q is not one of %s", s, optionList(q))
	case KindEnumList:
		list, ok := v.([]any)
		if !ok {
			return bad("must be a list drawn from %s", optionList(q))
		}
		var ps Problems
		for i, item := range list {
			s, ok := item.(string)
			if !ok || !hasOption(q, s) {
				ps = append(ps, Problem{fmt.Sprintf("%s[%d]", path, i), fmt.Sprintf("%v is not one of %s", item, optionList(q))})
			}
		}
		return ps
	}
	return bad("has no known kind %q", q.Kind)
}

func checkDate(path, s string) Problems {
	d, err := ParseDate(s)
	if err != nil {
		return Problems{{path, err.Error()}}
	}
	if d.Before(earliestDate) || d.After(latestDate) {
		return Problems{{path, fmt.Sprintf("%s is outside the years 1970 to 2100; check the year", s)}}
	}
	return nil
}

func hasOption(q Question, s string) bool {
	for _, o := range q.Options {
		if o.Value == s {
			return true
		}
	}
	return false
}

func optionList(q Question) string {
	vals := make([]string, 0, len(q.Options)+1)
	for _, o := range q.Options {
		vals = append(vals, o.Value)
	}
	if q.Kind == KindEnum && !hasOption(q, Unknown) {
		vals = append(vals, Unknown)
	}
	return strings.Join(vals, ", ")
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
