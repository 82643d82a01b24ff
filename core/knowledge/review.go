package knowledge

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"sync"
	"time"
)

// Review is when the table was last read as a whole against current
// sources. An assessment dated long after it may rest on law that has since
// changed, and says so.
type Review struct {
	Reviewed string `json:"reviewed"`
	// WindowDays is how long after the review an assessment relies on it
	// without a warning.
	WindowDays  int      `json:"window_days"`
	Notes       string   `json:"notes"`
	WhatToCheck []string `json:"what_to_check"`
}

// ReviewedDate is Reviewed as a time.
func (r Review) ReviewedDate() time.Time {
	t, _ := time.Parse(time.DateOnly, r.Reviewed)
	return t
}

//go:embed review.json
var reviewJSON []byte

// A review file that does not load stops the program, as a table that does
// not load does: a checker that cannot say how old its law is must not run.
// It is read on first use, like the table.
var review = sync.OnceValue(func() Review {
	r, err := loadReview()
	if err != nil {
		panic(err)
	}
	return r
})

func loadReview() (Review, error) {
	var r Review
	if err := json.Unmarshal(reviewJSON, &r); err != nil {
		return r, fmt.Errorf("knowledge: parsing review.json: %w", err)
	}
	if _, err := time.Parse(time.DateOnly, r.Reviewed); err != nil {
		return r, fmt.Errorf("knowledge: review.json: reviewed %q is not a date", r.Reviewed)
	}
	if r.WindowDays < 1 || len(r.WhatToCheck) == 0 {
		return r, fmt.Errorf("knowledge: review.json needs window_days and what_to_check")
	}
	return r, nil
}

// LastReview gives the table's last review as a whole.
func LastReview() Review { return review() }

// ChangeItem is one legal change as the list of changes shows it: the
// change, the entry that records it, its first source and its confirm flag.
type ChangeItem struct {
	On      string `json:"on"`
	What    string `json:"what"`
	ID      string `json:"id"`
	Title   string `json:"title"`
	Source  Source `json:"source"`
	Confirm bool   `json:"confirm"`
	Checked string `json:"checked"`
}

// Changes lists every dated change the table records, newest first (ties
// in table order), so a lawyer can see at a glance what moved and when.
func Changes() []ChangeItem {
	var out []ChangeItem
	for _, e := range All() {
		for _, c := range e.Changes {
			item := ChangeItem{On: c.On, What: c.What, ID: e.ID, Title: e.Title, Confirm: e.Confirm, Checked: e.Checked}
			if c.Confirm != nil {
				item.Confirm = *c.Confirm
			}
			if len(e.Sources) > 0 {
				item.Source = e.Sources[0]
			}
			out = append(out, item)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].On > out[j].On })
	return out
}
