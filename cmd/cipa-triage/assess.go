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
	c := newCommand("assess", "ANSWERS.json", "Assess an answers file (\"-\" reads standard input) and print the report: the short one, or with --full the factors, defenses, exposure, timeline and sources too.")
	asOfFlag := c.flags.String("as-of", "", "assess as of this day, YYYY-MM-DD (default: the file's as_of, else today)")
	format := c.flags.String("format", "md", "output format: md or json")
	full := c.flags.Bool("full", false, "the full report, not the short one")
	icsPath := c.flags.String("ics", "", "also write the matter's dates as an iCalendar file to this path")
	pos, err := c.parse(args)
	if err == nil && len(pos) != 1 {
		err = fmt.Errorf("give exactly one answers file (\"-\" reads standard input)")
	}
	if err == nil && *format != "md" && *format != "json" {
		err = fmt.Errorf("--format must be json or md, not %q", *format)
	}
	if err != nil {
		return c.fail(err, stdout, stderr)
	}
	data, err := readInput(pos[0])
	if err != nil {
		fmt.Fprintf(stderr, "cipa-triage assess: %v\n", err)
		return exitUsage
	}
	answers, probs := core.ParseAnswers(data)
	asOf, err := parseAsOf(*asOfFlag)
	if err != nil {
		probs = append(probs, core.Problem{Field: "--as-of", Message: err.Error()})
	}
	if len(probs) > 0 {
		fmt.Fprintf(stderr, "cipa-triage assess: %s has %d problem(s):\n%s\n", pos[0], len(probs), indent(probs.Error()))
		return exitUsage
	}
	a := core.Assess(answers, pickAsOf(asOf, answers))
	if *icsPath != "" {
		if err := writeCalendar(*icsPath, a, ""); err != nil {
			fmt.Fprintf(stderr, "cipa-triage assess: %v\n", err)
			return exitIO
		}
	}
	if *format == "json" {
		render := report.ShortJSON
		if *full {
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
	if *full {
		render = report.Markdown
	}
	if _, err := io.WriteString(stdout, render(a)); err != nil {
		return exitIO
	}
	return exitOK
}

func runQuestions(args []string, stdout, stderr io.Writer) int {
	c := newCommand("questions", "", "Print the questionnaire: every question with its help, options, default and conditions.")
	format := c.flags.String("format", "md", "output format: md or json")
	pos, err := c.parse(args)
	if err == nil && len(pos) > 0 {
		err = fmt.Errorf("takes no arguments")
	}
	if err != nil {
		return c.fail(err, stdout, stderr)
	}
	switch *format {
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
	c := newCommand("wording", "", "Print every sentence the checker can say, then the drafts' sentences, with their rule, outcome and sources, for a lawyer's review.")
	pos, err := c.parse(args)
	if err == nil && len(pos) > 0 {
		err = fmt.Errorf("takes no arguments")
	}
	if err != nil {
		return c.fail(err, stdout, stderr)
	}
	if err := wording.Err(); err != nil {
		fmt.Fprintf(stderr, "cipa-triage wording: %v\n", err)
		return exitIO
	}
	if err := wording.DraftsErr(); err != nil {
		fmt.Fprintf(stderr, "cipa-triage wording: %v\n", err)
		return exitIO
	}
	if _, err := io.WriteString(stdout, report.Wording(wording.All())+report.WordingDrafts(wording.Drafts())); err != nil {
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

// parseAsOf reads an --as-of value; empty gives the zero date.
func parseAsOf(s string) (core.Date, error) {
	if s == "" {
		return core.Date{}, nil
	}
	return core.ParseDate(s)
}

// pickAsOf is the day to assess on: --as-of, else the answers' as_of, else today.
func pickAsOf(flag core.Date, a core.Answers) core.Date {
	switch {
	case !flag.IsZero():
		return flag
	case !a.AsOf.IsZero():
		return a.AsOf
	}
	return core.DateOf(time.Now())
}
