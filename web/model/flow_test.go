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
	pages := Flow(NewForm())
	assert.Contains(t, Progress(pages[1]), "Section 1 of 4: The letter. Page 1 of")
	assert.Equal(t, 0, Percent(pages, 0))
	assert.Equal(t, 100, Percent(pages, len(pages)-2))
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
