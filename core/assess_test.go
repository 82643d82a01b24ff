package core

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDeadlineArithmetic(t *testing.T) {
	cases := []struct {
		name, date string
		days       *int
		explicit   string
		want       string
	}{
		{"default 30 days", "2026-11-10", nil, "", "2026-12-10"},
		{"leap year, Jan 31", "2028-01-31", nil, "", "2028-03-01"},
		{"common year, Jan 31", "2027-01-31", nil, "", "2027-03-02"},
		{"Feb 29 plus 30", "2028-02-29", nil, "", "2028-03-30"},
		{"year end", "2026-12-15", Int(30), "", "2027-01-14"},
		{"stated days", "2026-11-10", Int(14), "", "2026-11-24"},
		{"zero days", "2026-11-10", Int(0), "", "2026-11-10"},
		{"explicit date wins", "2026-11-10", Int(45), "2026-12-01", "2026-12-01"},
		{"explicit date without letter date", "", nil, "2026-12-01", "2026-12-01"},
		{"nothing known", "", Int(30), "", ""},
		{"only the day received", "", nil, "", "2026-12-14"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := Letter{ResponseDays: c.days}
			if c.name == "only the day received" {
				l.Received = MustDate("2026-11-14")
			}
			if c.date != "" {
				l.Date = MustDate(c.date)
			}
			if c.explicit != "" {
				l.ResponseDeadline = MustDate(c.explicit)
			}
			got, basis, _ := deadline(l, MustDate("2026-11-26"))
			assert.Equal(t, c.want, got.String())
			assert.NotEmpty(t, basis)
		})
	}
}

func TestDaysLeftGoesNegative(t *testing.T) {
	a := Answers{Letter: Letter{Date: MustDate("2026-01-01")}}
	for asOf, want := range map[string]int{"2026-01-31": 0, "2026-01-30": 1, "2026-02-01": -1, "2026-03-01": -29} {
		assert.Equal(t, want, Assess(a, MustDate(asOf)).DaysLeft, asOf)
	}
}

func TestUSD(t *testing.T) {
	for in, want := range map[float64]string{0: "$0", 5000: "$5,000", 1234567.5: "$1,234,567.50", 999.999: "$1,000", -2500: "-$2,500"} {
		assert.Equal(t, want, usd(in), fmt.Sprint(in))
	}
}

// A letter quoting $2,500 per violation under § 638.51 is told plainly that
// this is the criminal fine.
func TestCriminalFineMisquote(t *testing.T) {
	a := Answers{Letter: Letter{Date: MustDate("2026-11-01"), Statutes: []string{"638.51"}, PerViolationClaimed: 2500, ViolationsClaimed: 2}}
	x := Assess(a, MustDate("2026-11-26")).Exposure
	require.NotEmpty(t, x.Notes)
	assert.Contains(t, x.Notes[0], "criminal fine")
	assert.Contains(t, x.Notes[0], "$5,000")
	assert.Equal(t, 10000.0, x.Statutory.Amount)
}

func TestFirmMatchingStatesOnlySourcedFacts(t *testing.T) {
	for _, name := range []string{"Pacific Trial Attorneys", "SWIGART LAW GROUP, APC", "Tauler  Smith LLP", "Bursor & Fisher, P.A."} {
		f := findFirm(name)
		require.NotNil(t, f, name)
		assert.NotEmpty(t, f.Facts)
	}
	assert.Nil(t, findFirm("Smith & Jones"))
	assert.Nil(t, findFirm(""))
}

