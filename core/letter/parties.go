package letter

import (
	"sort"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/cipa-triage/cipa-triage/core/text"
)

var (
	lawFirmSuffix  = text.Compile(`(?i)\bLLP\b|\bA?PC\b|\bP\.C\.|\bLaw\b|\bA\.P\.C\.`)
	firmWords      = text.Compile(`(?i)(\bLLP\b|\bL\.L\.P\.|\bA?PLC\b|\bA\.P\.L\.C\.|\bA?PC\b|\bA\.P\.C\.|\bP\.C\.|\bPLLC\b|\bLPA\b|\bLaw\b|\bAttorneys\b|\bLawyers\b|\bLegal\b|\bAdvocates\b|\bTrial Counsel\b|\bLitigation Group\b|\bCounsel\b)`)
	companyWords   = text.Compile(`(?i)(\bInc\b\.?|\bLLC\b|\bL\.L\.C\.|\bCorp\b\.?|\bCorporation\b|\bCo\.|\bCompany\b|\bLtd\b\.?|\bL\.P\.|\bLP\b|\bd/b/a\b|\bdba\b)`)
	taglineOnly    = text.Compile(`(?i)^(attorneys?|lawyers?|counsel|trial|at|law|and|&|for|claimants?|the|privacy|consumer|legal|advocates|of)(\s+(attorneys?|lawyers?|counsel|trial|at|law|and|&|for|claimants?|the|privacy|consumer|legal|advocates|of))*$`)
	closingLine    = text.Compile(`(?i)^(sincere[l1]y|very truly yours|respectfully(?: submitted| yours)?|best regards|kind regards|regards|yours truly|truly yours|yours sincerely|cordially)[,.]?$`)
	personName     = text.Compile(`^(?:/s/\s*|By:\s*)?((?:[A-Z][\p{L}'’-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][\p{L}'’-]+|[A-Z]\.|de|van|von|del|la)){1,3})(?:,?\s+(?:(?i:Esq\.?|Esquire)|J\.D\.|Jr\.|Sr\.|II|III))?\.?$`)
	esqName        = text.Compile(`\b([A-Z][\p{L}'’-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][\p{L}'’-]+){1,2}),?\s+Esq\.?`)
	reLine         = text.Compile(`(?i)^(re|subject|regarding)\s*:`)
	emailOrPhone   = text.Compile(`@|\(\d{3}\)|\d{3}[-.]\d{3}[-.]\d{4}|https?://|www\.`)
	notANameWords  = text.Compile(`(?i)\b(llp|apc|law|legal|group|attorneys?|counsel|claimants?|street|suite|avenue|boulevard|road|california|via|email|page|dear|notice|re|inc|llc|privacy|website|the|demand|pixel|meta|tiktok|exhibit|schedule|total|violation|dispute|code|penal)\b`)
	businessInText = text.Compile(`\b((?:(?:[A-Z0-9][\w&'’.-]*|&|and)[ \t]+){0,5}?[A-Z0-9][\w&'’.-]*,?[ \t]+(?:Inc\.?|LLC|L\.L\.C\.|Corp\.?|Corporation|Co\.|Company|Ltd\.?|L\.P\.))`)
)

// parties finds the firm, the attorney and the business.
func (x *extraction) parties() {
	lines := x.l.lines()
	closing := -1
	for i, ln := range lines {
		if t, _ := ln.trimmed(); closingLine.MatchString(t) {
			closing = i
		}
	}
	firstBody := x.bodyStartLine(lines)
	x.firm(lines, firstBody, closing)
	x.attorney(lines, closing)
	x.business(lines, firstBody)
}

// bodyStartLine is the index of the first line of the letter proper: after
// the email headers, if any.
func (x *extraction) bodyStartLine(lines []line) int {
	for i, ln := range lines {
		if x.l.doc.Where(ln.Offset) != "email headers" {
			return i
		}
	}
	return 0
}

