// The browser tests' hands: they answer the app's questions through its own
// controls (ids are field paths with "." as "-", options add "-value") and
// press its buttons, as a user would. Injected by tests only.
window.__e2e = window.__e2e || {
	settle() {
		return new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
	},
	id(field) {
		return field.replace(/\./g, "-");
	},
	// set answers one field if its control is on this page; it says whether it was.
	set(field, value) {
		const base = this.id(field);
		if (Array.isArray(value)) {
			let found = false;
			for (const v of value) {
				const el = document.getElementById(base + "-" + v);
				if (!el) continue;
				found = true;
				if (!el.checked) el.click();
			}
			return found;
		}
		if (typeof value === "boolean") value = value ? "yes" : "no";
		const opt = document.getElementById(base + "-" + value);
		if (opt && (opt.type === "radio" || opt.type === "checkbox")) {
			if (!opt.checked) opt.click();
			return true;
		}
		const el = document.getElementById(base);
		if (!el || el.type === "radio" || el.type === "checkbox") return false;
		if (el.value !== String(value)) {
			el.focus();
			el.value = String(value);
			el.dispatchEvent(new Event("input", { bubbles: true }));
			el.dispatchEvent(new Event("change", { bubbles: true }));
		}
		return true;
	},
	page() {
		const p = document.querySelector("[data-page]");
		return p ? p.dataset.page : "";
	},
	// step fills what it can on the page, then presses the way forward.
	async step(answers) {
		const page = this.page();
		if (document.getElementById("deadline")) return { page, done: true };
		const filled = [];
		for (let pass = 0; pass < 2; pass++) {
			// A second pass answers questions that the first pass revealed.
			for (const [f, v] of Object.entries(answers)) {
				if (this.set(f, v) && !filled.includes(f)) filled.push(f);
			}
			await this.settle();
		}
		const next = document.getElementById("ct-see-results") || document.getElementById("ct-continue") || document.getElementById("ct-start");
		if (!next) return { page, filled, error: "no way forward on page " + page };
		next.click();
		await this.settle();
		const err = document.getElementById("ct-error-summary");
		const msg = document.getElementById("ct-message");
		let error = err ? err.innerText : "";
		if (!error && this.page() === page && !document.getElementById("deadline")) {
			error = "pressing " + next.id + " left the app on the same page" + (msg ? ": " + msg.innerText : "");
		}
		return { page, filled, clicked: next.id, error };
	},
	// legendHintGap measures the space between each question heading inside
	// a legend and the hint under it (WebKit once dropped it to 0): the
	// smallest on the page shown, or null when there is no such pair.
	legendHintGap() {
		let min = null;
		for (const legend of document.querySelectorAll("#cipa-triage legend")) {
			const h = legend.querySelector("h1, h2, h3");
			const hint = legend.parentElement.querySelector(":scope > .ct-hint");
			if (!h || !hint) continue;
			const gap = hint.getBoundingClientRect().top - h.getBoundingClientRect().bottom;
			min = min === null ? gap : Math.min(min, gap);
		}
		return min;
	},
	results() {
		// textContent, not innerText: the detail sections start closed, and
		// a closed <details> has no rendered text.
		const text = id => ((document.getElementById(id) || {}).textContent || "").replace(/\s+/g, " ");
		const d = document.getElementById("deadline"), m = document.getElementById("mass-arbitration");
		return {
			deadline: d ? d.dataset.deadline : "",
			deadlineText: text("deadline"),
			massApplies: m ? m.dataset.applies : "",
			sections: ["deadline", "exposure", "mass-arbitration", "factors", "defenses", "timeline", "next-steps", "citations", "notice"]
				.filter(id => document.getElementById(id)),
			defenses: text("defenses"),
			factors: text("factors"),
			exposure: text("exposure"),
			notice: text("notice"),
		};
	},
};
true;
