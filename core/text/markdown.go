package text

import (
	"strings"
)

var (
	mdHeading  = Compile(`^\s{0,3}#{1,6}\s+`)
	mdQuote    = Compile(`^\s{0,3}>\s?`)
	mdLink     = Compile(`!?\[([^\]\n]*)\]\(([^)\s]*)\)`)
	mdEmphasis = Compile(`(\*\*|\*)([^\s*](?:[^*\n]*?[^\s*])?)(\*\*|\*)`)
	mdRule     = Compile(`^\s{0,3}([-*_]\s*){3,}$`)
)

// FromMarkdown reads a .md file as its reader sees it: heading marks,
// emphasis with asterisks, quotes and rules go; a link keeps its words and
// its address. Underscores stay: in letters they are in names, not emphasis.
func FromMarkdown(data []byte) (Document, error) {
	doc, err := FromPlain(data)
	if err != nil {
		return doc, err
	}
	lines := strings.Split(doc.Text, "\n")
	for i, l := range lines {
		if mdRule.MatchString(l) {
			lines[i] = ""
			continue
		}
		l = mdHeading.ReplaceAllString(l, "")
		l = mdQuote.ReplaceAllString(l, "")
		l = mdLink.ReplaceAllStringFunc(l, func(m string) string {
			p := mdLink.FindStringSubmatch(m)
			if p[2] == "" || p[1] == p[2] {
				return p[1]
			}
			return p[1] + " (" + p[2] + ")"
		})
		for j := 0; j < 3; j++ {
			l = mdEmphasis.ReplaceAllStringFunc(l, func(m string) string {
				p := mdEmphasis.FindStringSubmatch(m)
				if p[1] != p[3] {
					return m
				}
				return p[2]
			})
		}
		l = strings.ReplaceAll(l, "`", "")
		lines[i] = l
	}
	d := FromString(strings.Join(lines, "\n"))
	d.Format = "markdown"
	return d, nil
}
