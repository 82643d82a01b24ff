package terms

import (
	"fmt"
	"strings"
)

// kindNames are the clauses as the summary names them.
var kindNames = map[Kind]string{
	Arbitration:      "Arbitration",
	ClassWaiver:      "Class-action waiver",
	MassArbitration:  "Mass arbitration",
	Delegation:       "Delegation to the arbitrator",
	OptOut:           "Opt-out",
	PreDisputeNotice: "Notice before arbitration",
	SmallClaims:      "Small-claims carve-out",
	GoverningLaw:     "Governing law",
	Forum:            "Forum",
	UseIsAssent:      "\"By using you agree\" wording",
}

var providerNames = map[string]string{"aaa": "AAA", "jams": "JAMS", "nam": "NAM", "other": "another provider", "unspecified": "no provider named"}

// Summary is the findings in plain lines, one a clause, for the CLI and
// for anyone reading the JSON by eye.
func Summary(f Findings) []string {
	var out []string
	for _, k := range Kinds {
		cl := f.Clauses[k]
		if !cl.Present {
			if k == Delegation && cl.CourtDecides != nil {
				out = append(out, fmt.Sprintf("%s: no; a court decides (at %d)", kindNames[k], cl.CourtDecides.Offset))
				continue
			}
			if f.Whole {
				out = append(out, kindNames[k]+": not found in the whole document")
			} else {
				out = append(out, kindNames[k]+": not found in this text")
			}
			continue
		}
		var extra []string
		switch k {
		case Arbitration:
			extra = append(extra, providerNames[cl.Provider])
			if cl.RulesNamed != "" {
				extra = append(extra, cl.RulesNamed)
			} else {
				extra = append(extra, "rules not named")
			}
		case GoverningLaw:
			if cl.State != "" {
				extra = append(extra, titleCase(cl.State))
			}
		case Forum:
			if cl.Place != "" {
				extra = append(extra, cl.Place)
			}
		case OptOut, PreDisputeNotice:
			if cl.Days > 0 {
				extra = append(extra, fmt.Sprintf("%d days", cl.Days))
			}
		case MassArbitration:
			if cl.Threshold > 0 {
				extra = append(extra, fmt.Sprintf("%d or more claims", cl.Threshold))
			}
		}
		line := kindNames[k] + ": yes"
		if len(extra) > 0 {
			line += ", " + strings.Join(extra, ", ")
		}
		out = append(out, fmt.Sprintf("%s (at %d)", line, cl.Offset))
	}
	if f.HasUpdated {
		out = append(out, "Last updated: "+f.LastUpdated.Date.Long())
	} else {
		out = append(out, "Last updated: no date found")
	}
	return out
}
