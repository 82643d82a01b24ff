// cipa-triage single file: the app and its readers are inlined below as
// gzip+base64. This answers the page's fetch("app.wasm") and
// fetch("readers.wasm") from them, so nothing is fetched at all.
(function () {
	"use strict";
	var realFetch = window.fetch;
	var ids = { "app.wasm": "cipa-triage-wasm", "readers.wasm": "cipa-triage-readers-wasm" };
	function element(id) {
		var el = document.getElementById(id);
		if (el) return Promise.resolve(el);
		return new Promise(function (resolve, reject) {
			document.addEventListener("DOMContentLoaded", function () {
				el = document.getElementById(id);
				el ? resolve(el) : reject(new Error("this page has lost its built-in app data"));
			});
		});
	}
	function decode(b64) {
		b64 = b64.replace(/\s+/g, "");
		if (Uint8Array.fromBase64) return Uint8Array.fromBase64(b64);
		var s = atob(b64), out = new Uint8Array(s.length);
		for (var i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
		return out;
	}
	function wasm(id) {
		if (typeof DecompressionStream !== "function") {
			return Promise.reject(new Error("this browser cannot unpack the app (no DecompressionStream); use a current Chrome, Edge, Firefox or Safari"));
		}
		return element(id).then(function (el) {
			var gz = new Blob([decode(el.textContent)]);
			return new Response(gz.stream().pipeThrough(new DecompressionStream("gzip")), {
				headers: { "Content-Type": "application/wasm" }
			});
		});
	}
	window.fetch = function (input, init) {
		var url = typeof input === "string" ? input : input && input.url;
		var m = url && /(^|\/)(app|readers)\.wasm([?#]|$)/.exec(String(url));
		if (m) return wasm(ids[m[2] + ".wasm"]);
		return realFetch.apply(this, arguments);
	};
})();
