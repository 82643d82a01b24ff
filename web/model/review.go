package model

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
)

// Differs reports whether a document's value for field differs from an
// answer the user gave, and that answer in words. "I don't know" and
// nothing at all are not answers a document could contradict.
func Differs(f *Form, field string, found any) (mine string, differs bool) {
	q := core.QuestionFor(field)
	have := f.Get(field)
	if q == nil || have == nil || have == core.Unknown {
		return "", false
	}
	if canon(have) == canon(found) {
		return DisplayValue(*q, have), false
	}
	return DisplayValue(*q, have), true
}

// canon writes a value so that the same answer compares equal however it
// was stored: numbers as numbers, lists in any order.
func canon(v any) string {
	switch x := v.(type) {
	case []any:
		parts := make([]string, len(x))
		for i, it := range x {
			parts[i] = canon(it)
		}
		sort.Strings(parts)
		return "[" + strings.Join(parts, ",") + "]"
	case []string:
		parts := append([]string(nil), x...)
		sort.Strings(parts)
		return "[" + strings.Join(parts, ",") + "]"
	}
	if n, ok := number(v); ok {
		return strconv.FormatFloat(n, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}

// ReadChecks are the assessment's warnings that a document's values would
// bring, beside the user's other answers, as of today: "You received the
// letter before the date on it", "The letter's date is after the assessment
// date". The CLI's assess gives the same warnings.
func ReadChecks(f *Form, found core.Answers, today core.Date) []core.Warning {
	mine, probs := f.Answers()
	if len(probs) > 0 {
		mine = core.Answers{}
	}
	before, probs := SafeAssess(mine, today)
	if len(probs) > 0 {
		return nil
	}
	after, probs := SafeAssess(mine.Merge(found), today)
	if len(probs) > 0 {
		return nil
	}
	had := map[string]bool{}
	for _, w := range before.Warnings {
		had[w.Message] = true
	}
	var out []core.Warning
	for _, w := range after.Warnings {
		if !had[w.Message] {
			out = append(out, w)
		}
	}
	return out
}