func FuzzParseAndAssess(f *testing.F) {
	for _, p := range []string{"../examples/answers.json", "report/testdata/mass.answers.json", "report/testdata/pen2500.answers.json"} {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data, "2026-11-26")
		}
	}
	f.Add([]byte(`{}`), "2026-11-26")
	f.Add([]byte(`{"letter":{"date":"2028-02-29","claimants":1000000000,"visit_dates":["1970-01-01","2100-12-31"]}}`), "2100-12-31")
	f.Add([]byte(`{"letter":{"response_days":1000000000,"date":"2026-01-01"},"business":{"other_demands_same_firm":999999999}}`), "1970-01-01")
	f.Add([]byte(`{"terms":{"arbitration_clause":"yes","provider":"jams","mass_arbitration_provision":"yes"},"letter":{"claimants":75}}`), "2026-11-26")
	f.Add([]byte(`null`), "")
	f.Fuzz(func(t *testing.T, data []byte, asOf string) {
		a, probs := ParseAnswers(data)
		if len(probs) > 0 {
			return
		}
		d, err := ParseDate(asOf)
		if err != nil {
			d = MustDate("2026-11-26")
		}
		as := Assess(a, d)
		if as.Factors == nil || as.Citations == nil || as.Notice == "" {
			t.Fatalf("incomplete assessment for %s", data)
		}
		checkInvariants(t, a, as)
	})
}

func BenchmarkAssess(b *testing.B) {
	data, err := os.ReadFile("../examples/answers.json")
	require.NoError(b, err)
	a, probs := ParseAnswers(data)
	require.Empty(b, probs)
	asOf := MustDate("2026-11-26")
	b.ReportAllocs()
	for b.Loop() {
		Assess(a, asOf)
	}
}

func TestUSDHugeAmounts(t *testing.T) {
	assert.Equal(t, "$10"+strings.Repeat(",000", 7), USD(1e22))
	assert.Equal(t, "$0.05", USD(0.05))
}

// A common personal name must not pull in facts about a firm.
func TestFirmAliasesAreDistinctive(t *testing.T) {
	for _, name := range []string{"Matthew Smith, Esq.", "Smith Law", "John Fisher"} {
		assert.Nil(t, findFirm(name), name)
	}
}

// Terms updated after the visits cannot carry the clause for them (#11.5).
func TestTermsUpdatedAfterVisits(t *testing.T) {
	a := Answers{Letter: Letter{Date: MustDate("2026-11-10"), VisitDates: []Date{MustDate("2026-08-03")}},
		Terms: Terms{ArbitrationClause: "yes", Provider: "aaa", Assent: "clickwrap", ClaimantAccount: "yes"}}
	before := Assess(a, MustDate("2026-11-26"))
	a.Terms.LastUpdated = MustDate("2026-09-01")
	after := Assess(a, MustDate("2026-11-26"))
	assert.Equal(t, StrengthStrong, before.Defenses[0].Strength)
	assert.Equal(t, StrengthModerate, after.Defenses[0].Strength)
	assert.Contains(t, after.Defenses[0].Why, "September 1, 2026, after the first visit the letter names (August 3, 2026)")
	a.Terms.LastUpdated = MustDate("2026-01-01")
	assert.Equal(t, StrengthStrong, Assess(a, MustDate("2026-11-26")).Defenses[0].Strength)
}

// The Commercial-rules defense says "not known" only of the answer really
// missing (#11.3): the business model, once answered, is never called
// unknown.
func TestCommercialRulesNamesWhatIsMissing(t *testing.T) {
	why := func(a Answers) Defense {
		for _, d := range Assess(a, MustDate("2026-11-26")).Defenses {
			if d.ID == "commercial_rules_economics" {
				return d
			}
		}
		t.Fatal("no Commercial-rules defense")
		return Defense{}
	}
	a := Answers{Terms: Terms{ArbitrationClause: "yes", Rules: "commercial"}, Business: Business{Model: "b2b"}}
	d := why(a)
	assert.Equal(t, StrengthUnknown, d.Strength)
	assert.Contains(t, d.Why, "which provider administers them is not known")
	assert.NotContains(t, d.Why, "whether you sell to businesses")

	a.Terms.Provider, a.Business.Model = "aaa", ""
	d = why(a)
	assert.Contains(t, d.Why, "whether you sell to businesses or to consumers, which is not answered yet")

	a.Business.Model = "b2b"
	assert.Equal(t, StrengthStrong, why(a).Strength, "AAA Commercial Rules and a business that sells to businesses")
	a.Business.Model = "b2c"
	assert.Equal(t, StrengthWeak, why(a).Strength, "the platform rule")
}
