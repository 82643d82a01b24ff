package model

import "github.com/cipa-triage/cipa-triage/core"

// nouns name a typed answer inside a sentence ("Enter the date on the
// letter as a real date"), as GOV.UK's error messages do. A question not
// named here is named by its title.
var nouns = map[string]string{
	"letter.date":                      "the date on the letter",
	"letter.received":                  "the date you received the letter",
	"letter.response_deadline":         "the date the letter asks you to respond by",
	"letter.response_days":             "the number of days the letter gives you",
	"letter.claimants":                 "the number of claimants",
	"letter.visit_dates":               "the visit dates",
	"letter.amount_demanded":           "the amount demanded",
	"letter.per_violation_claimed":     "the amount per violation",
	"letter.violations_claimed":        "the number of violations",
	"site.policy_updated_on":           "the date of your privacy policy",
	"site.remediated_on":               "the date you fixed the site",
	"terms.last_updated":               "the date your terms were last updated",
	"business.other_demands_same_firm": "the number of other demands",
}

// Noun names q's answer for a sentence.
func Noun(q core.Question) string {
	if n, ok := nouns[q.Field]; ok {
		return n
	}
	return "the answer to “" + q.Title + "”"
}