func isFirmLine(t string) bool {
	if len(t) < 4 || len(t) > 80 || reLine.MatchString(t) || emailOrPhone.MatchString(t) {
		return false
	}
	if !firmWords.MatchString(t) {
		return false
	}
	rest := strings.Trim(firmWords.ReplaceAllString(t, ""), " ,.&|·—–-")
	if rest == "" || taglineOnly.MatchString(strings.Join(strings.Fields(t), " ")) {
		return false
	}
	l := lower(t)
	if containsAny(l, "your ", " you ", "claimant", "dear ", "terms", "statute", "code", "notice", "violation", "demand", "privacy act", "pursuant", "attorney for", "counsel for") {
		return false
	}
	if companyWords.MatchString(t) && !lawFirmSuffix.MatchString(t) {
		return false
	}
	// Prose is not a letterhead, nor is a heading.
	return len(strings.Fields(t)) <= 9 && !isHeading(t)
}

// headingWords are the words of a letter's section headings, captions and
// table labels ("Governing Law", "Legal Basis", "Claimant Name"): a line made
// only of them and of firm words is a heading, never a firm.
var headingWords = map[string]bool{
	"governing": true, "applicable": true, "choice": true, "of": true, "the": true, "and": true, "&": true,
	"law": true, "laws": true, "legal": true, "basis": true, "background": true, "facts": true, "factual": true,
	"claims": true, "claim": true, "relief": true, "damages": true, "statutory": true, "summary": true,
	"arbitration": true, "dispute": true, "resolution": true, "jurisdiction": true, "venue": true,
	"counsel": true, "attorneys": true, "attorney": true, "lawyers": true, "advocates": true, "for": true,
	"requested": true, "settlement": true, "preservation": true, "evidence": true, "exhibit": true,
	"schedule": true, "table": true, "contents": true, "name": true, "names": true, "case": true,
	"number": true, "no.": true, "plaintiff": true, "plaintiffs": true, "defendant": true, "caption": true,
	"analysis": true, "discussion": true, "conclusion": true, "introduction": true, "overview": true,
	"applicable law": true, "california": true, "federal": true, "state": true, "group": true,
	"litigation": true, "trial": true, "consumer": true, "privacy": true, "class": true, "action": true,
}

var numbered = text.Compile(`^(?:[IVX]+|\d+|[A-Z])[.)]\s+`)

// isHeading reports whether a short line is a section heading or a label.
// It allocates nothing: it runs on every line that holds a firm word.
func isHeading(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasSuffix(t, ":") {
		return true
	}
	if m := numbered.FindStringIndex(t); m != nil {
		t = t[m[1]:]
	}
	for w := range strings.SplitSeq(t, " ") {
		w = strings.Trim(w, ",.;:\t")
		if w == "" {
			continue
		}
		if !inLowerSet(headingWords, w) {
			return false
		}
	}
	return true
}

// spacedLetters matches a letterhead set in spaced capitals or small caps:
// "L E D G E R W O O D   L A W".
var wideGap = text.Compile(`\s{2,}`)

var spacedLetters = text.Compile(`^(?:\p{L}[ \x{00a0}]){3,}\p{L}`)

// unspace rejoins spaced letters: single spaces join, wider gaps part words.
func unspace(t string) string {
	if !spacedLetters.MatchString(t) {
		return t
	}
	t = strings.ReplaceAll(t, "\u00a0", " ")
	var words []string
	for _, w := range wideGap.Split(strings.TrimSpace(t), -1) {
		words = append(words, strings.ReplaceAll(w, " ", ""))
	}
	return strings.Join(words, " ")
}

