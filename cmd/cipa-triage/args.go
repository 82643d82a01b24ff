package main

import (
	"fmt"
	"strings"
)

// parsedArgs holds positional arguments and --name value / --name=value /
// --flag options in any order, so that flags may follow the file name as the
// usage lines show.
type parsedArgs struct {
	positional []string
	opts       map[string]string
}

// parseArgs splits args; boolFlags names the options that take no value.
func parseArgs(args []string, valueFlags, boolFlags []string) (parsedArgs, error) {
	p := parsedArgs{opts: map[string]string{}}
	takes := map[string]bool{}
	for _, f := range valueFlags {
		takes[f] = true
	}
	isBool := map[string]bool{}
	for _, f := range boolFlags {
		isBool[f] = true
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") || a == "-" {
			p.positional = append(p.positional, a)
			continue
		}
		name := strings.TrimLeft(a, "-")
		value, hasValue := "", false
		if k, v, ok := strings.Cut(name, "="); ok {
			name, value, hasValue = k, v, true
		}
		switch {
		case isBool[name]:
			if hasValue {
				return p, fmt.Errorf("--%s takes no value", name)
			}
			p.opts[name] = "true"
		case takes[name]:
			if !hasValue {
				if i+1 >= len(args) {
					return p, fmt.Errorf("--%s needs a value", name)
				}
				i++
				value = args[i]
			}
			p.opts[name] = value
		default:
			return p, fmt.Errorf("unknown option %s", a)
		}
	}
	return p, nil
}
