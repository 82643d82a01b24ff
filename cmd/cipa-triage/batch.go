package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/intake"
	"github.com/cipa-triage/cipa-triage/core/knowledge"
	"github.com/cipa-triage/cipa-triage/core/report"
)

// exitSomeFailed: batch read some files but not all; their rows say why.
const exitSomeFailed = 3

// Knowledge ids batch reads: the two mass-arbitration thresholds, and the
// law that takes § 638.51 website claims from private plaintiffs.
const (
	idAAAMassThreshold  = "aaa_mass_threshold"
	idJAMSMassThreshold = "jams_mass_threshold"
	idSB690             = "sb_690"
)

// batchRow is one letter of a folder: what it says and what it means, or why
// it could not be read.
type batchRow struct {
	File            string   `json:"file"`
	Error           string   `json:"error,omitempty"`
	LetterDate      string   `json:"letter_date,omitempty"`
	Received        string   `json:"received,omitempty"`
	Deadline        string   `json:"deadline,omitempty"`
	DaysLeft        *int     `json:"days_left,omitempty"`
	DeadlineBasis   string   `json:"deadline_basis,omitempty"`
	Firm            string   `json:"firm,omitempty"`
	Claimants       int      `json:"claimants,omitempty"`
	ClaimantNames   []string `json:"claimant_names,omitempty"`
	Business        string   `json:"business,omitempty"`
	Amount          float64  `json:"amount_demanded,omitempty"`
	Theories        []string `json:"theories,omitempty"`
	SB690           bool     `json:"sb690_touches"`
	Forum           string   `json:"forum,omitempty"`
	PreArbitration  string   `json:"pre_arbitration_notice,omitempty"`
	FirmDemands     int      `json:"firm_demands_in_batch,omitempty"`
	MassArbitration bool     `json:"mass_arbitration_applies"`
	Warnings        []string `json:"warnings,omitempty"`

	answers  core.Answers
	deadline core.Date
}

// firmTally is one sending firm's demands across the folder.
type firmTally struct {
	Firm          string `json:"firm"`
	Letters       int    `json:"letters"`
	Demands       int    `json:"demands"`
	AAAThreshold  int    `json:"aaa_threshold"`
	JAMSThreshold int    `json:"jams_threshold"`
	AAAReached    bool   `json:"aaa_threshold_reached"`
	JAMSReached   bool   `json:"jams_threshold_reached"`
}

type batchResult struct {
	AsOf    string      `json:"as_of"`
	Rows    []batchRow  `json:"rows"`
	Firms   []firmTally `json:"firms"`
	Failed  int         `json:"failed"`
	Notice  string      `json:"notice"`
	sb690   knowledge.Entry
	hasSB   bool
	letters int
}

func runBatch(args []string, stdout, stderr io.Writer) int {
	c := newCommand("batch", "DIR|FILE...",
		"Read every letter in a folder (or the files named) and assess each, into one table sorted by deadline,\n"+
			"with the demands per sending firm against the AAA (25) and JAMS (75) mass-arbitration thresholds.\n"+
			"A file that cannot be read is a row saying why; the exit status is then 3.")
	answersPath := c.flags.String("answers", "", "answers that apply to every letter (your terms, site and business)")
	asOfFlag := c.flags.String("as-of", "", "assess as of this day, YYYY-MM-DD (default: today)")
	format := c.flags.String("format", "md", "output format: md, csv or json")
	icsPath := c.flags.String("ics", "", "also write every response deadline as one iCalendar file to this path")
	pos, err := c.parse(args)
	if err == nil && len(pos) == 0 {
		err = fmt.Errorf("give a folder or the letter files to read")
	}
	if err == nil && *format != "md" && *format != "csv" && *format != "json" {
		err = fmt.Errorf("--format must be md, csv or json, not %q", *format)
	}
	asOf, aerr := parseAsOf(*asOfFlag)
	if err == nil && aerr != nil {
		err = fmt.Errorf("--as-of: %v", aerr)
	}
	if err != nil {
		return c.fail(err, stdout, stderr)
	}
	var defaults core.Answers
	if *answersPath != "" {
		data, err := os.ReadFile(*answersPath)
		if err != nil {
			fmt.Fprintf(stderr, "cipa-triage batch: %v\n", err)
			return exitUsage
		}
		a, probs := core.ParseAnswers(data)
		if len(probs) > 0 {
			fmt.Fprintf(stderr, "cipa-triage batch: %s has %d problem(s):\n%s\n", *answersPath, len(probs), indent(probs.Error()))
			return exitUsage
		}
		defaults = a
	}
	files, err := batchFiles(pos)
	if err != nil {
		fmt.Fprintf(stderr, "cipa-triage batch: %v\n", err)
		return exitUsage
	}
	if len(files) == 0 {
		fmt.Fprintf(stderr, "cipa-triage batch: no files found in %s\n", strings.Join(pos, ", "))
		return exitUsage
	}
	// The readers flag a letter dated after the day of assessment.
	day := pickAsOf(asOf, defaults)
	defaults.AsOf = day
	res := batch(files, defaults, day)

	if *icsPath != "" {
		if err := os.WriteFile(*icsPath, batchCalendar(res), 0o644); err != nil {
			fmt.Fprintf(stderr, "cipa-triage batch: %v\n", err)
			return exitIO
		}
	}
	switch *format {
	case "csv":
		err = writeBatchCSV(stdout, res)
	case "json":
		var data []byte
		data, err = json.MarshalIndent(res, "", "  ")
		if err == nil {
			_, err = stdout.Write(append(data, '\n'))
		}
	default:
		_, err = io.WriteString(stdout, batchMarkdown(res))
	}
	if err != nil {
		return exitIO
	}
	if res.Failed > 0 {
		fmt.Fprintf(stderr, "cipa-triage batch: %d of %d %s could not be read; their rows say why\n", res.Failed, len(res.Rows), plural(len(res.Rows), "file", "files"))
		return exitSomeFailed
	}
	return exitOK
}

