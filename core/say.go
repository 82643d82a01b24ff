package core

import (
	"github.com/cipa-triage/cipa-triage/core/wording"
)

// say gives what wording entry key says, filled with the matter's figures,
// given as name, value pairs: a float64 is money, a Date is written out
// long, an int counts (and picks plurals), a []string is listed with "and".
// The key must be a string literal so that TestWordingKeys can check each
// call against wording.json.
func say(key string, kv ...any) wording.Entry {
	e, ok := wording.Lookup(key)
	if !ok {
		// TestWordingKeys keeps this from happening; the braces make it
		// visible if it ever does.
		return wording.Entry{Key: key, Title: "{" + key + "}", Finding: "{" + key + "}", Why: "{" + key + "}", Detail: "{" + key + "}", Text: "{" + key + "}"}
	}
	if len(kv) == 0 {
		return e
	}
	vars := wording.Vars(SayValue, kv...)
	e.Title = wording.Fill(e.Title, vars)
	e.Finding = wording.Fill(e.Finding, vars)
	e.Why = wording.Fill(e.Why, vars)
	e.Detail = wording.Fill(e.Detail, vars)
	e.Text = wording.Fill(e.Text, vars)
	return e
}

// SayValue writes a placeholder's value as the rules' sentences show it: a
// Date long, a float64 as money, a []string listed with "and"; the rest as
// wording.Value does.
func SayValue(v any) string {
	switch v := v.(type) {
	case float64:
		return usd(v)
	case Date:
		return v.Long()
	case []string:
		return wording.JoinAnd(v)
	}
	return wording.Value(v)
}

// sayText is say's text, for sentences that stand alone.
func sayText(key string, kv ...any) string { return say(key, kv...).Text }

// set gives the factor the status and what the entry says, with the entry's
// sources as its citations.
func (f *Factor) set(status Status, e wording.Entry) {
	f.Status, f.Finding, f.Why, f.Citations = status, e.Finding, e.Why, e.Sources
}

// set gives the defense the strength and what the entry says.
func (d *Defense) set(strength string, e wording.Entry) {
	d.Strength, d.Why, d.Citations = strength, e.Why, e.Sources
}

// also adds a further sentence, with its sources, to the defense's reason.
func (d *Defense) also(e wording.Entry) {
	d.Why += " " + e.Why
	d.Citations = append(d.Citations, e.Sources...)
}

// step is a next step from its wording entry.
func step(e wording.Entry, by Date) Step { return Step{Title: e.Title, Detail: e.Detail, By: by} }

// event is a timeline entry from its wording entry.
func event(d Date, kind string, e wording.Entry) Event {
	return Event{Date: d, Kind: kind, Title: e.Title, Detail: e.Detail, Citations: e.Sources}
}

// Say is what wording entry key says, filled like the rules' sentences: for
// renderers (core/report), whose headings and fixed sentences are wording
// data too.
func Say(key string, kv ...any) string { return sayText(key, kv...) }
