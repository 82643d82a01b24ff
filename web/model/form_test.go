package model

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/har"
	"github.com/cipa-triage/cipa-triage/core/text"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func q(t *testing.T, field string) core.Question {
	t.Helper()
	qq := core.QuestionFor(field)
	require.NotNil(t, qq, field)
	return *qq
}

func TestTypeReadsAndValidates(t *testing.T) {
	tests := []struct {
		field, text string
		want        any // JSON of the stored value; nil when rejected
	}{
		{"letter.amount_demanded", "$5,000", `5000`},
		{"letter.amount_demanded", "12500.50", `12500.50`},
		{"letter.claimants", "47", `47`},
		{"letter.claimants", "2.5", nil},
		{"letter.claimants", "-1", nil},
		{"letter.claimants", "many", nil},
		{"letter.date", "2026-03-14", `"2026-03-14"`},
		{"letter.date", "2026-02-30", nil},
		{"letter.date", "1900-01-01", nil},
		{"letter.visit_dates", "2026-03-03, 2026-03-10", `["2026-03-03","2026-03-10"]`},
		{"letter.visit_dates", "2026-03-03, March 10", nil},
		{"letter.firm", "  Pacific Trial Attorneys ", `"Pacific Trial Attorneys"`},
	}
	for _, tt := range tests {
		t.Run(tt.field+"="+tt.text, func(t *testing.T) {
			f := NewForm()
			prob := f.Type(q(t, tt.field), tt.text)
			if tt.want == nil {
				require.NotNil(t, prob)
				assert.Equal(t, tt.field, FieldOf(prob.Field))
				assert.Nil(t, f.Get(tt.field), "a rejected value is not stored")
				assert.Equal(t, tt.text, f.TypedText(q(t, tt.field)), "what was typed is kept")
				return
			}
			require.Nil(t, prob)
			got, err := json.Marshal(f.Get(tt.field))
			require.NoError(t, err)
			assert.JSONEq(t, tt.want.(string), string(got))
			_, probs := f.Answers()
			assert.Empty(t, probs)
		})
	}
}

func TestChooseToggleDontKnow(t *testing.T) {
	f := NewForm()
	f.Choose(q(t, "letter.preservation_demand"), "true")
	assert.Equal(t, true, f.Get("letter.preservation_demand"))
	f.Choose(q(t, "letter.preservation_demand"), core.Unknown)
	assert.Nil(t, f.Get("letter.preservation_demand"), "I don't know on a yes/no question leaves it unanswered")
	assert.True(t, f.DontKnow["letter.preservation_demand"])

	tech := q(t, "site.trackers")
	f.Toggle(tech, "session_replay", true)
	f.Toggle(tech, "meta_pixel", true)
	assert.Equal(t, []string{"meta_pixel", "session_replay"}, f.List("site.trackers"), "questionnaire order")
	f.SetDontKnow("site.trackers", true)
	assert.Nil(t, f.Get("site.trackers"))
	f.Toggle(tech, "chat", true)
	assert.False(t, f.DontKnow["site.trackers"])

	f.Choose(q(t, "letter.forum"), core.Unknown)
	assert.Equal(t, core.Unknown, f.Get("letter.forum"), "enum questions store unknown, which ParseAnswers accepts")
	_, probs := f.Answers()
	assert.Empty(t, probs)
}

func TestAnswersLeaveOutHiddenQuestions(t *testing.T) {
	f := NewForm()
	f.Choose(q(t, "terms.arbitration_clause"), "yes")
	f.Choose(q(t, "terms.provider"), "aaa")
	a, probs := f.Answers()
	require.Empty(t, probs)
	assert.Equal(t, "aaa", string(a.Terms.Provider))

	f.Choose(q(t, "terms.arbitration_clause"), "no")
	a, probs = f.Answers()
	require.Empty(t, probs)
	assert.Empty(t, a.Terms.Provider, "a stale answer behind a changed condition does not count")
	assert.Equal(t, "aaa", f.Get("terms.provider"), "but it is kept in case the user changes back")
}

func TestSaveLoadRoundTrip(t *testing.T) {
	f := NewForm()
	f.Type(q(t, "letter.date"), "2026-11-02")
	f.Type(q(t, "letter.claimants"), "lots")
	f.SetDontKnow("letter.firm", true)
	f.Page = "letter.claimants"
	g, err := LoadForm(f.Save())
	require.NoError(t, err)
	assert.Equal(t, "2026-11-02", g.Get("letter.date"))
	assert.Equal(t, "lots", g.Typed["letter.claimants"])
	assert.True(t, g.DontKnow["letter.firm"])
	assert.Equal(t, "letter.claimants", g.Page)

	_, err = LoadForm([]byte(`{"answers":{"letter":{"date":"soon"}}}`))
	assert.Error(t, err)
	_, err = LoadForm([]byte(`not json`))
	assert.Error(t, err)
}

