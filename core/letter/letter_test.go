package letter_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/letter"
	"github.com/cipa-triage/cipa-triage/core/text"
)

func TestUnreadableInput(t *testing.T) {
	scan, err := os.ReadFile("../text/testdata/scan.pdf")
	require.NoError(t, err)
	enc, err := os.ReadFile("../text/testdata/encrypted-aes256.pdf")
	require.NoError(t, err)
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"scan.pdf", scan, text.ErrNoTextLayer},
		{"locked.pdf", enc, text.ErrEncrypted},
		{"cut.pdf", scan[:len(scan)/3], text.ErrTruncated},
		{"letter.docx", []byte("not a zip at all"), text.ErrCorrupt},
		{"empty.txt", nil, text.ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := letter.Reader{}.Read(core.Source{Name: tt.name, Size: int64(len(tt.data)), R: bytes.NewReader(tt.data)}, core.Answers{})
			require.ErrorIs(t, err, tt.want)
		})
	}
}

func TestResultJSON(t *testing.T) {
	res := readLetter(t, "testdata/01-harborline-meta-aaa.txt")
	data, err := json.Marshal(res)
	require.NoError(t, err)
	var out map[string]any
	require.NoError(t, json.Unmarshal(data, &out))
	assert.Contains(t, out, "answers")
	assert.Contains(t, out, "evidence")
	assert.Contains(t, out, "warnings")
	// The fragment is valid answers: it passes the questionnaire's checks.
	frag, err := json.Marshal(res.Answers)
	require.NoError(t, err)
	_, probs := core.ParseAnswers(frag)
	assert.Empty(t, probs)
}

// Every evidence quote is words of the document, and its offset points into it.
func TestEvidenceQuotesTheDocument(t *testing.T) {
	for _, c := range loadCorpus(t) {
		t.Run(c.Name, func(t *testing.T) {
			data, err := os.ReadFile(c.File)
			require.NoError(t, err)
			doc, err := text.FromBytes(c.File, data)
			require.NoError(t, err)
			flat := strings.Join(strings.Fields(doc.Text), " ")
			res := letter.Extract(doc, core.Date{})
			for field, evs := range res.Evidence {
				for _, ev := range evs {
					assert.Contains(t, flat, strings.Join(strings.Fields(ev.Quote), " "), field)
					assert.True(t, ev.Offset >= 0 && ev.Offset < len(doc.Text), "%s offset %d", field, ev.Offset)
					if len(doc.Sections) > 1 {
						assert.NotEmpty(t, ev.Where, "%s: where", field)
					}
				}
			}
		})
	}
}

func TestAttachmentIsWhere(t *testing.T) {
	res := readLetter(t, "testdata/06-ironbridge-attached.eml")
	require.NotEmpty(t, res.Evidence["letter.firm"])
	assert.Equal(t, "attachment Notice_of_Dispute.pdf, page 1", res.Evidence["letter.statutes"][0].Where)
}

func TestWarnings(t *testing.T) {
	tests := []struct {
		name, letter string
		asOf         string
		want         []string
	}{
		{"letter dated in the future", "March 3, 2030\n\nWe represent Ana Ruiz. Please respond within 30 days.", "2026-11-26", []string{"after today"}},
		{"deadline before the letter", "March 3, 2026\n\nWe represent Ana Ruiz. Please respond no later than February 1, 2026.", "", []string{"before the letter's date"}},
		{"two day counts", "March 3, 2026\n\nPlease respond within 30 days. If you do not respond within 14 days, we will file.", "", []string{"two different response windows"}},
		{"impossible date", "February 30, 2026\n\nPlease respond within 30 days.", "", []string{"not a real calendar date"}},
		{"business days", "Monday, March 2, 2026\n\nPlease respond within ten (10) business days.", "", []string{"10 business days", "March 16, 2026"}},
		{"visit month only", "March 3, 2026\n\nClaimant visited your website in or around January 2026.", "", []string{"only as \"January 2026\""}},
		{"two per-violation amounts", "March 3, 2026\n\nThe Act provides $5,000 per violation. Claimant seeks $2,500 per violation.", "", []string{"two different amounts per violation"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var asOf core.Date
			if tt.asOf != "" {
				asOf = core.MustDate(tt.asOf)
			}
			res := letter.Extract(text.FromString(tt.letter), asOf)
			var msgs []string
			for _, w := range res.Warnings {
				msgs = append(msgs, w.Message)
			}
			for _, w := range tt.want {
				assert.True(t, strings.Contains(strings.Join(msgs, "\n"), w), "want %q in %q", w, msgs)
			}
		})
	}
}

