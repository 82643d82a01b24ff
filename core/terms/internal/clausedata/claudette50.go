package clausedata

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Claudette50 is a third set, for tuning only: sentences of 27 English
// terms of service from the CLAUDETTE multilingual corpus (Galassi et al.
// 2024, CC BY 4.0) whose companies are in neither UNFAIR-ToS nor ToS;DR,
// labelled blind against adjudicated/GUIDELINE.md. It is all training
// half: it widens the wording the rules are written from without touching
// the held-out halves (claudette50/README.md says how it was made).
const Claudette50 = "claudette50"

// Claudette50Dir is the set's directory in the repository.
func Claudette50Dir() (string, error) {
	dir, err := AdjudicatedDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(filepath.Dir(dir), "claudette50"), nil
}

// LoadClaudette50 reads claudette50.tsv under dir: tab-separated columns
// doc, line, sha, the four kinds (y or n), note and text, with a header row.
// Each sample's Line is its row in the file (the header is row 1); its Doc
// is the company.
func LoadClaudette50(dir string) ([]Sample, error) {
	path := filepath.Join(dir, "claudette50.tsv")
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	want := append(append([]string{"doc", "line", "sha"}, AdjudicatedKinds...), "note", "text")
	var out []Sample
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		cols := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		if n == 1 {
			if strings.Join(cols, ",") != strings.Join(want, ",") {
				return nil, fmt.Errorf("%s: header is %q, want the columns %s", path, sc.Text(), strings.Join(want, ", "))
			}
			continue
		}
		if len(cols) != len(want) {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d", path, n, len(cols), len(want))
		}
		s := Sample{Text: cols[len(cols)-1], Truth: map[string]bool{}, Split: Train, Source: Claudette50, Doc: cols[0], Line: n}
		if TextSHA(s.Text) != cols[2] {
			return nil, fmt.Errorf("%s:%d: sha %s does not match the text (%s)", path, n, cols[2], TextSHA(s.Text))
		}
		for i, k := range AdjudicatedKinds {
			switch cols[3+i] {
			case "y":
				s.Truth[k] = true
			case "n":
			default:
				return nil, fmt.Errorf("%s:%d: %s is %q, want y or n", path, n, k, cols[3+i])
			}
		}
		s.Truth[LawOrForum] = s.Truth["governing_law"] || s.Truth["forum"]
		out = append(out, s)
	}
	return out, sc.Err()
}
