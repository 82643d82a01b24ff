// cipa-triage readers: the document readers are a second WebAssembly module
// (readers.wasm) run in a Web Worker, so the first page loads without them
// and a 200 MB HAR is read without stopping the page. This script starts the
// worker when the app first asks for a read, or in the background once the
// first page is up (warm). Messages are plain data (wasm/readers).
(function () {
	"use strict";
	var modulePromise = null; // the compiled readers.wasm, shared by every worker
	var spare = null;         // a Promise of a started worker, not yet used
	var url = null;

	function fail(msg) {
		return JSON.stringify({ ok: false, error: msg });
	}
	function message(err) {
		return err && err.message ? err.message : String(err);
	}
	// The single file carries the worker's script in the page; the site has
	// it as a file.
	function workerURL() {
		if (url) return url;
		var inline = document.getElementById("cipa-triage-worker");
		url = inline
			? URL.createObjectURL(new Blob([inline.textContent], { type: "text/javascript" }))
			: "readers-worker.js";
		return url;
	}
	function compile() {
		if (!modulePromise) {
			modulePromise = fetch("readers.wasm").then(function (r) {
				if (!r.ok) throw new Error("readers.wasm could not be loaded (" + r.status + ")");
				return r.arrayBuffer();
			}).then(function (buf) {
				return WebAssembly.compile(buf);
			});
			modulePromise.catch(function () { modulePromise = null; }); // a later read tries again
		}
		return modulePromise;
	}
	function start() {
		return compile().then(function (mod) {
			return new Promise(function (resolve, reject) {
				var w = new Worker(workerURL());
				w.onmessage = function (e) {
					var d = e.data || {};
					if (d.type === "ready") {
						w.onmessage = w.onerror = null;
						resolve(w);
					} else if (d.type === "failed") {
						w.terminate();
						reject(new Error(d.error));
					}
				};
				w.onerror = function (e) {
					if (e.preventDefault) e.preventDefault();
					w.terminate();
					reject(new Error(e.message || "the readers' worker could not start"));
				};
				w.postMessage({ type: "start", module: mod });
			});
		});
	}
	function take() {
		var w = spare || start();
		spare = null;
		return w;
	}
	// warm starts a worker ahead of the first read.
	function warm() {
		if (!spare) {
			spare = start();
			spare.catch(function () { spare = null; });
		}
	}
	// read sends {reader, name, file | text, known} to a worker of its own,
	// calls onProgress({bytes, size, entries}) as it goes and onDone(json)
	// once, and returns a function that cancels the read (ending the worker).
	function read(msg, onProgress, onDone) {
		msg.type = "read";
		return run(msg, onProgress, onDone);
	}
	// compare sends two HAR files, {files: [File, File]}, to a worker of its
	// own, which compares the recordings (core/harcompare); the same
	// progress, answer and cancel as read.
	function compare(msg, onProgress, onDone) {
		msg.type = "compare";
		return run(msg, onProgress, onDone);
	}
	// bytesOf reads a File in the page, for the single file in WebKit.
	function bytesOf(f) {
		return new Promise(function (resolve, reject) {
			var fr = new FileReader();
			fr.onload = function () { resolve(fr.result); };
			fr.onerror = function () { reject(fr.error); };
			fr.readAsArrayBuffer(f);
		});
	}
	function run(msg, onProgress, onDone) {
		var cancelled = false, worker = null;
		function finish(json) {
			if (worker) worker.terminate(); // its memory grew with the file: start afresh
			worker = null;
			onDone(json);
			warm();
		}
		take().then(function (w) {
			if (cancelled) { w.terminate(); return; }
			worker = w;
			w.onmessage = function (e) {
				var d = e.data || {};
				if (cancelled) return;
				if (d.type === "progress") onProgress(d);
				else if (d.type === "done") finish(d.json);
				else if (d.type === "exit") finish(fail("the reader stopped unexpectedly, perhaps out of memory; try a smaller file"));
			};
			w.onerror = function (e) {
				if (e.preventDefault) e.preventDefault();
				if (!cancelled) finish(fail("the reader stopped: " + (e.message || "unknown error")));
			};
			// WebKit does not let a worker started from a file:// page (the
			// single file) read a File that page made: there the page reads
			// the file itself and hands the worker its bytes (wasm/readers).
			if (location.protocol === "file:" && msg.files && typeof FileReader !== "undefined") {
				var files = msg.files;
				Promise.all(files.map(bytesOf)).then(function (bufs) {
					if (cancelled) return;
					msg.files = null;
					msg.bytes = bufs;
					msg.names = files.map(function (f) { return f.name; });
					w.postMessage(msg, bufs);
				}, function (err) {
					if (!cancelled) finish(fail("the file could not be read: " + message(err)));
				});
				return;
			}
			if (location.protocol === "file:" && msg.file && typeof FileReader !== "undefined") {
				var f = msg.file, fr = new FileReader();
				fr.onload = function () {
					if (cancelled) return;
					msg.file = null;
					msg.bytes = fr.result;
					msg.name = msg.name || f.name;
					w.postMessage(msg, [fr.result]);
				};
				fr.onerror = function () {
					if (!cancelled) finish(fail("the file could not be read: " + message(fr.error)));
				};
				fr.readAsArrayBuffer(f);
				return;
			}
			w.postMessage(msg);
		}, function (err) {
			if (!cancelled) onDone(fail("the document readers could not be loaded: " + message(err)));
		});
		return function cancel() {
			cancelled = true;
			if (worker) worker.terminate();
			worker = null;
			warm();
		};
	}
	// draft asks a worker for one of the drafts (wasm/readers): msg is
	// {draft, format, answers, assessment}; onDone(json, bytes) is called once,
	// bytes a Uint8Array when json says ok.
	function draft(msg, onDone) {
		take().then(function (w) {
			w.onmessage = function (e) {
				var d = e.data || {};
				if (d.type !== "done" && d.type !== "exit") return;
				w.terminate();
				warm();
				if (d.type === "exit") onDone(fail("the draft could not be written"), null);
				else onDone(d.json, d.bytes || null);
			};
			w.onerror = function (e) {
				if (e.preventDefault) e.preventDefault();
				w.terminate();
				warm();
				onDone(fail("the draft could not be written: " + (e.message || "unknown error")), null);
			};
			msg.type = "draft";
			w.postMessage(msg);
		}, function (err) {
			onDone(fail("the drafts could not be loaded: " + message(err)), null);
		});
	}
	// readBytes is window.cipaTriage.read: bytes from JavaScript, a Promise of
	// the result's JSON.
	function readBytes(reader, name, bytes, known) {
		return new Promise(function (resolve) {
			read({ reader: reader, name: name, file: new File([bytes], name), known: known || "" }, function () {}, resolve);
		});
	}
	window.cipaTriageReaders = { read: read, compare: compare, readBytes: readBytes, warm: warm, draft: draft };
})();
