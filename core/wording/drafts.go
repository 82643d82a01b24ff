package wording

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"
)

// The drafts' sentences (core/draft: the notice to the insurer, the
// preservation note, the outline for counsel) live in their own file beside
// wording.json, keyed "draft.<draft>.<part>". They are loaded only when a
// draft is made, so that the page's first module, which makes none, does not
// carry them.
//
//go:embed drafts.json
var draftData []byte

var (
	draftOnce    sync.Once
	draftEntries []Entry
	draftByKey   map[string]int
	draftErr     error
)

func loadDrafts() {
	var file struct {
		Entries []Entry `json:"entries"`
	}
	if err := json.Unmarshal(draftData, &file); err != nil {
		draftErr = fmt.Errorf("drafts.json: %w", err)
		return
	}
	draftByKey = map[string]int{}
	for i, e := range file.Entries {
		if _, dup := draftByKey[e.Key]; dup {
			draftErr = fmt.Errorf("drafts.json: key %q twice", e.Key)
			return
		}
		draftByKey[e.Key] = i
	}
	draftEntries = file.Entries
}

// DraftsErr reports a drafts file that failed to load.
func DraftsErr() error {
	draftOnce.Do(loadDrafts)
	return draftErr
}

// Drafts lists every draft sentence in the file's order.
func Drafts() []Entry {
	draftOnce.Do(loadDrafts)
	return append([]Entry(nil), draftEntries...)
}

// LookupDraft finds the draft sentence for key.
func LookupDraft(key string) (Entry, bool) {
	draftOnce.Do(loadDrafts)
	i, ok := draftByKey[key]
	if !ok {
		return Entry{}, false
	}
	e := draftEntries[i]
	e.Sources = append([]string(nil), e.Sources...)
	return e, true
}
