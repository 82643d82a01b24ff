package letter

import (
	"sort"
	"strings"
	"time"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/text"
)

var rfcDate = text.Compile(`(\d{1,2})\s+(` + text.MonthNames + `)\s+(\d{4})`)

var dateLineLabel = text.Compile(`(?i)^(?:dated?|sent|letter date)\s*:?\s*`)

// letterDate is the date standing on its own line near the top of the letter
// ("October 14, 2026", "Date: 10/14/2026"); failing that, the email's date.
func (x *extraction) letterDate() {
	lines := x.l.lines()
	var emailDate *text.DateMatch
	seen := 0
	for _, ln := range lines {
		t, off := ln.trimmed()
		if t == "" {
			continue
		}
		where := x.l.doc.Where(off)
		ds := text.FindDates(t)
		if where == "email headers" {
			if strings.HasPrefix(t, "Date:") && emailDate == nil {
				if d := emailHeaderDate(t); !d.IsZero() {
					emailDate = &text.DateMatch{Start: off, Date: d}
				}
			}
			continue
		}
		seen++
		if seen > 40 {
			break
		}
		if len(ds) != 1 {
			continue
		}
		rest := strings.TrimSpace(dateLineLabel.ReplaceAllString(t[:ds[0].Start], "") + t[ds[0].End:])
		rest = strings.Trim(rest, " ,.;:—–-")
		if len(rest) > 12 && !strings.HasPrefix(lower(rest), "via ") {
			continue
		}
		if ds[0].Date.IsZero() {
			x.warn("letter.date", "the letter's date %q is not a real calendar date; enter the date yourself", ds[0].Text)
			return
		}
		x.letter().Date = ds[0].Date
		if ds[0].Repaired {
			x.found("letter.date", off+ds[0].Start, 0.6)
			x.warn("letter.date", "the letter's date is written %q, which looks mistyped or misread by a scanner; it was read as %s: check it", ds[0].Text, ds[0].Date.Long())
		} else {
			x.found("letter.date", off+ds[0].Start, 0.9)
		}
		x.emailDate(emailDate, false)
		return
	}
	x.emailDate(emailDate, true)
}

// emailDate records the email's Date header as the day the letter was
// received (an email arrives the day it is sent), and as the letter's date
// when the letter itself gives none.
func (x *extraction) emailDate(d *text.DateMatch, asLetterDate bool) {
	if d == nil {
		return
	}
	x.letter().Received = d.Date
	x.found("letter.received", d.Start, 0.6)
	if asLetterDate {
		x.letter().Date = d.Date
		x.found("letter.date", d.Start, 0.6)
	}
}

func emailHeaderDate(t string) core.Date {
	ds := text.FindDates(t)
	if len(ds) > 0 {
		return ds[0].Date
	}
	// RFC 5322: "Mon, 2 Nov 2026 09:15:00 -0800".
	m := rfcDate.FindStringSubmatch(lower(t))
	if m == nil {
		return core.Date{}
	}
	d := 0
	for _, c := range m[1] {
		d = d*10 + int(c-'0')
	}
	y := 0
	for _, c := range m[3] {
		y = y*10 + int(c-'0')
	}
	date, _ := text.MakeDate(y, text.Month(m[2]), d)
	return date
}

var monthOnly = text.Compile(`(?i)\b(` + text.MonthNames + `),?\s+(20\d\d)\b`)

var (
	personWords   = []string{"claimant", "client", " he ", " she ", "mr.", "ms.", "mrs.", " they ", "plaintiff", "consumer", "visitor", "user"}
	visitWords    = []string{"visit", "browsed", "accessed", "went to", "navigated", "used the website", "used your website", "on the website", "interacted", "engaged", "chatted", "searched", "used the chat", "browsing", "called", "date of call"}
	deadlineWords = []string{"respond", "response", "reply", "contact", "hear from", "accept", "resolve", "resolution", "deadline", "expire", "offer", "engage", "negotiat", "settle", "cure", "remain open", "commence", "initiate", "proceed", "file"}
	deadlineLead  = text.Compile(`(?i)(no later than|not later than|on or before|by no later than|by close of business(?: on)?|by|before|until|deadline\b[^.]{0,30}?\b(?:is|of|:)|expires?(?: on)?|through)\s*(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s*(?:\(?(?:pacific|pt|pst|pdt|pacific time|pacific standard time)[a-z ]*\)?)?\s*(?:,\s*)?(?:on\s+)?)?(?:[A-Z][a-z]+day,?\s+)?$`)
	daysWindow    = text.Compile(`(?i)\bwithin\s+` + numberPattern + `\s+(?:calendar\s+|business\s+)?days?\b|\b` + numberPattern + `[- ](?:calendar\s+|business\s+)?days?\s+(?:from|of|after|following)\s+(?:the\s+)?(?:date|receipt|service|today)|\b(?:have|has|given|allow|provide)\s+(?:you\s+)?` + numberPattern + `\s+(?:calendar\s+|business\s+)?days?\b|\b` + numberPattern + `[- ]day\s+(?:deadline|window|period|response)`)
)

