// cipa-triage readers' worker: Go's wasm_exec.js comes first in the same
// file. The page posts the compiled readers.wasm; the Go program then takes
// over onmessage and says "ready" (wasm/readers).
self.onmessage = function (e) {
	"use strict";
	if (!e.data || e.data.type !== "start") return;
	self.onmessage = null;
	var go = new Go();
	WebAssembly.instantiate(e.data.module, go.importObject).then(function (inst) {
		return go.run(inst).then(function () { self.postMessage({ type: "exit" }); });
	}).catch(function (err) {
		self.postMessage({ type: "failed", error: "the readers could not start: " + (err && err.message ? err.message : err) });
	});
};