func TestCaptionNamesTheClaimant(t *testing.T) {
	l := letter.FromText("Re: Jane Roe v. Acme Outfitters, Inc. – Cal. Penal Code § 631\n\nDear Acme:").Answers.Letter
	assert.Equal(t, []string{"Jane Roe"}, l.ClaimantNames)
	assert.Equal(t, 1, l.Claimants)
}

func TestStatuteSpellings(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"a violation of § 631(a)", []string{"631"}},
		{"Penal Code section 638.51", []string{"638.51"}},
		{"Cal. Pen. Code §§ 630 et seq.", nil},
		{"Trap and Trace Statute (§§ 638.50 et seq.)", []string{"638.51"}},
		{"damages under 637.2 of the Penal Code, Penal Code 637.2", []string{"637.2"}},
		{"Cal. Penal Code §§ 631, 632, 632.7 and 637.2", []string{"631", "632", "632.7", "637.2"}},
		{"Cal. Civ. Code § 1798.150 and Code Civ. Proc. § 1281.97", nil},
		{"CCP § 631 (jury waiver)", nil},
		{"PC 632.7", []string{"632.7"}},
		{"Sections 638.50–638.55", []string{"638.51"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res := letter.FromText(tt.in)
			assert.Equal(t, tt.want, res.Answers.Letter.Statutes)
		})
	}
}

func TestResponseWindows(t *testing.T) {
	tests := []struct {
		in       string
		days     int
		deadline string
	}{
		{"Please respond within thirty (30) days of the date of this letter.", 30, ""},
		{"We must hear from you no later than December 15, 2026.", 0, "2026-12-15"},
		{"You have 21 days to respond.", 21, ""},
		{"Respond within forty-five days.", 45, ""},
		{"This offer expires on January 8, 2027.", 0, "2027-01-08"},
		{"Claimant visited the site on or before March 3, 2026.", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			l := letter.FromText(tt.in).Answers.Letter
			if tt.days == 0 {
				assert.Nil(t, l.ResponseDays)
			} else if assert.NotNil(t, l.ResponseDays) {
				assert.Equal(t, tt.days, *l.ResponseDays)
			}
			assert.Equal(t, tt.deadline, l.ResponseDeadline.String())
		})
	}
}

