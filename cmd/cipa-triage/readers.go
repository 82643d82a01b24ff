package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/intake"
)

// runReader runs one reader over a file ("-" for standard input) and prints
// its fragment, evidence and warnings.
func runReader(name string, args []string, stdout, stderr io.Writer) int {
	r := intake.Find(name)
	if r == nil {
		fmt.Fprintf(stderr, "cipa-triage: unknown command %q\n\n%s", name, usage())
		return exitUsage
	}
	c := readerCommand(r)
	jsonOut := c.flags.Bool("json", false, "print JSON: {\"answers\": ..., \"evidence\": ..., \"warnings\": ...}")
	trackers := c.flags.String("trackers", "", "trackers your site ran, comma-separated ids (for the policy reader)")
	answersPath := c.flags.String("answers", "", "an answers file with what you know already")
	testEmail := c.flags.String("test-email", "", "har: email addresses you typed into your own site while recording, comma-separated")
	testPhone := c.flags.String("test-phone", "", "har: phone numbers you typed likewise, comma-separated")
	pos, err := c.parse(args)
	if err == nil && len(pos) != 1 {
		err = fmt.Errorf("give exactly one file")
	}
	if err != nil {
		return c.fail(err, stdout, stderr)
	}
	var known core.Answers
	if path := *answersPath; path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "cipa-triage %s: %v\n", name, err)
			return exitUsage
		}
		a, probs := core.ParseAnswers(data)
		if probs != nil {
			fmt.Fprintf(stderr, "cipa-triage %s: %s is not valid:\n%s\n", name, path, indent(probs.Error()))
			return exitUsage
		}
		known = a
	}
	if t := *trackers; t != "" {
		known.Site.Trackers = strings.Split(t, ",")
	}
	if r, err = withTestValues(r, *testEmail, *testPhone); err != nil {
		fmt.Fprintf(stderr, "cipa-triage %s: %v\n", name, err)
		return exitUsage
	}
	src, closeSrc, err := openSource(pos[0])
	if err != nil {
		fmt.Fprintf(stderr, "cipa-triage %s: %v\n", name, err)
		return exitUsage
	}
	defer closeSrc()
	res, err := r.Read(src, known)
	if err != nil {
		fmt.Fprintf(stderr, "cipa-triage %s: %s: %v\n", name, src.Name, err)
		return exitUsage
	}
	if *jsonOut {
		return writeJSON(stdout, stderr, res)
	}
	fmt.Fprint(stdout, describeResult(res))
	return exitOK
}

// readerCommand is the subcommand that runs reader r over one file.
func readerCommand(r core.Reader) *command {
	return newCommand(r.Name(), "FILE", fmt.Sprintf("Read one file (%s; \"-\" reads standard input) and print what it prefills in the %s section, with the words each value came from.",
		strings.Join(r.Accepts(), " "), r.Section()))
}

func openSource(path string) (core.Source, func(), error) {
	if path == "-" {
		return core.Source{Name: "stdin", Size: -1, R: os.Stdin}, func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return core.Source{}, nil, err
	}
	size := int64(-1)
	if st, err := f.Stat(); err == nil {
		if st.IsDir() {
			f.Close()
			return core.Source{}, nil, fmt.Errorf("%s is a folder, not a file", path)
		}
		size = st.Size()
	}
	return core.Source{Name: path, Size: size, R: f}, func() { f.Close() }, nil
}

// describeResult prints a fragment for people: each field found, the words
// it came from, then the warnings.
func describeResult(res core.Result) string {
	var b strings.Builder
	flat := intake.Fields(res.Answers)
	keys := make([]string, 0, len(flat))
	for k := range flat {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if len(keys) == 0 {
		b.WriteString("Nothing found to prefill.\n")
	}
	for _, k := range keys {
		v, _ := json.Marshal(flat[k])
		fmt.Fprintf(&b, "%s = %s\n", k, v)
		for _, ev := range res.Evidence[k] {
			where := ""
			if ev.Where != "" {
				where = " (" + ev.Where + ")"
			}
			fmt.Fprintf(&b, "    from%s: %q\n", where, ev.Quote)
		}
	}
	// A reader's findings beyond the answers (a terms reader's opt-out
	// window, forum, small-claims carve-out) come as plain lines.
	if lines, ok := res.Details["summary"].([]string); ok && len(lines) > 0 {
		b.WriteString("\n")
		for _, l := range lines {
			fmt.Fprintf(&b, "%s\n", l)
		}
		b.WriteString("\n")
	}
	for _, w := range res.Warnings {
		if w.Field != "" {
			fmt.Fprintf(&b, "warning: %s: %s\n", w.Field, w.Message)
		} else {
			fmt.Fprintf(&b, "warning: %s\n", w.Message)
		}
	}
	return b.String()
}

func indent(s string) string {
	return "  " + strings.ReplaceAll(s, "\n", "\n  ")
}

func writeJSON(stdout, stderr io.Writer, v any) int {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		fmt.Fprintf(stderr, "cipa-triage: %v\n", err)
		return exitIO
	}
	data = append(data, '\n')
	if _, err := stdout.Write(data); err != nil {
		return exitIO
	}
	return exitOK
}

// testValuer is a reader that can look for the user's own test values
// (the HAR reader: --test-email and --test-phone, comma-separated).
type testValuer interface {
	WithTestValues(emails, phones []string) core.Reader
}

func withTestValues(r core.Reader, emails, phones string) (core.Reader, error) {
	if emails == "" && phones == "" {
		return r, nil
	}
	tv, ok := r.(testValuer)
	if !ok {
		return r, fmt.Errorf("--test-email and --test-phone apply only to the har reader")
	}
	split := func(s string) []string {
		if s == "" {
			return nil
		}
		return strings.Split(s, ",")
	}
	return tv.WithTestValues(split(emails), split(phones)), nil
}
