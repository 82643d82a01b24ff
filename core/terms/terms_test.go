package terms

import (
	"bytes"
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cipa-triage/cipa-triage/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/text"
)

// want is what a lawyer reading each fixture would answer, written by hand
// before the reader ran; the golden files then pin every quote and offset.
type want struct {
	answers core.Terms
	// details checked beyond the answers
	provider, state, place string
	optOutDays, noticeDays int
	threshold              int
	smallClaims, useAssent bool
	courtDecides           bool
	click                  bool // the terms describe clicking "I agree" or ticking a box
}

var fixtures = map[string]want{
	"t01_aaa_consumer_full": {answers: core.Terms{ArbitrationClause: "yes", Provider: "aaa", Rules: "consumer", ClassWaiver: "yes", MassArbitrationProvision: "yes", DelegationClause: "yes", PreDisputeNotice: "yes", GoverningLaw: "other_state", LastUpdated: core.MustDate("2025-01-15")},
		provider: "aaa", state: "delaware", place: "New Castle County, Delaware", optOutDays: 30, noticeDays: 60, threshold: 25, smallClaims: true},
	"t02_aaa_commercial_b2b": {answers: core.Terms{ArbitrationClause: "yes", Provider: "aaa", Rules: "commercial", ClassWaiver: "no", MassArbitrationProvision: "no", DelegationClause: "no", PreDisputeNotice: "no", GoverningLaw: "other_state", LastUpdated: core.MustDate("2024-06-01")},
		provider: "aaa", state: "new york", place: "New York County, New York"},
	"t03_jams_mass_bellwether": {answers: core.Terms{ArbitrationClause: "yes", Provider: "jams", Rules: "unspecified", ClassWaiver: "yes", MassArbitrationProvision: "yes", DelegationClause: "yes", PreDisputeNotice: "yes", GoverningLaw: "california", LastUpdated: core.MustDate("2025-09-10")},
		provider: "jams", state: "california", place: "Los Angeles County, California", noticeDays: 45, threshold: 100, smallClaims: true, click: true},
	"t04_nam_mass_filing": {answers: core.Terms{ArbitrationClause: "yes", Provider: "other", Rules: "unspecified", ClassWaiver: "yes", MassArbitrationProvision: "yes", DelegationClause: "yes", PreDisputeNotice: "yes", GoverningLaw: "other_state", LastUpdated: core.MustDate("2025-03-01")},
		provider: "nam", state: "texas", place: "Travis County, Texas", noticeDays: 30, threshold: 25, smallClaims: true},
	"t05_no_arbitration_bakery": {answers: core.Terms{ArbitrationClause: "no", PreDisputeNotice: "no", GoverningLaw: "california", LastUpdated: core.MustDate("2024-08-14")},
		state: "california", place: "San Diego County, California"},
	"t06_browsewrap_footer": {answers: core.Terms{ArbitrationClause: "yes", Provider: "aaa", Rules: "unspecified", ClassWaiver: "no", MassArbitrationProvision: "no", DelegationClause: "no", PreDisputeNotice: "no", GoverningLaw: "other_state", LastUpdated: core.MustDate("2023-11-02")},
		provider: "aaa", state: "florida", useAssent: true},
	"t07_jams_no_class_waiver": {answers: core.Terms{ArbitrationClause: "yes", Provider: "jams", Rules: "unspecified", ClassWaiver: "no", MassArbitrationProvision: "no", DelegationClause: "no", PreDisputeNotice: "no", GoverningLaw: "other_state", LastUpdated: core.MustDate("2024-04-04")},
		provider: "jams", state: "illinois", place: "Cook County, Illinois", smallClaims: true, courtDecides: true},
	"t08_optout_60_bank": {answers: core.Terms{ArbitrationClause: "yes", Provider: "aaa", Rules: "consumer", ClassWaiver: "yes", MassArbitrationProvision: "no", DelegationClause: "no", PreDisputeNotice: "yes", GoverningLaw: "other_state", LastUpdated: core.MustDate("2025-02-01")},
		provider: "aaa", state: "new york", place: "Albany County, New York", optOutDays: 60, noticeDays: 30, courtDecides: true},
	"t09_delegation_california": {answers: core.Terms{ArbitrationClause: "yes", Provider: "aaa", Rules: "consumer", ClassWaiver: "yes", MassArbitrationProvision: "no", DelegationClause: "yes", PreDisputeNotice: "no", GoverningLaw: "california", LastUpdated: core.MustDate("2025-07-22")},
		provider: "aaa", state: "california", place: "Orange County, California"},
	"t10_multi_law_language_app": {answers: core.Terms{ArbitrationClause: "yes", Provider: "jams", Rules: "unspecified", ClassWaiver: "yes", MassArbitrationProvision: "no", DelegationClause: "no", PreDisputeNotice: "no", GoverningLaw: "california", LastUpdated: core.MustDate("2024-02-01")},
		provider: "jams", state: "california", place: "Ireland"},
	"t11_provider_fallback": {answers: core.Terms{ArbitrationClause: "yes", Provider: "aaa", Rules: "consumer", ClassWaiver: "yes", MassArbitrationProvision: "no", DelegationClause: "no", PreDisputeNotice: "yes", GoverningLaw: "other_state", LastUpdated: core.MustDate("2025-05-05")},
		provider: "aaa", state: "washington"},
	"t13_wayfarer_saved_page.html": {answers: core.Terms{ArbitrationClause: "yes", Provider: "aaa", Rules: "consumer", ClassWaiver: "yes", MassArbitrationProvision: "no", DelegationClause: "no", PreDisputeNotice: "yes", GoverningLaw: "california", LastUpdated: core.MustDate("2025-10-07")},
		provider: "aaa", state: "california", place: "Alameda County, California", optOutDays: 30, noticeDays: 45, smallClaims: true, click: true},
	// The printed page keeps the site footer ("By using this site you agree")
	// that the saved page's navigation-stripping drops.
	"t14_wayfarer_printed.pdf": {answers: core.Terms{ArbitrationClause: "yes", Provider: "aaa", Rules: "consumer", ClassWaiver: "yes", MassArbitrationProvision: "no", DelegationClause: "no", PreDisputeNotice: "yes", GoverningLaw: "california", LastUpdated: core.MustDate("2025-10-07")},
		provider: "aaa", state: "california", place: "Alameda County, California", optOutDays: 30, noticeDays: 45, smallClaims: true, useAssent: true, click: true},
	"t15_lumen_word.docx": {answers: core.Terms{ArbitrationClause: "yes", Provider: "jams", Rules: "unspecified", ClassWaiver: "yes", MassArbitrationProvision: "yes", DelegationClause: "yes", PreDisputeNotice: "yes", GoverningLaw: "california", LastUpdated: core.MustDate("2025-09-10")},
		provider: "jams", state: "california", place: "Los Angeles County, California", noticeDays: 45, threshold: 100, smallClaims: true, click: true},
	"t12_unspecified_provider": {answers: core.Terms{ArbitrationClause: "yes", Provider: "unspecified", Rules: "unspecified", ClassWaiver: "no", MassArbitrationProvision: "no", DelegationClause: "no", PreDisputeNotice: "no", GoverningLaw: "other_state", LastUpdated: core.MustDate("2023-04-22")},
		provider: "unspecified", state: "georgia"},
}

