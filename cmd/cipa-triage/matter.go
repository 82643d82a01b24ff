package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/har"
	"github.com/cipa-triage/cipa-triage/core/harcompare"
	"github.com/cipa-triage/cipa-triage/core/intake"
	"github.com/cipa-triage/cipa-triage/core/report"
)

// runMatter reads any subset of a matter's documents (the letter, a HAR, the
// terms, the privacy policy) and an answers file, and gives one assessment
// with where each answer came from.
func runMatter(args []string, stdout, stderr io.Writer) int {
	c := newCommand("matter", "[--letter F] [--har F] [--har-after F] [--terms F] [--policy F] [--answers F]",
		"Read a matter's documents and answers file (any subset) into one assessment, with the source of every answer.\n"+
			"The answers file wins where it and a document disagree; every such conflict is listed.")
	files := map[string]*string{}
	for _, r := range intake.Readers {
		files[r.Name()] = c.flags.String(r.Name(), "", fmt.Sprintf("the %s (%s)", readerNoun(r.Name()), strings.Join(r.Accepts(), " ")))
	}
	harAfter := c.flags.String("har-after", "", "a second HAR recording of your site (after the fix, or with \"Reject all\" clicked), compared with --har in the report; the answers come from --har")
	answersPath := c.flags.String("answers", "", "an answers file; its answers win over the documents'")
	asOfFlag := c.flags.String("as-of", "", "assess as of this day, YYYY-MM-DD (default: the answers file's as_of, else today)")
	format := c.flags.String("format", "md", "output format: md, json or html (a page to print or save as PDF)")
	full := c.flags.Bool("full", false, "the full report (factors, defenses, exposure, timeline, sources), not the short one")
	icsPath := c.flags.String("ics", "", "also write the matter's dates as an iCalendar file to this path")
	testEmail := c.flags.String("test-email", "", "har: email addresses you typed into your own site while recording, comma-separated")
	testPhone := c.flags.String("test-phone", "", "har: phone numbers you typed likewise, comma-separated")
	pos, err := c.parse(args)
	if err == nil && len(pos) > 0 {
		err = fmt.Errorf("name each document with its option (--letter %s), not on its own", pos[0])
	}
	given := *answersPath != "" || *harAfter != ""
	for _, p := range files {
		given = given || *p != ""
	}
	if err == nil && !given {
		err = fmt.Errorf("give at least one of --letter, --har, --terms, --policy or --answers")
	}
	if err == nil && *harAfter != "" && *files["har"] == "" {
		err = fmt.Errorf("--har-after is compared with --har: give both")
	}
	if err == nil && *format != "md" && *format != "json" && *format != "html" {
		err = fmt.Errorf("--format must be md, json or html, not %q", *format)
	}
	asOf, aerr := parseAsOf(*asOfFlag)
	if err == nil && aerr != nil {
		err = fmt.Errorf("--as-of: %v", aerr)
	}
	if err != nil {
		return c.fail(err, stdout, stderr)
	}

	var file core.Answers
	if *answersPath != "" {
		data, err := readInput(*answersPath)
		if err != nil {
			fmt.Fprintf(stderr, "cipa-triage matter: %v\n", err)
			return exitUsage
		}
		a, probs := core.ParseAnswers(data)
		if len(probs) > 0 {
			fmt.Fprintf(stderr, "cipa-triage matter: %s has %d problem(s):\n%s\n", *answersPath, len(probs), indent(probs.Error()))
			return exitUsage
		}
		file = a
	}

	// Readers run in the app's order (letter, HAR, terms, policy), each told
	// what is known so far, so the policy reader checks the trackers the HAR
	// found or the answers file names.
	var docs []intake.Document
	for _, r := range intake.Readers {
		path := *files[r.Name()]
		if path == "" {
			continue
		}
		known := intake.Combine(docs, file).Answers
		known.AsOf = pickAsOf(asOf, known)
		r, err := withTestValues(r, *testEmail, *testPhone)
		if err != nil {
			r = intake.Find(r.Name()) // the test values apply to the HAR reader only
		}
		src, closeSrc, err := openSource(path)
		if err != nil {
			fmt.Fprintf(stderr, "cipa-triage matter: --%s: %v\n", r.Name(), err)
			return exitUsage
		}
		res, err := r.Read(src, known)
		closeSrc()
		if err != nil {
			fmt.Fprintf(stderr, "cipa-triage matter: --%s %s: %v\n", r.Name(), path, err)
			return exitUsage
		}
		docs = append(docs, intake.Document{Name: filepath.Base(path), Reader: r.Name(), Result: res})
	}
	// The second recording is compared with the first, and both files'
	// SHA-256 go into the list of documents.
	var cmp *harcompare.Comparison
	if *harAfter != "" {
		opts := har.Options{TestEmails: split(*testEmail), TestPhones: split(*testPhone)}
		c, err := compareFiles(*files["har"], *harAfter, opts)
		if err != nil {
			fmt.Fprintf(stderr, "cipa-triage matter: --har-after: %v\n", err)
			return exitUsage
		}
		cmp = &c
	}
	m := intake.Combine(docs, file)
	a := core.Assess(m.Answers, pickAsOf(asOf, m.Answers))

	if *icsPath != "" {
		if err := writeCalendar(*icsPath, a, matterName(m.Answers)); err != nil {
			fmt.Fprintf(stderr, "cipa-triage matter: %v\n", err)
			return exitIO
		}
	}
	render := report.Short
	if *full {
		render = report.Markdown
	}
	var out []byte
	switch *format {
	case "json":
		data, err := json.MarshalIndent(struct {
			Assessment core.Assessment `json:"assessment"`
			intake.Combined
			Comparison *harcompare.Comparison `json:"comparison,omitempty"`
		}{a, m, cmp}, "", "  ")
		if err != nil {
			fmt.Fprintf(stderr, "cipa-triage matter: %v\n", err)
			return exitIO
		}
		out = append(data, '\n')
	case "html":
		out = printableHTML(matterMarkdown(render(a), m, docs, cmp))
	default:
		out = []byte(matterMarkdown(render(a), m, docs, cmp))
	}
	if _, err := stdout.Write(out); err != nil {
		return exitIO
	}
	return exitOK
}

