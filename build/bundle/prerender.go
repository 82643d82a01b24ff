package bundle

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cipa-triage/cipa-triage/web/model"
)

// prerender writes the start page into the app's root (#cipa-triage) from
// the same words the app draws (model.Start), with the same structure and
// classes, so a visitor reads it while the code loads and the app's first
// render replaces it without a jump. A press of Start before then is kept by
// index.html's script and honored once the app runs. A page without the
// root is left as it is.
func prerender(doc *html.Node) {
	var root, main *html.Node
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		if id, _ := attr(n, "id"); id == "cipa-triage" && root == nil {
			root = n
		}
	})
	if root == nil {
		return
	}
	walk(root, func(n *html.Node) {
		if c, _ := attr(n, "class"); main == nil && n.Type == html.ElementNode && c == "ct-main" {
			main = n
		}
	})
	if main == nil {
		return
	}
	s := model.Start
	header := el(atom.Header, "ct-header", el(atom.P, "ct-service", text(s.Service)))
	root.InsertBefore(header, root.FirstChild)
	h1 := el(atom.H1, "", text(s.Heading))
	h1.Attr = append(h1.Attr, html.Attribute{Key: "id", Val: "ct-heading"}, html.Attribute{Key: "tabindex", Val: "-1"})
	start := el(atom.Button, "ct-button", text(s.Begin))
	start.Attr = append(start.Attr, html.Attribute{Key: "type", Val: "button"}, html.Attribute{Key: "id", Val: model.StartButtonID})
	page := el(atom.Div, "ct-page",
		el(atom.Div, "",
			h1,
			el(atom.P, "ct-lead", text(s.Lead)),
			el(atom.P, "", text(s.Note)),
			el(atom.Div, "ct-actions", start)))
	page.Attr = append(page.Attr, html.Attribute{Key: "data-page", Val: "start"})
	main.InsertBefore(page, main.FirstChild)
	if q := firstQuestion(); q != nil {
		main.InsertBefore(q, page.NextSibling)
	}
}

func el(a atom.Atom, class string, kids ...*html.Node) *html.Node {
	n := &html.Node{Type: html.ElementNode, Data: a.String(), DataAtom: a}
	if class != "" {
		n.Attr = append(n.Attr, html.Attribute{Key: "class", Val: class})
	}
	for _, k := range kids {
		n.AppendChild(k)
	}
	return n
}

func text(s string) *html.Node { return &html.Node{Type: html.TextNode, Data: s} }
