package draft

import (
	"html"
	"strings"
)

// printCSS is the print page's own style: no fonts or files from elsewhere.
const printCSS = `body{font:11pt/1.45 Georgia,"Times New Roman",serif;color:#000;max-width:44em;margin:2em auto;padding:0 1em}
h1{font-size:18pt}h2{font-size:14pt;margin-top:1.4em}h3{font-size:12pt}
.ct-draft-banner{border:2px solid #000;padding:.6em .8em;font-weight:bold}
.ct-blank{font-weight:bold;background:#ffef9e}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #555;padding:.3em .5em;text-align:left;vertical-align:top}
@media print{body{margin:0;max-width:none}.ct-blank{background:none;text-decoration:underline}}`

// HTML is the draft as a page of its own, for printing or saving as PDF.
func HTML(d Doc) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
	b.WriteString(html.EscapeString(d.Title))
	b.WriteString("</title>\n<style>" + printCSS + "</style>\n</head>\n<body>\n")
	b.WriteString(HTMLBody(d))
	b.WriteString("</body>\n</html>\n")
	return b.String()
}

// HTMLBody is the draft as an article element, for a page to show or print
// inside itself. Every text is escaped.
func HTMLBody(d Doc) string {
	var b strings.Builder
	b.WriteString(`<article class="ct-draft" data-draft="` + html.EscapeString(d.Kind) + "\">\n")
	for _, bl := range d.Blocks {
		switch bl.Type {
		case TypeHeading:
			h := "h" + string(rune('0'+max(1, min(bl.Level, 6))))
			b.WriteString("<" + h + ">" + htmlInline(bl.Text) + "</" + h + ">\n")
		case TypeBanner:
			b.WriteString(`<p class="ct-draft-banner" role="note">` + html.EscapeString(bl.Text) + "</p>\n")
		case TypeParagraph:
			b.WriteString("<p>" + htmlInline(bl.Text) + "</p>\n")
		case TypeList:
			list := "ul"
			if bl.Numbered {
				list = "ol"
			}
			b.WriteString("<" + list + ">\n")
			for _, it := range bl.Items {
				b.WriteString("<li>" + htmlInline(it) + "</li>\n")
			}
			b.WriteString("</" + list + ">\n")
		case TypeTable:
			b.WriteString("<table>\n")
			for r, row := range bl.Rows {
				cell := "td"
				if r == 0 {
					cell = "th"
				}
				b.WriteString("<tr>")
				for _, c := range row {
					b.WriteString("<" + cell + ">" + htmlInline(c) + "</" + cell + ">")
				}
				b.WriteString("</tr>\n")
			}
			b.WriteString("</table>\n")
		}
	}
	b.WriteString("</article>\n")
	return b.String()
}

func htmlInline(text string) string {
	var b strings.Builder
	for _, s := range spans(text) {
		if s.blank {
			b.WriteString(`<span class="ct-blank">` + html.EscapeString(s.text) + "</span>")
		} else {
			b.WriteString(html.EscapeString(s.text))
		}
	}
	return b.String()
}
