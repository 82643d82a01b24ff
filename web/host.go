package web

import (
	"github.com/cipa-triage/cipa-triage/core"
	"github.com/hexops/vecty"
)

// Host is everything the page needs from the browser. The wasm package
// implements it with safejs; web itself never touches JavaScript, so its
// logic builds and tests natively.
type Host interface {
	// InputValue is the value of the form control an event came from.
	InputValue(e *vecty.Event) string
	// Focus moves keyboard focus to the element with id once the page has drawn.
	Focus(id string)
	// Store keeps the saved form: in localStorage when remember is true (and
	// then not in sessionStorage), else in sessionStorage only.
	Store(data []byte, remember bool) error
	// Forget clears both storages.
	Forget() error
	// Download offers data to the user as a file.
	Download(name, mime string, data []byte) error
	// Print opens the browser's print dialog.
	Print() error
	// OpenFile streams the file an event carries (a file input's change or a
	// drop) to use, off the event handler so the page stays responsive. It
	// returns an error at once when the event holds no file.
	OpenFile(e *vecty.Event, use func(core.Source)) error
	// PushPage records the page shown as a browser history entry (a new one,
	// or the current one when replace is true), so that the browser's Back
	// and Forward move between pages; the host calls App.ShowPage when they do.
	PushPage(id string, replace bool)
	// Read hands a document to the readers, which run off the page's main
	// thread (in a Web Worker, loaded on first use): the file req.Event
	// carries, or req.Text. It returns an error at once when the event holds
	// no file. name is the file's (or req.Name); cancel stops the read, and
	// req.Done is then never called.
	Read(req ReadRequest) (name string, cancel func(), err error)
	// Draft has the readers' worker write one of the drafts to review with
	// a lawyer (core/draft), so that this module links neither their
	// sentences nor the .docx writer. req.Done is called once, on the page's
	// event loop.
	Draft(req DraftRequest) error
	// HoldFiles keeps the files an event carries (a file input's change or
	// a drop), to hand to Compare later; web never looks inside them. It
	// returns an error when the event holds no file.
	HoldFiles(e *vecty.Event) ([]HeldFile, error)
	// Compare hands two held HAR files to the readers' worker, which
	// compares the recordings; req.Done gets its answer as JSON
	// (model.DecodeComparison reads it). cancel stops it, and req.Done is
	// then never called.
	Compare(req CompareRequest) (cancel func(), err error)
}

// DraftRequest is one draft in one format.
type DraftRequest struct {
	Draft   string // insurer, hold or counsel
	Format  string // md, html (the article to print) or docx
	Answers core.Answers
	// Assessment is Assess(Answers, day) as the page has it: the worker
	// does not link the rules to work it out again.
	Assessment core.Assessment
	Done       func(name, mime string, data []byte, err error)
}

// HeldFile is a file the host keeps for the page: its name and size, and
// the host's own handle on it.
type HeldFile struct {
	Name string
	Size int64
	Ref  any
}

// CompareRequest is two recordings to compare, in the order the user gave.
type CompareRequest struct {
	Files    [2]HeldFile
	Progress func(ReadProgress)
	Done     func(json string, err error)
}

// ReadRequest is one document for one reader.
type ReadRequest struct {
	Reader string
	Event  *vecty.Event // a file input's change or a drop; nil for text
	Name   string       // the text's file name (its ending tells the reader the format)
	Text   string
	Known  core.Answers // what the user has answered so far
	// Progress is called now and then while the file is read; Done once at
	// the end. Both are called on the page's event loop.
	Progress func(ReadProgress)
	Done     func(core.Result, error)
}

// ReadProgress is how far a read has got.
type ReadProgress struct {
	Bytes, Size int64 // Size is -1 when unknown
	Entries     int   // HAR entries read so far
}
