// Package clausedata loads the public labelled terms clauses (ToS;DR quotes
// and CLAUDETTE's UNFAIR-ToS) and splits them, once and for all, into a
// training half and a held-out half by service or document. The accuracy
// test and the model's trainer both use it, so they cannot disagree on which
// half a clause is in.
package clausedata

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// The two halves. Nothing in the rules or the model may be chosen by looking
// at Test.
const (
	Train = "train"
	Test  = "test"
)

// Sample is one labelled clause.
type Sample struct {
	Text    string
	Truth   map[string]bool // categories it is
	Unknown map[string]bool // categories the label does not speak to: not counted
	Split   string          // Train or Test
	Source  string          // "unfair_tos" or "tosdr_dev"
	Doc     string          // the service or document it comes from
	Line    int             // 1-based line in the source file (data_fixed.tsv's header is line 1)
}

// SplitOf is the split rule: the FNV-1a hash of the service or document name,
// odd for the held-out half. It was fixed before any rule or weight was
// chosen on these sets, and it keeps each company's wording on one side.
func SplitOf(doc string) string {
	h := fnv.New32a()
	h.Write([]byte(doc))
	if h.Sum32()%2 == 1 {
		return Test
	}
	return Train
}

// Dir is ../shared/data beside the repository root (the directory holding
// go.mod, searched upward from the working directory), or $CIPA_SHARED_DATA.
func Dir() (string, error) {
	if d := os.Getenv("CIPA_SHARED_DATA"); d != "" {
		return d, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(filepath.Dir(dir), "shared", "data"), nil
		}
		if filepath.Dir(dir) == dir {
			return "", fmt.Errorf("no go.mod above %s", wd)
		}
	}
}

// unfairCategories maps data_fixed.tsv labels to the reader's kinds. The
// other four (limitation of liability, unilateral change and termination,
// content removal) have no counterpart and count as negatives.
var unfairCategories = map[string]string{
	"Arbitration":       "arbitration",
	"Choice of law":     "governing_law",
	"Jurisdiction":      "forum",
	"Contract by using": "use_is_assent",
}

// UnfairDocuments are the services whose terms make up data_fixed.tsv, in
// the order their clauses appear. The file has no document column, so a
// document starts at the first row naming its service after the previous
// document began, moved back onto a header row ("last updated ...",
// "effective ...", "these terms ...") up to 8 rows before it.
var UnfairDocuments = []string{
	"academia.edu", "amazon", "netflix", "snap", "twitter", "linkedin", "duolingo", "uber",
	"evernote", "ebay", "nintendo", "airbnb", "crowdtangle", "tripadvisor", "supercell",
	"headspace", "fitbit", "vimeo", "oculus", "linden",
}

var headerRow = regexp.MustCompile(`^(?:last\s+(?:updated|modified|revised)|effective|welcome|these\s+terms|version\s*:|\*\*)`)

// LoadUnfairToS reads unfair_tos/data_fixed.tsv under dir.
func LoadUnfairToS(dir string) ([]Sample, error) {
	f, err := os.Open(filepath.Join(dir, "unfair_tos", "data_fixed.tsv"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var texts, labels []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	header := true
	for sc.Scan() {
		if header {
			header = false
			continue
		}
		text, label, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			return nil, fmt.Errorf("data_fixed.tsv row %d has no label", len(texts)+2)
		}
		texts, labels = append(texts, text), append(labels, strings.TrimSpace(label))
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	docs, err := unfairDocs(texts)
	if err != nil {
		return nil, err
	}
	out := make([]Sample, len(texts))
	for i, text := range texts {
		s := Sample{Text: text, Truth: map[string]bool{}, Source: "unfair_tos", Doc: docs[i], Split: SplitOf(docs[i]), Line: i + 2}
		if cat, ok := unfairCategories[labels[i]]; ok {
			s.Truth[cat] = true
		}
		out[i] = s
	}
	return out, nil
}

// unfairDocs names each row's document by the rule on UnfairDocuments.
func unfairDocs(texts []string) ([]string, error) {
	starts := make([]int, len(UnfairDocuments))
	from := 0
	for d, name := range UnfairDocuments {
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(name) + `\b`)
		at := -1
		for i := from; i < len(texts); i++ {
			if re.MatchString(texts[i]) {
				at = i
				break
			}
		}
		if at < 0 {
			return nil, fmt.Errorf("unfair_tos: no row names %q after row %d", name, from)
		}
		if d == 0 {
			at = 0
		} else {
			for back := at - 1; back >= at-8 && back > starts[d-1]; back-- {
				if headerRow.MatchString(strings.TrimSpace(texts[back])) {
					at = back
				}
			}
		}
		starts[d], from = at, at+1
	}
	docs := make([]string, len(texts))
	d := 0
	for i := range texts {
		for d+1 < len(starts) && i >= starts[d+1] {
			d++
		}
		docs[i] = UnfairDocuments[d]
	}
	return docs, nil
}

// LoadToSDR reads tosdr_dev/quotes.jsonl under dir; the split is by service.
func LoadToSDR(dir string) ([]Sample, error) {
	f, err := os.Open(filepath.Join(dir, "tosdr_dev", "quotes.jsonl"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Sample
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var q struct {
			Text    string   `json:"text"`
			Service string   `json:"service"`
			Labels  []string `json:"labels"`
			Unknown []string `json:"unknown"`
		}
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			return nil, fmt.Errorf("quotes.jsonl line %d: %w", len(out)+1, err)
		}
		if q.Service == "" {
			return nil, errors.New("quotes.jsonl: a quote without a service")
		}
		s := Sample{Text: q.Text, Truth: map[string]bool{}, Unknown: map[string]bool{}, Source: "tosdr_dev", Doc: q.Service, Split: SplitOf(q.Service), Line: len(out) + 1}
		for _, l := range q.Labels {
			s.Truth[l] = true
		}
		for _, l := range q.Unknown {
			s.Unknown[l] = true
		}
		out = append(out, s)
	}
	return out, sc.Err()
}
