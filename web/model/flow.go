package model

import (
	"fmt"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
)

// PageKind says what a page of the checker shows.
type PageKind int

const (
	PageStart PageKind = iota
	PageQuestions
	PageCheck
	PageResults
)

// Page is one screen on the way through.
type Page struct {
	ID        string // stable across answers: "start", "check", "results" or the first field
	Kind      PageKind
	Section   *core.Section
	Questions []core.Question
	// SectionStart is true on the first page of a section, where its drop zones are.
	SectionStart bool
	// Step and Steps count question pages within the section, for progress.
	Step, Steps int
}

// together groups questions that read best on one page. It is only a layout
// hint: any question not named here gets a page of its own, so a question
// added to core.Questionnaire is always asked.
var together = [][]string{
	{"letter.date", "letter.received"},
	{"letter.response_deadline", "letter.response_days"},
	{"letter.firm", "letter.attorney"},
	{"letter.amount_demanded", "letter.per_violation_claimed", "letter.violations_claimed"},
	{"letter.pre_arbitration_notice", "letter.preservation_demand"},
	{"site.policy_names_trackers", "site.policy_updated_on"},
	{"terms.provider", "terms.rules"},
	{"business.insurance", "business.insurer_notified"},
}

func groupOf(field string) []string {
	for _, g := range together {
		for _, f := range g {
			if f == field {
				return g
			}
		}
	}
	return nil
}

// Flow lists the pages for the answers so far: questions whose condition is
// not met are left out, and a page with nothing to ask is skipped.
func Flow(f *Form) []Page {
	pages := []Page{{ID: "start", Kind: PageStart}}
	for si := range core.Questionnaire {
		s := &core.Questionnaire[si]
		var secPages []Page
		done := map[string]bool{}
		for _, q := range s.Questions {
			if done[q.Field] {
				continue
			}
			group := []core.Question{q}
			if g := groupOf(q.Field); g != nil {
				group = group[:0]
				for _, other := range s.Questions {
					for _, name := range g {
						if other.Field == name {
							group = append(group, other)
						}
					}
				}
			}
			var shown []core.Question
			for _, gq := range group {
				done[gq.Field] = true
				if f.Visible(gq) {
					shown = append(shown, gq)
				}
			}
			if len(shown) == 0 {
				continue
			}
			secPages = append(secPages, Page{ID: shown[0].Field, Kind: PageQuestions, Section: s, Questions: shown})
		}
		for i := range secPages {
			secPages[i].Step, secPages[i].Steps = i+1, len(secPages)
			secPages[i].SectionStart = i == 0
		}
		pages = append(pages, secPages...)
	}
	return append(pages, Page{ID: "check", Kind: PageCheck}, Page{ID: "results", Kind: PageResults})
}

// IndexOf finds the page with id, or the page that now holds the field id
// (a group's first question may be hidden), or 0.
func IndexOf(pages []Page, id string) int {
	for i, p := range pages {
		if p.ID == id {
			return i
		}
	}
	for i, p := range pages {
		for _, q := range p.Questions {
			if q.Field == id {
				return i
			}
		}
	}
	// A hidden question's page: go to the next page of its section.
	if q := core.QuestionFor(id); q != nil {
		sec, _ := splitField(id)
		for i, p := range pages {
			if p.Section != nil && p.Section.ID == sec {
				return i
			}
		}
	}
	return 0
}

// Progress describes where a page is, e.g. "Section 2 of 4: Your website. Question 3 of 8".
func Progress(p Page) string {
	if p.Section == nil {
		return ""
	}
	n, at := len(core.Questionnaire), 0
	for i, s := range core.Questionnaire {
		if s.ID == p.Section.ID {
			at = i + 1
		}
	}
	return fmt.Sprintf("Section %d of %d: %s. Page %d of %d", at, n, p.Section.Title, p.Step, p.Steps)
}

// Percent is how far through the questions a page is, 0 to 100.
func Percent(pages []Page, i int) int {
	if len(pages) < 2 {
		return 0
	}
	last := len(pages) - 2 // the check page counts as done
	if i >= last {
		return 100
	}
	return i * 100 / last
}

// InputID is the element id of a field's input: dots become "-".
func InputID(field string) string { return strings.ReplaceAll(field, ".", "-") }

// OptionID is the element id of one option of a field.
func OptionID(field, value string) string { return InputID(field) + "-" + value }

// PageProblems checks the fields of one page: text that did not read as a
// value, then core.ParseAnswers' own checks of what is stored.
func PageProblems(f *Form, p Page) core.Problems {
	var out core.Problems
	for _, q := range p.Questions {
		if t, ok := f.Typed[q.Field]; ok {
			if _, prob := ParseInput(q, t); prob != nil {
				out = append(out, *prob)
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	if _, probs := f.Answers(); len(probs) > 0 {
		for _, pr := range probs {
			for _, q := range p.Questions {
				if pr.Field == q.Field || strings.HasPrefix(pr.Field, q.Field+"[") {
					out = append(out, pr)
				}
			}
		}
	}
	return out
}

// FieldOf maps a problem's field ("letter.visit_dates[1]") to its question's field.
func FieldOf(problemField string) string {
	f, _, _ := strings.Cut(problemField, "[")
	return f
}