func TestSetDocumentKeepsAnswersOnProblems(t *testing.T) {
	f := NewForm()
	require.NoError(t, f.SetDocument([]byte(`{"as_of":"2026-11-20","letter":{"date":"2026-11-01","claimants":3}}`)))
	assert.Equal(t, "2026-11-01", f.Get("letter.date"))
	err := f.SetDocument([]byte(`{"letter":{"date":"2026-13-01","colour":"red"}}`))
	require.Error(t, err)
	probs, ok := err.(core.Problems)
	require.True(t, ok)
	assert.Len(t, probs, 2)
	assert.Equal(t, "2026-11-01", f.Get("letter.date"), "nothing lost")
}

func TestMergeFields(t *testing.T) {
	f := NewForm()
	f.Type(q(t, "letter.firm"), "Typed Firm LLP")
	f.Type(q(t, "letter.claimants"), "2")
	frag := core.Answers{Letter: core.Letter{Date: core.MustDate("2026-10-30"), Firm: "Read Firm LLP", Statutes: []string{"638.51"}}}
	require.NoError(t, f.MergeFields(frag, []string{"letter.date", "letter.statutes"}))
	assert.Equal(t, "2026-10-30", f.Get("letter.date"))
	assert.Equal(t, []string{"638.51"}, f.List("letter.statutes"))
	assert.Equal(t, "Typed Firm LLP", f.Get("letter.firm"), "a field not confirmed is not taken")
	a, probs := f.Answers()
	require.Empty(t, probs)
	assert.Equal(t, 2, a.Letter.Claimants, "fields the fragment leaves empty are not erased")
}

func TestFlatten(t *testing.T) {
	flat, err := Flatten(core.Answers{Letter: core.Letter{Firm: "X", ResponseDays: core.Int(14)}, Site: core.Site{Trackers: []string{"chat"}}})
	require.NoError(t, err)
	assert.Equal(t, []string{"letter.response_days", "letter.firm", "site.trackers"}, SortedFields(flat))
}

// TestDatesAsPeopleTypeThem: one reader for every date box, and every date
// it cannot use is an error that names the answer and shows what to type.
func TestDatesAsPeopleTypeThem(t *testing.T) {
	for _, text := range []string{"9/14/2026", "September 14, 2026", "2026-09-14", "Sept. 14 2026", "14 September 2026", "9/14/26"} {
		f := NewForm()
		require.Nil(t, f.Type(q(t, "letter.date"), text), text)
		assert.Equal(t, "2026-09-14", f.Get("letter.date"), text)
		assert.Equal(t, text, f.TypedText(q(t, "letter.date")), "what was typed is shown back as typed")
	}
	for _, text := range []string{"02/30/2026", "2026-02-30", "soon", "14/9/2026", "9/14/2026 and 9/15/2026", "1/1/1900"} {
		f := NewForm()
		prob := f.Type(q(t, "letter.date"), text)
		require.NotNil(t, prob, text)
		assert.Nil(t, f.Get("letter.date"), "%s is not kept as an answer", text)
		assert.Contains(t, prob.Message, "the date on the letter", "names the field")
		if text != "1/1/1900" {
			assert.Contains(t, prob.Message, DateExample, "says what to type")
		}
		assert.NotContains(t, prob.Message, "YYYY")
	}
	f := NewForm()
	require.Nil(t, f.Type(q(t, "letter.visit_dates"), "9/14/2026\nSeptember 21, 2026, 2026-10-01 and October 3, 2026"))
	assert.Equal(t, []any{"2026-09-14", "2026-09-21", "2026-10-01", "2026-10-03"}, f.Get("letter.visit_dates"))
	assert.Equal(t, "September 14, 2026; September 21, 2026; October 1, 2026; October 3, 2026", Display(f, q(t, "letter.visit_dates")))
	prob := f.Type(q(t, "letter.visit_dates"), "9/14/2026, last Tuesday")
	require.NotNil(t, prob)
	assert.Contains(t, prob.Message, `"last Tuesday"`)
	assert.Contains(t, prob.Message, "the visit dates")
}

func TestNumberMessagesInPlainWords(t *testing.T) {
	f := NewForm()
	prob := f.Type(q(t, "letter.amount_demanded"), "-15000")
	require.NotNil(t, prob)
	assert.Equal(t, "Enter the amount demanded as a positive number of dollars, like 15000", prob.Message)
	prob = f.Type(q(t, "letter.claimants"), "2.5")
	require.NotNil(t, prob)
	assert.Contains(t, prob.Message, "the number of claimants as a whole number")
	for _, field := range []string{"letter.claimants", "letter.amount_demanded", "letter.date", "letter.visit_dates"} {
		prob := f.Type(q(t, field), "?!")
		require.NotNil(t, prob, field)
		assert.NotContains(t, prob.Message, field, "no field paths")
		assert.NotRegexp(t, `^[a-z]`, prob.Message, "a sentence")
	}
}

