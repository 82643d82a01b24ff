package main

import (
	"fmt"
	"strings"

	"github.com/cipa-triage/cipa-triage/core/intake"
)

func usage() string {
	var b strings.Builder
	b.WriteString(`cipa-triage: triage a California Invasion of Privacy Act (CIPA) demand letter.
Everything runs on this machine; nothing is sent anywhere. This is information, not legal advice.

Usage:
  cipa-triage assess ANSWERS.json [--as-of YYYY-MM-DD] [--format json|md] [--full] [--ics FILE]   (short report; --full adds factors, defenses, exposure, timeline, sources)
  cipa-triage matter [--letter F] [--har F] [--har-after F] [--terms F] [--policy F] [--answers F] [--format md|json|html] [--full] [--ics FILE]
  cipa-triage batch DIR|FILE... [--answers DEFAULTS.json] [--format csv|md|json] [--ics FILE]
  cipa-triage questions [--format json|md]
  cipa-triage wording                        (every sentence the checker can say, with its rule, outcome and sources)
  cipa-triage law [--format json|md]   (the legal changes the checker knows, newest first)
  cipa-triage draft insurer|hold|counsel --answers ANSWERS.json [--as-of YYYY-MM-DD] [--format md|html|docx] [-o FILE]   (a draft to review with your lawyer: notice to the insurer, preservation note, outline for counsel)
  cipa-triage compare BEFORE.har AFTER.har [--json]   (two recordings of your site, tag by tag: before/after a fix, or "Accept all"/"Reject all")
`)
	for _, r := range intake.Readers {
		fmt.Fprintf(&b, "  cipa-triage %s FILE [--json] [--trackers id,id] [--answers ANSWERS.json]   (reads %s)\n",
			r.Name(), strings.Join(r.Accepts(), " "))
	}
	b.WriteString("  (har also takes --test-email a@b.com,... and --test-phone 555-0100,...: values you typed into your own site while recording)\n")
	b.WriteString("\n`cipa-triage COMMAND -h` describes one command and its options.\n")
	b.WriteString("\nExit status: 0 on success, 2 on invalid input or usage, 1 if output could not be written,\n3 when batch read some files but not others (their rows say why).\n")
	return b.String()
}
