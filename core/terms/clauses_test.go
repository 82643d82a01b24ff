package terms

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core"
)

func TestHeading(t *testing.T) {
	for s, want := range map[string]bool{
		"Binding Arbitration.": true,
		"18.2 no class arbitrations , class actions or representative actions .": true,
		"GOVERNING LAW":                        true,
		"All other claims will be arbitrated.": false,
		"You agree to arbitrate.":              false,
		"These Terms are governed by the laws of the State of New York, without regard to its conflict of laws rules.": false,
	} {
		assert.Equal(t, want, IsHeading(s), s)
	}
}

func TestClassify(t *testing.T) {
	cases := []struct {
		sentence string
		want     []Kind
		not      []Kind
	}{
		{"You and Acme agree that any dispute will be resolved by binding arbitration.", []Kind{Arbitration}, []Kind{ClassWaiver}},
		{"You will not be required to arbitrate any dispute with us.", nil, []Kind{Arbitration}},
		{"YOU WAIVE ANY RIGHT TO PARTICIPATE IN A CLASS ACTION LAWSUIT OR CLASS-WIDE ARBITRATION.", []Kind{ClassWaiver}, nil},
		{"If 25 or more similar demands are filed, they will be administered in batches.", []Kind{MassArbitration}, nil},
		{"The arbitrator shall have exclusive authority to resolve any dispute about the enforceability of this agreement.", []Kind{Delegation}, nil},
		{"A court, and not an arbitrator, shall decide the enforceability of this agreement.", nil, []Kind{Delegation}},
		{"You may opt out of this arbitration agreement within 30 days.", []Kind{OptOut}, nil},
		{"You may opt out of marketing emails at any time.", nil, []Kind{OptOut}},
		{"Before initiating arbitration, you must send us a Notice of Dispute.", []Kind{PreDisputeNotice}, nil},
		{"Either party may bring a claim in small claims court.", []Kind{SmallClaims}, nil},
		{"These Terms are governed by the laws of the State of New York.", []Kind{GoverningLaw}, nil},
		{"You must comply with all applicable laws when using the Site.", nil, []Kind{GoverningLaw}},
		{"You consent to the exclusive jurisdiction of the courts located in Travis County, Texas.", []Kind{Forum}, nil},
		{"By using the Site, you agree to be bound by these Terms.", []Kind{UseIsAssent}, nil},
		// Forms real terms use (issue 13).
		{"The laws of California, excluding its conflict of laws rules, will apply to any disputes arising out of these terms.", []Kind{GoverningLaw}, nil},
		{"YOU AGREE THAT YOU AND ACME ARE EACH WAIVING THE RIGHT TO A TRIAL BY JURY AND AGREE NOT TO BRING OR PARTICIPATE IN A CLASS OR REPRESENTATIVE ACTION.", []Kind{ClassWaiver}, nil},
		{"You agree to bring a dispute in small claims court in San Mateo County, California.", []Kind{Forum, SmallClaims}, nil},
		{"Our liability is limited to the amount you paid.", nil, Kinds},
		// Forms from the public clause sets' training half, read against
		// the adjudication guideline (clausedata/adjudicated/GUIDELINE.md).
		{"you agree that disputes between you and academia.edu will be resolved by binding , individual arbitration .", []Kind{Arbitration}, nil},
		{"by rejecting any change , you are agreeing that you will arbitrate any dispute between you and academia.edu .", []Kind{Arbitration}, nil},
		{"All other claims will be arbitrated.", []Kind{Arbitration}, nil},
		{"18.1 binding arbitration ; disputes ; small claims .", nil, []Kind{Arbitration}},
		{"c. judicial forum for legal disputes", nil, []Kind{Forum}},
		{"arbitration rules and governing law .", nil, []Kind{GoverningLaw}},
		{"these terms of service contain important terms , including a provision regarding binding arbitration of disputes .", nil, []Kind{Arbitration}},
		{"the arbitrator may not consolidate more than one person 's claims , and may not otherwise preside over any form of any class or representative proceeding .", []Kind{ClassWaiver}, nil},
		{"the federal arbitration act governs the interpretation and enforcement of this agreement to arbitrate .", nil, []Kind{GoverningLaw}},
		{"These Terms are governed by the Federal Arbitration Act and the laws of the State of California.", []Kind{GoverningLaw}, nil},
		{"German law shall apply to the contractual relationships. The place of jurisdiction is Berlin.", []Kind{GoverningLaw, Forum}, nil},
		{"Any dispute concerning this Agreement shall be solved by competent Romanian Courts.", []Kind{Forum}, nil},
		{"You agree that any suit arising from this Agreement will be brought in San Francisco, California.", []Kind{Forum}, nil},
		{"Judgment on the award may be entered in any court of competent jurisdiction.", nil, []Kind{Forum}},
		// Forms the guideline names, written here (not taken from the
		// held-out half).
		{"Claims may be brought only on an individual basis.", []Kind{ClassWaiver}, nil},
		{"No arbitration shall proceed on a class, representative, or collective basis.", []Kind{ClassWaiver}, nil},
		{"If the class action waiver is found unenforceable, this section shall be null and void.", nil, []Kind{ClassWaiver, Arbitration}},
		{"Venue shall lie exclusively in Santa Clara County, California.", []Kind{Forum}, nil},
		{"Place of performance and jurisdiction is Munich.", []Kind{Forum}, nil},
		{"Any dispute shall be decided exclusively by the courts of Paris.", []Kind{Forum}, nil},
		{"Disputes will be handled through binding arbitration.", []Kind{Arbitration}, nil},
		{"If you opt out of binding arbitration, neither party can require the other to arbitrate.", nil, []Kind{Arbitration}},
		{"Claims for injunctive relief are excluded from binding arbitration.", nil, []Kind{Arbitration}},
		{"We will pay all fees for binding arbitration of claims under $10,000.", nil, []Kind{Arbitration}},
		{"Unless you opt out of arbitration within 30 days, you agree that disputes will be resolved by binding arbitration.", []Kind{Arbitration}, nil},
		{"These Terms require arbitration of disputes on an individual basis.", []Kind{Arbitration}, nil},
		{"All claims between us are subject to binding arbitration.", []Kind{Arbitration}, nil},
		{"The arbitrator's decision shall be final and binding.", nil, []Kind{Arbitration}},
		{"The arbitration will be governed by the Consumer Arbitration Rules of the American Arbitration Association.", nil, []Kind{Arbitration}},
		{"You may bring claims only on your own behalf.", []Kind{ClassWaiver}, nil},
		{"Class action lawsuits, class-wide arbitrations and private attorney-general actions aren't allowed.", []Kind{ClassWaiver}, nil},
		{"Nothing in these Terms affects your rights under the mandatory laws of your country of residence.", nil, []Kind{GoverningLaw}},
		{"The arbitrator may award declaratory or injunctive relief only on an individual basis.", nil, []Kind{ClassWaiver}},
		{"The arbitration will be held in San Francisco, California, and any claims brought in arbitration must be filed in San Francisco, California.", nil, []Kind{Forum}},
		{"The Federal Arbitration Act and federal arbitration law apply to this agreement.", nil, []Kind{GoverningLaw}},
	}
	for _, c := range cases {
		t.Run(c.sentence, func(t *testing.T) {
			got := Classify(c.sentence)
			for _, k := range c.want {
				assert.Contains(t, got, k)
			}
			for _, k := range c.not {
				assert.NotContains(t, got, k)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	text := "ARBITRATION\nYou agree to arbitrate. Mail it to P.O. Box 4, Albany, NY.\n\n1.2 Governing Law\nThese Terms are governed by U.S. law and the laws of\nthe State of Ohio. Done!"
	ss := Sentences(text)
	var got []string
	for _, s := range ss {
		got = append(got, s.Text)
		assert.True(t, strings.HasPrefix(strings.Join(strings.Fields(text[s.Offset:]), " "), s.Text), "offset of %q", s.Text)
	}
	assert.Equal(t, []string{
		"ARBITRATION",
		"You agree to arbitrate.",
		"Mail it to P.O. Box 4, Albany, NY.",
		"1.2 Governing Law",
		"These Terms are governed by U.S. law and the laws of the State of Ohio.",
		"Done!",
	}, got)
}

func TestLastUpdated(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Last Updated: March 3, 2025", "2025-03-03"},
		{"Effective Date: 2025-02-01", "2025-02-01"},
		{"Last modified 04/22/2023", "2023-04-22"},
		{"Updated on 2 November 2023", "2023-11-02"},
		{"Effective as of 1 February 2024. Last revised: Sept. 10, 2025", "2025-09-10"},
		{"last updated date : may 15 , 2017", "2017-05-15"},
		{"Last updated: February 30, 2025", ""},
		{"No date here.", ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			d, ok := LastUpdated(c.text)
			assert.Equal(t, c.want != "", ok)
			assert.Equal(t, c.want, d.Date.String())
		})
	}
}

func TestGoverningPlace(t *testing.T) {
	cases := []struct {
		s, place string
		us       bool
	}{
		{"governed by the laws of the State of West Virginia", "west virginia", true},
		{"Texas law governs these terms", "texas", true},
		{"governed by the laws of England and Wales", "england and wales", false},
		{"subject to Swiss law", "switzerland", false},
		{"governed by the Federal Arbitration Act", "", false},
	}
	for _, c := range cases {
		p, us := GoverningPlace(c.s)
		assert.Equal(t, c.place, p, c.s)
		assert.Equal(t, c.us, us, c.s)
	}
}

func TestDaysAndThreshold(t *testing.T) {
	assert.Equal(t, 30, Days("within thirty (30) days of first accepting"))
	assert.Equal(t, 45, Days("within forty-five days"))
	assert.Equal(t, 0, Days("at any time"))
	assert.Equal(t, 25, Threshold("twenty-five (25) or more similar demands"))
	assert.Equal(t, 100, Threshold("100 or more claims"))
}

// FuzzFind checks that any input, however broken, gives quotes that are
// really at their offsets and never panics.
func FuzzFind(f *testing.F) {
	f.Add("You agree to arbitrate any dispute. Governed by the laws of the State of Ohio.")
	f.Add("ARBITRATION\n\n\n(a) ...")
	f.Add("Last updated: 13/45/2025. \x00\xff")
	f.Add(strings.Repeat("class action ", 50))
	f.Add("P.O. Box. U.S. e.g. i.e.. ... !!! ???")
	f.Fuzz(func(t *testing.T, text string) {
		for k, ms := range Find(text) {
			for _, m := range ms {
				require.Equal(t, k, m.Kind)
				require.True(t, m.Offset >= 0 && m.Offset <= len(text))
				require.GreaterOrEqual(t, m.Score, 1.0)
			}
		}
		res := Result(text)
		_ = res.Answers.Merge(core.Answers{})
	})
}

func TestAssentGuideCases(t *testing.T) {
	g := Guide(nil)
	require.Len(t, g.Cases, len(caseIDs), "every case of the guide is in core/knowledge")
	known := map[string]bool{}
	for _, c := range g.Cases {
		known[c.ID] = true
		assert.NotEmpty(t, c.Citation, c.ID)
		assert.NotEmpty(t, c.Holding, c.ID)
		assert.NotEmpty(t, c.Source, c.ID)
		assert.NotEmpty(t, c.Checked, c.ID)
	}
	values := map[string]bool{}
	for _, o := range g.Options {
		values[o.Value] = true
		for _, id := range o.Cases {
			assert.True(t, known[id], "option %s cites %s, which the guide lists", o.Value, id)
		}
	}
	// The guide's options are the question's options, less "I don't know".
	for _, o := range core.QuestionFor("terms.assent").Options {
		if o.Value != core.Unknown {
			assert.True(t, values[o.Value], "guide explains %s", o.Value)
		}
	}
}

func TestPreDisputeWording(t *testing.T) {
	for _, s := range []string{
		"You and Example shall first consult with each other to attempt to resolve such dispute, and if a resolution is not reached within ninety (90) days, the dispute shall be resolved by binding arbitration.",
		"Before filing a claim, you agree to try to resolve the dispute informally by contacting us.",
		"You must send a written Notice of Dispute to legal@example.com.",
	} {
		assert.Contains(t, Classify(s), PreDisputeNotice, s)
	}
	assert.NotContains(t, Classify("We will try to respond to your request within 45 days."), PreDisputeNotice)
}

// Periods and thresholds read every number word core/text knows, not only
// the common ones.
func TestDaysAndThresholdInWords(t *testing.T) {
	for _, tc := range []struct {
		name string
		read func(string) int
		in   string
		want int
	}{
		{"eleven days", Days, "within eleven days of notice", 11},
		{"sixty five days", Days, "within sixty five days", 65},
		{"five hundred or more", Threshold, "five hundred or more demands", 500},
		{"no number", Threshold, "many or more", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.read(tc.in))
		})
	}
}