// firmName cuts a letterhead line down to the firm's name: "Harborline Legal
// Group LLP | 1200 Main Street" gives "Harborline Legal Group LLP", and
// "TAULER | SMITH LLP" (a bar between the partners' names) the whole name.
func firmName(t string) string {
	t = strings.TrimSpace(t)
	for _, suffix := range []string{" logo", " Logo", " LOGO"} {
		t = strings.TrimSuffix(t, suffix)
	}
	for _, sep := range []string{" | ", " · ", " — ", " – ", " • ", "  "} {
		if strings.Contains(t, sep) {
			parts := strings.Split(t, sep)
			for i, part := range parts {
				if isFirmLine(strings.TrimSpace(part)) {
					// Names before it that are only names (no address, no
					// phone, no digits) are partners' names in the firm's.
					start := i
					for start > 0 && surnameOnly(parts[start-1]) {
						start--
					}
					var name []string
					for _, p := range parts[start : i+1] {
						name = append(name, strings.TrimSpace(p))
					}
					return strings.Join(name, " ")
				}
			}
		}
	}
	return strings.TrimRight(t, ",")
}

// surnameOnly is one or two capitalised words and nothing else.
func surnameOnly(p string) bool {
	f := strings.Fields(p)
	if len(f) == 0 || len(f) > 2 || emailOrPhone.MatchString(p) {
		return false
	}
	for _, w := range f {
		if !personWord.MatchString(w) || isHeading(w) || jobTitles[strings.Trim(lower(w), ",")] {
			return false
		}
	}
	return true
}

// jobTitles stand beside a firm's name in a signature ("Associate | Ferro
// Natarajan LLP") and are no part of it.
var jobTitles = map[string]bool{"associate": true, "partner": true, "principal": true, "managing": true, "senior": true,
	"founding": true, "shareholder": true, "paralegal": true, "esq.": true, "esq": true, "director": true, "of": true}

var personWord = text.Compile(`^[A-Z][\p{L}'’-]+,?$`)

func (x *extraction) firm(lines []line, first, closing int) {
	type cand struct {
		name   string
		offset int
		conf   float64
	}
	var best *cand
	consider := func(i int, conf float64) {
		t, off := lines[i].trimmed()
		t = unspace(strings.TrimSuffix(strings.TrimSuffix(t, " logo"), " Logo"))
		if !isFirmLine(t) {
			return
		}
		if best == nil || conf > best.conf {
			best = &cand{firmName(t), off, conf}
		}
	}
	// The letterhead: the first lines of the letter.
	n := 0
	for i := first; i < len(lines) && n < 10; i++ {
		if t, _ := lines[i].trimmed(); t != "" {
			n++
			if reLine.MatchString(t) || lower(t) == "dear" || strings.HasPrefix(lower(t), "dear ") {
				break
			}
			consider(i, 0.9)
		}
	}
	// The signature block.
	if closing >= 0 {
		for i := closing + 1; i < len(lines) && i <= closing+8; i++ {
			consider(i, 0.85)
		}
	}
	// A running footer or a letterhead elsewhere on the page.
	if best == nil {
		for i := first; i < len(lines); i++ {
			consider(i, 0.6)
		}
	}
	if best == nil {
		return
	}
	x.letter().Firm = best.name
	x.found("letter.firm", best.offset, best.conf)
}

func (x *extraction) attorney(lines []line, closing int) {
	firm := lower(x.letter().Firm)
	if closing >= 0 {
		for i := closing + 1; i < len(lines) && i <= closing+8; i++ {
			t, off := lines[i].trimmed()
			if t == "" || isFirmLine(t) || emailOrPhone.MatchString(t) {
				continue
			}
			m := personName.FindStringSubmatch(t)
			if m == nil || notANameWords.MatchString(m[1]) || (firm != "" && lower(t) == firm) {
				continue
			}
			x.letter().Attorney = m[1]
			x.found("letter.attorney", off, 0.85)
			return
		}
	}
	if m := esqName.FindStringSubmatchIndex(x.l.flat); m != nil {
		name := x.l.flat[m[2]:m[3]]
		if !notANameWords.MatchString(name) {
			x.letter().Attorney = name
			x.found("letter.attorney", m[2], 0.7)
			return
		}
	}
	// A name alone on the last line: a signature with no closing words.
	for i := len(lines) - 1; i >= 0; i-- {
		t, off := lines[i].trimmed()
		if t == "" {
			continue
		}
		if m := personName.FindStringSubmatch(t); m != nil && !isFirmLine(t) && !notANameWords.MatchString(m[1]) {
			x.letter().Attorney = m[1]
			x.found("letter.attorney", off, 0.6)
		}
		return
	}
}

