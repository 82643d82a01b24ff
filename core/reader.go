package core

import (
	"encoding/json"
	"fmt"
	"io"
)

// A Reader turns one document the user holds (the letter, a HAR export, the
// terms, the privacy policy) into an answers fragment with the evidence for
// every value. The CLI and the browser app loop over readers without knowing
// them; adding a reader means adding a package and one line in intake.
type Reader interface {
	// Name is the CLI subcommand and the id the app uses: "letter", "har", ...
	Name() string
	// Section is the questionnaire section the fragment prefills.
	Section() string
	// Accepts lists the file endings the reader takes, for drop zones: ".pdf", ".har".
	Accepts() []string
	// Read reads src. known is what the user has answered so far (a policy
	// reader needs the trackers); readers must not modify it. An unreadable
	// input is an error whose message names the problem in plain words.
	Read(src Source, known Answers) (Result, error)
}

// Source is one input: a file's name (for its ending), its size if known (-1
// if not) and its bytes as a stream, so a 200 MB HAR is never held twice.
type Source struct {
	Name string
	Size int64
	R    io.Reader
	// Progress, when set, is told how many items (HAR entries) have been
	// read so far, for a progress bar; readers that count nothing never call it.
	Progress func(items int)
}

// ReaderInfo is what the page needs to offer a reader without linking it:
// the browser's first module shows the drop zones, and a second module, run
// in a Web Worker, holds the readers themselves (core/intake/catalog).
type ReaderInfo struct {
	Name    string   `json:"name"`
	Section string   `json:"section"`
	Accepts []string `json:"accepts"`
}

// Info describes r.
func Info(r Reader) ReaderInfo {
	return ReaderInfo{Name: r.Name(), Section: r.Section(), Accepts: r.Accepts()}
}

// Evidence is where a reader found a value: the words it came from, so the
// user can confirm or correct it. Nothing is filled silently.
type Evidence struct {
	Quote      string  `json:"quote"`
	Offset     int     `json:"offset"`          // byte offset in the text the reader extracted, or a request index for HARs
	Confidence float64 `json:"confidence"`      // 0 to 1
	Where      string  `json:"where,omitempty"` // e.g. "page 2", "request 14", "attachment letter.pdf"
}

// Warning is something the user should look at: two different deadlines, an
// amount that does not add up, a body the HAR did not keep.
type Warning struct {
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
}

// Result is what a Reader gives back.
type Result struct {
	Answers  Answers               // the fragment: only what was found
	Evidence map[string][]Evidence // by field path, e.g. "letter.date"
	Warnings []Warning
	// Details holds the reader's own findings (trackers, clauses, last_updated),
	// printed beside answers, evidence and warnings at the top level of the JSON.
	Details map[string]any
}

// MarshalJSON writes {"answers": {...}, "evidence": {...}, "warnings": [...], <details>}.
func (r Result) MarshalJSON() ([]byte, error) {
	out := map[string]any{}
	for k, v := range r.Details {
		out[k] = v
	}
	out["answers"] = r.Answers
	ev := r.Evidence
	if ev == nil {
		ev = map[string][]Evidence{}
	}
	out["evidence"] = ev
	ws := r.Warnings
	if ws == nil {
		ws = []Warning{}
	}
	out["warnings"] = ws
	return json.Marshal(out)
}

// UnmarshalJSON reads what MarshalJSON writes: the keys other than answers,
// evidence and warnings are the details. The browser's readers run in a Web
// Worker and hand their result to the page as this JSON.
func (r *Result) UnmarshalJSON(data []byte) error {
	var all map[string]json.RawMessage
	if err := json.Unmarshal(data, &all); err != nil {
		return err
	}
	*r = Result{}
	for k, raw := range all {
		var err error
		switch k {
		case "answers":
			err = json.Unmarshal(raw, &r.Answers)
		case "evidence":
			err = json.Unmarshal(raw, &r.Evidence)
		case "warnings":
			err = json.Unmarshal(raw, &r.Warnings)
		default:
			var v any
			if err = json.Unmarshal(raw, &v); err == nil {
				if r.Details == nil {
					r.Details = map[string]any{}
				}
				r.Details[k] = v
			}
		}
		if err != nil {
			return fmt.Errorf("the reader's %s: %w", k, err)
		}
	}
	if len(r.Evidence) == 0 {
		r.Evidence = nil
	}
	if len(r.Warnings) == 0 {
		r.Warnings = nil
	}
	return nil
}

// AddEvidence records ev for field, creating the map on first use.
func (r *Result) AddEvidence(field string, ev Evidence) {
	if r.Evidence == nil {
		r.Evidence = map[string][]Evidence{}
	}
	r.Evidence[field] = append(r.Evidence[field], ev)
}

// Warn appends a warning.
func (r *Result) Warn(field, message string) {
	r.Warnings = append(r.Warnings, Warning{Field: field, Message: message})
}

// Locate adds where each quote is (where gives "page 3" for an offset) to
// evidence that does not say yet, and passes on what reading the document
// warned about.
func (r *Result) Locate(where func(offset int) string, warnings []string) {
	for field, evs := range r.Evidence {
		for i := range evs {
			if evs[i].Quote != "" && evs[i].Where == "" {
				evs[i].Where = where(evs[i].Offset)
			}
		}
		r.Evidence[field] = evs
	}
	for _, w := range warnings {
		r.Warn("", w)
	}
}
