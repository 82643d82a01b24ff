package draft

import (
	"strconv"
	"strings"
)

// Markdown draws the draft as Markdown: blanks in bold, the draft warning as
// a quoted block, tables as pipe tables.
func Markdown(d Doc) string {
	var b strings.Builder
	for i, bl := range d.Blocks {
		if i > 0 {
			b.WriteString("\n")
		}
		switch bl.Type {
		case TypeHeading:
			b.WriteString(strings.Repeat("#", max(1, min(bl.Level, 6))) + " " + mdInline(bl.Text) + "\n")
		case TypeBanner:
			b.WriteString("> **" + mdEscape(bl.Text) + "**\n")
		case TypeParagraph:
			b.WriteString(mdInline(bl.Text) + "\n")
		case TypeList:
			for i, it := range bl.Items {
				mark := "- "
				if bl.Numbered {
					mark = strconv.Itoa(i+1) + ". "
				}
				b.WriteString(mark + mdInline(it) + "\n")
			}
		case TypeTable:
			for r, row := range bl.Rows {
				cells := make([]string, len(row))
				for c, cell := range row {
					cells[c] = strings.ReplaceAll(mdInline(cell), "|", `\|`)
				}
				b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
				if r == 0 {
					b.WriteString("|" + strings.Repeat("---|", len(row)) + "\n")
				}
			}
		}
	}
	return b.String()
}

// mdInline escapes a text and sets its blanks in bold.
func mdInline(text string) string {
	var b strings.Builder
	for _, s := range spans(text) {
		if s.blank {
			b.WriteString("**" + mdEscape(s.text) + "**")
		} else {
			b.WriteString(mdEscape(s.text))
		}
	}
	return strings.ReplaceAll(b.String(), "\n", " ")
}

// mdEscape keeps the owner's words from being read as Markdown: a firm
// named "*Smith*" stays as typed.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", `\<`, "[", `\[`, "]", `\]`)

func mdEscape(s string) string { return mdEscaper.Replace(s) }
