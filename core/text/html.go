package text

import (
	"html"
	"strings"
	"unicode/utf8"

	"github.com/cipa-triage/cipa-triage/core/mime"
)

// FromHTML reads an HTML page or an HTML email body. It keeps what a reader
// sees as the document: scripts, styles, navigation, page headers and
// footers, forms and hidden templates are dropped; headings, paragraphs,
// list items and table rows become lines.
func FromHTML(data []byte) (Document, error) {
	if !utf8.Valid(data) {
		data = []byte(mime.Windows1252(data))
	}
	d := FromString(htmlText(string(data)))
	d.Format = "html"
	return d, nil
}

// Elements whose content is not part of the document's text.
var skipElements = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"nav": true, "head": true, "iframe": true, "object": true, "canvas": true,
	"select": true, "button": true, "form": true, "dialog": true, "math": true,
}

// Elements that start a new line.
var blockElements = map[string]bool{
	"p": true, "div": true, "br": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "li": true, "tr": true, "table": true, "section": true,
	"article": true, "main": true, "blockquote": true, "pre": true, "ul": true, "ol": true,
	"dl": true, "dt": true, "dd": true, "hr": true, "address": true, "aside": true,
	"figure": true, "figcaption": true, "center": true, "title": true, "body": true,
	"html": true, "caption": true, "thead": true, "tbody": true, "tfoot": true,
	"header": true, "footer": true,
}

// Elements dropped only when they are a page's chrome: a <header> or
// <footer> directly in <body> is the site's banner; inside an <article> it
// belongs to the text.
var chromeElements = map[string]bool{"header": true, "footer": true}

// htmlText is a small tolerant tokenizer: enough for letters, emails and
// terms pages, with no dependency and no way to loop forever (every step
// advances).
func htmlText(s string) string {
	var out strings.Builder
	out.Grow(len(s) / 2)
	var stack []string // open elements, for skip and pre
	skipDepth := 0     // >0 while inside an element whose text is dropped
	pre := 0
	articleDepth := 0
	newline := func() {
		o := out.String()
		if len(o) > 0 && o[len(o)-1] != '\n' {
			out.WriteByte('\n')
		}
	}
	i := 0
	for i < len(s) {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			lt = len(s) - i
		}
		if lt > 0 {
			if skipDepth == 0 {
				writeText(&out, s[i:i+lt], pre > 0)
			}
			i += lt
			continue
		}
		// s[i] == '<'
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			end := strings.Index(rest[4:], "-->")
			if end < 0 {
				i = len(s)
			} else {
				i += 4 + end + 3
			}
			continue
		case strings.HasPrefix(rest, "<![CDATA["):
			end := strings.Index(rest, "]]>")
			if end < 0 {
				end = len(rest)
			}
			if skipDepth == 0 {
				writeText(&out, rest[9:end], pre > 0)
			}
			i += min(end+3, len(rest))
			continue
		case strings.HasPrefix(rest, "<!") || strings.HasPrefix(rest, "<?"):
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				i = len(s)
			} else {
				i += end + 1
			}
			continue
		}
		if len(rest) < 2 || !(isLetter(rest[1]) || rest[1] == '/' && len(rest) > 2 && isLetter(rest[2])) {
			if skipDepth == 0 {
				writeText(&out, "<", pre > 0)
			}
			i++
			continue
		}
		end := tagEnd(rest)
		tag := rest[1:end]
		i += end + 1
		closing := strings.HasPrefix(tag, "/")
		tag = strings.TrimPrefix(tag, "/")
		nameEnd := 0
		for nameEnd < len(tag) && (isLetter(tag[nameEnd]) || tag[nameEnd] >= '0' && tag[nameEnd] <= '9' || tag[nameEnd] == '-' || tag[nameEnd] == ':') {
			nameEnd++
		}
		name := strings.ToLower(tag[:nameEnd])
		selfClosing := strings.HasSuffix(tag, "/")
		hidden := !closing && (strings.Contains(strings.ToLower(tag), "hidden") && hasHiddenAttr(tag))
		drop := skipElements[name] || (chromeElements[name] && articleDepth == 0 && !titleHeader(name, s[i:])) || hidden || (!closing && pageChrome(tag, articleDepth > 0))
		if !closing && (name == "script" || name == "style" || name == "textarea" || name == "title") {
			// Raw text: everything up to the closing tag, which may hold '<'.
			closeAt := indexFold(s[i:], "</"+name)
			if closeAt < 0 {
				closeAt = len(s) - i
			}
			if name == "textarea" && skipDepth == 0 {
				writeText(&out, s[i:i+closeAt], false)
			}
			i += closeAt
			gt := strings.IndexByte(s[i:], '>')
			if gt < 0 {
				i = len(s)
			} else {
				i += gt + 1
			}
			continue
		}
		if blockElements[name] && skipDepth == 0 {
			newline()
		}
		// An image's alt text is often all there is of a logo: a letterhead
		// that is a picture of the firm's name.
		if name == "img" && skipDepth == 0 && !drop {
			if alt := attr(tag, "alt"); len(strings.TrimSpace(alt)) >= 3 {
				newline()
				writeText(&out, alt, false)
				newline()
			}
		}
		if name == "td" || name == "th" {
			if o := out.String(); skipDepth == 0 && !closing && len(o) > 0 && o[len(o)-1] != '\n' && o[len(o)-1] != ' ' {
				out.WriteByte(' ')
			}
		}
		if closing {
			// Pop to the matching element, tolerating unclosed ones.
			for j := len(stack) - 1; j >= 0; j-- {
				if strings.TrimPrefix(stack[j], "!") == name {
					for k := len(stack) - 1; k >= j; k-- {
						popped := stack[k]
						if popped == "pre" {
							pre--
						}
						if popped == "article" || popped == "main" {
							articleDepth--
						}
						if popped[0] == '!' {
							skipDepth--
						}
					}
					stack = stack[:j]
					break
				}
			}
			continue
		}
		if selfClosing || voidElements[name] || len(stack) > 512 {
			continue
		}
		entry := name
		if drop {
			entry = "!" + name
			skipDepth++
		}
		if name == "pre" {
			pre++
		}
		if name == "article" || name == "main" {
			articleDepth++
		}
		// Dropped elements are stored as "!name".
		stack = append(stack, entry)
	}
	return out.String()
}

