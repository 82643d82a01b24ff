package main

import (
	"bytes"
	"html"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// printableHTML turns the Markdown report into one self-contained page to
// print or save as PDF: the same words as the Markdown, so the two cannot
// drift, with a print stylesheet and a Content-Security-Policy that lets the
// page load nothing at all.
//
// goldmark (CommonMark with GitHub tables) rather than a converter of our
// own: the report has tables, nested emphasis and links, and goldmark escapes
// any HTML a document's quoted words might carry. It is linked into the
// command line only, never into the browser build.
func printableHTML(markdown string) []byte {
	var body bytes.Buffer
	md := goldmark.New(goldmark.WithExtensions(extension.Table))
	if err := md.Convert([]byte(markdown), &body); err != nil {
		// Convert fails only when the writer does; a bytes.Buffer does not.
		body.Reset()
		body.WriteString("<pre>" + html.EscapeString(markdown) + "</pre>")
	}
	title := "CIPA demand letter triage"
	if line, _, _ := strings.Cut(markdown, "\n"); strings.HasPrefix(line, "# ") {
		title = strings.TrimPrefix(line, "# ")
	}
	var b bytes.Buffer
	b.WriteString(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>` + html.EscapeString(title) + `</title>
<style>
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #0b0c0c; max-width: 50em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.9em; } h2 { font-size: 1.4em; margin-top: 1.6em; border-top: 1px solid #b1b4b6; padding-top: .6em; } h3 { font-size: 1.15em; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; font-size: .92em; }
th, td { border: 1px solid #b1b4b6; padding: .35em .5em; text-align: left; vertical-align: top; }
th { background: #f3f2f1; }
code { font-size: .9em; }
a { color: #1d70b8; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  a { color: #000; text-decoration: none; }
}
</style>
</head>
<body>
`)
	b.Write(body.Bytes())
	b.WriteString("</body>\n</html>\n")
	return b.Bytes()
}
