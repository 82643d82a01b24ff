package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/cipa-triage/cipa-triage/core/har"
	"github.com/cipa-triage/cipa-triage/core/harcompare"
)

// runCompare compares two HAR recordings of one site: before and after a
// fix, or "Accept all" against "Reject all".
func runCompare(args []string, stdout, stderr io.Writer) int {
	c := newCommand("compare", "BEFORE.har AFTER.har",
		"Compare two recordings of your site, tag by tag: before and after a fix, or one with \"Accept all\" and one with \"Reject all\"\n"+
			"clicked on the banner (the checker tells these apart from the banner's answers; otherwise the order given is before, after).\n"+
			"Prints each tag's verdict, the warnings, and both files' SHA-256.")
	jsonOut := c.flags.Bool("json", false, "print JSON: {\"mode\", \"basis\", \"recordings\", \"summary\", \"tags\", \"warnings\"}")
	testEmail := c.flags.String("test-email", "", "email addresses you typed into your own site while recording, comma-separated")
	testPhone := c.flags.String("test-phone", "", "phone numbers you typed likewise, comma-separated")
	pos, err := c.parse(args)
	if err == nil && len(pos) != 2 {
		err = fmt.Errorf("give exactly two HAR files, the first recording then the second (%d given)", len(pos))
	}
	if err != nil {
		return c.fail(err, stdout, stderr)
	}
	opts := har.Options{TestEmails: split(*testEmail), TestPhones: split(*testPhone)}
	cmp, err := compareFiles(pos[0], pos[1], opts)
	if err != nil {
		fmt.Fprintf(stderr, "cipa-triage compare: %v\n", err)
		return exitUsage
	}
	if *jsonOut {
		return writeJSON(stdout, stderr, cmp)
	}
	if _, err := io.WriteString(stdout, harcompare.Markdown(cmp, 1)); err != nil {
		return exitIO
	}
	return exitOK
}

// compareFiles reads two HARs ("-" reads standard input, once) and compares
// them; an error names the file.
func compareFiles(first, second string, opts har.Options) (harcompare.Comparison, error) {
	var recs [2]*harcompare.Recording
	for i, path := range []string{first, second} {
		src, closeSrc, err := openSource(path)
		if err != nil {
			return harcompare.Comparison{}, err
		}
		recs[i], err = harcompare.Read(src.Name, src.R, opts)
		closeSrc()
		if err != nil {
			return harcompare.Comparison{}, err
		}
	}
	return harcompare.Compare(recs[0], recs[1]), nil
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}
