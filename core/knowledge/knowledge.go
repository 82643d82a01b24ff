// Package knowledge is the one table of law the checker relies on: statutes,
// cases, fees, thresholds and time limits, and the public facts about the
// firms that send these letters. Each entry is dated and referenced data, in
// the manner of rules-as-code projects: a lawyer can review the JSON files in
// this folder without reading Go, and a fee change is a one-line edit.
//
// The rules in package core ask "the value of X on day D" and never hold a
// legal number of their own.
package knowledge

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"sync"
	"time"
)

// The files are named one by one: other data in this folder (the tracker
// signatures) belongs to other code and has its own loader.
//
//go:embed statutes.json cases.json fees.json firms.json guidance.json
var files embed.FS

var fileNames = []string{"statutes.json", "cases.json", "fees.json", "firms.json", "guidance.json"}

// Kinds of entry.
const (
	KindStatute   = "statute"   // a section of a code
	KindBill      = "bill"      // proposed legislation, not law
	KindCase      = "case"      // a court decision or ruling
	KindFee       = "fee"       // a provider's fee
	KindThreshold = "threshold" // a count that switches rules on
	KindPeriod    = "period"    // a time limit
	KindRule      = "rule"      // a provider's rule without a number
	KindFirm      = "firm"      // public, sourced facts about a sender
	KindAnecdote  = "anecdote"  // a reported figure, not data
	KindGuidance  = "guidance"  // practice advice published by lawyers
	KindDefault   = "default"   // what the checker assumes when the letter is silent
)

// Source is where an entry comes from.
type Source struct {
	Title string `json:"title"`
	URL   string `json:"url"`
	// Secondary is true when the source is a commentary (a law firm's or a
	// vendor's blog) rather than the text of the law, the ruling or the
	// provider's own schedule.
	Secondary bool `json:"secondary,omitempty"`
}

// Value is one figure and the day it took effect. From is "" when our
// sources do not give the effective date; such a value is taken to be in
// force on every day, and the entry's note says so.
type Value struct {
	From  string  `json:"from"`
	Value float64 `json:"value"`
}

// Fact is one public statement about a firm, with its own source.
type Fact struct {
	Text      string `json:"text"`
	Source    string `json:"source"`
	Secondary bool   `json:"secondary,omitempty"`
}

// Entry is one statute, case, fee, threshold, period or firm.
type Entry struct {
	ID      string   `json:"id"`
	Kind    string   `json:"kind"`
	Title   string   `json:"title"`
	Cite    string   `json:"cite,omitempty"`
	Summary string   `json:"summary"`
	Unit    string   `json:"unit,omitempty"`
	Values  []Value  `json:"values,omitempty"`
	Sources []Source `json:"sources"`
	Checked string   `json:"checked"`
	// Confirm marks entries our notes call unverified, or whose figure only a
	// secondary source states: output says so beside the figure.
	Confirm bool   `json:"confirm,omitempty"`
	Note    string `json:"note,omitempty"`
	// Aliases and Facts are for firms: names a letter may use, and what the
	// public record says (counsel of record in reported cases and the like).
	Aliases []string `json:"aliases,omitempty"`
	Facts   []Fact   `json:"facts,omitempty"`
	// SupersededOn is the day a later rule, schedule or ruling displaced
	// this entry (on the point its note names), and SupersededBy that
	// entry's id: an assessment dated after it says so beside the figure.
	SupersededOn string `json:"superseded_on,omitempty"`
	SupersededBy string `json:"superseded_by,omitempty"`
	// Changes are the dated changes in the law this entry records, for the
	// list of legal changes a reviewer reads newest first (see Changes).
	Changes []Change `json:"changes,omitempty"`
}

// Change is one dated change in the law: a statute taking effect, a fee
// schedule replacing another, a ruling that changes how a rule is read.
type Change struct {
	On   string `json:"on"`
	What string `json:"what"`
	// Confirm, when set, overrides the entry's flag for this change: a
	// bill's verified history can sit beside its unverified enactment.
	Confirm *bool `json:"confirm,omitempty"`
}

// Superseded reports whether a later entry displaced this one on day d.
func (e Entry) Superseded(d time.Time) bool {
	on, err := time.Parse(time.DateOnly, e.SupersededOn)
	return err == nil && !on.After(d)
}

// CheckedDate is Checked as a time.
func (e Entry) CheckedDate() time.Time {
	t, _ := time.Parse(time.DateOnly, e.Checked)
	return t
}

// URL is the first source's address.
func (e Entry) URL() string {
	if len(e.Sources) == 0 {
		return ""
	}
	return e.Sources[0].URL
}

// At gives the value in force on day d: the latest value whose From is not
// after d. ok is false when the entry has no value for that day (for
// example a fee asked for before its schedule took effect).
func (e Entry) At(d time.Time) (v Value, ok bool) {
	for _, cand := range e.Values {
		if cand.From != "" {
			from, err := time.Parse(time.DateOnly, cand.From)
			if err != nil || from.After(d) {
				continue
			}
		}
		if !ok || cand.From >= v.From {
			v, ok = cand, true
		}
	}
	return v, ok
}

// Effective is the day value v took effect, or the zero time if not known.
func (v Value) Effective() time.Time {
	t, _ := time.Parse(time.DateOnly, v.From)
	return t
}

// loaded reads the table on first use, not at start: the browser's first
// page and the questions need none of it, and parsing it costs about 5 ms
// natively and several times that under WebAssembly (BenchmarkLoad), which
// every visitor would otherwise wait for before the page could draw.
//
// A table that does not load stops the program (mustLoad panics with the
// reason): every figure the rules compute would otherwise come out as $0 or
// a missing deadline, and a checker that says so quietly is worse than one
// that does not start. The files are embedded, so this can only happen to a
// developer, whose every test then fails at once with the reason.
var loaded = sync.OnceValue(func() loadedTable {
	t, o := mustLoad(files, fileNames)
	return loadedTable{t, o}
})

type loadedTable struct {
	table map[string]Entry
	order []string
}

func mustLoad(fsys fs.FS, names []string) (map[string]Entry, []string) {
	t, ids, err := load(fsys, names)
	if err != nil {
		panic(err)
	}
	return t, ids
}

func load(fsys fs.FS, names []string) (map[string]Entry, []string, error) {
	t := map[string]Entry{}
	var ids []string
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, nil, fmt.Errorf("knowledge: reading %s: %w", name, err)
		}
		var entries []Entry
		if err := json.Unmarshal(data, &entries); err != nil {
			return nil, nil, fmt.Errorf("knowledge: parsing %s: %w", name, err)
		}
		for _, e := range entries {
			if _, dup := t[e.ID]; dup {
				return nil, nil, fmt.Errorf("knowledge: %s: id %q appears twice", name, e.ID)
			}
			t[e.ID] = e
			ids = append(ids, e.ID)
		}
	}
	return t, ids, nil
}

// Lookup returns the entry with id.
func Lookup(id string) (Entry, bool) {
	e, ok := loaded().table[id]
	return e, ok
}

// All returns every entry in file order.
func All() []Entry {
	t := loaded()
	out := make([]Entry, 0, len(t.order))
	for _, id := range t.order {
		out = append(out, t.table[id])
	}
	return out
}

// OfKind returns the entries of one kind, sorted by id.
func OfKind(kind string) []Entry {
	var out []Entry
	for _, e := range loaded().table {
		if e.Kind == kind {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