func FuzzExtract(f *testing.F) {
	names, _ := filepath.Glob("testdata/*.txt")
	more, _ := filepath.Glob("testdata/*.md")
	for _, n := range append(names, more...) {
		data, err := os.ReadFile(n)
		if err == nil {
			f.Add(string(data))
		}
	}
	f.Add("§§ 638.50 et seq. $5,000 x 3 within (30) days February 30, 2026 Claimants:\n1 A B")
	f.Fuzz(func(t *testing.T, s string) {
		res := letter.FromText(s)
		for field, evs := range res.Evidence {
			for _, ev := range evs {
				if ev.Confidence <= 0 || ev.Confidence > 1 {
					t.Fatalf("%s: confidence %v", field, ev.Confidence)
				}
			}
		}
		if _, err := json.Marshal(res); err != nil {
			t.Fatal(err)
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	for _, c := range loadCorpus(b) {
		data, err := os.ReadFile(c.File)
		require.NoError(b, err)
		b.Run(c.Name, func(b *testing.B) {
			for b.Loop() {
				doc, err := text.FromBytes(c.File, data)
				if err != nil {
					b.Fatal(err)
				}
				letter.Extract(doc, core.Date{})
			}
		})
	}
}

func ExampleFromText() {
	res := letter.FromText(`October 14, 2026

Re: Notice of Dispute – Cal. Penal Code § 631(a)

Our client visited your website on June 3, 2026. The Meta Pixel sent her page views to Meta.
Please respond within thirty (30) days.`)
	l := res.Answers.Letter
	fmt.Println(l.Date, l.Statutes, l.Technologies, l.VisitDates, *l.ResponseDays)
	fmt.Println(res.Evidence["letter.response_days"][0].Quote)
	// Output:
	// 2026-10-14 [631] [meta_pixel] [2026-06-03] 30
	// Please respond within thirty (30) days.
}

func TestLongDocumentIsCut(t *testing.T) {
	base, err := os.ReadFile("testdata/01-harborline-meta-aaa.txt")
	require.NoError(t, err)
	long := strings.Repeat(string(base)+"\n\n", (letter.MaxLetterText/len(base))+20)
	res := letter.FromText(long)
	require.NotEmpty(t, res.Warnings)
	assert.Contains(t, res.Warnings[0].Message, "only the first 64 KB")
	assert.Equal(t, "HARBORLINE LEGAL GROUP LLP", res.Answers.Letter.Firm)
}

// BenchmarkExtractLong measures a 64 KB text, the most Extract reads.
func BenchmarkExtractLong(b *testing.B) {
	base, err := os.ReadFile("testdata/01-harborline-meta-aaa.txt")
	require.NoError(b, err)
	doc := text.FromString(strings.Repeat(string(base)+"\n\n", letter.MaxLetterText/len(base)))
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		letter.Extract(doc, core.Date{})
	}
}

// TestLettersAsTheyCome: headings are never the firm, a bar between partners'
// names keeps the whole name, redactions are noted and never read, and a
// page that stops mid-letter says so.
func TestLettersAsTheyCome(t *testing.T) {
	heading := letter.FromText("March 3, 2026\n\nDear Acme Outfitters, Inc.:\n\nOur client visited acme.com on February 2, 2026.\n\nGoverning Law\n\nYour website violates Penal Code § 631.\n\nSincerely,\n\nJane Smith\n")
	assert.NotEqual(t, "Governing Law", heading.Answers.Letter.Firm)

	bar := letter.FromText("TAULER | SMITH LLP\n\nMarch 3, 2026\n\nDear Acme:\n\nWe represent Ana Ruiz.\n\nSincerely,\n\nRobert Tauler\n")
	assert.Equal(t, "TAULER SMITH LLP", bar.Answers.Letter.Firm)

	spaced := letter.FromText("K E S T R E L   L A W   P C\n\nMarch 3, 2026\n\nDear Acme:\n\nWe represent Ana Ruiz.\n\nSincerely,\n\nJane Smith\n")
	assert.Equal(t, "KESTREL LAW PC", spaced.Answers.Letter.Firm)

	redacted := letter.FromText("March 3, 2026\n\nDear Acme:\n\nWe represent [REDACTED]. Our client demands $█████ for the violations.\n\nSincerely,\n\nJane Smith\nSmith Privacy LLP\n")
	assert.Empty(t, redacted.Answers.Letter.ClaimantNames)
	assert.Zero(t, redacted.Answers.Letter.AmountDemanded)
	assert.True(t, hasWarning(redacted, "redacted passage"), "%v", redacted.Warnings)

	partial := letter.FromText("March 3, 2026\n\nDear Acme:\n\nWe represent Ana Ruiz, who visited acme.com on February 2, 2026. The Meta Pixel on the website sent her\n")
	assert.True(t, hasWarning(partial, "part of a letter"), "%v", partial.Warnings)
	whole := letter.FromText("March 3, 2026\n\nDear Acme:\n\nWe represent Ana Ruiz. Please respond within 30 days.\n\nSincerely,\n\nJane Smith\nSmith Privacy LLP\n")
	assert.False(t, hasWarning(whole, "part of a letter"), "%v", whole.Warnings)

	class := letter.FromText("March 3, 2026\n\nDear Acme:\n\nWe represent Ana Ruiz and intend to file a class action lawsuit on behalf of all others similarly situated.\n\nSincerely,\n\nJane Smith\nSmith Privacy LLP\n")
	assert.Equal(t, "class_action_threat", string(class.Answers.Letter.Kind))
	if assert.NotNil(t, class.Answers.Letter.PreArbitrationNotice) {
		assert.False(t, *class.Answers.Letter.PreArbitrationNotice)
	}
}

func hasWarning(res core.Result, sub string) bool {
	for _, w := range res.Warnings {
		if strings.Contains(w.Message, sub) {
			return true
		}
	}
	return false
}
