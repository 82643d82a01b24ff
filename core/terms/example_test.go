package terms_test

import (
	"fmt"

	"github.com/cipa-triage/cipa-triage/core/terms"
)

func ExampleAnalyze() {
	f := terms.Analyze("Last updated: May 1, 2025.\n\nYou and Example Co. agree that any dispute will be resolved by binding arbitration administered by JAMS. These Terms are governed by the laws of the State of Delaware.")
	arb := f.Clauses[terms.Arbitration]
	fmt.Println(arb.Present, arb.Provider, arb.Rules)
	fmt.Println(f.Clauses[terms.GoverningLaw].State)
	fmt.Println(f.LastUpdated.Date)
	// Output:
	// true jams unspecified
	// delaware
	// 2025-05-01
}
