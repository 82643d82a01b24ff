package harcompare

import (
	"fmt"
	"strconv"

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
	vars := make(map[string]string, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		name, _ := kv[i].(string)
		switch v := kv[i+1].(type) {
		case string:
			vars[name] = v
		case int:
			vars[name] = strconv.Itoa(v)
		default:
			vars[name] = fmt.Sprint(v)
		}
	}
	return wording.Fill(e.Text, vars)
}