// titleHeader reports whether a <header> outside <article> and <main>
// (rest is what follows its opening tag) is the page's own title block, an
// <h1> with no navigation, such as "Terms of Service / Last updated: ...",
// rather than the site's banner.
func titleHeader(name, rest string) bool {
	if name != "header" {
		return false
	}
	end := indexFold(rest, "</header")
	if end < 0 {
		return false
	}
	inner := strings.ToLower(rest[:end])
	// A letterhead (a logo and the firm's address, no links) is content too.
	return (strings.Contains(inner, "<h1") || !strings.Contains(inner, "<a ")) && !strings.Contains(inner, "<nav") && !strings.Contains(inner, "<ul")
}

// chromeMarks are words in an element's id, class, role or label that mark
// it as the page's furniture rather than its text: cookie and consent
// banners (OneTrust, Cookiebot, GDPR notices), skip links, modal dialogs.
var chromeMarks = []string{"cookie", "consent", "gdpr", "onetrust", "cookiebot", "skip-link", "skip-to", "skiplink", "newsletter-signup"}

// pageChrome reports whether an element's tag marks it as page furniture.
// Inside an <article> only banners and dialogs are dropped, never a section
// that merely mentions cookies in its class.
func pageChrome(tag string, inArticle bool) bool {
	l := strings.ToLower(tag)
	if !strings.ContainsAny(l, "=") {
		return false
	}
	if strings.Contains(l, `aria-modal="true"`) {
		return true
	}
	if !inArticle {
		if role := attr(l, "role"); role == "navigation" || role == "banner" || role == "contentinfo" || role == "dialog" || role == "alertdialog" {
			return true
		}
	}
	for _, a := range []string{"id", "class", "aria-label"} {
		v := attr(l, a)
		for _, m := range chromeMarks {
			if strings.Contains(v, m) && (!inArticle || m != "cookie") {
				return true
			}
		}
	}
	return false
}

// attr is the value of the named attribute in a tag's text, or "".
func attr(tag, name string) string {
	l := strings.ToLower(tag)
	for from := 0; ; {
		i := strings.Index(l[from:], name)
		if i < 0 {
			return ""
		}
		i += from
		from = i + len(name)
		if i == 0 || !(l[i-1] == ' ' || l[i-1] == '\t' || l[i-1] == '\n') {
			continue
		}
		rest := strings.TrimLeft(tag[from:], " \t\n")
		if !strings.HasPrefix(rest, "=") {
			continue
		}
		rest = strings.TrimLeft(rest[1:], " \t\n")
		if rest == "" {
			return ""
		}
		if q := rest[0]; q == '"' || q == '\'' {
			if end := strings.IndexByte(rest[1:], q); end >= 0 {
				return html.UnescapeString(rest[1 : 1+end])
			}
			return ""
		}
		end := strings.IndexAny(rest, " \t\n/")
		if end < 0 {
			end = len(rest)
		}
		return html.UnescapeString(rest[:end])
	}
}

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// tagEnd finds the '>' that closes the tag starting at s[0], skipping quoted
// attribute values.
func tagEnd(s string) int {
	var quote byte
	for j := 1; j < len(s); j++ {
		c := s[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return j
		}
	}
	return len(s) - 1
}

func hasHiddenAttr(tag string) bool {
	l := strings.ToLower(tag)
	return strings.Contains(l, " hidden") || strings.Contains(l, "display:none") || strings.Contains(l, "display: none") || strings.Contains(l, `aria-hidden="true"`)
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// indexFold finds sub (which starts with "</") in s, ignoring case.
func indexFold(s, sub string) int {
	for j := 0; ; {
		k := strings.Index(s[j:], "</")
		if k < 0 {
			return -1
		}
		j += k
		if len(s)-j >= len(sub) && strings.EqualFold(s[j:j+len(sub)], sub) {
			return j
		}
		j += 2
	}
}

func writeText(out *strings.Builder, raw string, pre bool) {
	t := html.UnescapeString(raw)
	if pre {
		out.WriteString(t)
		return
	}
	// Collapse white space as a browser does.
	o := out.String()
	space := len(o) == 0 || o[len(o)-1] == ' ' || o[len(o)-1] == '\n'
	for _, r := range t {
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' {
			if !space {
				out.WriteByte(' ')
				space = true
			}
			continue
		}
		out.WriteRune(r)
		space = false
	}
}
