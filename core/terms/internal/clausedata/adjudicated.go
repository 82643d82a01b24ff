package clausedata

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// The published labels answer other questions than the reader does:
// UNFAIR-ToS marks only clauses its annotators judged potentially unfair,
// and ToS;DR files "the company is located in X" under governing law. So
// every row of either set that mentions one of the four kinds was labelled
// again, blind to the detector, against adjudicated/GUIDELINE.md. A row
// missing from an adjudicated file is "no" for all four kinds.

// AdjudicatedKinds are the kinds the adjudicated files label, in column order.
var AdjudicatedKinds = []string{"arbitration", "class_waiver", "governing_law", "forum"}

// LawOrForum is ToS;DR's published category; under adjudication it is
// governing_law or forum.
const LawOrForum = "governing_law_or_forum"

// adjudicatedFiles names each set's adjudicated file.
var adjudicatedFiles = map[string]string{
	"unfair_tos": "unfair_tos.tsv",
	"tosdr_dev":  "tosdr.tsv",
}

// Label is one adjudicated row.
type Label struct {
	Line  int // 1-based line in the source file
	SHA   string
	Truth map[string]bool
	Note  string
}

// AdjudicatedDir is the adjudicated files' directory in the repository
// (this package's adjudicated/), found from the go.mod above the working
// directory.
func AdjudicatedDir() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "core", "terms", "internal", "clausedata", "adjudicated"), nil
		}
		if filepath.Dir(dir) == dir {
			return "", fmt.Errorf("no go.mod above %s", wd)
		}
	}
}

// ErrNoAdjudication is returned, wrapped, when a set's adjudicated file is absent.
var ErrNoAdjudication = errors.New("no adjudicated labels")

// LoadAdjudicated reads source's ("unfair_tos" or "tosdr_dev") adjudicated
// file under dir: tab-separated columns line, sha, the four kinds (y or n)
// and note, with a header row.
func LoadAdjudicated(dir, source string) (map[int]Label, error) {
	name, ok := adjudicatedFiles[source]
	if !ok {
		return nil, fmt.Errorf("adjudicated labels: unknown set %q", source)
	}
	path := filepath.Join(dir, name)
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", path, ErrNoAdjudication)
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	want := append(append([]string{"line", "sha"}, AdjudicatedKinds...), "note")
	out := map[int]Label{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		row := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(row) == "" {
			continue
		}
		cols := strings.Split(row, "\t")
		if n == 1 {
			for i, w := range want {
				if i >= len(cols) && w == "note" {
					break
				}
				if i >= len(cols) || strings.TrimSpace(cols[i]) != w {
					return nil, fmt.Errorf("%s: header is %q, want the columns %s", path, row, strings.Join(want, ", "))
				}
			}
			continue
		}
		if len(cols) < 2+len(AdjudicatedKinds) {
			return nil, fmt.Errorf("%s:%d: %d columns, want at least %d", path, n, len(cols), 2+len(AdjudicatedKinds))
		}
		var l Label
		if _, err := fmt.Sscanf(strings.TrimSpace(cols[0]), "%d", &l.Line); err != nil || l.Line < 1 {
			return nil, fmt.Errorf("%s:%d: line %q is not a line number", path, n, cols[0])
		}
		l.SHA = strings.ToLower(strings.TrimSpace(cols[1]))
		if len(l.SHA) != 12 {
			return nil, fmt.Errorf("%s:%d: sha %q is not 12 hex digits", path, n, cols[1])
		}
		l.Truth = map[string]bool{}
		for i, k := range AdjudicatedKinds {
			switch strings.ToLower(strings.TrimSpace(cols[2+i])) {
			case "y":
				l.Truth[k] = true
			case "n":
			default:
				return nil, fmt.Errorf("%s:%d: %s is %q, want y or n", path, n, k, cols[2+i])
			}
		}
		if len(cols) > 2+len(AdjudicatedKinds) {
			l.Note = strings.Join(cols[2+len(AdjudicatedKinds):], " ")
		}
		if _, dup := out[l.Line]; dup {
			return nil, fmt.Errorf("%s:%d: line %d labelled twice", path, n, l.Line)
		}
		out[l.Line] = l
	}
	return out, sc.Err()
}

// TextSHA is the first 12 hex digits of the SHA-256 of a clause's text, as
// the adjudicated files record it.
func TextSHA(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])[:12]
}

// Adjudicate returns samples with their labels replaced by the adjudicated
// ones (a row not in labels is "no" for every kind; ToS;DR's law-or-forum
// is governing law or forum), and the lines of rows left out although their
// published label is one of the four kinds. It fails when a label's line is
// not in samples or its sha does not match the text there: the source
// changed, or the file was made for another one.
func Adjudicate(samples []Sample, labels map[int]Label) (out []Sample, omitted []int, err error) {
	byLine := map[int]Sample{}
	for _, s := range samples {
		byLine[s.Line] = s
	}
	for line, l := range labels {
		s, ok := byLine[line]
		if !ok {
			return nil, nil, fmt.Errorf("adjudicated line %d is not a clause of the source file", line)
		}
		// The text as stored, or without the spaces UNFAIR-ToS leaves at the
		// end of each clause: either is the same clause.
		if l.SHA != TextSHA(s.Text) && l.SHA != TextSHA(strings.TrimSpace(s.Text)) {
			return nil, nil, fmt.Errorf("adjudicated line %d: sha %s does not match the source's text there (%s): the source file changed", line, l.SHA, TextSHA(s.Text))
		}
	}
	for _, s := range samples {
		a := s
		a.Truth, a.Unknown = map[string]bool{}, nil
		if l, ok := labels[s.Line]; ok {
			for k, v := range l.Truth {
				a.Truth[k] = v
			}
		} else {
			for _, k := range append(AdjudicatedKinds, LawOrForum) {
				if s.Truth[k] {
					omitted = append(omitted, s.Line)
					break
				}
			}
		}
		a.Truth[LawOrForum] = a.Truth["governing_law"] || a.Truth["forum"]
		out = append(out, a)
	}
	return out, omitted, nil
}
