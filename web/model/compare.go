package model

import (
	"encoding/json"
	"errors"
)

// Comparison is the comparison of two HAR recordings as the readers' worker
// sends it (core/harcompare's JSON, already in plain words), with only what
// the page shows: the page's own module never links the HAR reader.
type Comparison struct {
	Mode       string `json:"mode"`
	Basis      string `json:"basis"`
	Summary    string `json:"summary"`
	Recordings [2]struct {
		File   string `json:"file"`
		SHA256 string `json:"sha256"`
		Role   string `json:"role"`
		Given  int    `json:"given"`
	} `json:"recordings"`
	Tags []struct {
		Name    string `json:"name"`
		Outcome string `json:"outcome"`
		Verdict string `json:"verdict"`
		In      [2]struct {
			Status string `json:"status"`
			Says   string `json:"says"`
		} `json:"in"`
	} `json:"tags"`
	Warnings []struct {
		Key     string `json:"key"`
		File    string `json:"file"`
		Message string `json:"message"`
	} `json:"warnings"`
	// Markdown is the comparison on its own; ReportMarkdown the same with
	// its headings a level down, to join the matter's report.
	Markdown       string `json:"-"`
	ReportMarkdown string `json:"-"`
}

// DecodeComparison reads the worker's answer: {"comparison", "markdown",
// "report_markdown"}, or {"ok": false, "error"}.
func DecodeComparison(text string) (*Comparison, error) {
	var msg struct {
		OK             *bool       `json:"ok"`
		Error          string      `json:"error"`
		Comparison     *Comparison `json:"comparison"`
		Markdown       string      `json:"markdown"`
		ReportMarkdown string      `json:"report_markdown"`
	}
	if err := json.Unmarshal([]byte(text), &msg); err != nil {
		return nil, errors.New("the comparison could not be read")
	}
	if msg.OK != nil && !*msg.OK {
		return nil, errors.New(msg.Error)
	}
	if msg.Comparison == nil {
		return nil, errors.New("the comparison could not be read")
	}
	msg.Comparison.Markdown, msg.Comparison.ReportMarkdown = msg.Markdown, msg.ReportMarkdown
	return msg.Comparison, nil
}

// RoleTitle names a recording by its role, as the page heads it.
func RoleTitle(role string) string {
	switch role {
	case "before":
		return "Before the fix"
	case "after":
		return "After the fix"
	case "accept":
		return `With "Accept all"`
	case "reject":
		return `With "Reject all"`
	}
	return "Recording"
}
