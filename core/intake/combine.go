package intake

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"

	"github.com/cipa-triage/cipa-triage/core"
)

// Document is one file read by one reader.
type Document struct {
	Name   string // the file's name as the user knows it
	Reader string // the reader's name: letter, har, terms, policy
	Result core.Result
}

// Origin says where one answer came from: a document (with the words the
// value was read from) or the answers file.
type Origin struct {
	From  string `json:"from"`            // a file name, or "answers file"
	Quote string `json:"quote,omitempty"` // the words it came from
	Where string `json:"where,omitempty"` // page, attachment or request
}

// Conflict is a field two sources answered differently, and which one won.
type Conflict struct {
	Field     string `json:"field"`
	Kept      any    `json:"kept"`
	KeptFrom  string `json:"kept_from"`
	Other     any    `json:"other"`
	OtherFrom string `json:"other_from"`
}

// Combined is one matter's answers gathered from its documents and an
// answers file, with where each answer came from.
type Combined struct {
	Answers   core.Answers      `json:"answers"`
	Origins   map[string]Origin `json:"sources"` // by field path, e.g. "letter.date"
	Conflicts []Conflict        `json:"conflicts"`
	Warnings  []DocWarning      `json:"warnings"`
}

// DocWarning is a reader's warning with the document it is about.
type DocWarning struct {
	Document string `json:"document"`
	Field    string `json:"field,omitempty"`
	Message  string `json:"message"`
}

// AnswersFile names the answers file as a source.
const AnswersFile = "answers file"

// Combine lays the documents' fragments over each other in order, then the
// answers file over them all: what the user wrote down wins over what a
// reader found, since a reader can misread and the user can know better (a
// letter's date is on the envelope too). Every field two sources answered
// differently is listed, with which one was kept.
func Combine(docs []Document, file core.Answers) Combined {
	c := Combined{Origins: map[string]Origin{}, Conflicts: []Conflict{}, Warnings: []DocWarning{}}
	from := map[string]string{}
	for _, d := range docs {
		for field, v := range Fields(d.Result.Answers) {
			if prev, ok := from[field]; ok {
				old := Fields(c.Answers)[field]
				if !reflect.DeepEqual(old, v) {
					c.Conflicts = append(c.Conflicts, Conflict{Field: field, Kept: v, KeptFrom: d.Name, Other: old, OtherFrom: prev})
				}
			}
			from[field] = d.Name
			o := Origin{From: d.Name}
			if ev := d.Result.Evidence[field]; len(ev) > 0 {
				o.Quote, o.Where = ev[0].Quote, ev[0].Where
			}
			c.Origins[field] = o
		}
		c.Answers = c.Answers.Merge(d.Result.Answers)
		for _, w := range d.Result.Warnings {
			c.Warnings = append(c.Warnings, DocWarning{Document: d.Name, Field: w.Field, Message: w.Message})
		}
	}
	docFields := Fields(c.Answers)
	for field, v := range Fields(file) {
		if old, ok := docFields[field]; ok && !reflect.DeepEqual(old, v) {
			c.Conflicts = append(c.Conflicts, Conflict{Field: field, Kept: v, KeptFrom: AnswersFile, Other: old, OtherFrom: from[field]})
		}
		c.Origins[field] = Origin{From: AnswersFile}
	}
	c.Answers = c.Answers.Merge(file)
	sort.Slice(c.Conflicts, func(i, j int) bool { return c.Conflicts[i].Field < c.Conflicts[j].Field })
	return c
}

// Fields flattens answers into their field paths ("letter.date") and JSON
// values, leaving out what is not answered: the same paths the questionnaire,
// evidence and validation use.
func Fields(a core.Answers) map[string]any {
	out := map[string]any{}
	data, err := json.Marshal(a)
	if err != nil {
		// Answers is plain data; Marshal cannot fail on it.
		panic(fmt.Sprintf("intake: answers do not marshal: %v", err))
	}
	var tree map[string]any
	_ = json.Unmarshal(data, &tree)
	flatten("", tree, out)
	return out
}

func flatten(prefix string, v any, out map[string]any) {
	m, ok := v.(map[string]any)
	if !ok {
		out[prefix] = v
		return
	}
	for k, child := range m {
		p := k
		if prefix != "" {
			p = prefix + "." + k
		}
		flatten(p, child, out)
	}
}