func isMonthName(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	return text.Month(w) != 0 && (len(w) == 3 || len(w) >= 4 && strings.HasPrefix("january february march april may june july august september october november december sept", w) || strings.Contains(" january february march april june july august september october november december sept ", " "+w+" "))
}

func (x *extraction) business(lines []line, first int) {
	// The recipient block: the lines between the date and the "Re:" line
	// or the salutation.
	n := 0
	for i := first; i < len(lines) && n < 18; i++ {
		t, off := lines[i].trimmed()
		if t == "" {
			continue
		}
		n++
		lt := lower(t)
		if reLine.MatchString(t) || strings.HasPrefix(lt, "dear ") || strings.HasPrefix(lt, "to whom") {
			break
		}
		if isFirmLine(t) || emailOrPhone.MatchString(t) {
			continue
		}
		t = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(t, "To:"), "Attn:"))
		if m := businessInText.FindStringSubmatch(t); m != nil && len(t) < 80 && !notBusiness(cleanBusiness(m[1])) {
			x.letter().Business = cleanBusiness(m[1])
			x.found("letter.business", off, 0.85)
			return
		}
	}
	// In the text: "Trailhead Outfitters, Inc. (“Trailhead” or “you”)".
	best, bestConf := -1, 0.0
	var bestName string
	for _, m := range x.l.all(businessInText) {
		name := cleanBusiness(x.l.group(m, 1))
		if isFirmLine(name) || notBusiness(name) {
			continue
		}
		after := x.l.flat[m[1]:min(len(x.l.flat), m[1]+40)]
		ctx := x.l.context(m[0])
		conf := 0.5
		if strings.HasPrefix(strings.TrimSpace(after), "(") || containsAny(ctx, "your company", "your website", "you ", "your business", "operated by", "owned by", "addressed to") {
			conf = 0.75
		}
		if conf > bestConf {
			best, bestConf, bestName = m[2], conf, name
		}
	}
	if best >= 0 {
		x.letter().Business = bestName
		x.found("letter.business", best, bestConf)
		return
	}
	// "Dear Tidewater Books:", "To whom it may concern at Goldfinch Candles:".
	if m := x.l.all(salutationName); len(m) > 0 {
		name := x.l.group(m[0], 1)
		if !genericAddressee.MatchString(name) && !notBusiness(name) {
			x.letter().Business = name
			x.found("letter.business", m[0][2], 0.5)
		}
	}
}

var (
	salutationName   = text.Compile(`(?m)^[ \t]*(?:Dear|To whom it may concern at|To Whom It May Concern at|Attention|Attn:)[ \t]+((?:[A-Z0-9][\w&'’.-]*[ \t]*){1,6}?)[ \t]*[:,]?[ \t]*$`)
	genericAddressee = text.Compile(`(?i)^(sir|madam|sir or madam|counsel|general counsel|legal|legal department|compliance|compliance officer|claims|owner|business owner|website owner|team|customer service|mr\.?|ms\.?|mrs\.?|dr\.?)\b`)
)

// nameStopwords are words that end a name run in all-capitals text
// ("REPRESENTS DESMOND FOLEY IN HIS INDIVIDUAL CAPACITY").
var nameStopwords = map[string]bool{"in": true, "his": true, "her": true, "their": true, "its": true, "on": true, "of": true, "to": true,
	"will": true, "file": true, "an": true, "a": true, "seeks": true, "seek": true, "who": true, "was": true, "has": true, "have": true,
	"is": true, "visited": true, "with": true, "for": true, "as": true, "at": true, "by": true, "from": true, "that": true, "this": true,
	"statutory": true, "damages": true, "individual": true, "individually": true, "capacity": true, "redacted": true}

