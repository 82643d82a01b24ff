package model

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
)

// Form is the user's work in progress: the answers document exactly as
// core.ParseAnswers reads it (so export, import and storage share one
// format), plus what a form needs beside it: text as typed (valid or not),
// "I don't know" ticks for questions whose answer is a list or text, the page
// the user is on, and the pages to come back from after a "Change".
type Form struct {
	Doc      map[string]map[string]any `json:"answers"`
	DontKnow map[string]bool           `json:"dont_know,omitempty"`
	Typed    map[string]string         `json:"typed,omitempty"`
	Page     string                    `json:"page,omitempty"`
	// Return holds the page ids there were when the user chose "Change" on
	// Check your answers: Continue then leads back there, through any page
	// the change opened.
	Return []string `json:"return,omitempty"`
}

// NewForm returns an empty form.
func NewForm() *Form {
	return &Form{Doc: map[string]map[string]any{}, DontKnow: map[string]bool{}, Typed: map[string]string{}}
}

// LoadForm reads a saved form. A saved document that no longer validates
// (an older version, a hand edit) is not thrown away silently: the error says
// what is wrong and the caller keeps the raw text.
func LoadForm(data []byte) (*Form, error) {
	f := NewForm()
	if len(data) == 0 {
		return f, nil
	}
	var saved struct {
		Answers  json.RawMessage   `json:"answers"`
		DontKnow map[string]bool   `json:"dont_know"`
		Typed    map[string]string `json:"typed"`
		Page     string            `json:"page"`
		Return   []string          `json:"return"`
	}
	if err := json.Unmarshal(data, &saved); err != nil {
		return f, fmt.Errorf("saved answers are not readable: %w", err)
	}
	if len(saved.Answers) > 0 && string(saved.Answers) != "null" {
		if err := f.SetDocument(saved.Answers); err != nil {
			return f, err
		}
	}
	for k, v := range saved.DontKnow {
		if core.QuestionFor(k) != nil && v {
			f.DontKnow[k] = true
		}
	}
	for k, v := range saved.Typed {
		if core.QuestionFor(k) != nil {
			f.Typed[k] = v
		}
	}
	f.Page, f.Return = saved.Page, saved.Return
	return f, nil
}

// SetDocument replaces the answers with an answers document after checking it
// with core.ParseAnswers, "I don't know" answers included. On problems
// nothing changes.
func (f *Form) SetDocument(data []byte) error {
	if _, probs := core.ParseAnswers(data); len(probs) > 0 {
		return probs
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return fmt.Errorf("answers: %w", err)
	}
	doc := map[string]map[string]any{}
	dontKnow := map[string]bool{}
	for k, raw := range top {
		switch k {
		case "as_of":
			continue
		case core.DontKnowKey:
			var fields []string
			if err := json.Unmarshal(raw, &fields); err != nil {
				return fmt.Errorf("answers %s: %w", k, err)
			}
			for _, fl := range fields {
				dontKnow[fl] = true
			}
			continue
		}
		var m map[string]any
		if err := json.Unmarshal(raw, &m); err != nil {
			return fmt.Errorf("answers %s: %w", k, err)
		}
		for field, v := range m {
			if v == nil {
				delete(m, field)
			}
		}
		if len(m) > 0 {
			doc[k] = m
		}
	}
	f.Doc = doc
	f.DontKnow = dontKnow
	f.Typed = map[string]string{}
	return nil
}

// Document is the answers JSON (all answers, shown or not), with the
// questions answered "I don't know" that have no such value of their own.
func (f *Form) Document() []byte {
	out := map[string]any{}
	for k, m := range f.Doc {
		out[k] = m
	}
	var dk []string
	for field, on := range f.DontKnow {
		if on && core.QuestionFor(field) != nil && f.Get(field) == nil {
			dk = append(dk, field)
		}
	}
	if len(dk) > 0 {
		sort.Strings(dk)
		out[core.DontKnowKey] = dk
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return []byte("{}")
	}
	return data
}

// Save is the form as stored in the browser.
func (f *Form) Save() []byte {
	data, err := json.Marshal(f)
	if err != nil {
		return nil
	}
	return data
}

func splitField(field string) (section, key string) {
	section, key, _ = strings.Cut(field, ".")
	return section, key
}

// Get returns the stored JSON value of field, or nil.
func (f *Form) Get(field string) any {
	s, k := splitField(field)
	return f.Doc[s][k]
}

// Set stores a JSON value; nil or "" clears the field.
func (f *Form) Set(field string, v any) {
	s, k := splitField(field)
	if v == nil || v == "" {
		if m := f.Doc[s]; m != nil {
			delete(m, k)
			if len(m) == 0 {
				delete(f.Doc, s)
			}
		}
		return
	}
	if f.Doc[s] == nil {
		f.Doc[s] = map[string]any{}
	}
	f.Doc[s][k] = v
}

// Str is the value of field as ShowIf conditions compare it.
func (f *Form) Str(field string) string {
	switch v := f.Get(field).(type) {
	case nil:
		return ""
	case string:
		return v
	case bool:
		return strconv.FormatBool(v)
	default:
		return fmt.Sprint(v)
	}
}