// visitDates are dates in sentences about the claimant's visits, or in a
// claimant list row.
func (x *extraction) visitDates() {
	seen := map[string]bool{}
	var out []core.Date
	for _, d := range x.listVisits {
		if !d.Date.IsZero() && !seen[d.Date.String()] {
			seen[d.Date.String()] = true
			out = append(out, d.Date)
			x.found("letter.visit_dates", d.Start, 0.75)
		}
	}
	for _, d := range x.l.dates {
		ctx := x.l.context(d.Start)
		visit := containsAny(ctx, visitWords...) || containsAny(ctx, "website", "web site", " site") && containsAny(ctx, personWords...)
		if !visit || d.Date.IsZero() {
			if d.Date.IsZero() && visit {
				x.warn("letter.visit_dates", "%q is not a real calendar date", d.Text)
			}
			continue
		}
		before := x.l.flat[max(0, d.Start-40):d.Start]
		if deadlineLead.MatchString(before) && containsAny(ctx, deadlineWords...) {
			continue
		}
		if d.Date.Equal(x.letter().Date) && strings.Contains(ctx, "letter") {
			continue
		}
		if seen[d.Date.String()] {
			continue
		}
		seen[d.Date.String()] = true
		out = append(out, d.Date)
		if d.Repaired {
			x.found("letter.visit_dates", d.Start, 0.6)
			x.warn("letter.visit_dates", "a visit date is written %q, which looks mistyped or misread by a scanner; it was read as %s: check it", d.Text, d.Date.Long())
		} else {
			x.found("letter.visit_dates", d.Start, 0.8)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Before(out[j]) })
	x.letter().VisitDates = out
	if len(out) == 0 {
		// "In or around March 2026": a month is not a date, but the user should know.
		for _, m := range x.l.near(monthOnly, 30, "20") {
			ctx := x.l.context(m[0])
			if containsAny(ctx, visitWords...) {
				x.warn("letter.visit_dates", "the letter gives the visit only as %q; enter the day if your records show it", x.l.flat[m[0]:m[1]])
				x.found("letter.visit_dates", m[0], 0.3)
				break
			}
		}
	}
}