// readFixture reads testdata/docs/name (".txt" is implied when name has no
// ending) and returns the extracted text that offsets refer to.
func readFixture(t testing.TB, name string) (string, core.Result) {
	file := name
	if filepath.Ext(name) == "" {
		file = name + ".txt"
	}
	data, err := os.ReadFile(filepath.Join("testdata", "docs", file))
	require.NoError(t, err)
	res, err := Reader{}.Read(core.Source{Name: file, Size: int64(len(data)), R: bytes.NewReader(data)}, core.Answers{})
	require.NoError(t, err)
	doc, err := text.FromBytes(file, data)
	require.NoError(t, err)
	return doc.Text, res
}

func TestReadFixtures(t *testing.T) {
	entries, err := os.ReadDir(filepath.Join("testdata", "docs"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(entries), 10)
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".txt")
		t.Run(name, func(t *testing.T) {
			w, ok := fixtures[name]
			require.True(t, ok, "fixture %s has no expected outcome in the table", name)
			text, res := readFixture(t, name)

			assert.Equal(t, w.answers, res.Answers.Terms, "answers")
			assert.Empty(t, res.Answers.Terms.ClaimantAccount, "the reader never answers claimant_account")
			assert.Empty(t, res.Answers.Terms.Assent, "assent depends on the sign-up page, not the terms")
			assert.Zero(t, res.Answers.Letter, "only the terms section is prefilled")

			clauses := res.Details["clauses"].(map[string]*Clause)
			assert.Equal(t, w.provider, clauses["arbitration"].Provider, "provider")
			assert.Equal(t, w.state, clauses["governing_law"].State, "state")
			assert.Equal(t, w.place, clauses["forum"].Place, "forum place")
			assert.Equal(t, w.optOutDays, clauses["opt_out"].Days, "opt-out days")
			assert.Equal(t, w.optOutDays > 0, clauses["opt_out"].Present, "opt-out present")
			assert.Equal(t, w.noticeDays, clauses["pre_dispute_notice"].Days, "notice days")
			assert.Equal(t, w.threshold, clauses["mass_arbitration"].Threshold, "mass threshold")
			assert.Equal(t, w.smallClaims, clauses["small_claims"].Present, "small claims")
			assert.Equal(t, w.courtDecides, clauses["delegation"].CourtDecides != nil, "court decides arbitrability")
			guide := res.Details["assent_guide"].(AssentGuide)
			assert.Equal(t, w.useAssent, guide.TermsSay != nil, "by-using wording")
			assert.Equal(t, w.click, guide.TermsDescribeClick != nil, "click or tick described")
			assert.Equal(t, w.useAssent && !w.click, hasWarning(res, "terms.assent", "browsewrap"), "browsewrap warning")
			assert.Equal(t, w.threshold > 0, hasWarning(res, "terms.mass_arbitration_provision", "Heckman"), "mass-arbitration case warning")
			assert.Equal(t, w.answers.LastUpdated.String(), res.Details["last_updated"])

			// Every quote is the text at its offset, so the app can point at it.
			for field, evs := range res.Evidence {
				for _, ev := range evs {
					if ev.Quote != "" {
						assertAt(t, text, ev.Quote, ev.Offset, field)
					}
				}
			}
			for kind, cl := range clauses {
				if cl.Present {
					assertAt(t, text, cl.Quote, cl.Offset, kind)
				}
			}
			// Every answered field has evidence.
			for _, field := range answeredFields(t, res.Answers) {
				assert.NotEmpty(t, res.Evidence[field], "evidence for %s", field)
			}
			golden.JSON(t, filepath.Join("testdata", "golden", name+".json"), res)
		})
	}
}

