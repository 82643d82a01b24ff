package core

import (
	"fmt"
	"strings"

	"github.com/cipa-triage/cipa-triage/core/knowledge"
)

// LawReview is the age of the law the assessment relies on: the day the
// knowledge table was last reviewed as a whole, and a warning when the
// as-of date is past the review window.
type LawReview struct {
	ReviewedOn      Date   `json:"reviewed_on"`
	DaysSinceReview int    `json:"days_since_review"`
	WindowDays      int    `json:"window_days"`
	Stale           bool   `json:"stale"`
	Warning         string `json:"warning,omitempty"`
}

// lawReview compares the as-of date with the table's last review.
func lawReview(asOf Date) LawReview {
	r := knowledge.LastReview()
	out := LawReview{ReviewedOn: DateOf(r.ReviewedDate()), WindowDays: r.WindowDays}
	out.DaysSinceReview = out.ReviewedOn.DaysUntil(asOf)
	if out.DaysSinceReview > r.WindowDays {
		out.Stale = true
		out.Warning = fmt.Sprintf("The law in this checker was last reviewed on %s, %d days before this assessment: it may have changed since. Before relying on this result, check %s.",
			out.ReviewedOn.Long(), out.DaysSinceReview, strings.Join(r.WhatToCheck, "; "))
	}
	return out
}