// deadline finds the response window in days and any fixed date.
func (x *extraction) deadline() {
	type cand struct {
		days   int
		offset int
		conf   float64
	}
	var daysC []cand
	var business []int // windows counted in business days
	for _, m := range x.l.near(daysWindow, 90, "day") {
		n, ok := 0, false
		for g := 1; g <= 7; g += 2 {
			if w := x.l.group(m, g); w != "" {
				n, ok = parseCount(w, x.l.group(m, g+1))
				break
			}
		}
		if !ok || n == 0 || n > 365 {
			continue
		}
		ctx := x.l.context(m[0])
		conf := 0.5
		if containsAny(ctx, deadlineWords...) {
			conf = 0.85
		}
		if containsAny(ctx, "your terms", "terms of use", "terms and conditions", "terms of service", "agreement requires", "the terms require", "rules require") && !containsAny(ctx, "respond", "response", "reply", "hear from") {
			conf = 0.45
		}
		if containsAny(ctx, "statute of limitations", "one-year", "one year") {
			continue
		}
		// "The 60-day period under your Terms has run": a window that has
		// closed is history, not the time you have.
		if after := lower(x.l.flat[m[1]:min(len(x.l.flat), m[1]+50)]); containsAny(after, "has run", "has passed", "has expired", "has elapsed", "have passed", "expired") {
			continue
		}
		daysC = append(daysC, cand{n, m[0], conf})
		if strings.Contains(lower(x.l.flat[m[0]:m[1]]), "business") {
			business = append(business, n)
		}
	}
	var fixed []cand
	var fixedDates []core.Date
	for _, d := range x.l.dates {
		before := x.l.flat[max(0, d.Start-60):d.Start]
		if !deadlineLead.MatchString(before) {
			continue
		}
		ctx := x.l.context(d.Start)
		if !containsAny(ctx, deadlineWords...) || (containsAny(ctx, visitWords...) && !containsAny(ctx, "respond", "response", "deadline")) {
			continue
		}
		if d.Date.IsZero() {
			x.warn("letter.response_deadline", "the deadline %q is not a real calendar date", d.Text)
			continue
		}
		fixed = append(fixed, cand{offset: d.Start, conf: 0.85})
		fixedDates = append(fixedDates, d.Date)
	}
	l := x.letter()
	if len(daysC) > 0 {
		best := daysC[0]
		for _, c := range daysC[1:] {
			if c.conf > best.conf {
				best = c
			}
		}
		l.ResponseDays = core.Int(best.days)
		x.found("letter.response_days", best.offset, best.conf)
		for _, c := range daysC {
			if c.days != best.days && c.conf >= 0.8 && best.conf >= 0.8 {
				x.found("letter.response_days", c.offset, c.conf)
				x.warn("letter.response_days", "two different response windows: %d days and %d days; the shorter is the safer one to plan for", best.days, c.days)
			}
		}
	}
	if l.ResponseDays != nil && len(business) > 0 && business[0] == *l.ResponseDays {
		if l.Date.IsZero() {
			x.warn("letter.response_days", "the letter counts %d business days, not calendar days; weekends (and holidays) do not count", *l.ResponseDays)
		} else {
			x.warn("letter.response_days", "the letter counts %d business days, not calendar days: from the letter's date that is about %s (weekends skipped; holidays would add more)", *l.ResponseDays, addBusinessDays(l.Date, *l.ResponseDays).Long())
		}
	}
	if len(fixed) > 0 {
		l.ResponseDeadline = fixedDates[0]
		x.found("letter.response_deadline", fixed[0].offset, fixed[0].conf)
		for i, d := range fixedDates[1:] {
			if !d.Equal(fixedDates[0]) {
				x.found("letter.response_deadline", fixed[i+1].offset, fixed[i+1].conf)
				x.warn("letter.response_deadline", "two different deadlines: %s and %s; plan for the earlier", fixedDates[0].Long(), d.Long())
			}
		}
	}
}

var (
	perViolation  = text.Compile(`(?i)^\s*(?:in statutory damages\s+)?(?:per|for each|for every|each)\s+(?:of\s+(?:the|his|her|their|its|claimant'?s|claimant’s|\d{1,4})\s+)?(?:\w+\s+)?(?:separate\s+|individual\s+|alleged\s+|such\s+)?(?:violation|visit|claimant per violation|claim)`)
	violationsRe  = text.Compile(`(?i)\b` + numberPattern + `\s+(?:separate\s+|distinct\s+|individual\s+|independent\s+|discrete\s+|statutory\s+)?(?:violations|visits|wiretaps|interceptions)\b`)
	timesRe       = text.Compile(`(?i)\b(\d{1,4})\s*(?:x|×|\*)\s*\$|\$\s?\d[\d,]*(?:\.\d{2})?\s*(?:x|×|\*)\s*(\d{1,4})\b`)
	totalWords    = []string{"total", "demand", "settle", "sum of", "aggregate", "amount of", "in exchange", "offer", "resolve", "payment of", "pay"}
	notTotalWords = []string{"fine", "fee", "three times", "treble", "actual damages", "up to $2,500"}
)

