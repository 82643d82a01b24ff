package core

import (
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
		out.Warning = sayText("law_review.stale", "reviewed", out.ReviewedOn, "days", out.DaysSinceReview, "what", strings.Join(r.WhatToCheck, "; "))
	}
	return out
}
