/* cipa-triage embed. On your page:
 *
 *   <div id="cipa-triage-embed" data-firm-name="Example LLP" data-firm-email="intake@example.com"
 *        data-firm-phone="+1 555 0100" data-firm-url="https://example.com"
 *        data-offer-text="Free 20-minute call about your letter" data-accent-color="#0b5394"></div>
 *   <script src="https://your-host/cipa-triage/embed.js"></script>
 *
 * (or data-config='{"firm_name":"Example LLP", ...}'). It puts the checker in an iframe next to
 * this script, so your styles and the checker's cannot touch each other. When the checker asks,
 * it hands your details to that iframe alone, by postMessage addressed to the checker's origin;
 * the checker takes them only from its parent window, and a checker whose details are pinned
 * (make dist FIRM_CONFIG=...) only from its own origin or one its embed_origins lists. With pinned
 * details you need no data-* attributes at all. It sends nothing anywhere and loads nothing else.
 */
(function () {
	"use strict";
	var script = document.currentScript;
	var page = new URL("index.html", script && script.src ? script.src : location.href);
	// Where the details may go: the checker's origin only ("*" for a file: page, which has none).
	var target = page.protocol === "file:" ? "*" : page.origin;
	var fields = {
		firmName: "firm_name", firmEmail: "firm_email", firmPhone: "firm_phone",
		firmUrl: "firm_url", offerText: "offer_text", accentColor: "accent_color"
	};

	function config(el) {
		var cfg = {};
		if (el.dataset.config) {
			try {
				cfg = JSON.parse(el.dataset.config) || {};
			} catch (e) {
				console.warn("cipa-triage: data-config is not valid JSON; using the data-* attributes only", e);
			}
		}
		for (var k in fields) {
			if (el.dataset[k]) cfg[fields[k]] = el.dataset[k];
		}
		return cfg;
	}

	// Inline !important beats any rule of the host page, however hostile.
	function force(el, styles) {
		for (var p in styles) el.style.setProperty(p, styles[p], "important");
	}

	function mount(el) {
		if (el.querySelector("iframe[data-cipa-triage]")) return;
		var frame = document.createElement("iframe");
		frame.setAttribute("data-cipa-triage", "");
		frame.title = el.dataset.title || "CIPA demand letter checker";
		// #embed tells the checker to ask this page for the firm's details.
		frame.src = page.href + "#embed";
		force(el, { display: "block", visibility: "visible", opacity: "1", "max-width": "100%" });
		force(frame, {
			display: "block", visibility: "visible", opacity: "1", position: "static",
			width: "100%", "min-width": "0", "max-width": "100%", "box-sizing": "border-box",
			height: "clamp(560px, 85vh, 1100px)", "min-height": "0", "max-height": "none",
			border: "0", margin: "0", padding: "0", background: "transparent", transform: "none"
		});
		// The app asks for the firm's details once, and reports its content
		// height; the frame then fits it. Only a message from this frame's own
		// window counts (any other frame or script could post one), and only a
		// plain number of sane size: the results page is over 21,000px tall at
		// 800px wide, more on a phone.
		window.addEventListener("message", function (ev) {
			var d = ev.data;
			if (!frame.contentWindow || ev.source !== frame.contentWindow) return;
			if (!d || typeof d !== "object") return;
			if (d.type === "cipa-triage:config-request") {
				frame.contentWindow.postMessage({ type: "cipa-triage:config", config: JSON.stringify(config(el)) }, target);
				return;
			}
			if (d.type !== "cipa-triage:height") return;
			var h = d.height;
			if (typeof h !== "number" || !isFinite(h) || h < 200 || h > 100000) return;
			frame.style.setProperty("height", Math.ceil(h) + "px", "important");
		});
		el.appendChild(frame);
	}

	function mountAll() {
		var els = document.querySelectorAll("#cipa-triage-embed, [data-cipa-triage-embed]");
		for (var i = 0; i < els.length; i++) mount(els[i]);
	}

	if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
	else mountAll();
})();