func readerNoun(name string) string {
	switch name {
	case "letter":
		return "demand letter"
	case "har":
		return "HAR recording of your site"
	case "terms":
		return "terms of service"
	case "policy":
		return "privacy policy"
	}
	return name
}

// matterName is how a matter is named in calendars and tables: the first
// claimant against the business ("Roe v. Acme"), or what is known of either.
func matterName(a core.Answers) string {
	claimant := ""
	if len(a.Letter.ClaimantNames) > 0 {
		claimant = a.Letter.ClaimantNames[0]
		if n := len(a.Letter.ClaimantNames); n > 1 {
			claimant += fmt.Sprintf(" and %d others", n-1)
		}
	}
	biz := a.Letter.Business
	if biz == "" {
		biz = a.Letter.Website
	}
	switch {
	case claimant != "" && biz != "":
		return claimant + " v. " + biz
	case claimant != "":
		return claimant
	case biz != "":
		return biz
	}
	return a.Letter.Firm
}

// matterMarkdown is the assessment's report (rep) followed by the comparison
// of two recordings (cmp, if any), where each answer came from, the
// conflicts, and what the readers warned about.
func matterMarkdown(rep string, m intake.Combined, docs []intake.Document, cmp *harcompare.Comparison) string {
	var b strings.Builder
	// The sources of the answers go before the notice, which stays last.
	notice := strings.LastIndex(rep, "\n## Notice")
	if notice < 0 {
		notice = len(rep)
	}
	b.WriteString(rep[:notice])
	sums := map[string]string{}
	if cmp != nil {
		b.WriteString("\n" + harcompare.Markdown(*cmp, 2))
		for _, s := range cmp.Recordings {
			sums[filepath.Base(s.File)] = s.SHA256
		}
	}
	b.WriteString("\n## Where the answers came from\n\n")
	if len(docs) > 0 {
		b.WriteString("Documents read on this device: ")
		var names []string
		for _, d := range docs {
			if sum, ok := sums[d.Name]; ok && d.Reader == "har" {
				names = append(names, fmt.Sprintf("%s (%s, SHA-256 `%s`)", d.Name, readerNoun(d.Reader), sum))
				delete(sums, d.Name)
				continue
			}
			names = append(names, fmt.Sprintf("%s (%s)", d.Name, readerNoun(d.Reader)))
		}
		if cmp != nil {
			after := cmp.Recordings[0]
			if after.Given != 2 {
				after = cmp.Recordings[1]
			}
			if sum, ok := sums[filepath.Base(after.File)]; ok {
				names = append(names, fmt.Sprintf("%s (a second HAR recording, compared with the first; SHA-256 `%s`)", filepath.Base(after.File), sum))
			}
		}
		b.WriteString(strings.Join(names, ", ") + ".\n\n")
	}
	fields := make([]string, 0, len(m.Origins))
	for f := range m.Origins {
		fields = append(fields, f)
	}
	sort.Strings(fields)
	b.WriteString("| Answer | Value | From |\n|---|---|---|\n")
	values := intake.Fields(m.Answers)
	for _, f := range fields {
		o := m.Origins[f]
		from := o.From
		if o.Quote != "" {
			from += ": “" + clip(o.Quote, 160) + "”"
		}
		if o.Where != "" {
			from += " (" + o.Where + ")"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", f, mdCell(valueText(values[f])), mdCell(from))
	}
	b.WriteString("\n")
	if len(m.Conflicts) > 0 {
		b.WriteString("### Answers that disagree\n\n")
		for _, c := range m.Conflicts {
			fmt.Fprintf(&b, "- `%s`: kept %s (from %s) over %s (from %s).\n", c.Field, valueText(c.Kept), c.KeptFrom, valueText(c.Other), c.OtherFrom)
		}
		b.WriteString("\n")
	}
	if len(m.Warnings) > 0 {
		b.WriteString("### What the readers flagged\n\n")
		for _, w := range m.Warnings {
			if w.Field != "" {
				fmt.Fprintf(&b, "- %s, `%s`: %s\n", w.Document, w.Field, w.Message)
			} else {
				fmt.Fprintf(&b, "- %s: %s\n", w.Document, w.Message)
			}
		}
		b.WriteString("\n")
	}
	b.WriteString(rep[notice:])
	return b.String()
}

func valueText(v any) string {
	data, _ := json.Marshal(v)
	return string(data)
}

func mdCell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := n
	for cut > n/2 && r[cut] != ' ' {
		cut--
	}
	return strings.TrimSpace(string(r[:cut])) + "…"
}

// writeCalendar writes the assessment's dates as an iCalendar file.
func writeCalendar(path string, a core.Assessment, matter string) error {
	name := "CIPA letter dates"
	if matter != "" {
		name += ": " + matter
	}
	return os.WriteFile(path, report.ICS(name, a.AsOf, report.MatterEvents(a, matter)), 0o644)
}