func trimNameStopwords(name string) string {
	for {
		i := strings.LastIndexByte(name, ' ')
		if i < 0 || !isNameStopword(name[i+1:]) {
			break
		}
		name = strings.TrimRight(name[:i], " ")
	}
	for {
		i := strings.IndexByte(name, ' ')
		if i < 0 || !isNameStopword(name[:i]) {
			break
		}
		name = strings.TrimLeft(name[i+1:], " ")
	}
	if !strings.Contains(name, " ") {
		return ""
	}
	return name
}

// isNameStopword reports a word that ends a name run.
func isNameStopword(w string) bool { return inLowerSet(nameStopwords, w) }

// inLowerSet looks w up in a set of lower-case words without allocating:
// these checks run on every line and every candidate name.
func inLowerSet(set map[string]bool, w string) bool {
	if len(w) > 16 {
		return false
	}
	var buf [16]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}

func notBusiness(name string) bool {
	l := lower(name)
	if strings.HasPrefix(l, "a professional") || strings.HasPrefix(l, "professional ") || strings.HasPrefix(l, "a law corporation") {
		return true // the firm's tagline, "A Professional Corporation"
	}
	return containsAny(l, "meta platforms", "tiktok", "bytedance", "google", "microsoft", "hotjar", "fullstory", "salesforce", "facebook", "linkedin", "pinterest", "snap inc", "american arbitration", "jams", "claimant")
}

func cleanBusiness(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "To ")
	for _, p := range []string{"The ", "Re ", "Dear ", "Attn ", "Via "} {
		if strings.HasPrefix(s, p) && len(strings.Fields(s)) > 3 {
			s = strings.TrimPrefix(s, p)
		}
	}
	return strings.TrimRight(s, " ,")
}

var (
	countClaimants  = text.Compile(`(?i)(?:on behalf of|represents?|representing|for)\s+(?:our\s+|the\s+following\s+|approximately\s+|at least\s+)?` + numberPattern + `\s+(?:\w+\s+){0,2}?(?:claimants|clients|individuals|consumers|persons|people|users|visitors|residents)`)
	countClaimants2 = text.Compile(`(?i)\b` + numberPattern + `\s+(?:individual\s+|separate\s+|california\s+)?(?:claimants|clients)\b`)
	claimantLabel   = text.Compile(`(?:^|\n)[ \t]*(?:\d+[.)][ \t]*)?(?i:claimant)(?:'s|’s)?(?:[ \t]+(?i:name|information|info))?[ \t]*(?:\d+[ \t]*)?[:—–-][ \t]*(?:(?i:name):[ \t]*)?([A-Z][\p{L}'’-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][\p{L}'’-]+){1,2})`)
	clientNamed     = text.Compile(`(?i:our[ \t]+clients?|on behalf of|represents?|claimants?)[,:]?[ \t]+(?:(?i:our clients?|the claimants?|claimants?)[,:]?[ \t]+)?((?:[A-Z][\p{L}'’-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][\p{L}'’-]+){1,2})(?:(?:,[ \t]+|,?[ \t]+and[ \t]+)[A-Z][\p{L}'’-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][\p{L}'’-]+){1,2})*)`)
	// A table's header row: "Claimant   Visit date", "No. Name Date of visit".
	captionName    = text.Compile(`(?i:re|regarding|subject)\s*:?[ \t]+(?:[^\n]{0,40}?[—–:-][ \t]+)?([A-Z][\p{L}'’-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][\p{L}'’-]+){1,2})[ \t]+(?:v\.?|vs\.?)[ \t]+[A-Z]`)
	tableHeader    = text.Compile(`(?i)^(?:no\.?\s+|#\s+)?(?:claimant|client|name)(?:'s)?(?:\s+name)?\s+(?:visit\s+date|date\s+of\s+visit|date\s+visited|visit(?:ed)?|date)s?$`)
	listHeading    = text.Compile(`(?i)^(?:schedule\s+\w+\s*[:.—–-]?\s*)?(?:list\s+of\s+)?(?:the\s+)?(?:claimants?|clients?|represented\s+(?:claimants|individuals))(?:\b[^.:]{0,60}:|\s*\(\d+\))?$|(?i)\bfollowing\b[^.:]{0,40}\b(?:claimants|clients|individuals|consumers|persons)\b[^.:]{0,60}:$`)
	listName       = text.Compile(`^(?:\d{1,3}[.)]?[ \t]+|[-•*][ \t]+)?([A-Z][\p{L}'’-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][\p{L}'’-]+){1,2})(?:$|[ \t]*[,|;:—–-][ \t]*|[ \t]+(?:visited|\(|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d))`)
	singleClaimant = text.Compile(`(?i)\b(our client|the claimant|claimant|a california (?:consumer|resident))\b`)
	nameSplit      = text.Compile(`,\s+|,?\s+and\s+`)
)

