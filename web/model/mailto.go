package model

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"

	"github.com/cipa-triage/cipa-triage/core"
)

// MaxMailtoLen keeps the link short enough for every mail program: some cut
// or refuse mailto: links beyond about 2,000 characters.
const MaxMailtoLen = 1900

// Mailto builds the "send my results to the firm" link: the user's own mail
// program opens with the subject and a short summary filled in; the page
// itself sends nothing. It returns "" when the firm gave no email address.
// The letter's facts a firm needs for its conflict check come first, so that
// shortening the body to fit a link never loses them.
func Mailto(c Config, ans core.Answers, a core.Assessment) string {
	if c.FirmEmail == "" {
		return ""
	}
	subject := "CIPA demand letter: triage results"
	if b := business(ans); b != "" {
		subject += " for " + Clip(b, 80)
	}
	head := "mailto:" + c.FirmEmail + "?subject=" + mailEscape(subject) + "&body="
	const cut = "\n[Shortened to fit an email link. The full report can be downloaded from the checker.]"
	var body string
	for _, line := range MailLines(ans, a) {
		next := body + line + "\n"
		if len(head)+len(mailEscape(next+cut)) > MaxMailtoLen {
			body += cut
			break
		}
		body = next
	}
	return head + mailEscape(body)
}

// business names the business: its name, else its website.
func business(ans core.Answers) string {
	if ans.Letter.Business != "" {
		return ans.Letter.Business
	}
	return ans.Letter.Website
}

// MaxClaimantNames bounds the names listed in the email; a batch letter may
// name hundreds, and the firm will see them all in the letter.
const MaxClaimantNames = 8

// ConflictLines are what a firm checks for conflicts before it can talk
// about a matter: who sends the letter, for whom, when, to which website,
// and the day to act by. Missing facts are said to be missing.
func ConflictLines(ans core.Answers, a core.Assessment) []string {
	l := ans.Letter
	orNot := func(s string) string {
		if strings.TrimSpace(s) == "" {
			return "not given"
		}
		return s
	}
	firm := orNot(l.Firm)
	if l.Attorney != "" {
		firm += " (" + l.Attorney + ")"
	}
	claimants := "not given"
	if names := l.ClaimantNames; len(names) > 0 {
		shown := names
		if len(shown) > MaxClaimantNames {
			shown = shown[:MaxClaimantNames]
		}
		claimants = strings.Join(shown, "; ")
		if more := len(names) - len(shown); more > 0 {
			claimants += fmt.Sprintf("; and %d more", more)
		}
	}
	if n := max(l.Claimants, len(l.ClaimantNames)); n > 0 {
		claimants += fmt.Sprintf(" (%d in all)", n)
	}
	date := "not given"
	if !l.Date.IsZero() {
		date = l.Date.Long()
	}
	out := []string{
		"Opposing firm: " + firm,
		"Claimants: " + claimants,
		"Letter dated: " + date,
	}
	if l.Business != "" {
		out = append(out, "Business: "+l.Business)
	}
	act := DeadlineText(a)
	if !a.Deadline.IsZero() {
		act += ", the firm's response window, not a court deadline"
	}
	out = append(out, "Website: "+orNot(l.Website), "Act by: "+act)
	return out
}

// MailLines is the email body, most important first, so that cutting from
// the end loses the least.
func MailLines(ans core.Answers, a core.Assessment) []string {
	var out []string
	out = append(out, "Hello,", "", "I used the CIPA demand letter checker and would like your help. For your conflict check:", "")
	out = append(out, ConflictLines(ans, a)...)
	out = append(out, "", "My results:")
	if b := a.Brief; b.WhatThisIs != "" {
		out = append(out, b.WhatThisIs)
	}
	for _, m := range a.Brief.Money {
		out = append(out, "- "+m.Text)
	}
	if m := a.MassArbitration; m.Applies {
		out = append(out, fmt.Sprintf("Mass arbitration: likely (%d demands, threshold %d)", m.Demands, m.Threshold))
	}
	var risks, defenses []string
	for _, f := range a.Factors {
		if f.Status == core.StatusRisk {
			risks = append(risks, "- "+f.Title+": "+Clip(f.Finding, 160))
		}
	}
	for _, d := range a.Defenses {
		if !d.NotRaised && (d.Strength == core.StrengthStrong || d.Strength == core.StrengthModerate) {
			defenses = append(defenses, "- "+d.Title+" ("+d.Strength+")")
		}
	}
	if len(risks) > 0 {
		out = append(out, "", "Risk factors:")
		out = append(out, risks...)
	}
	if len(defenses) > 0 {
		out = append(out, "", "Defenses that may be open:")
		out = append(out, defenses...)
	}
	out = append(out, "", "(Produced on my own device by the checker; it is information, not legal advice.)")
	return out
}

// DeadlineText says when the response is due in words.
func DeadlineText(a core.Assessment) string {
	if a.Deadline.IsZero() {
		return "not known yet (give the letter's date)"
	}
	return a.Deadline.Long() + " (" + DaysLeftText(a.DaysLeft) + ")"
}

// DaysLeftText gives "12 days left", "due today" or "passed 3 days ago".
func DaysLeftText(n int) string {
	switch {
	case n == 0:
		return "due today"
	case n == 1:
		return "1 day left"
	case n > 1:
		return fmt.Sprintf("%d days left", n)
	case n == -1:
		return "passed 1 day ago"
	default:
		return fmt.Sprintf("passed %d days ago", -n)
	}
}

// mailEscape escapes for a mailto: URL, where spaces must be %20, not "+".
func mailEscape(s string) string {
	s = strings.ReplaceAll(s, "\n", "\r\n")
	return strings.ReplaceAll(url.QueryEscape(s), "+", "%20")
}

// Clip shortens s to at most n characters, at a word boundary, with an
// ellipsis: a clipped name or quote never ends mid-word.
func Clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n-1])
	// Back up to the last space if the cut fell inside a word.
	if !unicode.IsSpace(r[n-1]) {
		if i := strings.LastIndexFunc(cut, unicode.IsSpace); i > 0 {
			cut = cut[:i]
		}
	}
	return strings.TrimRightFunc(cut, func(c rune) bool { return unicode.IsSpace(c) || unicode.IsPunct(c) }) + "…"
}