// batchFiles lists the files to read: each file named, and every file in
// each folder named (and its subfolders), skipping hidden ones, sorted.
func batchFiles(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		err = filepath.WalkDir(a, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if path != a && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() {
				out = append(out, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(out)
	return out, nil
}

// batch reads every letter (in parallel, one per core), counts demands per
// sending firm, then assesses each letter knowing the others: demands from
// the same firm across the folder are what cross the mass-arbitration
// thresholds. Only each letter's answers are kept between the two passes,
// never its text, so memory grows with the table, not with the letters.
func batch(files []string, defaults core.Answers, asOf core.Date) batchResult {
	rows := make([]batchRow, len(files))
	reader := intake.Find("letter")
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				rows[i] = readLetterRow(reader, files[i], defaults)
			}
		}()
	}
	for i := range files {
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	res := batchResult{AsOf: asOf.String(), Notice: core.Assess(core.Answers{}, asOf).Notice}
	res.sb690, res.hasSB = knowledge.Lookup(idSB690)
	aaa, jams := threshold(idAAAMassThreshold, asOf), threshold(idJAMSMassThreshold, asOf)
	tallies := map[string]*firmTally{}
	var order []string
	for _, r := range rows {
		if r.Error != "" {
			continue
		}
		key := firmKey(r.Firm)
		t, ok := tallies[key]
		if !ok {
			name := r.Firm
			if name == "" {
				name = "(firm not found in the letter)"
			}
			t = &firmTally{Firm: name, AAAThreshold: aaa, JAMSThreshold: jams}
			tallies[key] = t
			order = append(order, key)
		}
		t.Letters++
		t.Demands += max(r.Claimants, 1)
	}
	for i := range rows {
		r := &rows[i]
		if r.Error != "" {
			res.Failed++
			continue
		}
		res.letters++
		t := tallies[firmKey(r.Firm)]
		a := r.answers
		if r.Firm != "" && a.Business.OtherDemandsSameFirm == 0 {
			a.Business.OtherDemandsSameFirm = t.Demands - max(r.Claimants, 1)
		}
		as := core.Assess(a, asOf)
		r.FirmDemands = t.Demands
		r.MassArbitration = as.MassArbitration.Applies
		r.deadline = as.Deadline
		r.DeadlineBasis = as.DeadlineBasis
		if !as.Deadline.IsZero() {
			r.Deadline = as.Deadline.String()
			d := as.DaysLeft
			r.DaysLeft = &d
		}
		r.Forum = forumText(as.Exposure.Forum, r.answers.Letter.Forum)
	}
	for _, k := range order {
		t := tallies[k]
		t.AAAReached = aaa > 0 && t.Demands >= aaa
		t.JAMSReached = jams > 0 && t.Demands >= jams
		res.Firms = append(res.Firms, *t)
	}
	sort.SliceStable(res.Firms, func(i, j int) bool { return res.Firms[i].Demands > res.Firms[j].Demands })
	// Soonest deadline first; letters with no deadline after them, files
	// that could not be read last.
	sort.SliceStable(rows, func(i, j int) bool {
		ri, rj := rows[i], rows[j]
		if (ri.Error != "") != (rj.Error != "") {
			return ri.Error == ""
		}
		if ri.deadline.IsZero() != rj.deadline.IsZero() {
			return !ri.deadline.IsZero()
		}
		return ri.deadline.Before(rj.deadline)
	})
	res.Rows = rows
	return res
}

func readLetterRow(r core.Reader, path string, defaults core.Answers) batchRow {
	row := batchRow{File: path}
	if !accepts(r, path) {
		row.Error = fmt.Sprintf("not a letter format this checker reads (it reads %s)", strings.Join(r.Accepts(), " "))
		return row
	}
	src, closeSrc, err := openSource(path)
	if err != nil {
		row.Error = plainError(err)
		return row
	}
	defer closeSrc()
	res, err := r.Read(src, defaults)
	if err != nil {
		row.Error = plainError(err)
		return row
	}
	a := defaults.Merge(res.Answers)
	l := a.Letter
	row.answers = a
	row.LetterDate = dateText(l.Date)
	row.Received = dateText(l.Received)
	row.Firm = l.Firm
	row.Claimants = l.Claimants
	if row.Claimants == 0 && len(l.ClaimantNames) > 0 {
		row.Claimants = len(l.ClaimantNames)
	}
	row.ClaimantNames = l.ClaimantNames
	row.Business = l.Business
	if row.Business == "" {
		row.Business = l.Website
	}
	row.Amount = l.AmountDemanded
	row.Theories = l.Statutes
	for _, s := range l.Statutes {
		if s == "638.51" {
			row.SB690 = true
		}
	}
	if l.PreArbitrationNotice != nil {
		row.PreArbitration = yesNo(*l.PreArbitrationNotice)
	}
	for _, w := range res.Warnings {
		row.Warnings = append(row.Warnings, w.Message)
	}
	if res.Answers.Letter.Date.IsZero() && res.Answers.Letter.Firm == "" && len(res.Answers.Letter.Statutes) == 0 {
		row.Warnings = append(row.Warnings, "nothing in this file reads like a demand letter")
	}
	return row
}

func accepts(r core.Reader, path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range r.Accepts() {
		if e == ext {
			return true
		}
	}
	return false
}

// plainError is the reader's own message, without the path the row already shows.
func plainError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func threshold(id string, asOf core.Date) int {
	e, ok := knowledge.Lookup(id)
	if !ok {
		return 0
	}
	v, ok := e.At(asOf.Time())
	if !ok {
		return 0
	}
	return int(v.Value)
}

// firmKey groups the same firm written differently: case, punctuation and
// the legal-form suffix do not matter ("Swigart Law Group, APC" and
// "SWIGART LAW GROUP").
func firmKey(name string) string {
	f := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '&')
	})
	for len(f) > 1 {
		switch f[len(f)-1] {
		case "llp", "apc", "pc", "plc", "pllc", "llc", "inc", "ltd", "p", "c", "a":
			f = f[:len(f)-1]
			continue
		}
		break
	}
	return strings.Join(f, " ")
}

