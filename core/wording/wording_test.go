package wording

import (
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// reference is the expression placeholders stands in for, and the three
// functions as they were written over it.
var reference = regexp.MustCompile(`\{([a-z0-9_]+)(\|[^|{}]*\|[^|{}]*)?\}`)

func referencePlaceholders(text string) []string {
	var out []string
	for _, m := range reference.FindAllStringSubmatch(text, -1) {
		out = append(out, m[1])
	}
	return out
}

func referenceFill(text string, vars map[string]string) string {
	return reference.ReplaceAllStringFunc(text, func(m string) string {
		sub := reference.FindStringSubmatch(m)
		v, ok := vars[sub[1]]
		if !ok {
			return m
		}
		if sub[2] == "" {
			return v
		}
		forms := strings.SplitN(sub[2][1:], "|", 2)
		if n, err := strconv.Atoi(v); err == nil && n == 1 {
			return forms[0]
		}
		return forms[1]
	})
}

func referenceMalformed(text string) bool {
	return strings.ContainsAny(reference.ReplaceAllString(text, ""), "{}")
}

func sameAsReference(t *testing.T, text string) {
	t.Helper()
	var names []string
	for _, p := range placeholders(text) {
		names = append(names, p.name)
	}
	if want := referencePlaceholders(text); strings.Join(want, ",") != strings.Join(names, ",") {
		t.Errorf("placeholders(%q) = %q, the expression finds %q", text, names, want)
	}
	for _, n := range []string{"1", "2", "x"} {
		vars := map[string]string{"days": n, "n": n, "a_1": "<" + n + ">"}
		if got, want := Fill(text, vars), referenceFill(text, vars); got != want {
			t.Errorf("Fill(%q, %v) = %q, want %q", text, vars, got, want)
		}
	}
	if got, want := Malformed(text), referenceMalformed(text); got != want {
		t.Errorf("Malformed(%q) = %v, want %v", text, got, want)
	}
}

func TestPlaceholdersAsTheExpression(t *testing.T) {
	for _, s := range []string{
		"", "no braces", "{days}", "{days|day|days} left", "in {n} {n|day|days}, by {date}", "{days|day}", "{", "}",
		"{{days}}", "{Days}", "{a_1}{n}", "{n|a|b|c}", "{n||}", "{n|{x}|y}", "{n|a|b", "{n|a|b}}", "x{}y", "{n|a|b}{",
		"{a-b}", "{n |a|b}", "{days|day|days}{days}",
	} {
		sameAsReference(t, s)
	}
	// And every sentence the checker says.
	for _, e := range entries {
		sameAsReference(t, e.Text)
	}
	r := rand.New(rand.NewPCG(1, 2))
	parts := []string{"{", "}", "|", "n", "days", "a_1", "X", " ", "-", "{n}", "{days|day|days}", "é"}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		sameAsReference(t, b.String())
	}
}

func FuzzPlaceholders(f *testing.F) {
	f.Add("{days|day|days} left, by {date}")
	f.Fuzz(func(t *testing.T, s string) { sameAsReference(t, s) })
}
