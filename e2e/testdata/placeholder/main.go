// Command placeholder stands in for the app in the browser tests until the
// real app is on main: it loads the way the app does and shows one question.
// It is never shipped.
package main

import "syscall/js"

func main() {
	doc := js.Global().Get("document")
	mount := doc.Call("getElementById", "cipa-triage")
	if mount.IsNull() {
		mount = doc.Get("body")
	}
	mount.Set("innerHTML", `<main><h1>What date is on the letter?</h1><label for="letter-date">Date</label><input id="letter-date" type="date"></main>`)
	api := js.Global().Get("Object").New()
	api.Set("ready", true)
	js.Global().Set("cipaTriage", api)
	js.Global().Get("document").Call("dispatchEvent", js.Global().Get("Event").New("cipa-triage-ready"))
	select {}
}
