package har_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cipa-triage/cipa-triage/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/har"
)

type labelFile struct {
	Trackers      map[string]string `json:"trackers"` // id -> sent_data | loaded_only
	Data          [][3]string       `json:"data"`     // tracker, kind, text in value or note
	BeforeConsent map[string]bool   `json:"before_consent"`
	AfterReject   map[string]bool   `json:"after_reject"`
	GPC           map[string]bool   `json:"gpc"`
	ConsentBanner core.Banner       `json:"consent_banner"`
	GPCHonored    core.YesNo        `json:"gpc_honored"`
}

type tally struct{ tp, fp, fn int }

func (t tally) precision() float64 { return ratio(t.tp, t.tp+t.fp) }
func (t tally) recall() float64    { return ratio(t.tp, t.tp+t.fn) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// TestAccuracy replays the Chromium-recorded fixtures through the reader and
// prints precision and recall per vendor, the recall of the data each tag
// sent, and the consent facts. The floors below fail the test.
//
//	go test ./core/har -run TestAccuracy -v
func TestAccuracy(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "recorded", "labels.json"))
	require.NoError(t, err)
	var labels struct {
		Files map[string]labelFile `json:"files"`
	}
	require.NoError(t, json.Unmarshal(raw, &labels))
	require.NotEmpty(t, labels.Files)

	detect := map[string]*tally{}
	data := map[string]*tally{}
	var facts, factsRight int
	var misses []string
	get := func(m map[string]*tally, k string) *tally {
		if m[k] == nil {
			m[k] = &tally{}
		}
		return m[k]
	}
	names := make([]string, 0, len(labels.Files))
	for name := range labels.Files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		lab := labels.Files[name]
		f, err := os.Open(filepath.Join("testdata", "recorded", name))
		require.NoError(t, err)
		res, err := har.Reader{Options: har.Options{TestEmails: []string{"pat.tester@example.org"}, TestPhones: []string{"4155550134"}}}.
			Read(core.Source{Name: name, Size: -1, R: f}, core.Answers{})
		f.Close()
		require.NoError(t, err, name)
		found := trackers(res)
		for id, status := range lab.Trackers {
			got, ok := found[id]
			switch {
			case ok && got.Status == status:
				get(detect, id).tp++
			case ok:
				get(detect, id).fp++
				get(detect, id).fn++
				misses = append(misses, fmt.Sprintf("%s: %s reported %s, labelled %s", name, id, got.Status, status))
			default:
				get(detect, id).fn++
				misses = append(misses, fmt.Sprintf("%s: %s missed", name, id))
			}
		}
		for id := range found {
			if _, ok := lab.Trackers[id]; !ok {
				get(detect, id).fp++
				misses = append(misses, fmt.Sprintf("%s: %s reported but not there", name, id))
			}
		}
		for _, d := range lab.Data {
			tr, kind, text := d[0], d[1], d[2]
			hit := false
			for _, ds := range found[tr].DataSent {
				if ds.Kind == kind && (strings.Contains(ds.Value, text) || strings.Contains(ds.Note, text)) {
					hit = true
				}
			}
			if hit {
				get(data, tr).tp++
			} else {
				get(data, tr).fn++
				misses = append(misses, fmt.Sprintf("%s: %s %s %q not reported", name, tr, kind, text))
			}
		}
		check := func(what string, ok bool) {
			facts++
			if ok {
				factsRight++
			} else {
				misses = append(misses, name+": "+what)
			}
		}
		for id, want := range lab.BeforeConsent {
			b := found[id].BeforeConsent
			check(id+" before_consent", b != nil && *b == want)
		}
		for id, want := range lab.AfterReject {
			b := found[id].AfterReject
			check(id+" after_reject", b != nil && *b == want)
		}
		for id, want := range lab.GPC {
			check(id+" gpc_sent", found[id].GPC == want)
		}
		if lab.ConsentBanner != "" {
			check("consent_banner "+string(res.Answers.Site.ConsentBanner)+" vs "+string(lab.ConsentBanner), res.Answers.Site.ConsentBanner == lab.ConsentBanner)
		}
		if lab.GPCHonored != "" {
			check("gpc_honored", res.Answers.Site.GPCHonored == lab.GPCHonored)
		}
	}

	var all, allData tally
	ids := make([]string, 0, len(detect))
	for id := range detect {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	t.Logf("%-20s %9s %9s %6s   %s", "vendor", "precision", "recall", "cases", "data recall")
	for _, id := range ids {
		d := detect[id]
		all.tp, all.fp, all.fn = all.tp+d.tp, all.fp+d.fp, all.fn+d.fn
		dr := "-"
		if x := data[id]; x != nil {
			allData.tp, allData.fn = allData.tp+x.tp, allData.fn+x.fn
			dr = fmt.Sprintf("%.2f (%d/%d)", x.recall(), x.tp, x.tp+x.fn)
		}
		t.Logf("%-20s %9.2f %9.2f %6d   %s", id, d.precision(), d.recall(), d.tp+d.fn, dr)
	}
	t.Logf("%-20s %9.2f %9.2f %6d   %.2f (%d/%d)", "ALL", all.precision(), all.recall(), all.tp+all.fn, allData.recall(), allData.tp, allData.tp+allData.fn)
	t.Logf("consent and GPC facts: %d/%d right", factsRight, facts)
	for _, m := range misses {
		t.Logf("miss: %s", m)
	}
	// Honest floors: these fixtures are our own stubs of the vendors' tags,
	// so the reader should be near perfect on them; a drop means a regression.
	assert.GreaterOrEqual(t, all.precision(), 0.95, "tracker precision")
	assert.GreaterOrEqual(t, all.recall(), 0.95, "tracker recall")
	assert.GreaterOrEqual(t, allData.recall(), 0.90, "recall of data sent")
	assert.GreaterOrEqual(t, ratio(factsRight, facts), 0.90, "consent and GPC facts")
}

// TestGolden pins the whole JSON output for each recorded visit, so any
// change in what the reader reports shows up in review.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "recorded", "*.har"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			f, err := os.Open(path)
			require.NoError(t, err)
			defer f.Close()
			res, err := har.Reader{Options: har.Options{TestEmails: []string{"pat.tester@example.org"}, TestPhones: []string{"4155550134"}}}.
				Read(core.Source{Name: path, Size: -1, R: f}, core.Answers{})
			require.NoError(t, err)
			golden.JSON(t, strings.TrimSuffix(path, ".har")+".golden.json", res)
		})
	}
}
