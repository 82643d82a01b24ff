package clausedata

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fixtureSamples are the clauses testdata/adjudicated/unfair_tos.tsv labels,
// at the lines they would hold in data_fixed.tsv.
func fixtureSamples() []Sample {
	rows := []struct {
		text, truth string
	}{
		{"last updated date : may 15 , 2017 ", ""},
		{"you and acme agree that any dispute will be settled by binding arbitration . ", "arbitration"},
		{"these terms are governed by the laws of the state of california . ", "governing_law"},
		{"the arbitrator may award fees . ", ""},
		{"acme is located in delaware . ", "governing_law"},
	}
	var out []Sample
	for i, r := range rows {
		s := Sample{Text: r.text, Truth: map[string]bool{}, Source: "unfair_tos", Line: i + 2}
		if r.truth != "" {
			s.Truth[r.truth] = true
		}
		out = append(out, s)
	}
	return out
}

func TestAdjudicate(t *testing.T) {
	labels, err := LoadAdjudicated(filepath.Join("testdata", "adjudicated"), "unfair_tos")
	require.NoError(t, err)
	require.Len(t, labels, 3)
	assert.Equal(t, "choice of law", labels[4].Note)

	got, omitted, err := Adjudicate(fixtureSamples(), labels)
	require.NoError(t, err)
	require.Len(t, got, 5)
	assert.True(t, got[1].Truth["arbitration"])
	// Line 4's sha was taken without UNFAIR-ToS's trailing space: still the clause.
	assert.True(t, got[2].Truth["governing_law"])
	assert.True(t, got[2].Truth[LawOrForum])
	assert.False(t, got[3].Truth["arbitration"], "a row the annotators said no to")
	// Line 6 is published "Choice of law" but not in the file: no, and reported.
	assert.False(t, got[4].Truth["governing_law"])
	assert.Equal(t, []int{6}, omitted)
}

func TestAdjudicateSourceChanged(t *testing.T) {
	labels, err := LoadAdjudicated(filepath.Join("testdata", "adjudicated"), "unfair_tos")
	require.NoError(t, err)
	samples := fixtureSamples()
	samples[1].Text = "you and acme agree that any dispute will be settled in court . "
	_, _, err = Adjudicate(samples, labels)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "line 3")
	assert.Contains(t, err.Error(), "source file changed")

	_, _, err = Adjudicate(fixtureSamples()[:2], labels)
	require.Error(t, err, "a label for a line the source does not have")
}

func TestLoadAdjudicatedErrors(t *testing.T) {
	_, err := LoadAdjudicated(filepath.Join("testdata", "adjudicated"), "tosdr_dev")
	require.ErrorIs(t, err, ErrNoAdjudication)

	dir := t.TempDir()
	for name, body := range map[string]string{
		"header":  "line\tsha\tarbitration\tforum\n",
		"yes":     "line\tsha\tarbitration\tclass_waiver\tgoverning_law\tforum\tnote\n3\t9f22e70adb78\tyes\tn\tn\tn\t\n",
		"sha":     "line\tsha\tarbitration\tclass_waiver\tgoverning_law\tforum\tnote\n3\t9f22\ty\tn\tn\tn\t\n",
		"twice":   "line\tsha\tarbitration\tclass_waiver\tgoverning_law\tforum\tnote\n3\t9f22e70adb78\ty\tn\tn\tn\t\n3\t9f22e70adb78\ty\tn\tn\tn\t\n",
		"line":    "line\tsha\tarbitration\tclass_waiver\tgoverning_law\tforum\tnote\nthree\t9f22e70adb78\ty\tn\tn\tn\t\n",
		"columns": "line\tsha\tarbitration\tclass_waiver\tgoverning_law\tforum\tnote\n3\t9f22e70adb78\ty\tn\n",
	} {
		t.Run(name, func(t *testing.T) {
			require.NoError(t, os.WriteFile(filepath.Join(dir, "unfair_tos.tsv"), []byte(body), 0o644))
			_, err := LoadAdjudicated(dir, "unfair_tos")
			require.Error(t, err)
			assert.False(t, errors.Is(err, ErrNoAdjudication))
			assert.Contains(t, err.Error(), "unfair_tos.tsv")
		})
	}
}
