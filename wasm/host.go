//go:build js && wasm

package main

import (
	"errors"
	"fmt"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/wasm/jsio"
	"github.com/hack-pad/safejs"
	"github.com/hexops/vecty"
)

// storageKey names the saved form in sessionStorage and localStorage.
const storageKey = "cipa-triage:answers:v1"

// browser is web.Host over the real page.
type browser struct{}

func (browser) InputValue(e *vecty.Event) string {
	s, err := str(safejs.Safe(e.Target), "value")
	if err != nil {
		return ""
	}
	return s
}

// Focus waits two animation frames, so vecty (which draws on the next
// frame) has put the element on the page.
func (browser) Focus(id string) {
	raf, err := global("requestAnimationFrame")
	if err != nil {
		return
	}
	var second, first safejs.Func
	second, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		second.Release()
		if el, err := byID(id); err == nil {
			_, _ = el.Call("focus")
		}
		return nil
	})
	if err != nil {
		return
	}
	first, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		first.Release()
		_, _ = raf.Invoke(second)
		return nil
	})
	if err != nil {
		return
	}
	_, _ = raf.Invoke(first)
}

func byID(id string) (safejs.Value, error) {
	doc, err := global("document")
	if err != nil {
		return doc, err
	}
	el, err := doc.Call("getElementById", id)
	if err != nil {
		return el, err
	}
	if el.IsNull() || el.IsUndefined() {
		return el, fmt.Errorf("no element #%s", id)
	}
	return el, nil
}

func storage(name string) (safejs.Value, error) {
	// Reading localStorage itself throws in some sandboxed frames and file:// pages.
	return global(name)
}

func (browser) Store(data []byte, remember bool) error {
	keep, drop := "sessionStorage", "localStorage"
	if remember {
		keep, drop = drop, keep
	}
	s, err := storage(keep)
	if err != nil {
		return err
	}
	if _, err := s.Call("setItem", storageKey, string(data)); err != nil {
		return fmt.Errorf("%s refused: %w", keep, err)
	}
	if d, err := storage(drop); err == nil {
		_, _ = d.Call("removeItem", storageKey)
	}
	return nil
}

func (browser) Forget() error {
	var errs []error
	for _, name := range []string{"sessionStorage", "localStorage"} {
		s, err := storage(name)
		if err != nil {
			continue // nothing can have been stored there
		}
		if _, err := s.Call("removeItem", storageKey); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
		}
	}
	return errors.Join(errs...)
}

// loadSaved returns the stored form, and whether it came from localStorage.
func loadSaved() ([]byte, bool) {
	for _, name := range []string{"localStorage", "sessionStorage"} {
		s, err := storage(name)
		if err != nil {
			continue
		}
		v, err := s.Call("getItem", storageKey)
		if err != nil || v.Type() != safejs.TypeString {
			continue
		}
		text, err := v.String()
		if err == nil && text != "" {
			return []byte(text), name == "localStorage"
		}
	}
	return nil, false
}

// Download hands the bytes to the browser as a file via a Blob URL: the
// data never leaves the page.
func (browser) Download(name, mime string, data []byte) error {
	u8c, err := global("Uint8Array")
	if err != nil {
		return err
	}
	arr, err := u8c.New(len(data))
	if err != nil {
		return err
	}
	if _, err := safejs.CopyBytesToJS(arr, data); err != nil {
		return err
	}
	blobC, err := global("Blob")
	if err != nil {
		return err
	}
	blob, err := blobC.New([]any{arr}, map[string]any{"type": mime})
	if err != nil {
		return err
	}
	urlC, err := global("URL")
	if err != nil {
		return err
	}
	href, err := urlC.Call("createObjectURL", blob)
	if err != nil {
		return err
	}
	doc, err := global("document")
	if err != nil {
		return err
	}
	a, err := doc.Call("createElement", "a")
	if err != nil {
		return err
	}
	for k, v := range map[string]any{"href": href, "download": name} {
		if err := a.Set(k, v); err != nil {
			return err
		}
	}
	if err := a.Set("rel", "noopener"); err != nil {
		return err
	}
	body, err := path(doc, "body")
	if err != nil {
		return err
	}
	if _, err := body.Call("appendChild", a); err != nil {
		return err
	}
	_, clickErr := a.Call("click")
	_, _ = body.Call("removeChild", a)
	// Revoke later: revoking at once can cancel the download in some browsers.
	if st, err := global("setTimeout"); err == nil {
		var revoke safejs.Func
		revoke, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
			revoke.Release()
			_, _ = urlC.Call("revokeObjectURL", href)
			return nil
		})
		if err == nil {
			_, _ = st.Invoke(revoke, 60000)
		}
	}
	return clickErr
}

func (browser) Print() error {
	w, err := global("window")
	if err != nil {
		return err
	}
	_, err = w.Call("print")
	return err
}

// OpenFile takes the first file of a drop (dataTransfer.files) or of a file
// input (target.files) and streams it to use in a new goroutine, since
// waiting on the browser inside an event handler would deadlock.
func (browser) OpenFile(e *vecty.Event, use func(core.Source)) error {
	file, err := eventFile(e)
	if err != nil {
		return err
	}
	src, err := jsio.OpenFile(file)
	if err != nil {
		return err
	}
	clearFileInput(e)
	go use(src)
	return nil
}

func eventFile(e *vecty.Event) (safejs.Value, error) {
	files, err := eventFiles(e)
	if err != nil {
		return files, err
	}
	return files.Index(0)
}

// eventFiles is the FileList a drop or a file input's change carries.
func eventFiles(e *vecty.Event) (safejs.Value, error) {
	ev := safejs.Safe(e.Value)
	var files safejs.Value
	if dt, err := path(ev, "dataTransfer", "files"); err == nil {
		files = dt
	} else if tf, err := path(safejs.Safe(e.Target), "files"); err == nil {
		files = tf
	} else {
		return files, errors.New("no file was given: choose a file or drop one on the box")
	}
	n, err := files.Length()
	if err != nil || n == 0 {
		return files, errors.New("no file was given: choose a file or drop one on the box")
	}
	return files, nil
}