// claimants finds the claimants' names and count.
func (x *extraction) claimants() {
	names := map[string]int{} // name → offset
	var order []string
	attorney := lower(x.letter().Attorney)
	add := func(name string, off int) {
		name = trimNameStopwords(strings.TrimSpace(name))
		// "Aaliyah Brooks January 4, 2026": a table row runs into the date.
		if f := strings.Fields(name); len(f) > 2 && isMonthName(f[len(f)-1]) {
			name = strings.Join(f[:len(f)-1], " ")
		}
		key := lower(name)
		if name == "" || notANameWords.MatchString(name) || key == attorney || strings.Contains(lower(x.letter().Firm), key) || strings.Contains(lower(x.letter().Business), key) {
			return
		}
		if _, ok := names[key]; !ok {
			names[key] = off
			order = append(order, name)
		}
	}
	for _, m := range x.l.all(claimantLabel) {
		add(x.l.group(m, 1), m[2])
	}
	// A caption in the RE line: "Re: Jane Roe v. Acme Outfitters, Inc."
	for _, m := range x.l.near(captionName, 80, " v. ", " vs. ", " v ") {
		add(x.l.group(m, 1), m[2])
	}
	for _, m := range x.l.near(clientNamed, 120, "client", "behalf", "represent", "claimant") {
		group := x.l.group(m, 1)
		off := m[2]
		for _, part := range nameSplit.Split(group, -1) {
			add(part, off+strings.Index(group, part))
		}
	}
	// A list under a "Claimants:" heading.
	lines := x.l.lines()
	for i := 0; i < len(lines); i++ {
		t, _ := lines[i].trimmed()
		if !listHeading.MatchString(t) && !tableHeader.MatchString(t) {
			continue
		}
		blank := 0
		for j := i + 1; j < len(lines) && j < i+400; j++ {
			u, off := lines[j].trimmed()
			if u == "" {
				if blank++; blank > 1 {
					break
				}
				continue
			}
			m := listName.FindStringSubmatch(u)
			if m == nil {
				if strings.Contains(lower(u), "name") || strings.Contains(lower(u), "visit") {
					continue // a table header
				}
				break
			}
			blank = 0
			add(m[1], off+strings.Index(u, m[1]))
			for _, d := range text.FindDates(u) {
				x.listVisits = append(x.listVisits, text.DateMatch{Start: off + d.Start, End: off + d.End, Date: d.Date, Text: d.Text})
			}
		}
	}
	l := x.letter()
	for _, n := range order {
		l.ClaimantNames = append(l.ClaimantNames, n)
		x.found("letter.claimant_names", names[lower(n)], 0.75)
	}
	count, countAt := 0, -1
	for _, re := range []*text.Pattern{countClaimants, countClaimants2} {
		for _, m := range x.l.near(re, 100, "claimant", "client", "individual", "consumer", "person", "people", "user", "visitor", "resident") {
			if n, ok := parseCount(x.l.group(m, 1), x.l.group(m, 2)); ok && n > count {
				count, countAt = n, m[0]
			}
		}
		if count > 0 {
			break
		}
	}
	switch {
	case count > 0:
		l.Claimants = count
		x.found("letter.claimants", countAt, 0.85)
		if len(order) > 1 && len(order) != count {
			x.warn("letter.claimants", "the letter says %d claimants but lists %d names; check the list", count, len(order))
		}
	case len(order) > 0:
		l.Claimants = len(order)
		x.found("letter.claimants", names[lower(order[0])], 0.7)
	default:
		if m := singleClaimant.FindStringIndex(x.l.flat); m != nil {
			l.Claimants = 1
			x.found("letter.claimants", m[0], 0.5)
		}
	}
}

