package knowledge_test

import (
	"fmt"
	"time"

	"github.com/cipa-triage/cipa-triage/core/knowledge"
)

// The rules ask for the value of an entry on a given day; each value keeps
// the day it took effect.
func ExampleEntry_At() {
	e, _ := knowledge.Lookup("aaa_mass_threshold")
	for _, day := range []string{"2023-06-01", "2024-06-01"} {
		d, _ := time.Parse(time.DateOnly, day)
		v, _ := e.At(d)
		fmt.Printf("%s: %g %s (in force from %s)\n", day, v.Value, e.Unit, v.From)
	}
	// Output:
	// 2023-06-01: 25 similar demands (in force from 2020-11-01)
	// 2024-06-01: 25 similar demands (in force from 2024-01-15)
}
