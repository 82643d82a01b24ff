package core

import (
	"strings"
)

// Theory is one statute group the letter's claim rests on and what it is
// worth on its own under § 637.2 on the as-of day. The theories cover the
// same visits, so their amounts are alternatives, not a sum.
type Theory struct {
	ID       string   `json:"id"`       // wiretap | pen_register
	Title    string   `json:"title"`    // the sections, in words
	Sections []string `json:"sections"` // Penal Code sections the letter cites in this group
	Amount   float64  `json:"amount"`   // the § 637.2 measure for this part on the as-of day
	// PrivateAction is false when only a public prosecutor may sue for this
	// part on the as-of day (SB 690 for § 638.51 website claims).
	PrivateAction bool          `json:"private_action"`
	Basis         string        `json:"basis"`
	Sources       []string      `json:"sources"` // knowledge ids
	Confirm       bool          `json:"confirm,omitempty"`
	Change        *TheoryChange `json:"change,omitempty"`
}

// TheoryChange is a dated change in the law that moves a theory's worth:
// the amount the day before and from that day.
type TheoryChange struct {
	On      Date    `json:"on"`
	Before  float64 `json:"before"`
	After   float64 `json:"after"`
	Source  string  `json:"source"` // knowledge id
	Confirm bool    `json:"confirm"`
}

// theories splits the § 637.2 measure for what the letter counts (measure,
// with its basis) by the statutes the letter cites.
func theories(m *matter, measure float64, basis string) []Theory {
	out := []Theory{}
	var wiretap []string
	for _, s := range []string{"631", "632", "632.7"} {
		if m.cites[s] {
			wiretap = append(wiretap, s)
		}
	}
	if len(wiretap) > 0 {
		secs := make([]string, len(wiretap))
		for i, s := range wiretap {
			secs[i] = "§ " + s
		}
		out = append(out, Theory{ID: "wiretap", Title: say("theory.wiretap.title", "sections", strings.Join(secs, ", ")).Title,
			Sections: wiretap, Amount: measure, PrivateAction: true,
			Basis:   basis + " " + sayText("theory.wiretap.untouched"),
			Sources: wiretapSources(wiretap)})
	}
	if m.cites["638.51"] {
		out = append(out, penRegisterPart(m, measure, basis))
	}
	return out
}

func penRegisterPart(m *matter, measure float64, basis string) Theory {
	t := Theory{ID: "pen_register", Title: say("theory.pen_register.title").Title, Sections: []string{"638.51"},
		Sources: []string{idPC637_2, idPC638_51, idSB690}, Confirm: true}
	on := sb690Operative()
	t.PrivateAction = penRegisterPrivate(m.asOf)
	if !on.IsZero() {
		t.Change = &TheoryChange{On: on, Before: measure, After: 0, Source: idSB690, Confirm: valueAt(idSB690, on).Confirm}
	}
	switch {
	case t.PrivateAction && !on.IsZero():
		t.Amount = measure
		t.Basis = basis + " " + sayText("theory.pen_register.until", "operative", on)
	case t.PrivateAction:
		t.Amount = measure
		t.Basis = basis
	default:
		t.Basis = sayText("theory.pen_register.gone", "operative", on, "before", measure, "basis", strings.TrimSuffix(basis, "."))
	}
	return t
}

// wiretapSources are the sections behind the wiretap theory, as cited.
func wiretapSources(sections []string) []string {
	ids := []string{idPC637_2}
	for _, s := range sections {
		switch s {
		case "631", "632":
			// § 632 has no entry of its own; § 631's entry frames the
			// eavesdropping sections.
			if len(ids) == 1 || ids[len(ids)-1] != idPC631 {
				ids = append(ids, idPC631)
			}
		case "632.7":
			ids = append(ids, idPC632_7)
		}
	}
	return ids
}