func (x *extraction) amounts() {
	l := x.letter()
	var pvAt, totalAt int
	var pvConf, totalConf float64
	var perValues []float64
	for _, a := range amounts(x.l.flat) {
		after := x.l.flat[a.End:min(len(x.l.flat), a.End+60)]
		after = strings.TrimLeft(after, ")")
		ctx := x.l.context(a.Start)
		if perViolation.MatchString(after) {
			if containsAny(ctx, "fine") {
				continue
			}
			perValues = append(perValues, a.Value)
			conf := 0.85
			if l.PerViolationClaimed == 0 || (pvConf < conf) {
				l.PerViolationClaimed, pvAt, pvConf = a.Value, a.Start, conf
			}
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(after), "per ") || strings.HasPrefix(strings.TrimSpace(lower(after)), "each") {
			continue
		}
		if containsAny(ctx, notTotalWords...) && !strings.Contains(ctx, "total") {
			continue
		}
		if !containsAny(ctx, totalWords...) {
			continue
		}
		conf := 0.7
		if strings.Contains(ctx, "total") {
			conf = 0.85
		}
		if conf > totalConf || (conf == totalConf && a.Value > l.AmountDemanded && strings.Contains(ctx, "total")) {
			l.AmountDemanded, totalAt, totalConf = a.Value, a.Start, conf
		}
	}
	if pvConf > 0 {
		x.found("letter.per_violation_claimed", pvAt, pvConf)
		for _, v := range perValues {
			if v != l.PerViolationClaimed {
				x.warn("letter.per_violation_claimed", "two different amounts per violation: $%s and $%s", money(l.PerViolationClaimed), money(v))
				break
			}
		}
	}
	if totalConf > 0 {
		x.found("letter.amount_demanded", totalAt, totalConf)
	}
	// Violations: "three (3) violations", "3 × $5,000".
	bestV, vAt := 0, -1
	for _, m := range x.l.near(violationsRe, 60, "violation", "visit", "wiretap", "interception") {
		n, ok := parseCount(x.l.group(m, 1), x.l.group(m, 2))
		ctx := x.l.context(m[0])
		if !ok || n == 0 || containsAny(ctx, "claimants") && !strings.Contains(ctx, "violation") {
			continue
		}
		if bestV == 0 || strings.Contains(lower(x.l.flat[m[0]:m[1]]), "violation") && vAt >= 0 && !strings.Contains(lower(x.l.flat[vAt:min(len(x.l.flat), vAt+40)]), "violation") {
			bestV, vAt = n, m[0]
		}
	}
	if bestV == 0 {
		for _, m := range x.l.all(timesRe) {
			g := x.l.group(m, 1)
			if g == "" {
				g = x.l.group(m, 2)
			}
			if n, ok := parseCount(g, ""); ok && n > 0 {
				bestV, vAt = n, m[0]
				break
			}
		}
	}
	if bestV > 0 {
		l.ViolationsClaimed = bestV
		x.found("letter.violations_claimed", vAt, 0.75)
	}
}

var (
	aaaRe        = text.Compile(`(?i)american arbitration association|\bAAA\b`)
	jamsRe       = text.Compile(`\bJAMS\b|(?i)judicial arbitration and mediation`)
	courtRe      = text.Compile(`(?i)superior court|district court|class action (?:lawsuit|complaint|litigation)|(?:file|filing|commence|bring)\s+(?:a\s+|an\s+)?(?:putative\s+)?(?:class\s+action|lawsuit|civil action|complaint|suit)|pursue (?:a )?class action|in court`)
	arbitrateRe  = text.Compile(`(?i)\barbitration\b`)
	classWaiver  = text.Compile(`(?i)class action waiver|waive[a-z]* (?:any )?(?:right to )?(?:a )?class action`)
	preArbRe     = text.Compile(`(?i)pre-?\s?arbitration|notice of dispute|informal dispute resolution|dispute resolution (?:provision|section|clause|procedure|process)|pursuant to (?:the )?(?:arbitration|dispute)[^.]{0,80}(?:terms|agreement)|notice (?:of (?:claim|dispute) )?(?:required|contemplated) (?:by|under) (?:your|the) terms`)
	preserveRe   = text.Compile(`(?i)\bpreserv(?:e|ation|ing)\b|litigation hold|spoliation|destroy(?:ing)?[^.]{0,40}(?:evidence|records|data|logs)`)
	notPreserveR = text.Compile(`(?i)preserv(?:e|es|ing)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:its|his|her|their|our|claimant'?s?’?s?)\s+(?:rights|claims|remedies)`)
)

