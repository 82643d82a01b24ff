package core

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// answerPaths lists the JSON path of every leaf field of Answers.
func answerPaths(t reflect.Type, prefix string, out *[]string) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		path := name
		if prefix != "" {
			path = prefix + "." + name
		}
		ft := f.Type
		if ft.Kind() == reflect.Struct && ft != reflect.TypeOf(Date{}) {
			answerPaths(ft, path, out)
			continue
		}
		*out = append(*out, path)
	}
}

// Every Answers field has a question and every question an Answers field,
// and a value written at a question's path comes back at the same path.
func TestQuestionnaireMapsToAnswers(t *testing.T) {
	var paths []string
	answerPaths(reflect.TypeOf(Answers{}), "", &paths)
	fields := map[string]bool{}
	for _, s := range Questionnaire {
		for _, q := range s.Questions {
			assert.False(t, fields[q.Field], "%s asked twice", q.Field)
			fields[q.Field] = true
			assert.True(t, strings.HasPrefix(q.Field, s.ID+"."), "%s belongs in section %s", q.Field, s.ID)
			assert.NotEmpty(t, q.Title, q.Field)
			if q.Kind == KindEnum || q.Kind == KindEnumList {
				assert.NotEmpty(t, q.Options, q.Field)
			}
			if q.ShowIf != nil {
				assert.NotNil(t, QuestionFor(q.ShowIf.Field), "%s depends on an unknown field %s", q.Field, q.ShowIf.Field)
			}
		}
	}
	sort.Strings(paths)
	for _, p := range paths {
		if _, ok := notAsked[p]; ok || p == "as_of" {
			continue // set by the tool or a reader, not asked
		}
		assert.True(t, fields[p], "Answers field %s has no question", p)
	}
	known := map[string]bool{}
	for _, p := range paths {
		known[p] = true
	}
	for f := range fields {
		assert.True(t, known[f], "question %s has no Answers field", f)
	}

	for f := range fields {
		q := QuestionFor(f)
		require.NotNil(t, q)
		val := sampleValue(*q)
		section, key, _ := strings.Cut(f, ".")
		doc, err := json.Marshal(map[string]any{section: map[string]any{key: val}})
		require.NoError(t, err)
		a, probs := ParseAnswers(doc)
		require.Empty(t, probs, "%s: %s", f, doc)
		back, err := json.Marshal(a)
		require.NoError(t, err)
		var tree map[string]map[string]any
		require.NoError(t, json.Unmarshal(back, &tree))
		want, _ := json.Marshal(val)
		got, _ := json.Marshal(tree[section][key])
		assert.JSONEq(t, string(want), string(got), "%s does not come back at the same path", f)
	}
}

func sampleValue(q Question) any {
	switch q.Kind {
	case KindDate:
		return "2026-03-04"
	case KindDateList:
		return []string{"2026-03-04", "2026-03-05"}
	case KindInt:
		return 3
	case KindNumber:
		return 1234.5
	case KindBool:
		return true
	case KindEnum:
		return q.Options[0].Value
	case KindEnumList:
		return []string{q.Options[0].Value}
	case KindTextList:
		return []string{"Jane Roe"}
	}
	return "some text"
}

// Every enum question offers "I don't know", or accepts it.
func TestEveryEnumAcceptsUnknown(t *testing.T) {
	for _, s := range Questionnaire {
		for _, q := range s.Questions {
			if q.Kind != KindEnum {
				continue
			}
			doc := `{"` + s.ID + `": {"` + strings.TrimPrefix(q.Field, s.ID+".") + `": "unknown"}}`
			_, probs := ParseAnswers([]byte(doc))
			assert.Empty(t, probs, q.Field)
		}
	}
}

// A question the questionnaire skips must not change the assessment (issue
// 11.6): for every scenario, each question whose condition is not met is
// answered with each of its options, and the assessment must stay the same.
func TestSkippedQuestionsChangeNothing(t *testing.T) {
	checked := 0
	for _, s := range loadScenarios(t) {
		var doc map[string]map[string]any
		require.NoError(t, json.Unmarshal(s.Answers, &doc), s.Name)
		get := func(field string) string {
			sec, key, _ := strings.Cut(field, ".")
			if v, ok := doc[sec][key]; ok && v != nil {
				return fmt.Sprint(v)
			}
			return ""
		}
		a, probs := ParseAnswers(s.Answers)
		require.Empty(t, probs)
		base := Assess(a, MustDate(s.AsOf))
		for _, sec := range Questionnaire {
			for _, q := range sec.Questions {
				if q.ShowIf == nil || q.Kind != KindEnum {
					continue
				}
				shown := false
				for _, v := range q.ShowIf.Values {
					shown = shown || get(q.ShowIf.Field) == v
				}
				if shown {
					continue
				}
				for _, o := range append(append([]Option{}, q.Options...), Option{Value: Unknown}) {
					b := a
					setAnswer(t, &b, q.Field, o.Value)
					got := Assess(b, MustDate(s.AsOf))
					// Warnings may flag a stale answer to a skipped question
					// (a provider named with no clause); nothing else may move.
					got.Warnings = base.Warnings
					assert.True(t, reflect.DeepEqual(base, got), "%s: %s=%s is skipped but changes the assessment", s.Name, q.Field, o.Value)
					checked++
				}
			}
		}
	}
	assert.Greater(t, checked, 20, "skipped questions were tried")
}

// setAnswer writes value at an answers path through JSON, as a form would.
func setAnswer(t *testing.T, a *Answers, field, value string) {
	t.Helper()
	data, err := json.Marshal(a)
	require.NoError(t, err)
	var doc map[string]map[string]any
	require.NoError(t, json.Unmarshal(data, &doc))
	sec, key, _ := strings.Cut(field, ".")
	if doc[sec] == nil {
		doc[sec] = map[string]any{}
	}
	doc[sec][key] = value
	data, err = json.Marshal(doc)
	require.NoError(t, err)
	var out Answers
	require.NoError(t, json.Unmarshal(data, &out))
	*a = out
}