func forumText(exposureForum core.Forum, letterForum core.LetterForum) string {
	switch letterForum {
	case core.LetterForumAAA:
		return "AAA"
	case core.LetterForumJAMS:
		return "JAMS"
	case core.LetterForumCourt:
		return "court"
	}
	switch exposureForum {
	case core.ForumAAAConsumer, core.ForumAAACommercial, core.ForumAAAMass:
		return "AAA (your terms)"
	case core.ForumJAMS, core.ForumJAMSMass:
		return "JAMS (your terms)"
	case core.ForumCourt:
		return "court"
	}
	return ""
}

func dateText(d core.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

var csvHeader = []string{"file", "error", "deadline", "days_left", "letter_date", "received", "firm", "claimants", "claimant_names",
	"business", "amount_demanded", "theories", "sb690_touches", "forum", "pre_arbitration_notice",
	"firm_demands_in_batch", "mass_arbitration_applies", "warnings"}

func writeBatchCSV(w io.Writer, res batchResult) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, r := range res.Rows {
		days, amount, claimants, firmDemands := "", "", "", ""
		if r.DaysLeft != nil {
			days = strconv.Itoa(*r.DaysLeft)
		}
		if r.Amount > 0 {
			amount = strconv.FormatFloat(r.Amount, 'f', -1, 64)
		}
		if r.Claimants > 0 {
			claimants = strconv.Itoa(r.Claimants)
		}
		if r.FirmDemands > 0 {
			firmDemands = strconv.Itoa(r.FirmDemands)
		}
		sb, mass := "", ""
		if r.Error == "" {
			sb, mass = yesNo(r.SB690), yesNo(r.MassArbitration)
		}
		rec := []string{r.File, r.Error, r.Deadline, days, r.LetterDate, r.Received, r.Firm, claimants,
			strings.Join(r.ClaimantNames, "; "), r.Business, amount, strings.Join(r.Theories, " "), sb, r.Forum,
			r.PreArbitration, firmDemands, mass, strings.Join(r.Warnings, " | ")}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func batchMarkdown(res batchResult) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# CIPA demand letters: %d %s, as of %s\n\n", len(res.Rows), plural(len(res.Rows), "file", "files"), res.AsOf)
	b.WriteString("Soonest deadline first. Deadlines are the sending firms' response windows, not a court's.\n\n")
	b.WriteString("| Deadline | Days left | File | Firm | Claimants | Amount | Theories (Penal Code) | SB 690 | Forum | Pre-arbitration | Letter dated | Received |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, r := range res.Rows {
		if r.Error != "" {
			continue
		}
		days, deadline := "", r.Deadline
		if r.DaysLeft != nil {
			days = strconv.Itoa(*r.DaysLeft)
			if *r.DaysLeft < 0 {
				days = fmt.Sprintf("passed %d ago", -*r.DaysLeft)
			}
		}
		if deadline == "" {
			deadline = "not known"
		}
		amount := ""
		if r.Amount > 0 {
			amount = core.USD(r.Amount)
		}
		sb := "no"
		if r.SB690 {
			sb = "yes (§ 638.51)"
		}
		theories := make([]string, len(r.Theories))
		for i, t := range r.Theories {
			theories[i] = "§ " + t
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %d | %s | %s | %s | %s | %s | %s | %s |\n",
			deadline, days, mdCell(filepath.Base(r.File)), mdCell(r.Firm), max(r.Claimants, 1), amount,
			strings.Join(theories, ", "), sb, r.Forum, r.PreArbitration, r.LetterDate, r.Received)
	}
	if len(res.Firms) > 0 {
		b.WriteString("\n## Demands per sending firm\n\n")
		b.WriteString("Mass-arbitration rules count similar demands by the same or coordinated firms across letters, not within one.\n\n")
		b.WriteString("| Firm | Letters | Demands | AAA mass rules | JAMS mass procedures |\n|---|---|---|---|---|\n")
		for _, t := range res.Firms {
			fmt.Fprintf(&b, "| %s | %d | %d | %s | %s |\n", mdCell(t.Firm), t.Letters, t.Demands,
				thresholdText(t.Demands, t.AAAThreshold), thresholdText(t.Demands, t.JAMSThreshold))
		}
	}
	if res.Failed > 0 {
		b.WriteString("\n## Files that could not be read\n\n")
		for _, r := range res.Rows {
			if r.Error != "" {
				fmt.Fprintf(&b, "- %s: %s\n", r.File, r.Error)
			}
		}
	}
	var warned []batchRow
	for _, r := range res.Rows {
		if r.Error == "" && len(r.Warnings) > 0 {
			warned = append(warned, r)
		}
	}
	if len(warned) > 0 {
		b.WriteString("\n## What to check in each letter\n\n")
		for _, r := range warned {
			fmt.Fprintf(&b, "- %s: %s\n", filepath.Base(r.File), strings.Join(r.Warnings, "; "))
		}
	}
	if res.hasSB {
		confirm := ""
		if res.sb690.Confirm {
			confirm = " Must be confirmed."
		}
		fmt.Fprintf(&b, "\n**SB 690**: %s Source: %s (checked %s).%s\n", res.sb690.Summary, res.sb690.URL(), res.sb690.Checked, confirm)
	}
	fmt.Fprintf(&b, "\n%s\n", res.Notice)
	return b.String()
}

func thresholdText(demands, threshold int) string {
	if threshold <= 0 {
		return "threshold not in our table"
	}
	if demands >= threshold {
		return fmt.Sprintf("**reached**: %d of %d", demands, threshold)
	}
	return fmt.Sprintf("%d of %d", demands, threshold)
}

// batchCalendar is one calendar of every letter's response deadline.
func batchCalendar(res batchResult) []byte {
	var events []report.CalendarEvent
	for _, r := range res.Rows {
		if r.Error != "" || r.deadline.IsZero() {
			continue
		}
		title := "Respond to " + r.Firm
		if r.Firm == "" {
			title = "Respond to the demand letter"
		}
		detail := fmt.Sprintf("Response deadline for %s (%s). %s. It is the sending firm's window, not a court's.",
			filepath.Base(r.File), strings.TrimSpace(strings.Join(r.ClaimantNames, ", ")), r.DeadlineBasis)
		events = append(events, report.CalendarEvent{Date: r.deadline, Title: title, Detail: detail, Matter: matterName(r.answers)})
	}
	stamp, _ := core.ParseDate(res.AsOf)
	return report.ICS("CIPA letter deadlines", stamp, events)
}
