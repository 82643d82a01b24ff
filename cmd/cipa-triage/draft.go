package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/draft"
	"github.com/cipa-triage/cipa-triage/core/wording"
)

// runDraft writes one of the drafts the owner hands on (core/draft): the
// notice of claim to the insurer, the preservation note, the outline for
// counsel. It sends nothing; the file is for the owner and a lawyer to
// review.
func runDraft(args []string, stdout, stderr io.Writer) int {
	c := newCommand("draft", strings.Join(draft.Kinds, "|")+" --answers ANSWERS.json",
		"Write a draft to review with your lawyer, filled from an answers file: insurer (notice of claim to the insurer), "+
			"hold (preservation note for the team and vendors) or counsel (outline for counsel). Nothing is sent.")
	answersPath := c.flags.String("answers", "", "the answers file (\"-\" reads standard input)")
	asOfFlag := c.flags.String("as-of", "", "assess as of this day, YYYY-MM-DD (default: the file's as_of, else today)")
	format := c.flags.String("format", "md", "output format: md, html (a page to print) or docx (Word)")
	outPath := c.flags.String("o", "", "write to this file instead of standard output")
	pos, err := c.parse(args)
	switch {
	case err != nil:
	case len(pos) != 1:
		err = fmt.Errorf("name one draft: %s", strings.Join(draft.Kinds, ", "))
	case !isDraft(pos[0]):
		err = fmt.Errorf("no draft named %q (drafts: %s)", pos[0], strings.Join(draft.Kinds, ", "))
	case *answersPath == "":
		err = fmt.Errorf("give the answers file with --answers")
	case *format != "md" && *format != "html" && *format != "docx":
		err = fmt.Errorf("--format must be md, html or docx, not %q", *format)
	}
	if err != nil {
		return c.fail(err, stdout, stderr)
	}
	if err := wording.DraftsErr(); err != nil {
		fmt.Fprintf(stderr, "cipa-triage draft: %v\n", err)
		return exitIO
	}
	data, err := readInput(*answersPath)
	if err != nil {
		fmt.Fprintf(stderr, "cipa-triage draft: the answers file could not be read: %v\n", err)
		return exitUsage
	}
	answers, probs := core.ParseAnswers(data)
	asOf, err := parseAsOf(*asOfFlag)
	if err != nil {
		probs = append(probs, core.Problem{Field: "--as-of", Message: err.Error()})
	}
	if len(probs) > 0 {
		fmt.Fprintf(stderr, "cipa-triage draft: %s has %d problem(s):\n%s\n", *answersPath, len(probs), indent(probs.Error()))
		return exitUsage
	}
	doc, err := draft.Make(pos[0], answers, core.Assess(answers, pickAsOf(asOf, answers)))
	if err != nil {
		fmt.Fprintf(stderr, "cipa-triage draft: %v\n", err)
		return exitUsage
	}
	var out []byte
	switch *format {
	case "md":
		out = []byte(draft.Markdown(doc))
	case "html":
		out = []byte(draft.HTML(doc))
	case "docx":
		if out, err = draft.DOCX(doc); err != nil {
			fmt.Fprintf(stderr, "cipa-triage draft: %v\n", err)
			return exitIO
		}
	}
	if *outPath == "" {
		if _, err := stdout.Write(out); err != nil {
			return exitIO
		}
		return exitOK
	}
	if err := os.WriteFile(*outPath, out, 0o644); err != nil {
		fmt.Fprintf(stderr, "cipa-triage draft: cannot write %s: %v\n", *outPath, err)
		return exitIO
	}
	return exitOK
}

func isDraft(name string) bool {
	for _, k := range draft.Kinds {
		if k == name {
			return true
		}
	}
	return false
}
