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
		pages = append(pages, sectionPages(&core.Questionnaire[si], f.Visible)...)
	}
	return append(pages, Page{ID: "check", Kind: PageCheck}, Page{ID: "results", Kind: PageResults})
}

// sectionPages groups the questions of s that visible shows into pages.
func sectionPages(s *core.Section, visible func(core.Question) bool) []Page {
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
			if visible(gq) {
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
	return secPages
}

// order is each field's place in the questionnaire.
var order = func() map[string]int {
	m := map[string]int{}
	for _, s := range core.Questionnaire {
		for _, q := range s.Questions {
			m[q.Field] = len(m)
		}
	}
	return m
}()

// visibleAhead is Visible as seen from the question at position from: a
// question that depends on one not yet reached and not yet answered counts
// as asked. Counting pages this way, the count can only fall as answers come
// in ("Page 1 of 10", then "Page 2 of 6" once there is no arbitration
// clause), never jump up.
func (f *Form) visibleAhead(q core.Question, from int) bool {
	if q.ShowIf == nil {
		return true
	}
	dep := core.QuestionFor(q.ShowIf.Field)
	if dep == nil {
		return f.Visible(q)
	}
	if !f.visibleAhead(*dep, from) {
		return false
	}
	if order[dep.Field] >= from && f.Unanswered(*dep) {
		return true
	}
	return f.Visible(q)
}

// Unanswered reports whether q has no answer, no "I don't know" and nothing typed.
func (f *Form) Unanswered(q core.Question) bool {
	if f.Get(q.Field) != nil || f.DontKnow[q.Field] {
		return false
	}
	return strings.TrimSpace(f.Typed[q.Field]) == ""
}

// Resume is the page a returning user is taken to: the first question page
// with nothing answered on it, or "check" when every page has an answer.
// (A page of related questions counts as answered when any of them is: its
// questions are often alternatives, such as a date or a number of days.)
func Resume(f *Form) string {
	for _, p := range Flow(f) {
		if p.Kind != PageQuestions {
			continue
		}
		answered := false
		for _, q := range p.Questions {
			if !f.Unanswered(q) {
				answered = true
			}
		}
		if !answered {
			return p.ID
		}
	}
	return "check"
}

// AfterChange is where Continue leads from page i when the user came from
// Check your answers: to a page the change has just opened, else back to
// the check page. before lists the page ids there were when "Change" was chosen.
func AfterChange(pages []Page, i int, before []string) string {
	had := map[string]bool{}
	for _, id := range before {
		had[id] = true
	}
	for _, p := range pages[i+1:] {
		if p.Kind != PageQuestions {
			break
		}
		if !had[p.ID] {
			return p.ID
		}
	}
	return "check"
}

// PageIDs lists the ids of pages.
func PageIDs(pages []Page) []string {
	out := make([]string, len(pages))
	for i, p := range pages {
		out[i] = p.ID
	}
	return out
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

// Progress describes where a page is and how much is left, e.g. "Section 3
// of 4: Your terms. Page 2 of 6. Up to 9 more pages before you check your
// answers." The counts assume that questions not yet reached will be asked
// (see visibleAhead), so they never grow as the user answers.
func Progress(f *Form, p Page) string {
	if p.Section == nil || len(p.Questions) == 0 {
		return ""
	}
	n, at := len(core.Questionnaire), 0
	for i, s := range core.Questionnaire {
		if s.ID == p.Section.ID {
			at = i + 1
		}
	}
	step, steps, left := stepsAhead(f, p)
	out := fmt.Sprintf("Section %d of %d: %s. Page %d of %d.", at, n, p.Section.Title, step, steps)
	switch left {
	case 0:
		return out + " Next you check your answers."
	case 1:
		return out + " Up to 1 more page before you check your answers."
	}
	return out + fmt.Sprintf(" Up to %d more pages before you check your answers.", left)
}

// stepsAhead counts, as seen from page p: its place in its section, the
// section's pages, and the question pages after it in the whole questionnaire.
func stepsAhead(f *Form, p Page) (step, steps, left int) {
	from := order[p.Questions[0].Field]
	visible := func(q core.Question) bool { return f.visibleAhead(q, from) }
	past := false
	for si := range core.Questionnaire {
		s := &core.Questionnaire[si]
		for _, sp := range sectionPages(s, visible) {
			mine := false
			for _, q := range sp.Questions {
				if q.Field == p.Questions[0].Field {
					mine = true
				}
			}
			switch {
			case mine:
				step, steps, past = sp.Step, sp.Steps, true
			case past:
				left++
			}
		}
	}
	return step, steps, left
}

// Percent is how far through the questions page i is, 0 to 100, counted
// like Progress so that the bar never moves back as answers come in.
func Percent(f *Form, pages []Page, i int) int {
	p := pages[i]
	switch {
	case p.Kind == PageCheck || p.Kind == PageResults:
		return 100
	case p.Kind != PageQuestions || len(p.Questions) == 0:
		return 0
	}
	_, _, left := stepsAhead(f, p)
	done := i - 1 // the question pages before this one
	return done * 100 / (done + left + 1)
}

// InputID is the element id of a field's input: dots become "-".
func InputID(field string) string { return strings.ReplaceAll(field, ".", "-") }

// OptionID is the element id of one option of a field.
func OptionID(field, value string) string { return InputID(field) + "-" + value }

// PageProblems checks the fields of one page: text that did not read as a
// value, then core.ParseAnswers' own checks of what is stored.
func PageProblems(f *Form, p Page) core.Problems {
	if p.Kind == PageCheck {
		// Nothing typed is lost on the way to the results: a value left
		// unusable on an earlier page (the user went Back past it) stops here.
		for _, qp := range Flow(f) {
			p.Questions = append(p.Questions, qp.Questions...)
		}
	}
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