// Visible reports whether q is asked given the answers so far.
func (f *Form) Visible(q core.Question) bool {
	if q.ShowIf == nil {
		return true
	}
	if dep := core.QuestionFor(q.ShowIf.Field); dep != nil && !f.Visible(*dep) {
		return false
	}
	v := f.Str(q.ShowIf.Field)
	for _, want := range q.ShowIf.Values {
		if v == want {
			return true
		}
	}
	return false
}

// List returns the string items of a list field.
func (f *Form) List(field string) []string {
	raw, _ := f.Get(field).([]any)
	out := make([]string, 0, len(raw))
	for _, v := range raw {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	if strs, ok := f.Get(field).([]string); ok {
		out = append(out, strs...)
	}
	return out
}

// Toggle adds or removes one option of an enum-list field, keeping the
// questionnaire's order.
func (f *Form) Toggle(q core.Question, value string, on bool) {
	have := map[string]bool{}
	for _, v := range f.List(q.Field) {
		have[v] = true
	}
	have[value] = on
	var out []any
	for _, o := range q.Options {
		if have[o.Value] {
			out = append(out, o.Value)
		}
	}
	if on {
		delete(f.DontKnow, q.Field)
	}
	if len(out) == 0 {
		f.Set(q.Field, nil)
		return
	}
	f.Set(q.Field, out)
}

// Choose records an option of an enum or bool question ("unknown" included).
func (f *Form) Choose(q core.Question, value string) {
	delete(f.Typed, q.Field)
	delete(f.DontKnow, q.Field)
	switch {
	case q.Kind == core.KindBool && value == "true":
		f.Set(q.Field, true)
	case q.Kind == core.KindBool && value == "false":
		f.Set(q.Field, false)
	case q.Kind == core.KindBool:
		f.Set(q.Field, nil)
		f.DontKnow[q.Field] = true
	default:
		f.Set(q.Field, value)
	}
}

// SetDontKnow ticks or unticks "I don't know" for a typed or list question;
// ticking it clears the answer.
func (f *Form) SetDontKnow(field string, on bool) {
	if !on {
		delete(f.DontKnow, field)
		return
	}
	f.DontKnow[field] = true
	delete(f.Typed, field)
	f.Set(field, nil)
}

// Type records text typed into a date, number or text field. A value that
// reads and validates is stored at once (so results follow the answers); one
// that does not is kept as typed and its problem returned for the page to
// show when the user moves on.
func (f *Form) Type(q core.Question, text string) *core.Problem {
	delete(f.DontKnow, q.Field)
	if strings.TrimSpace(text) == "" {
		delete(f.Typed, q.Field)
		f.Set(q.Field, nil)
		return nil
	}
	// What was typed stays as typed ("9/14/2026" is not shown back as
	// "2026-09-14" while the user is on the page), valid or not.
	f.Typed[q.Field] = text
	v, prob := ParseInput(q, text)
	if prob != nil {
		f.Set(q.Field, nil)
		return prob
	}
	f.Set(q.Field, v)
	return nil
}

// TypedText is what a text input shows: what was typed, else the stored value.
func (f *Form) TypedText(q core.Question) string {
	if t, ok := f.Typed[q.Field]; ok {
		return t
	}
	switch v := f.Get(q.Field).(type) {
	case nil:
		return ""
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case json.Number:
		return v.String()
	case []any:
		parts := make([]string, 0, len(v))
		for _, x := range v {
			parts = append(parts, fmt.Sprint(x))
		}
		sep := ", "
		if q.Kind == core.KindTextList {
			sep = "\n"
		}
		return strings.Join(parts, sep)
	default:
		return fmt.Sprint(v)
	}
}

// ParseInput turns typed text into the JSON value for q and checks it with
// core.ParseAnswers, so that the app and the validator never disagree. A
// problem's message says, in the user's words, which answer is wrong and
// what to type instead.
func ParseInput(q core.Question, typed string) (any, *core.Problem) {
	text := strings.TrimSpace(typed)
	bad := func(format string, args ...any) (any, *core.Problem) {
		return nil, &core.Problem{Field: q.Field, Message: fmt.Sprintf(format, args...)}
	}
	var v any
	switch q.Kind {
	case core.KindInt, core.KindNumber:
		clean := strings.NewReplacer("$", "", ",", "", " ", "", "USD", "", "usd", "").Replace(text)
		n, err := strconv.ParseFloat(clean, 64)
		switch {
		case err != nil || math.IsInf(n, 0) || math.IsNaN(n):
			if q.Kind == core.KindNumber {
				return bad("Enter %s as a number of dollars, like 15000 (%q is not a number)", Noun(q), text)
			}
			return bad("Enter %s as a whole number, like 3 (%q is not a number)", Noun(q), text)
		case n < 0 && q.Kind == core.KindNumber:
			return bad("Enter %s as a positive number of dollars, like 15000", Noun(q))
		case n < 0:
			return bad("Enter %s as a number of 0 or more, like 3", Noun(q))
		case q.Kind == core.KindInt && n != math.Trunc(n):
			return bad("Enter %s as a whole number, like 3 (not %s)", Noun(q), text)
		case q.Kind == core.KindInt && n > 1e9:
			return bad("Check %s: %s is too large to be right", Noun(q), text)
		}
		v = json.Number(clean)
	case core.KindDate:
		d, why := ReadDate(text)
		if why != "" {
			return bad("Enter %s as a real date, like %s (%s)", Noun(q), DateExample, why)
		}
		if y := d.Time().Year(); y < 1970 || y > 2100 {
			return bad("Check the year of %s: %s is not between 1970 and 2100", Noun(q), d.Long())
		}
		v = d.String()
	case core.KindDateList:
		ds, why := ReadDates(text)
		if why != "" {
			return bad("Enter %s as real dates, like %s, one per line or separated by commas (%s)", Noun(q), DateExample, why)
		}
		var items []any
		for _, d := range ds {
			if y := d.Time().Year(); y < 1970 || y > 2100 {
				return bad("Check the year of %s: %s is not between 1970 and 2100", Noun(q), d.Long())
			}
			items = append(items, d.String())
		}
		v = items
	case core.KindTextList:
		var items []any
		for _, p := range strings.Split(text, "\n") {
			if p = strings.TrimSpace(p); p != "" {
				items = append(items, p)
			}
		}
		v = items
	default:
		v = text
	}
	s, k := splitField(q.Field)
	doc, err := json.Marshal(map[string]map[string]any{s: {k: v}})
	if err != nil {
		return bad("Check %s: it could not be kept", Noun(q))
	}
	if _, probs := core.ParseAnswers(doc); len(probs) > 0 {
		return bad("Check %s: %s", Noun(q), probs[0].Message)
	}
	return v, nil
}

// Answers is the document as core.Answers, leaving out questions that are
// not asked given the other answers (so a stale answer behind a changed
// condition does not count).
func (f *Form) Answers() (core.Answers, core.Problems) {
	doc := map[string]map[string]any{}
	for _, s := range core.Questionnaire {
		for _, q := range s.Questions {
			v := f.Get(q.Field)
			if v == nil || !f.Visible(q) {
				continue
			}
			if doc[s.ID] == nil {
				doc[s.ID] = map[string]any{}
			}
			_, k := splitField(q.Field)
			doc[s.ID][k] = v
		}
	}
	data, err := json.Marshal(doc)
	if err != nil {
		return core.Answers{}, core.Problems{{Field: "(document)", Message: err.Error()}}
	}
	return core.ParseAnswers(data)
}

// MergeFields lays the chosen fields of a reader's fragment over the answers
// with core.Answers.Merge, so that a field the reader did not find never
// erases one the user gave.
func (f *Form) MergeFields(fragment core.Answers, fields []string) error {
	keep := map[string]bool{}
	for _, fl := range fields {
		keep[fl] = true
	}
	flat, err := Flatten(fragment)
	if err != nil {
		return err
	}
	chosen := map[string]map[string]any{}
	for field, v := range flat {
		if !keep[field] {
			continue
		}
		s, k := splitField(field)
		if chosen[s] == nil {
			chosen[s] = map[string]any{}
		}
		chosen[s][k] = v
	}
	data, _ := json.Marshal(chosen)
	part, probs := core.ParseAnswers(data)
	if len(probs) > 0 {
		return probs
	}
	all, _ := json.Marshal(f.Doc)
	current, probs := core.ParseAnswers(all)
	if len(probs) > 0 {
		return probs
	}
	merged, err := json.Marshal(current.Merge(part))
	if err != nil {
		return err
	}
	dk, typed := f.DontKnow, f.Typed
	if err := f.SetDocument(merged); err != nil {
		return err
	}
	f.DontKnow, f.Typed = dk, typed
	for _, fl := range fields {
		delete(f.DontKnow, fl)
		delete(f.Typed, fl)
	}
	return nil
}

// Flatten lists the answered fields of a by field path ("letter.date").
func Flatten(a core.Answers) (map[string]any, error) {
	data, err := json.Marshal(a)
	if err != nil {
		return nil, err
	}
	var tree map[string]any
	if err := json.Unmarshal(data, &tree); err != nil {
		return nil, err
	}
	out := map[string]any{}
	for s, v := range tree {
		m, ok := v.(map[string]any)
		if !ok {
			continue
		}
		for k, x := range m {
			if x != nil {
				out[s+"."+k] = x
			}
		}
	}
	return out, nil
}

// SortedFields lists the keys of flat in questionnaire order.
func SortedFields(flat map[string]any) []string {
	order := map[string]int{}
	i := 0
	for _, s := range core.Questionnaire {
		for _, q := range s.Questions {
			order[q.Field] = i
			i++
		}
	}
	keys := make([]string, 0, len(flat))
	for k := range flat {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool {
		oa, okA := order[keys[a]]
		ob, okB := order[keys[b]]
		if okA != okB {
			return okA
		}
		if oa != ob {
			return oa < ob
		}
		return keys[a] < keys[b]
	})
	return keys
}
