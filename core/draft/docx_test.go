package draft

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/cipa-triage/cipa-triage/core"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// docxText opens a .docx as Word would: every part it names is present and
// well-formed XML, the content types cover every part, and the document's
// paragraphs come out as text, one line each (a table cell is a paragraph).
func docxText(t *testing.T, data []byte) []string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	parts := map[string][]byte{}
	for _, f := range z.File {
		r, err := f.Open()
		require.NoError(t, err)
		b, err := io.ReadAll(r)
		require.NoError(t, err)
		parts[f.Name] = b
		// Every part is well-formed XML.
		dec := xml.NewDecoder(bytes.NewReader(b))
		for {
			_, err := dec.Token()
			if err == io.EOF {
				break
			}
			require.NoError(t, err, "%s is not well-formed XML", f.Name)
		}
	}
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/_rels/document.xml.rels"} {
		require.Contains(t, parts, name)
	}
	// Every override names a part that is there.
	var types struct {
		Overrides []struct {
			PartName string `xml:"PartName,attr"`
		} `xml:"Override"`
	}
	require.NoError(t, xml.Unmarshal(parts["[Content_Types].xml"], &types))
	for _, o := range types.Overrides {
		assert.Contains(t, parts, strings.TrimPrefix(o.PartName, "/"))
	}
	// Every style the document uses is defined.
	styles := string(parts["word/styles.xml"])
	dec := xml.NewDecoder(bytes.NewReader(parts["word/document.xml"]))
	var lines []string
	var cur strings.Builder
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "t":
				inText = true
			case "pStyle", "tblStyle":
				for _, a := range tok.Attr {
					if a.Name.Local == "val" {
						assert.Contains(t, styles, `w:styleId="`+a.Value+`"`, "style %s is defined", a.Value)
					}
				}
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "t":
				inText = false
			case "p":
				lines = append(lines, cur.String())
				cur.Reset()
			}
		case xml.CharData:
			if inText {
				cur.Write(tok)
			}
		}
	}
	return lines
}

func TestDOCXPackage(t *testing.T) {
	docs := make3(t, "s01_meta_pixel_no_banner")
	for _, k := range Kinds {
		data, err := DOCX(docs[k])
		require.NoError(t, err)
		lines := docxText(t, data)
		text := strings.Join(lines, "\n")
		assert.Equal(t, docs[k].Title, lines[0], "the title comes first")
		assert.Contains(t, text, "DRAFT — review with your lawyer before sending; this checker sends nothing")
		assert.Contains(t, text, "Swigart Law Group")
		for _, bl := range docs[k].Blocks {
			if bl.Type == TypeHeading {
				assert.Contains(t, lines, bl.Text, "heading %q is a paragraph of its own", bl.Text)
			}
		}
		again, err := DOCX(docs[k])
		require.NoError(t, err)
		assert.Equal(t, data, again, "the same draft gives the same file")
	}
	lines := docxText(t, mustDOCX(t, docs[Insurer]))
	// A table cell is a paragraph of its own: the label, then the blank.
	i := indexOf(lines, "Policy number")
	require.GreaterOrEqual(t, i, 0)
	assert.Equal(t, "[Policy number]", lines[i+1])
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

func mustDOCX(t *testing.T, d Doc) []byte {
	t.Helper()
	data, err := DOCX(d)
	require.NoError(t, err)
	return data
}

// Whatever the owner typed, the document stays well-formed: markup
// characters are escaped and characters XML forbids are dropped.
func TestDOCXEscapes(t *testing.T) {
	firm := "Smith & <Jones> \"LLP\"\x00\x1b\uFFFE"
	a := core.Answers{Letter: core.Letter{Firm: firm}}
	d, err := Make(Counsel, a, core.Assess(a, core.MustDate("2026-12-02")))
	require.NoError(t, err)
	text := strings.Join(docxText(t, mustDOCX(t, d)), "\n")
	assert.Contains(t, text, `Smith & <Jones> "LLP"`)
	assert.NotContains(t, text, "\x00")
}
