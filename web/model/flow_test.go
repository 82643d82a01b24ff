package model

import (
	"testing"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ids(pages []Page) []string {
	out := make([]string, len(pages))
	for i, p := range pages {
		out[i] = p.ID
	}
	return out
}

func TestFlowAsksEveryVisibleQuestionOnce(t *testing.T) {
	f := NewForm()
	pages := Flow(f)
	require.GreaterOrEqual(t, len(pages), 4)
	assert.Equal(t, "start", pages[0].ID)
	assert.Equal(t, []string{"check", "results"}, ids(pages[len(pages)-2:]))
	seen := map[string]int{}
	for _, p := range pages {
		for _, qq := range p.Questions {
			seen[qq.Field]++
		}
	}
	for _, s := range core.Questionnaire {
		for _, qq := range s.Questions {
			if f.Visible(qq) {
				assert.Equal(t, 1, seen[qq.Field], qq.Field)
			} else {
				assert.Zero(t, seen[qq.Field], "%s is hidden until its condition holds", qq.Field)
			}
		}
	}
	assert.Equal(t, []string{"letter.date", "letter.received"}, fields(pages[1]), "related questions share a page")
	assert.True(t, pages[1].SectionStart)
}

func fields(p Page) []string {
	var out []string
	for _, qq := range p.Questions {
		out = append(out, qq.Field)
	}
	return out
}

func TestFlowRespectsShowIf(t *testing.T) {
	f := NewForm()
	before := len(Flow(f))
	assert.NotContains(t, ids(Flow(f)), "terms.provider")
	f.Choose(*core.QuestionFor("terms.arbitration_clause"), "yes")
	after := Flow(f)
	assert.Contains(t, ids(after), "terms.provider")
	assert.Greater(t, len(after), before)

	// A page whose first question is hidden keeps the rest of its group.
	f.Choose(*core.QuestionFor("business.insurance"), "none")
	i := IndexOf(Flow(f), "business.insurance")
	assert.Equal(t, []string{"business.insurance"}, fields(Flow(f)[i]))
	f.Choose(*core.QuestionFor("business.insurance"), "cyber")
	assert.Equal(t, []string{"business.insurance", "business.insurer_notified"}, fields(Flow(f)[i]))
}

func TestIndexOfHiddenPage(t *testing.T) {
	f := NewForm()
	pages := Flow(f)
	i := IndexOf(pages, "terms.provider") // hidden: lands in its section
	require.NotZero(t, i)
	assert.Equal(t, "terms", pages[i].Section.ID)
	assert.Zero(t, IndexOf(pages, "no-such-page"))
}

func TestPageProblems(t *testing.T) {
	f := NewForm()
	pages := Flow(f)
	p := pages[IndexOf(pages, "letter.date")]
	assert.Empty(t, PageProblems(f, p))
	f.Type(*core.QuestionFor("letter.received"), "2026-02-31")
	probs := PageProblems(f, p)
	require.Len(t, probs, 1)
	assert.Equal(t, "letter.received", probs[0].Field)
	assert.Contains(t, probs[0].Message, "real date")
}

func TestIDsAndProgress(t *testing.T) {
	assert.Equal(t, "letter-date", InputID("letter.date"))
	assert.Equal(t, "site-consent_banner-blocks_until_consent", OptionID("site.consent_banner", "blocks_until_consent"))
	assert.Equal(t, "letter-preservation_demand-yes", BoolOptionID("letter.preservation_demand", "true"))
	f := NewForm()
	pages := Flow(f)
	assert.Contains(t, Progress(f, pages[1]), "Section 1 of 4: The letter. Page 1 of")
	assert.Contains(t, Progress(f, pages[1]), "more pages before you check your answers")
	assert.Equal(t, 0, Percent(f, pages, 0))
	assert.Equal(t, 100, Percent(f, pages, len(pages)-2))
}

// TestPageCountNeverJumps walks the questionnaire answering every question
// with each of its options in turn: on every page, the section's page count
// and the pages left may only fall from one page to the next, and the
// step always moves on by one or more.
func TestPageCountNeverJumps(t *testing.T) {
	for _, pick := range []string{"first", "last", "none"} {
		t.Run(pick, func(t *testing.T) {
			f := NewForm()
			var lastSection string
			lastSteps, lastLeft, lastStep := 0, 1<<30, 0
			for i := 1; i < 100; i++ {
				pages := Flow(f)
				if i >= len(pages) || pages[i].Kind != PageQuestions {
					break
				}
				p := pages[i]
				// Before answering, and after: answering may only shrink the count.
				step, steps, left := stepsAhead(f, p)
				if p.Section.ID == lastSection {
					assert.LessOrEqual(t, steps, lastSteps, "page %s: the section's page count grew", p.ID)
					assert.Greater(t, step, lastStep, "page %s", p.ID)
				}
				assert.Less(t, left, lastLeft, "page %s: the pages left grew", p.ID)
				for _, q := range p.Questions {
					opts := Choices(q)
					switch {
					case pick == "none" || len(opts) == 0 || q.Kind == core.KindEnumList:
					case pick == "first":
						f.Choose(q, opts[0].Value)
					default:
						f.Choose(q, opts[len(opts)-1].Value)
					}
				}
				step2, steps2, left2 := stepsAhead(f, p)
				assert.Equal(t, step, step2, "page %s: its own place moved when answered", p.ID)
				assert.LessOrEqual(t, steps2, steps, "page %s: answering it added pages to the count", p.ID)
				assert.LessOrEqual(t, left2, left, "page %s: answering it added pages left", p.ID)
				lastSection, lastSteps, lastLeft, lastStep = p.Section.ID, steps2, left2, step2
			}
		})
	}
}

func TestArbitrationAnswerShrinksTheTermsCount(t *testing.T) {
	f := NewForm()
	pages := Flow(f)
	p := pages[IndexOf(pages, "terms.arbitration_clause")]
	before := Progress(f, p)
	f.Choose(*core.QuestionFor("terms.arbitration_clause"), "no")
	after := Progress(f, p)
	assert.NotEqual(t, before, after)
	_, stepsBefore, _ := stepsAhead(NewForm(), p)
	_, stepsAfter, _ := stepsAhead(f, p)
	assert.Greater(t, stepsBefore, stepsAfter, "no clause: fewer pages in the section")
	f.Choose(*core.QuestionFor("terms.arbitration_clause"), "yes")
	_, stepsYes, _ := stepsAhead(f, p)
	assert.Equal(t, stepsBefore, stepsYes, "the count before the answer assumed the clause questions")
}

func TestResume(t *testing.T) {
	f := NewForm()
	assert.Equal(t, "letter.date", Resume(f), "nothing answered: the first page")
	f.Type(*core.QuestionFor("letter.date"), "2026-10-01")
	assert.Equal(t, "letter.response_deadline", Resume(f), "a page with one answer counts as answered")
	for range 3 { // answers open more pages: answer those too
		for _, p := range Flow(f) {
			for _, q := range p.Questions {
				if !f.Unanswered(q) {
					continue
				}
				if opts := Choices(q); len(opts) > 0 {
					f.Choose(q, opts[0].Value)
				} else {
					f.SetDontKnow(q.Field, true)
				}
			}
		}
	}
	assert.Equal(t, "check", Resume(f), "everything answered, I don't know included")
}

func TestAfterChange(t *testing.T) {
	f := NewForm()
	f.Choose(*core.QuestionFor("terms.arbitration_clause"), "no")
	before := PageIDs(Flow(f))
	pages := Flow(f)
	i := IndexOf(pages, "letter.date")
	assert.Equal(t, "check", AfterChange(pages, i, before), "an unchanged flow returns to the check page")

	f.Choose(*core.QuestionFor("terms.arbitration_clause"), "yes")
	pages = Flow(f)
	i = IndexOf(pages, "terms.arbitration_clause")
	next := AfterChange(pages, i, before)
	assert.Equal(t, "terms.provider", next, "the change opened the clause's questions: ask them first")
	// Continue walks every page the change opened, wherever it sits in the
	// flow, and then returns to the check page.
	was := map[string]bool{}
	for _, id := range before {
		was[id] = true
	}
	var opened, walked []string
	for _, p := range pages {
		if !was[p.ID] {
			opened = append(opened, p.ID)
		}
	}
	for steps := 0; next != "check"; steps++ {
		require.Less(t, steps, len(pages), "Continue after a change never reaches the check page")
		walked = append(walked, next)
		next = AfterChange(pages, IndexOf(pages, next), before)
	}
	assert.Equal(t, opened, walked, "after the opened pages, back to the check page")
}

func TestDisplay(t *testing.T) {
	f := NewForm()
	assert.Equal(t, "Not answered", Display(f, *core.QuestionFor("letter.date")))
	f.Type(*core.QuestionFor("letter.date"), "2026-11-02")
	assert.Equal(t, "November 2, 2026", Display(f, *core.QuestionFor("letter.date")))
	f.Type(*core.QuestionFor("letter.amount_demanded"), "12500")
	assert.Equal(t, "$12,500", Display(f, *core.QuestionFor("letter.amount_demanded")))
	f.Choose(*core.QuestionFor("site.consent_banner"), "none")
	assert.Equal(t, "There was no banner", Display(f, *core.QuestionFor("site.consent_banner")))
	f.Choose(*core.QuestionFor("letter.forum"), core.Unknown)
	assert.Equal(t, "I don't know", Display(f, *core.QuestionFor("letter.forum")))
	opts := Choices(*core.QuestionFor("business.model"))
	assert.Equal(t, core.Unknown, opts[len(opts)-1].Value, "I don't know is always offered, last")
}

func TestEveryChoiceOffersDontKnow(t *testing.T) {
	for _, s := range core.Questionnaire {
		for _, qq := range s.Questions {
			switch qq.Kind {
			case core.KindEnum, core.KindEnumList, core.KindBool:
				opts := Choices(qq)
				assert.Equal(t, core.Unknown, opts[len(opts)-1].Value, qq.Field)
				assert.Equal(t, "I don't know", opts[len(opts)-1].Label, qq.Field)
			}
		}
	}
}

func TestCheckPageStopsOnUnusableValues(t *testing.T) {
	f := NewForm()
	f.Type(*core.QuestionFor("letter.date"), "02/30/2026")
	pages := Flow(f)
	probs := PageProblems(f, pages[IndexOf(pages, "check")])
	require.Len(t, probs, 1, "the check page does not lead to results past a date it cannot use")
	assert.Equal(t, "letter.date", probs[0].Field)
}
