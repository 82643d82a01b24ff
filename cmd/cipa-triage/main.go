// Command cipa-triage runs the triage core natively: the same questionnaire,
// readers and assessment as the browser app, for lawyers' batch work, tests
// and benchmarks.
//
//	cipa-triage assess ANSWERS.json [--as-of YYYY-MM-DD] [--format json|md] [--full] [--ics FILE]
//	cipa-triage matter [--letter F] [--har F] [--har-after F] [--terms F] [--policy F] [--answers F] [--format md|json|html] [--full]
//	cipa-triage batch DIR|FILE... [--answers DEFAULTS.json] [--format csv|md|json] [--ics FILE]
//	cipa-triage questions [--format json|md]
//	cipa-triage wording
//	cipa-triage draft insurer|hold|counsel --answers ANSWERS.json [--as-of YYYY-MM-DD] [--format md|html|docx] [-o FILE]
//	cipa-triage law [--format json|md]
//	cipa-triage compare BEFORE.har AFTER.har [--json]
//	cipa-triage letter|har|terms|policy FILE [--json] [--trackers id,id] [--answers ANSWERS.json]
package main

import (
	"fmt"
	"io"
	"os"
)

// Exit codes: 0 success, 1 failure to write, 2 bad input or usage.
const (
	exitOK    = 0
	exitIO    = 1
	exitUsage = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stdout, usage())
		return exitOK
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "assess":
		return runAssess(rest, stdout, stderr)
	case "questions":
		return runQuestions(rest, stdout, stderr)
	case "matter":
		return runMatter(rest, stdout, stderr)
	case "batch":
		return runBatch(rest, stdout, stderr)
	case "wording":
		return runWording(rest, stdout, stderr)
	case "draft":
		return runDraft(rest, stdout, stderr)
	case "law":
		return runLaw(rest, stdout, stderr)
	case "compare":
		return runCompare(rest, stdout, stderr)
	default:
		return runReader(cmd, rest, stdout, stderr)
	}
}
