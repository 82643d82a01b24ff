package harcompare_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core/har"
	"github.com/cipa-triage/cipa-triage/core/harcompare"
	"github.com/cipa-triage/cipa-triage/internal/golden"
)

// The pairs recorded in Chromium by core/har's recorder (TestRecord).
var recorded = filepath.Join("..", "har", "testdata", "recorded")

func open(t testing.TB, path string) *harcompare.Recording {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	r, err := harcompare.Read(filepath.Base(path), f, har.Options{})
	require.NoError(t, err)
	return r
}

func pair(t testing.TB, first, second string) harcompare.Comparison {
	t.Helper()
	return harcompare.Compare(open(t, filepath.Join(recorded, first)), open(t, filepath.Join(recorded, second)))
}

func byName(c harcompare.Comparison) map[string]harcompare.Tag {
	m := map[string]harcompare.Tag{}
	for _, t := range c.Tags {
		m[t.Name] = t
	}
	return m
}

func warningKeys(c harcompare.Comparison) []string {
	keys := []string{}
	for _, w := range c.Warnings {
		keys = append(keys, w.Key)
	}
	return keys
}

// TestGolden pins the whole comparison of each recorded pair, as JSON and
// as Markdown (`go test ./core/harcompare -update` rewrites them).
func TestGolden(t *testing.T) {
	for _, p := range []struct{ name, first, second string }{
		{"fix", "pair-fix-before.har", "pair-fix-after.har"},
		{"honored", "pair-honored-accept.har", "pair-honored-reject.har"},
		{"ignored", "pair-ignored-accept.har", "pair-ignored-reject.har"},
	} {
		t.Run(p.name, func(t *testing.T) {
			c := pair(t, p.first, p.second)
			golden.JSON(t, filepath.Join("testdata", p.name+".golden.json"), c)
			golden.Check(t, filepath.Join("testdata", p.name+".golden.md"), []byte(harcompare.Markdown(c, 1)))
		})
	}
}

// TestFix: the pixel that fired on load is gone, analytics waits for
// "Accept all"; both recordings accepted, so the order given decides.
func TestFix(t *testing.T) {
	c := pair(t, "pair-fix-before.har", "pair-fix-after.har")
	assert.Equal(t, harcompare.ModeFix, c.Mode)
	assert.Equal(t, "before", c.Recordings[0].Role)
	assert.Contains(t, c.Basis, "in the order given")
	tags := byName(c)
	meta := tags["Meta (Facebook) Pixel"]
	assert.Equal(t, "removed", meta.Outcome)
	assert.Equal(t, harcompare.TimingBeforeAnswer, meta.In[0].Timing)
	assert.Equal(t, harcompare.StatusAbsent, meta.In[1].Status)
	assert.True(t, strings.HasPrefix(meta.Verdict, "Meta (Facebook) Pixel: sent "), meta.Verdict)
	assert.Contains(t, meta.Verdict, "page addresses")
	assert.Contains(t, meta.Verdict, "absent in the recording after the fix")
	ga := tags["Google Analytics 4"]
	assert.Equal(t, "held", ga.Outcome)
	assert.Equal(t, harcompare.TimingAfterAccept, ga.In[1].Timing)
	assert.Contains(t, c.Summary, "no tag sent data before the visitor agreed")
	assert.Empty(t, c.Warnings)
	// Given the other way round, the order decides again, and the dates
	// show it is wrong.
	back := pair(t, "pair-fix-after.har", "pair-fix-before.har")
	assert.Equal(t, "pair-fix-after.har", back.Recordings[0].File)
	assert.Contains(t, warningKeys(back), "order_dates")
	assert.Equal(t, "new", byName(back)["Meta (Facebook) Pixel"].Outcome)
	assert.Equal(t, "still_sends", byName(back)["Google Analytics 4"].Outcome)
	assert.Contains(t, back.Summary, "Google Analytics 4 and Meta (Facebook) Pixel still send data before the visitor agrees")
}

// TestConsentPairs: the banner's answers decide which recording is which,
// in either order; one consent manager honors "Reject all", one does not.
func TestConsentPairs(t *testing.T) {
	for _, order := range [][2]string{{"accept", "reject"}, {"reject", "accept"}} {
		h := pair(t, "pair-honored-"+order[0]+".har", "pair-honored-"+order[1]+".har")
		assert.Equal(t, harcompare.ModeConsent, h.Mode)
		assert.Equal(t, "pair-honored-accept.har", h.Recordings[0].File, "the accept recording comes first whatever the order given")
		assert.Equal(t, map[string]int{"accept": 1, "reject": 2}[order[0]], h.Recordings[0].Given)
		require.NotEmpty(t, h.Tags)
		for _, tg := range h.Tags {
			assert.Equal(t, "honored", tg.Outcome, tg.Verdict)
			assert.Equal(t, harcompare.TimingAfterAccept, tg.In[0].Timing)
			assert.Equal(t, harcompare.StatusAbsent, tg.In[1].Status)
		}
		assert.Contains(t, h.Summary, `"Reject all" stopped every tag`)

		ig := pair(t, "pair-ignored-"+order[0]+".har", "pair-ignored-"+order[1]+".har")
		assert.Equal(t, harcompare.ModeConsent, ig.Mode)
		require.NotEmpty(t, ig.Tags)
		for _, tg := range ig.Tags {
			assert.Equal(t, "ignored", tg.Outcome, tg.Verdict)
			assert.True(t, tg.In[1].AfterReject)
			assert.Contains(t, tg.Verdict, `after "Reject all": the rejection was not honored`)
		}
		assert.Contains(t, ig.Summary, "does not honor the rejection")
	}
}

