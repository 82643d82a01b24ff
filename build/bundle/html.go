package bundle

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// reference is a stylesheet link or an external script of the page.
type reference struct {
	node *html.Node
	url  string
}

func parse(b []byte) (*html.Node, error) {
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("parsing index.html: %w", err)
	}
	return doc, nil
}

func render(doc *html.Node) ([]byte, error) {
	var buf bytes.Buffer
	if err := html.Render(&buf, doc); err != nil {
		return nil, fmt.Errorf("writing the page: %w", err)
	}
	return buf.Bytes(), nil
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func find(doc *html.Node, a atom.Atom) *html.Node {
	var found *html.Node
	walk(doc, func(n *html.Node) {
		if found == nil && n.Type == html.ElementNode && n.DataAtom == a {
			found = n
		}
	})
	return found
}

// references lists the stylesheets and external scripts, in document order.
func references(doc *html.Node) []reference {
	var refs []reference
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		switch n.DataAtom {
		case atom.Link:
			rel, _ := attr(n, "rel")
			href, ok := attr(n, "href")
			if ok && strings.EqualFold(strings.TrimSpace(rel), "stylesheet") {
				refs = append(refs, reference{n, href})
			}
		case atom.Script:
			if src, ok := attr(n, "src"); ok {
				refs = append(refs, reference{n, src})
			}
		}
	})
	return refs
}

// inline replaces a reference by an element holding the file itself.
func inline(ref reference, b []byte) error {
	n := ref.node
	if n.DataAtom == atom.Link {
		if bytes.Contains(bytes.ToLower(b), []byte("</style")) {
			return fmt.Errorf("the stylesheet contains </style")
		}
		var keep []html.Attribute
		if media, ok := attr(n, "media"); ok {
			keep = append(keep, html.Attribute{Key: "media", Val: media})
		}
		n.Parent.InsertBefore(textElement(atom.Style, b, keep), n)
		n.Parent.RemoveChild(n)
		return nil
	}
	if bytes.Contains(bytes.ToLower(b), []byte("</script")) {
		return fmt.Errorf("the script contains </script")
	}
	var keep []html.Attribute
	for _, a := range n.Attr {
		switch a.Key {
		case "src", "defer", "async", "integrity", "crossorigin":
			// defer and async mean nothing to an inline classic script; the
			// loader copes with a body that is not parsed yet.
		default:
			keep = append(keep, a)
		}
	}
	n.Parent.InsertBefore(textElement(atom.Script, b, keep), n)
	n.Parent.RemoveChild(n)
	return nil
}

func textElement(a atom.Atom, text []byte, attrs []html.Attribute) *html.Node {
	n := &html.Node{Type: html.ElementNode, Data: a.String(), DataAtom: a, Attr: attrs}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: string(text)})
	return n
}

func insertFirstScript(head, script *html.Node) {
	for c := head.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Link || c.DataAtom == atom.Style) {
			head.InsertBefore(script, c)
			return
		}
	}
	head.AppendChild(script)
}

// isJS says whether a script element holds JavaScript the browser runs.
func isJS(n *html.Node) bool {
	t, _ := attr(n, "type")
	switch strings.ToLower(strings.TrimSpace(t)) {
	case "", "text/javascript", "application/javascript", "module":
		return true
	}
	return false
}

// inlineScripts returns the text of every inline JavaScript element, as the
// browser will hash it for the policy.
func inlineScripts(doc *html.Node) []string {
	var out []string
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode || n.DataAtom != atom.Script || !isJS(n) {
			return
		}
		if _, ok := attr(n, "src"); ok {
			return
		}
		var text strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			text.WriteString(c.Data)
		}
		out = append(out, text.String())
	})
	return out
}

func scriptText(doc *html.Node) []byte {
	return []byte(strings.Join(inlineScripts(doc), "\n"))
}

func hasIcon(head *html.Node) bool {
	for c := head.FirstChild; c != nil; c = c.NextSibling {
		if rel, _ := attr(c, "rel"); c.DataAtom == atom.Link && strings.Contains(strings.ToLower(rel), "icon") {
			return true
		}
	}
	return false
}

// removeCSP drops any policy the page brings: the build owns the policy.
func removeCSP(head *html.Node) {
	for c := head.FirstChild; c != nil; {
		next := c.NextSibling
		if v, _ := attr(c, "http-equiv"); c.DataAtom == atom.Meta && strings.EqualFold(v, "Content-Security-Policy") {
			head.RemoveChild(c)
		}
		c = next
	}
}

func charset(head *html.Node) *html.Node {
	for c := head.FirstChild; c != nil; c = c.NextSibling {
		if _, ok := attr(c, "charset"); c.DataAtom == atom.Meta && ok {
			return c
		}
	}
	return nil
}