// assertAt checks that quote is the (whitespace-collapsed) text at offset.
func assertAt(t *testing.T, text, quote string, offset int, what string) {
	t.Helper()
	require.True(t, offset >= 0 && offset < len(text), "%s: offset %d outside the text", what, offset)
	got := strings.Join(strings.Fields(text[offset:]), " ")
	assert.True(t, strings.HasPrefix(got, quote), "%s: text at offset %d is %.60q, want %.60q", what, offset, got, quote)
}

func answeredFields(t *testing.T, a core.Answers) []string {
	data, err := json.Marshal(a)
	require.NoError(t, err)
	var tree map[string]map[string]any
	require.NoError(t, json.Unmarshal(data, &tree))
	var out []string
	for section, fields := range tree {
		for f := range fields {
			out = append(out, section+"."+f)
		}
	}
	return out
}

func TestReadAnswersValidate(t *testing.T) {
	// A fragment must pass the same validation as answers a user types.
	for name := range fixtures {
		_, res := readFixture(t, name)
		data, err := json.Marshal(res.Answers)
		require.NoError(t, err)
		_, probs := core.ParseAnswers(data)
		assert.Empty(t, probs, name)
	}
}

func TestReadBadInput(t *testing.T) {
	cases := []struct {
		name, data, err string
	}{
		{"binary.pdf", "%PDF-1.7\x00\x01\x02", "incomplete"},
		{"photo.png", "\x89PNG\r\n\x1a\n\x00\x00", "looks like a picture"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Reader{}.Read(core.Source{Name: c.name, Size: int64(len(c.data)), R: strings.NewReader(c.data)}, core.Answers{})
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.err)
			assert.Contains(t, err.Error(), "reading the terms")
		})
	}
	t.Run("too large", func(t *testing.T) {
		big := strings.NewReader(strings.Repeat("a", text.MaxSize+10))
		_, err := Reader{}.Read(core.Source{Name: "huge.txt", Size: -1, R: big}, core.Answers{})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "larger than")
	})
	t.Run("empty", func(t *testing.T) {
		_, err := Reader{}.Read(core.Source{Name: "empty.txt", R: strings.NewReader(" \n")}, core.Answers{})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "no readable text")
	})
	t.Run("not terms", func(t *testing.T) {
		res, err := Reader{}.Read(core.Source{Name: "recipe.txt", R: strings.NewReader("Mix the flour and butter. Bake for twenty minutes.")}, core.Answers{})
		require.NoError(t, err)
		assert.Zero(t, res.Answers.Terms, "nothing is marked missing in a document that is not terms")
		require.NotEmpty(t, res.Warnings)
		assert.Contains(t, res.Warnings[0].Message, "does not read like terms")
	})
}

func TestReaderContract(t *testing.T) {
	r := Reader{}
	assert.Equal(t, "terms", r.Name())
	assert.Equal(t, "terms", r.Section())
	assert.Contains(t, r.Accepts(), ".txt")
	require.NotNil(t, core.QuestionFor("terms.arbitration_clause"))
}

func hasWarning(res core.Result, field, words string) bool {
	for _, w := range res.Warnings {
		if w.Field == field && strings.Contains(w.Message, words) {
			return true
		}
	}
	return false
}

