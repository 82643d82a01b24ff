package model

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/cipa-triage/cipa-triage/core"
)

// MaxMailtoLen keeps the link short enough for every mail program: some cut
// or refuse mailto: links beyond about 2,000 characters.
const MaxMailtoLen = 1900

// Mailto builds the "send my results to the firm" link: the user's own mail
// program opens with the subject and a short summary filled in; the page
// itself sends nothing. It returns "" when the firm gave no email address.
func Mailto(c Config, a core.Assessment, business string) string {
	if c.FirmEmail == "" {
		return ""
	}
	subject := "CIPA demand letter: triage results"
	if business != "" {
		subject += " for " + Clip(business, 80)
	}
	head := "mailto:" + c.FirmEmail + "?subject=" + mailEscape(subject) + "&body="
	const cut = "\n[Shortened to fit an email link. The full report can be downloaded from the checker.]"
	var body string
	for _, line := range MailLines(a) {
		next := body + line + "\n"
		if len(head)+len(mailEscape(next+cut)) > MaxMailtoLen {
			body += cut
			break
		}
		body = next
	}
	return head + mailEscape(body)
}

// MailLines is the email body, most important first, so that cutting from
// the end loses the least.
func MailLines(a core.Assessment) []string {
	var out []string
	out = append(out, "Hello,", "", "I used the CIPA demand letter checker and would like your help. My results:", "")
	out = append(out, "Response deadline: "+DeadlineText(a))
	if len(a.Summary) > 0 {
		out = append(out, "Summary: "+Clip(strings.Join(a.Summary, " "), 400))
	}
	if e := a.Exposure; e.PerClaimant.High > 0 || e.Statutory.Amount > 0 {
		out = append(out, fmt.Sprintf("Exposure: statutory measure %s; realistic range per claimant %s to %s",
			core.USD(e.Statutory.Amount), core.USD(e.PerClaimant.Low), core.USD(e.PerClaimant.High)))
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
		if d.Strength == core.StrengthStrong || d.Strength == core.StrengthModerate {
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

func Clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
