package harcompare

import (
	"fmt"
	"strings"
)

// Markdown writes the comparison for people: the summary and each tag's
// verdict first, then the details, the warnings and the two files with
// their SHA-256. level is the heading level of its title: 1 on its own, 2
// inside a matter's report.
func Markdown(c Comparison, level int) string {
	h := func(n int) string { return strings.Repeat("#", level+n) + " " }
	var b strings.Builder
	fmt.Fprintf(&b, "%sComparison of two recordings\n\n", h(0))
	if c.Summary != "" {
		fmt.Fprintf(&b, "**%s**\n\n", c.Summary)
	}
	fmt.Fprintf(&b, "%s\n\n", c.Basis)
	if len(c.Warnings) > 0 {
		fmt.Fprintf(&b, "%sBefore relying on it\n\n", h(1))
		for _, w := range c.Warnings {
			fmt.Fprintf(&b, "- %s\n", w.Message)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%sTag by tag\n\n", h(1))
	if len(c.Tags) == 0 {
		b.WriteString("- " + say("compare.summary.no_data") + "\n")
	}
	for _, t := range c.Tags {
		fmt.Fprintf(&b, "- %s\n", t.Verdict)
	}
	if len(c.Tags) > 0 {
		fmt.Fprintf(&b, "\n| Tag | %s | %s |\n|---|---|---|\n", column(c.Recordings[0].Role), column(c.Recordings[1].Role))
		for _, t := range c.Tags {
			fmt.Fprintf(&b, "| %s | %s | %s |\n", cell(t.Name), cell(detail(t.In[0])), cell(detail(t.In[1])))
		}
	}
	fmt.Fprintf(&b, "\n%sThe two files\n\n", h(1))
	b.WriteString("| Recording | File | SHA-256 | Requests | Banner answer |\n|---|---|---|---|---|\n")
	for _, s := range c.Recordings {
		ans := answerWords(s.Answer)
		if s.Manager != "" {
			ans += " (" + s.Manager + ")"
		}
		fmt.Fprintf(&b, "| %s (given %s) | %s | `%s` | %d | %s |\n", column(s.Role), ordinal(s.Given), cell(s.File), s.SHA256, s.Requests, cell(ans))
	}
	fmt.Fprintf(&b, "\n%s\n", say("compare.keep_files"))
	return b.String()
}

// column names a recording by its role, as a table heading.
func column(role string) string {
	switch role {
	case RoleBefore:
		return "Before the fix"
	case RoleAfter:
		return "After the fix"
	case RoleAccept:
		return `"Accept all"`
	}
	return `"Reject all"`
}

func ordinal(n int) string {
	if n == 1 {
		return "first"
	}
	return "second"
}

// detail is a tag's side with its first data's time.
func detail(s TagSide) string {
	if s.FirstDataMS == nil || s.Status != StatusSent {
		return s.Says
	}
	return s.Says + " (" + say("compare.first_data", "ms", int(*s.FirstDataMS)) + ")"
}

func cell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
}