// TestExcerptSaysOnlyWhatWasRead: a section pasted alone is never reported
// as terms without a class waiver; the whole document it came from is.
func TestExcerptSaysOnlyWhatWasRead(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "docs", "t07_jams_no_class_waiver.txt"))
	require.NoError(t, err)
	whole := Result(string(data))
	assert.Equal(t, "no", string(whole.Answers.Terms.ClassWaiver))
	assert.Contains(t, whole.Evidence["terms.class_waiver"][0].Where, "whole document")

	i := strings.Index(string(data), "Arbitration of Disputes.")
	j := strings.Index(string(data), "Contact:")
	require.True(t, i > 0 && j > i)
	excerpt := Result(string(data)[i:j])
	assert.Equal(t, "yes", string(excerpt.Answers.Terms.ArbitrationClause))
	assert.Equal(t, "", string(excerpt.Answers.Terms.ClassWaiver), "an excerpt says nothing about the rest of the terms")
	assert.Equal(t, "", string(excerpt.Answers.Terms.PreDisputeNotice))
	require.NotEmpty(t, excerpt.Evidence["terms.class_waiver"])
	assert.Contains(t, excerpt.Evidence["terms.class_waiver"][0].Where, "not found in this text")
	var warned bool
	for _, w := range excerpt.Warnings {
		warned = warned || strings.Contains(w.Message, "does not look like a whole terms document")
	}
	assert.True(t, warned, "the excerpt is named as such")
	assert.Contains(t, strings.Join(excerpt.Details["summary"].([]string), "\n"), "Class-action waiver: not found in this text")

	// One clause alone.
	one := Result("YOU AND ACME AGREE NOT TO BRING OR PARTICIPATE IN A CLASS OR REPRESENTATIVE ACTION.")
	assert.Equal(t, "yes", string(one.Answers.Terms.ClassWaiver))
	assert.Equal(t, "", string(one.Answers.Terms.GoverningLaw))
}

// savedPage wraps a plain-text terms document the way a browser saves the
// page: a site header with navigation, a skip link, a cookie banner (with
// its own "by continuing to browse you agree" wording), the terms in <main>
// as headings and paragraphs, and a footer of links and copyright.
func savedPage(doc string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Terms of Service | Example</title>
<link rel="stylesheet" href="./Terms_files/site.css"><script src="./Terms_files/analytics.js"></script></head>
<body><a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><a href="/"><img src="./Terms_files/logo.svg" alt="Example home"></a>
<nav aria-label="Main"><ul><li><a href="/shop">Shop</a></li><li><a href="/about">About us</a></li><li><a href="/terms">Terms of Service</a></li><li><a href="/privacy">Privacy Policy</a></li></ul></nav></header>
<div id="onetrust-banner-sdk" class="cookie-banner" role="region" aria-label="Cookie banner"><p>We use cookies to improve your experience. By continuing to browse this site, you agree to our use of cookies and to our Terms.</p><button>Accept all</button><button>Reject all</button><a href="/cookies">Cookie settings</a></div>
<main id="main"><article>`)
	for _, para := range strings.Split(strings.TrimSpace(doc), "\n") {
		para = strings.TrimSpace(para)
		switch {
		case para == "":
		case len(strings.Fields(para)) < 8 && !strings.HasSuffix(para, "."):
			b.WriteString("<h2>" + html.EscapeString(para) + "</h2>\n")
		default:
			b.WriteString("<p>" + html.EscapeString(para) + "</p>\n")
		}
	}
	b.WriteString(`</article></main>
<footer class="site-footer"><ul><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/accessibility">Accessibility</a></li></ul>
<p>© 2026 Example, Inc. All rights reserved. Governed by the laws of our users' happiness.</p></footer>
<div class="cookie-consent-modal" aria-modal="true"><p>Your privacy choices: by using this website you consent to cookies.</p></div>
</body></html>`)
	return b.String()
}

// TestSavedPageReadsAsPlainText: each plain-text fixture read from the page a
// browser would save gives the same answers and the same quotes.
func TestSavedPageReadsAsPlainText(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "docs", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			plain := Result(string(data))
			doc, err := text.FromHTML([]byte(savedPage(string(data))))
			require.NoError(t, err)
			page := Result(doc.Text)
			assert.Equal(t, plain.Answers.Terms, page.Answers.Terms)
			pc, _ := plain.Details["clauses"].(map[string]*Clause)
			gc, _ := page.Details["clauses"].(map[string]*Clause)
			for k, c := range pc {
				assert.Equal(t, c.Present, gc[k].Present, k)
				assert.Equal(t, strings.Join(strings.Fields(c.Quote), " "), strings.Join(strings.Fields(gc[k].Quote), " "), k)
			}
			assert.NotContains(t, doc.Text, "cookies")
			assert.NotContains(t, doc.Text, "All rights reserved")
		})
	}
}