// TestBadInput: what cannot be compared is said, never a crash.
func TestBadInput(t *testing.T) {
	fix := filepath.Join(recorded, "pair-fix-before.har")
	t.Run("same file twice", func(t *testing.T) {
		c := harcompare.Compare(open(t, fix), open(t, fix))
		require.Contains(t, warningKeys(c), "same_file")
		assert.Equal(t, c.Recordings[0].SHA256, c.Recordings[1].SHA256)
		assert.Contains(t, c.Warnings[0].Message, c.Recordings[0].SHA256)
	})
	t.Run("different sites", func(t *testing.T) {
		c := harcompare.Compare(open(t, fix), open(t, filepath.Join("..", "har", "testdata", "corpus", "chrome.har")))
		require.Contains(t, warningKeys(c), "different_sites")
		for _, w := range c.Warnings {
			if w.Key == "different_sites" {
				assert.Contains(t, w.Message, "127.0.0.1:8080")
			}
		}
	})
	t.Run("cache on, not a fresh load", func(t *testing.T) {
		// Firefox revalidated the page itself (304) and sent conditional
		// requests: the cache was on.
		c := harcompare.Compare(open(t, fix), open(t, filepath.Join("..", "har", "testdata", "corpus", "firefox-111.har")))
		assert.Contains(t, warningKeys(c), "cached_document")
		assert.Contains(t, warningKeys(c), "no_answer")
	})
	t.Run("no page load", func(t *testing.T) {
		c := harcompare.Compare(open(t, fix), open(t, filepath.Join("..", "har", "testdata", "edge", "zero-entries.har")))
		assert.Contains(t, warningKeys(c), "no_document")
		assert.Equal(t, "removed", byName(c)["Meta (Facebook) Pixel"].Outcome)
	})
	for _, name := range []string{"empty.har", "not-json.txt", "not-har.json", "no-entries.har"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("..", "har", "testdata", "edge", name))
			require.NoError(t, err)
			_, err = harcompare.Read("second.har", bytes.NewReader(data), har.Options{})
			require.Error(t, err)
			assert.True(t, strings.HasPrefix(err.Error(), "second.har: reading the HAR: "), err.Error())
		})
	}
}

// TestSHA256 checks the fingerprint against the file's bytes hashed
// separately (the reader stops before the end of the file).
func TestSHA256(t *testing.T) {
	path := filepath.Join("..", "har", "testdata", "corpus", "firefox-111.har")
	r := open(t, path)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, sha256Hex(data), r.SHA256)
	gz := filepath.Join("..", "har", "testdata", "corpus", "fiddler-2-cnn.har.gz")
	data, err = os.ReadFile(gz)
	require.NoError(t, err)
	assert.Equal(t, sha256Hex(data), open(t, gz).SHA256, "the file as given, not its decompressed bytes")
}

// FuzzCompare: any two inputs give a comparison or an error naming the
// file, and the comparison marshals and renders.
//
//	go test ./core/harcompare -run '^$' -fuzz FuzzCompare -fuzztime 60s
func FuzzCompare(f *testing.F) {
	for _, p := range [][2]string{{"pair-fix-before.har", "pair-fix-after.har"}, {"pair-ignored-reject.har", "pair-ignored-accept.har"}} {
		a, err := os.ReadFile(filepath.Join(recorded, p[0]))
		require.NoError(f, err)
		b, err := os.ReadFile(filepath.Join(recorded, p[1]))
		require.NoError(f, err)
		f.Add(a, b)
	}
	f.Add([]byte(`{"log":{"entries":[]}}`), []byte(`{"log":{"entries":[{"request":{"url":"https://www.facebook.com/tr/?id=1&ev=PageView"}}]}}`))
	f.Add([]byte(``), []byte(`{}`))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		ra, errA := harcompare.Read("a.har", bytes.NewReader(a), har.Options{})
		rb, errB := harcompare.Read("b.har", bytes.NewReader(b), har.Options{})
		if errA != nil || errB != nil {
			for _, err := range []error{errA, errB} {
				if err != nil && !strings.HasPrefix(err.Error(), "a.har: ") && !strings.HasPrefix(err.Error(), "b.har: ") {
					t.Fatalf("an error that does not name the file: %v", err)
				}
			}
			return
		}
		c := harcompare.Compare(ra, rb)
		if _, err := json.Marshal(c); err != nil {
			t.Fatal(err)
		}
		md := harcompare.Markdown(c, 1)
		if strings.Contains(md, "{") && strings.Contains(md, "}") && strings.Contains(md, "{compare.") {
			t.Fatalf("a wording key left unfilled:\n%s", md)
		}
	})
}

func sha256Hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}