// TestDontKnowTravelsInTheAnswersFile: "I don't know" on a date, a number or
// a yes/no question is saved in the answers file and comes back from it.
func TestDontKnowTravelsInTheAnswersFile(t *testing.T) {
	f := NewForm()
	f.SetDontKnow("letter.date", true)
	f.SetDontKnow("letter.amount_demanded", true)
	f.Choose(q(t, "letter.preservation_demand"), core.Unknown)
	f.Choose(q(t, "letter.forum"), core.Unknown)
	doc := f.Document()
	_, probs := core.ParseAnswers(doc)
	require.Empty(t, probs, "the CLI reads the file too: %s", doc)

	g := NewForm()
	require.NoError(t, g.SetDocument(doc))
	for _, field := range []string{"letter.date", "letter.amount_demanded", "letter.preservation_demand"} {
		assert.True(t, g.DontKnow[field], field)
		assert.Equal(t, "I don't know", Display(g, q(t, field)), field)
	}
	assert.Equal(t, core.Unknown, g.Get("letter.forum"))

	assert.Error(t, g.SetDocument([]byte(`{"dont_know":["letter.colour"]}`)), "an unknown question is a problem")
	assert.True(t, g.DontKnow["letter.date"], "and changes nothing")
}

func TestDiffers(t *testing.T) {
	f := NewForm()
	_, d := Differs(f, "terms.class_waiver", "no")
	assert.False(t, d, "no answer: nothing to contradict")
	f.Choose(q(t, "terms.class_waiver"), "yes")
	mine, d := Differs(f, "terms.class_waiver", "no")
	assert.True(t, d)
	assert.Equal(t, "Yes", mine)
	_, d = Differs(f, "terms.class_waiver", "yes")
	assert.False(t, d, "the same answer")
	f.Choose(q(t, "terms.governing_law"), core.Unknown)
	_, d = Differs(f, "terms.governing_law", "california")
	assert.False(t, d, "I don't know is not contradicted")
	require.Nil(t, f.Type(q(t, "letter.amount_demanded"), "$15,000"))
	_, d = Differs(f, "letter.amount_demanded", 15000.0)
	assert.False(t, d, "the same number")
	f.Toggle(q(t, "letter.statutes"), "631", true)
	f.Toggle(q(t, "letter.statutes"), "638.51", true)
	_, d = Differs(f, "letter.statutes", []any{"638.51", "631"})
	assert.False(t, d, "the same list in another order")
}

func TestReadErrorsInPlainWords(t *testing.T) {
	tests := []struct {
		err  error
		size int64
		want string
	}{
		{fmt.Errorf("reading the letter: %w", fmt.Errorf("%w: it does not start like a PDF", text.ErrCorrupt)), 10, "scan.pdf could not be read: it does not start like a PDF. Save or download it again, or paste the text instead."},
		{fmt.Errorf("reading the letter: %w", text.ErrPicture), 10, "scan.pdf looks like a picture, not a text PDF. Paste its text instead, or type the answers."},
		{fmt.Errorf("reading the HAR: %w", fmt.Errorf("the file is empty: %w", har.ErrNotJSON)), -1, "scan.pdf is empty. Check it is the right file, or paste the text instead."},
		{fmt.Errorf("reading the HAR: %w", fmt.Errorf("%w; this one has no \"log\"", har.ErrNotHAR)), 10, "scan.pdf is a data file, but not a HAR."},
		{errors.New("reading the HAR: the file is gzip-compressed but cannot be opened: gzip: invalid header"), 10, "scan.pdf could not be read: the file is gzip-compressed but cannot be opened. Try another copy"},
		{errors.New("x"), 0, "scan.pdf is empty."},
	}
	for _, tt := range tests {
		got := ReadError("scan.pdf", tt.size, tt.err)
		assert.Contains(t, got, tt.want)
		assert.NotContains(t, got, "reading the")
		assert.LessOrEqual(t, strings.Count(got, ": "), 1, "no chains: %s", got)
	}
}

func TestImportProblemsNameQuestions(t *testing.T) {
	f := NewForm()
	err := f.SetDocument([]byte(`{"letter":{"date":"2026-13-01","colour":"red"}}`))
	require.Error(t, err)
	probs := ImportProblems(err)
	require.Len(t, probs, 2)
	text := probs.Error()
	assert.Contains(t, text, "What date is on the letter?")
	assert.NotContains(t, text, "letter.date")
	assert.NotContains(t, text, "YYYY")
}

func TestReadChecksFlagWhatTheDocumentBrings(t *testing.T) {
	f := NewForm()
	require.Nil(t, f.Type(q(t, "letter.received"), "2026-10-05"))
	var found core.Answers
	require.NoError(t, json.Unmarshal([]byte(`{"letter":{"date":"2026-10-20"}}`), &found))
	var text string
	for _, w := range ReadChecks(f, found, core.MustDate("2026-10-10")) {
		text += w.Message + "\n"
	}
	assert.Contains(t, text, "before the date on it", "received before it was written")
	assert.Contains(t, text, "after the assessment date", "dated after today")
	require.Nil(t, f.Type(q(t, "letter.received"), "2026-10-25"))
	assert.Empty(t, ReadChecks(f, found, core.MustDate("2026-11-01")))
}