var (
	domainRe     = text.Compile(`(?i)(?:https?://)?((?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.(?:com|net|org|co|us|io|shop|store|biz|info|health|clinic|app|site|online|boutique))\b`)
	websiteWords = []string{"website", "web site", "site", "located at", "url", "domain", "webpage", "web page", "online store", "visited"}
)

// website finds the site the letter complains about, not the firm's own.
func (x *extraction) website() {
	// The firm's own domains: in the letterhead, the signature block and the
	// sender's address, never the recipient's.
	firmDomains := map[string]bool{}
	lines := x.l.lines()
	first := x.bodyStartLine(lines)
	closing := len(lines)
	for i, ln := range lines {
		if t, _ := ln.trimmed(); closingLine.MatchString(t) {
			closing = i
		}
	}
	for i, ln := range lines {
		t := strings.TrimSpace(ln.Text)
		sender := strings.HasPrefix(t, "From:") && x.l.doc.Where(ln.Offset) == "email headers"
		letterhead := i >= first && i < first+6 && (strings.Contains(t, "@") || emailOrPhone.MatchString(t))
		// A quoted reply below the signature is the recipient's own words.
		quoted := strings.HasPrefix(t, ">") || strings.HasSuffix(t, "wrote:")
		if !quoted && (sender || letterhead || i > closing || isFirmLine(t)) {
			for _, m := range domainRe.FindAllStringSubmatch(ln.Text, -1) {
				firmDomains[siteKey(m[1])] = true
			}
		}
	}
	firmKey := strings.ReplaceAll(lower(x.letter().Firm), " ", "")
	type cand struct {
		host   string
		offset int
		conf   float64
		count  int
	}
	cands := map[string]*cand{}
	var keys []string
	for _, m := range x.l.all(domainRe) {
		if m[0] > 0 && (x.l.flat[m[0]-1] == '@' || x.l.flat[m[0]-1] == '.') {
			continue
		}
		host := lower(x.l.group(m, 1))
		k := siteKey(host)
		label := strings.Split(k, ".")[0]
		if firmDomains[k] || (len(label) > 4 && strings.Contains(firmKey, label)) || isVendorDomain(k) {
			continue
		}
		conf := 0.6
		if containsAny(x.l.context(m[0]), websiteWords...) {
			conf = 0.9
		}
		c := cands[k]
		if c == nil {
			c = &cand{host: host, offset: m[2], conf: conf}
			cands[k] = c
			keys = append(keys, k)
		}
		c.count++
		if conf > c.conf {
			c.conf, c.offset = conf, m[2]
		}
	}
	if len(keys) == 0 {
		return
	}
	sort.SliceStable(keys, func(i, j int) bool {
		a, b := cands[keys[i]], cands[keys[j]]
		if a.conf != b.conf {
			return a.conf > b.conf
		}
		return a.count > b.count
	})
	best := cands[keys[0]]
	x.letter().Website = best.host
	x.found("letter.website", best.offset, best.conf)
}

func siteKey(host string) string { return strings.TrimPrefix(lower(host), "www.") }

func isVendorDomain(k string) bool {
	for _, v := range []string{"facebook.com", "facebook.net", "meta.com", "tiktok.com", "google.com", "google-analytics.com", "googletagmanager.com", "doubleclick.net", "hotjar.com", "fullstory.com", "clarity.ms", "linkedin.com", "adr.org", "jamsadr.com", "leginfo.legislature.ca.gov", "ca.gov", "courts.ca.gov"} {
		if k == v || strings.HasSuffix(k, "."+v) {
			return true
		}
	}
	return false
}

var _ = core.Date{}
