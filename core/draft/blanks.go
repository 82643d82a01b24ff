package draft

import "regexp"

// blank finds the blanks in a text: anything in square brackets.
var blank = regexp.MustCompile(`\[[^\[\]]+\]`)

// span is a piece of a text, marked when it is a blank.
type span struct {
	text  string
	blank bool
}

// spans cuts text at its blanks, so that each renderer can set them apart.
func spans(text string) []span {
	var out []span
	last := 0
	for _, m := range blank.FindAllStringIndex(text, -1) {
		if m[0] > last {
			out = append(out, span{text: text[last:m[0]]})
		}
		out = append(out, span{text: text[m[0]:m[1]], blank: true})
		last = m[1]
	}
	if last < len(text) {
		out = append(out, span{text: text[last:]})
	}
	return out
}
