package knowledge

import (
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var kinds = map[string]bool{
	KindStatute: true, KindBill: true, KindCase: true, KindFee: true, KindThreshold: true,
	KindPeriod: true, KindRule: true, KindFirm: true, KindAnecdote: true, KindGuidance: true, KindDefault: true,
}

// Every entry must say what it is, where it comes from and when we checked
// it: a lawyer reviewing the table must be able to follow every figure.
func TestEveryEntryIsSourcedAndDated(t *testing.T) {
	require.NoError(t, Err())
	all := All()
	require.NotEmpty(t, all)
	for _, e := range all {
		t.Run(e.ID, func(t *testing.T) {
			assert.NotEmpty(t, e.ID)
			assert.True(t, kinds[e.Kind], "unknown kind %q", e.Kind)
			assert.NotEmpty(t, e.Title, "title")
			assert.NotEmpty(t, e.Summary, "summary")
			require.NotEmpty(t, e.Sources, "every entry needs a source")
			for _, s := range e.Sources {
				u, err := url.Parse(s.URL)
				require.NoError(t, err, s.URL)
				assert.Contains(t, []string{"http", "https"}, u.Scheme, "source %q must be a web address", s.URL)
				assert.NotEmpty(t, u.Host, s.URL)
				assert.NotContains(t, s.URL, "...", "a truncated address is not a source")
				assert.NotEmpty(t, s.Title, "source title")
			}
			checked, err := time.Parse(time.DateOnly, e.Checked)
			require.NoError(t, err, "checked date %q", e.Checked)
			assert.False(t, checked.After(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)), "checked in the future")
			for _, v := range e.Values {
				if v.From != "" {
					_, err := time.Parse(time.DateOnly, v.From)
					assert.NoError(t, err, "value date %q", v.From)
				}
			}
			if len(e.Values) > 0 {
				assert.NotEmpty(t, e.Unit, "a number needs a unit")
			}
			if e.Kind == KindFirm {
				assert.NotEmpty(t, e.Aliases, "a firm needs names to match")
				require.NotEmpty(t, e.Facts, "a firm entry holds only sourced facts")
				for _, f := range e.Facts {
					assert.True(t, strings.HasPrefix(f.Source, "http"), "fact %q needs a source", f.Text)
				}
			}
		})
	}
}

// A fee or figure that only a secondary source states, or that our notes
// call unverified, must be flagged for confirmation.
func TestSecondaryOnlyFiguresAreFlagged(t *testing.T) {
	for _, e := range All() {
		if len(e.Values) == 0 || e.Kind == KindStatute || e.Kind == KindPeriod || e.Kind == KindThreshold {
			continue
		}
		primary := false
		for _, s := range e.Sources {
			primary = primary || !s.Secondary
		}
		if !primary {
			assert.True(t, e.Confirm, "%s: only secondary sources state its figure, so it needs confirm: true", e.ID)
		}
	}
	for _, id := range []string{"aaa_consumer_business_filing", "aaa_commercial_filing", "aaa_mass_appointment_business", "sb_690", "montalti_1987", "licea_cinmar", "chabolla_classpass"} {
		e, ok := Lookup(id)
		require.True(t, ok, id)
		assert.True(t, e.Confirm, "%s is unverified in the research notes", id)
	}
}

func TestValueAtDate(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	e, ok := Lookup("pc_637_2")
	require.True(t, ok)
	v, ok := e.At(day("2026-11-26"))
	require.True(t, ok)
	assert.Equal(t, 5000.0, v.Value)
	assert.Equal(t, "2017-01-01", v.From)
	_, ok = e.At(day("2016-12-31"))
	assert.False(t, ok, "no value before the amendment took effect")

	th, _ := Lookup("aaa_mass_threshold")
	v, ok = th.At(day("2024-01-15"))
	require.True(t, ok)
	assert.Equal(t, "2024-01-15", v.From, "the later value wins from its effective day")
	v, _ = th.At(day("2024-01-14"))
	assert.Equal(t, "2020-11-01", v.From)

	undated, _ := Lookup("ccp_340")
	v, ok = undated.At(day("1990-01-01"))
	require.True(t, ok, "an undated value is in force on every day")
	assert.Equal(t, 1.0, v.Value)
}

func TestOfKindAndLookup(t *testing.T) {
	firms := OfKind(KindFirm)
	require.NotEmpty(t, firms)
	for i := 1; i < len(firms); i++ {
		assert.Less(t, firms[i-1].ID, firms[i].ID)
	}
	_, ok := Lookup("no_such_entry")
	assert.False(t, ok)
}

// A summary is one sentence: a reviewer reads the table line by line.
func TestSummariesAreOneSentence(t *testing.T) {
	boundary := regexp.MustCompile(`[a-z0-9)"]\. [A-Z]`)
	for _, e := range All() {
		s := strings.NewReplacer("S.D. Cal.", "", "N.D. Cal.", "", "C.D. Cal.", "", "E.D. Cal.", "", "Cal. ", "", "U.S. ", "", "v. ", "", "No. ", "").Replace(e.Summary)
		assert.False(t, boundary.MatchString(s), "%s: summary has more than one sentence: %q", e.ID, e.Summary)
		assert.True(t, strings.HasSuffix(e.Summary, "."), "%s: summary ends with a full stop", e.ID)
	}
}

// BenchmarkLoad is what reading the table costs, once per page load, on the
// first call that needs it (see table). Under WebAssembly:
// GOOS=js GOARCH=wasm go test -exec="$(go env GOROOT)/lib/wasm/go_js_wasm_exec" -run '^$' -bench Load ./core/knowledge
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, _, err := load(); err != nil {
			b.Fatal(err)
		}
	}
}