func (x *extraction) forum() {
	f := x.l.flat
	aaa := x.l.near(aaaRe, 40, "aaa", "american arbitration")
	jams := x.l.near(jamsRe, 40, "jams", "judicial arbitration")
	var court [][]int
	for _, m := range x.l.near(courtRe, 60, "court", "class action", "lawsuit", "civil action", "complaint", "suit") {
		if !classWaiver.MatchString(x.l.sentenceAt(m[0])) {
			court = append(court, m)
		}
	}
	l := x.letter()
	switch {
	case len(aaa) > 0 && len(jams) > 0:
		// Both named: the one the claim would be filed with.
		pick, at := core.LetterForumAAA, aaa[0][0]
		for _, m := range jams {
			if containsAny(x.l.context(m[0]), "file", "initiate", "commence", "demand for arbitration", "submit") {
				pick, at = core.LetterForumJAMS, m[0]
				break
			}
		}
		l.Forum = pick
		x.found("letter.forum", at, 0.6)
		x.warn("letter.forum", "the letter names both AAA and JAMS; check which one it threatens to file with")
	case len(aaa) > 0:
		l.Forum = core.LetterForumAAA
		x.found("letter.forum", aaa[0][0], 0.9)
	case len(jams) > 0:
		l.Forum = core.LetterForumJAMS
		x.found("letter.forum", jams[0][0], 0.9)
	case len(court) > 0:
		l.Forum = core.LetterForumCourt
		x.found("letter.forum", court[0][0], 0.75)
	default:
		if m := arbitrateRe.FindStringIndex(f); m != nil {
			l.Forum = core.LetterForumUnspecified
			x.found("letter.forum", m[0], 0.5)
		}
	}
}

func (x *extraction) flags() {
	if m := preArbRe.FindStringIndex(x.l.flat); m != nil {
		x.letter().PreArbitrationNotice = core.Bool(true)
		x.found("letter.pre_arbitration_notice", m[0], 0.85)
	}
	for _, m := range preserveRe.FindAllStringIndex(x.l.flat, -1) {
		if notPreserveR.MatchString(x.l.flat[m[0]:min(len(x.l.flat), m[0]+60)]) {
			continue
		}
		x.letter().PreservationDemand = core.Bool(true)
		x.found("letter.preservation_demand", m[0], 0.85)
		break
	}
}

// check warns about what cannot be right or does not add up.
func (x *extraction) check() {
	l := x.letter()
	if !l.Date.IsZero() {
		if !x.asOf.IsZero() && l.Date.After(x.asOf) {
			x.warn("letter.date", "the letter is dated %s, after today (%s); check the date", l.Date.Long(), x.asOf.Long())
		}
		for _, v := range l.VisitDates {
			if v.After(l.Date) {
				x.warn("letter.visit_dates", "a visit on %s is after the letter's date (%s); that date cannot be right", v.Long(), l.Date.Long())
			}
		}
		if !l.ResponseDeadline.IsZero() && l.ResponseDeadline.Before(l.Date) {
			x.warn("letter.response_deadline", "the deadline %s is before the letter's date (%s); that date cannot be right", l.ResponseDeadline.Long(), l.Date.Long())
		}
		if l.ResponseDays != nil && !l.ResponseDeadline.IsZero() {
			implied := l.Date.AddDays(*l.ResponseDays)
			if diff := implied.DaysUntil(l.ResponseDeadline); diff > 1 || diff < -1 {
				x.warn("letter.response_deadline", "two different deadlines: %d days from the letter's date is %s, but the letter also says %s; plan for the earlier", *l.ResponseDays, implied.Long(), l.ResponseDeadline.Long())
			}
		}
	}
	if l.PerViolationClaimed > 0 && l.ViolationsClaimed > 0 && l.AmountDemanded > 0 {
		product := l.PerViolationClaimed * float64(l.ViolationsClaimed)
		claimants := float64(max(l.Claimants, 1))
		if l.AmountDemanded != product && l.AmountDemanded != product*claimants {
			x.warn("letter.amount_demanded", "the amounts do not add up: %d violations × $%s is $%s, but the letter demands $%s", l.ViolationsClaimed, money(l.PerViolationClaimed), money(product), money(l.AmountDemanded))
		}
	}
}

func addBusinessDays(d core.Date, n int) core.Date {
	for n > 0 {
		d = d.AddDays(1)
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n--
		}
	}
	return d
}

func money(v float64) string {
	s := strings.TrimSuffix(strings.TrimRight(strings.TrimRight(formatFloat(v), "0"), "."), ".")
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}
