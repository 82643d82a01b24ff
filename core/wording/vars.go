package wording

import (
	"fmt"
	"strconv"
)

// Vars turns name, value pairs into Fill's placeholders, each value written
// by value (Value when nil). Every package that says sentences from this
// data fills them this way.
func Vars(value func(any) string, kv ...any) map[string]string {
	if value == nil {
		value = Value
	}
	vars := make(map[string]string, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		name, _ := kv[i].(string)
		vars[name] = value(kv[i+1])
	}
	return vars
}

// Value writes a string as it is, an int in digits, anything else as fmt
// prints it.
func Value(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	}
	return fmt.Sprint(v)
}
