package harcompare

import (
	"github.com/cipa-triage/cipa-triage/core/wording"
)

// say gives the text of wording entry key (core/wording/wording.json),
// filled with name, value pairs. The key must be a string literal so that
// core's TestWordingKeys can check each call against the file.
func say(key string, kv ...any) string {
	e, ok := wording.Lookup(key)
	if !ok {
		return "{" + key + "}" // TestWordingKeys keeps this from happening
	}
	return wording.Fill(e.Text, wording.Vars(nil, kv...))
}
