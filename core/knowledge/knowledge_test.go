package knowledge

import (
	"net/url"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
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
			assert.False(t, checked.After(LastReview().ReviewedDate()), "checked after the table's last review")
			for _, v := range e.Values {
				if v.From != "" {
					_, err := time.Parse(time.DateOnly, v.From)
					assert.NoError(t, err, "value date %q", v.From)
				}
			}
			if len(e.Values) > 0 {
				assert.NotEmpty(t, e.Unit, "a number needs a unit")
			}
			for _, c := range e.Changes {
				_, err := time.Parse(time.DateOnly, c.On)
				assert.NoError(t, err, "change date %q", c.On)
				assert.NotEmpty(t, c.What, "a change says what changed")
			}
			if e.SupersededOn != "" || e.SupersededBy != "" {
				_, err := time.Parse(time.DateOnly, e.SupersededOn)
				assert.NoError(t, err, "superseded_on %q", e.SupersededOn)
				_, ok := Lookup(e.SupersededBy)
				assert.True(t, ok, "superseded_by %q is in the table", e.SupersededBy)
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

// The table says when it was last reviewed as a whole, how long that
// review holds and what to check after it.
func TestLastReview(t *testing.T) {
	r := LastReview()
	assert.False(t, r.ReviewedDate().IsZero())
	assert.False(t, r.ReviewedDate().After(time.Now()), "a review cannot be in the future")
	assert.Equal(t, 90, r.WindowDays)
	assert.NotEmpty(t, r.WhatToCheck)
}

// Every dated value marks a change in the law, and the list of changes
// must show it: a figure cannot change silently.
func TestEveryDatedValueIsAListedChange(t *testing.T) {
	listed := map[string]bool{}
	for _, c := range Changes() {
		listed[c.On] = true
	}
	for _, e := range All() {
		for _, v := range e.Values {
			if v.From != "" {
				assert.True(t, listed[v.From], "%s: its value from %s is not in the list of changes", e.ID, v.From)
			}
		}
	}
}

func TestChangesNewestFirst(t *testing.T) {
	cs := Changes()
	require.Greater(t, len(cs), 10)
	for i := 1; i < len(cs); i++ {
		assert.GreaterOrEqual(t, cs[i-1].On, cs[i].On, "newest first")
	}
	for _, c := range cs {
		assert.NotEmpty(t, c.Source.URL, c.ID)
		assert.NotEmpty(t, c.Checked, c.ID)
	}
	assert.Equal(t, "2027-01-01", cs[0].On, "SB 690's operative date is the newest change")
	assert.Equal(t, "sb_690", cs[0].ID)
	assert.True(t, cs[0].Confirm, "SB 690's enactment is reported, not verified")
}

// SB 690 is a dated change: the private § 638.51 action for website and app
// claims exists before January 1, 2027 and not from that day.
func TestSB690IsDated(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	e, ok := Lookup("sb_690")
	require.True(t, ok)
	assert.True(t, e.Confirm)
	v, ok := e.At(day("2026-12-31"))
	require.True(t, ok)
	assert.Equal(t, 1.0, v.Value)
	v, ok = e.At(day("2027-01-01"))
	require.True(t, ok)
	assert.Equal(t, 0.0, v.Value)
}

// The 2020 AAA Consumer schedule is dated as superseded by the 2025 rules,
// and Espinoza by Hohenshelt.
func TestSupersededEntries(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	for id, by := range map[string]string{"aaa_consumer_business_filing": "aaa_consumer_rules_2025", "aaa_consumer_case_management": "aaa_consumer_rules_2025", "espinoza": "hohenshelt"} {
		e, ok := Lookup(id)
		require.True(t, ok, id)
		assert.Equal(t, by, e.SupersededBy, id)
		assert.False(t, e.Superseded(day("2025-04-30")), id)
	}
	e, _ := Lookup("aaa_consumer_business_filing")
	assert.True(t, e.Superseded(day("2025-05-01")))
}

// A change can be verified where its entry is not: SB 690's amendment of
// July 2, 2026 is read in the bill digest, its enactment only in commentary.
func TestChangeConfirmOverride(t *testing.T) {
	byOn := map[string]ChangeItem{}
	for _, c := range Changes() {
		if c.ID == "sb_690" {
			byOn[c.On] = c
		}
	}
	assert.False(t, byOn["2026-07-02"].Confirm, "the amendment is in the bill digest")
	assert.True(t, byOn["2026-09-30"].Confirm, "the signature is reported only")
	assert.True(t, byOn["2027-01-01"].Confirm, "the operative date is reported only")
}

// A table that does not load stops the program with the reason, instead of
// letting every fee and deadline come out as zero.
func TestBrokenTableStopsTheProgram(t *testing.T) {
	good := `[{"id":"a","kind":"fee","title":"A","summary":"A fee.","unit":"usd","values":[{"value":1}]}]`
	for name, fsys := range map[string]fstest.MapFS{
		"not json":     {"fees.json": {Data: []byte(`[{"id":`)}},
		"missing file": {},
		"repeated id":  {"fees.json": {Data: []byte(`[{"id":"a"},{"id":"a"}]`)}},
	} {
		t.Run(name, func(t *testing.T) {
			assert.PanicsWithError(t, mustLoadErr(t, fsys), func() { mustLoad(fsys, []string{"fees.json"}) })
		})
	}
	tbl, ids := mustLoad(fstest.MapFS{"fees.json": {Data: []byte(good)}}, []string{"fees.json"})
	assert.Equal(t, []string{"a"}, ids)
	assert.Equal(t, 1.0, tbl["a"].Values[0].Value)
}

func mustLoadErr(t *testing.T, fsys fstest.MapFS) string {
	t.Helper()
	_, _, err := load(fsys, []string{"fees.json"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "fees.json")
	return err.Error()
}

// BenchmarkLoad is what reading the table costs, once per page load, on the
// first call that needs it (see table). Under WebAssembly:
// GOOS=js GOARCH=wasm go test -exec="$(go env GOROOT)/lib/wasm/go_js_wasm_exec" -run '^$' -bench Load ./core/knowledge
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, _, err := load(files, fileNames); err != nil {
			b.Fatal(err)
		}
	}
}
