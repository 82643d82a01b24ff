package core_test

import (
	"fmt"

	"github.com/cipa-triage/cipa-triage/core"
)

// Assess works out the deadline, the exposure and the defenses for one
// letter on one day. This letter rests only on § 638.51, and by 2028 SB 690
// (as the knowledge table records it, to be confirmed) leaves such claims
// over websites to the Attorney General: no private statutory measure.
func ExampleAssess() {
	answers := core.Answers{
		Letter: core.Letter{
			Date:                core.MustDate("2028-01-31"),
			Statutes:            []string{"638.51"},
			PerViolationClaimed: 2500,
			ViolationsClaimed:   2,
		},
		Site:  core.Site{ConsentBanner: "none"},
		Terms: core.Terms{ArbitrationClause: "yes", Provider: "aaa", Rules: "consumer"},
	}
	a := core.Assess(answers, core.MustDate("2028-02-15"))
	fmt.Println("deadline:", a.Deadline, "days left:", a.DaysLeft)
	fmt.Println("statutory measure:", a.Exposure.Statutory.Amount)
	fmt.Println("forum:", a.Exposure.Forum)
	for _, d := range a.Defenses {
		if d.ID == "consent" || d.ID == "pen_register_theory" {
			fmt.Println(d.ID+":", d.Strength)
		}
	}
	// Output:
	// deadline: 2028-03-01 days left: 15
	// statutory measure: 0
	// forum: aaa_consumer
	// consent: unavailable
	// pen_register_theory: moderate
}

// Mass-arbitration rules switch on at the provider's threshold: 25 similar
// demands at the AAA.
func ExampleAssess_massArbitration() {
	answers := core.Answers{
		Letter:   core.Letter{Date: core.MustDate("2026-11-10"), Claimants: 5},
		Terms:    core.Terms{ArbitrationClause: "yes", Provider: "aaa", Rules: "consumer"},
		Business: core.Business{OtherDemandsSameFirm: 20},
	}
	m := core.Assess(answers, core.MustDate("2026-11-26")).MassArbitration
	fmt.Println(m.Applies, m.Demands, m.Threshold)
	// Output: true 25 25
}
