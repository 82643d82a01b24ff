// Package wording owns what the checker says: every finding, reason,
// summary sentence, next step and timeline entry the rules in package core
// choose, as data in wording.json, keyed by rule and outcome. A lawyer reads
// and edits that one file (or the `cipa-triage wording` dump of it) without
// reading Go; the rules only pick the key and supply the matter's figures.
//
// An entry's key is "<rule>.<outcome>" ("factor.consent_banner.none"). Its
// texts hold named placeholders, {days}, and plural choices, {days|day|days},
// that pick the singular when the named number is 1. Its sources are
// knowledge ids: the citations shown beside the sentence come from them, so a
// sentence and its authorities change together. Every text is a whole
// sentence or more, never a fragment to be joined into one, so that a second
// language can be added as a second file with the same keys.
package wording

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Entry is what one rule says for one outcome. Which texts an entry has
// depends on what the rule fills: a factor has a finding and a why, a
// defense a why, a step or timeline entry a title and a detail, a summary
// sentence a text.
type Entry struct {
	Key     string   `json:"key"`
	Title   string   `json:"title,omitempty"`
	Finding string   `json:"finding,omitempty"`
	Why     string   `json:"why,omitempty"`
	Detail  string   `json:"detail,omitempty"`
	Text    string   `json:"text,omitempty"`
	Sources []string `json:"sources,omitempty"` // knowledge ids
}

// Rule is the key without its outcome: "factor.consent_banner".
func (e Entry) Rule() string {
	i := strings.LastIndexByte(e.Key, '.')
	if i < 0 {
		return e.Key
	}
	return e.Key[:i]
}

// Outcome is the key's last part: "none".
func (e Entry) Outcome() string { return e.Key[strings.LastIndexByte(e.Key, '.')+1:] }

// Texts lists the entry's non-empty texts by field name, in a fixed order.
func (e Entry) Texts() [][2]string {
	var out [][2]string
	for _, t := range [][2]string{{"title", e.Title}, {"finding", e.Finding}, {"why", e.Why}, {"detail", e.Detail}, {"text", e.Text}} {
		if t[1] != "" {
			out = append(out, t)
		}
	}
	return out
}

//go:embed wording.json
var data []byte

var (
	entries []Entry
	byKey   = map[string]int{}
	loadErr error
)

func init() {
	var file struct {
		Entries []Entry `json:"entries"`
	}
	if err := json.Unmarshal(data, &file); err != nil {
		loadErr = fmt.Errorf("wording.json: %w", err)
		return
	}
	for i, e := range file.Entries {
		if _, dup := byKey[e.Key]; dup {
			loadErr = fmt.Errorf("wording.json: key %q twice", e.Key)
			return
		}
		byKey[e.Key] = i
	}
	entries = file.Entries
}

// Err reports a wording file that failed to load; the program must stop
// rather than print empty sentences.
func Err() error { return loadErr }

// All lists every entry in the file's order (grouped by rule).
func All() []Entry { return append([]Entry(nil), entries...) }

// Lookup finds the entry for key.
func Lookup(key string) (Entry, bool) {
	i, ok := byKey[key]
	if !ok {
		return Entry{}, false
	}
	e := entries[i]
	e.Sources = append([]string(nil), e.Sources...)
	return e, true
}

// placeholder is one {name} or {name|one|many} in a text, at text[start:end].
type placeholder struct {
	start, end int
	name       string
	forms      string // "|one|many", or empty
}

// placeholders finds, left to right, what the expression
// \{([a-z0-9_]+)(\|[^|{}]*\|[^|{}]*)?\} matches (wording_test.go holds
// the two together). It is written out by hand so that the first browser
// module, which draws every sentence, links no regexp package.
func placeholders(text string) []placeholder {
	var out []placeholder
	for i := 0; i < len(text); i++ {
		if text[i] != '{' {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= '0' && text[j] <= '9' || text[j] == '_') {
			j++
		}
		if j == i+1 || j == len(text) {
			continue
		}
		name := text[i+1 : j]
		if text[j] == '}' {
			out = append(out, placeholder{i, j + 1, name, ""})
			i = j
			continue
		}
		if text[j] != '|' {
			continue
		}
		k, bars := j+1, 1
		for k < len(text) && text[k] != '{' && text[k] != '}' && (text[k] != '|' || bars == 1) {
			if text[k] == '|' {
				bars++
			}
			k++
		}
		if k < len(text) && text[k] == '}' && bars == 2 {
			out = append(out, placeholder{i, k + 1, name, text[j:k]})
			i = k
		}
	}
	return out
}

// Placeholders lists the names a text uses, each once, sorted.
func Placeholders(text string) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range placeholders(text) {
		if !seen[p.name] {
			seen[p.name] = true
			out = append(out, p.name)
		}
	}
	sort.Strings(out)
	return out
}

// Fill replaces each {name} with vars[name] and each {name|one|many} with
// one when vars[name] is "1", many otherwise. A name without a value is
// left as written, braces and all, so that a test (or a reader) sees it.
func Fill(text string, vars map[string]string) string {
	if !strings.Contains(text, "{") {
		return text
	}
	var b strings.Builder
	at := 0
	for _, p := range placeholders(text) {
		v, ok := vars[p.name]
		if !ok {
			continue
		}
		b.WriteString(text[at:p.start])
		at = p.end
		if p.forms == "" {
			b.WriteString(v)
			continue
		}
		forms := strings.SplitN(p.forms[1:], "|", 2)
		if n, err := strconv.Atoi(v); err == nil && n == 1 {
			b.WriteString(forms[0])
		} else {
			b.WriteString(forms[1])
		}
	}
	b.WriteString(text[at:])
	return b.String()
}

// Malformed is true when a text has a brace that is not part of a
// placeholder: a typo such as {days|day} or a stray "{".
func Malformed(text string) bool {
	at := 0
	for _, p := range placeholders(text) {
		if strings.ContainsAny(text[at:p.start], "{}") {
			return true
		}
		at = p.end
	}
	return strings.ContainsAny(text[at:], "{}")
}
