package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/report"
	"github.com/cipa-triage/cipa-triage/core/wording"
)

func runAssess(args []string, stdout, stderr io.Writer) int {
	p, err := parseArgs(args, []string{"as-of", "format"}, []string{"full"})
	if err == nil && len(p.positional) != 1 {
		err = fmt.Errorf("give exactly one answers file (\"-\" reads standard input)")
	}
	format := p.opts["format"]
	if format == "" {
		format = "md"
	}
	if err == nil && format != "md" && format != "json" {
		err = fmt.Errorf("--format must be json or md, not %q", format)
	}
	if err != nil {
		fmt.Fprintf(stderr, "cipa-triage assess: %v\n", err)
		return exitUsage
	}
	data, err := readInput(p.positional[0])
	if err != nil {
		fmt.Fprintf(stderr, "cipa-triage assess: %v\n", err)
		return exitUsage
	}
	answers, probs := core.ParseAnswers(data)
	var asOf core.Date
	if s := p.opts["as-of"]; s != "" {
		d, err := core.ParseDate(s)
		if err != nil {
			probs = append(probs, core.Problem{Field: "--as-of", Message: err.Error()})
		}
		asOf = d
	}
	if len(probs) > 0 {
		fmt.Fprintf(stderr, "cipa-triage assess: %s has %d problem(s):\n%s\n", p.positional[0], len(probs), indent(probs.Error()))
		return exitUsage
	}
	if asOf.IsZero() {
		asOf = answers.AsOf
	}
	if asOf.IsZero() {
		asOf = core.DateOf(time.Now())
	}
	a := core.Assess(answers, asOf)
	full := p.opts["full"] != ""
	if format == "json" {
		render := report.ShortJSON
		if full {
			render = report.JSON
		}
		data, err := render(a)
		if err != nil {
			fmt.Fprintf(stderr, "cipa-triage assess: %v\n", err)
			return exitIO
		}
		if _, err := stdout.Write(data); err != nil {
			return exitIO
		}
		return exitOK
	}
	render := report.Short
	if full {
		render = report.Markdown
	}
	if _, err := io.WriteString(stdout, render(a)); err != nil {
		return exitIO
	}
	return exitOK
}

func runQuestions(args []string, stdout, stderr io.Writer) int {
	p, err := parseArgs(args, []string{"format"}, nil)
	if err == nil && len(p.positional) > 0 {
		err = fmt.Errorf("takes no arguments")
	}
	if err != nil {
		fmt.Fprintf(stderr, "cipa-triage questions: %v\n", err)
		return exitUsage
	}
	switch p.opts["format"] {
	case "json":
		return writeJSON(stdout, stderr, core.Questionnaire)
	case "", "md":
		_, err := io.WriteString(stdout, report.Questions(core.Questionnaire))
		if err != nil {
			return exitIO
		}
		return exitOK
	default:
		fmt.Fprintf(stderr, "cipa-triage questions: --format must be json or md\n")
		return exitUsage
	}
}

// runWording prints every sentence the checker can say, for a lawyer's
// review: cipa-triage wording > wording.md.
func runWording(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintf(stderr, "cipa-triage wording: takes no arguments\n")
		return exitUsage
	}
	if err := wording.Err(); err != nil {
		fmt.Fprintf(stderr, "cipa-triage wording: %v\n", err)
		return exitIO
	}
	if _, err := io.WriteString(stdout, report.Wording(wording.All())); err != nil {
		return exitIO
	}
	return exitOK
}

func readInput(path string) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(os.Stdin)
	}
	return os.ReadFile(path)
}
