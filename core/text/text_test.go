package text_test

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core/text"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return data
}

func TestFormats(t *testing.T) {
	tests := []struct {
		file    string
		format  string
		want    []string // must appear, in this order
		notWant []string
		where   map[string]string // a phrase → the section that holds it
	}{
		{file: "sample.pdf", format: "pdf",
			want: []string{"First Heading", "boldface word", "font change: Preliminary.", "Cal. Penal Code § 631(a)", "“quoted”",
				"notification", "Left column first paragraph.", "The left column\nends here.", "Right column starts here.", "Second Page Heading"},
			notWant: []string{"Pr eliminary", "bold face", "notifi-"},
			where:   map[string]string{"First Heading": "page 1", "Second Page Heading": "page 2"}},
		{file: "owner-only.pdf", format: "pdf", want: []string{"First Heading", "Second Page Heading"}},
		{file: "sample.docx", format: "docx", want: []string{"First Heading\n", "a boldface word", "Preliminary.", "§ 631(a)", "Item Amount"}},
		{file: "sample.html", format: "html",
			want:    []string{"Northwind Sample Document", "First Heading\n", "boldface word", "Preliminary.", "Second Page Heading\n"},
			notWant: []string{"<", "column-count", "Sample\n"}},
		{file: "sample.txt", format: "text", want: []string{"# First Heading", "Item Amount"}},
		{file: "letter.eml", format: "eml",
			want:    []string{"Subject: Notice of dispute", "Please find our notice attached.", "First Heading", "Second Page Heading"},
			notWant: []string{"HTML ALTERNATIVE", "JVBER"},
			where:   map[string]string{"Please find our notice": "email body", "First Heading": "attachment notice.pdf, page 1", "Second Page Heading": "attachment notice.pdf, page 2", "boldface": "attachment notice.pdf, page 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data := readFixture(t, tt.file)
			doc, err := text.Read(tt.file, bytes.NewReader(data), int64(len(data)))
			require.NoError(t, err)
			assert.Equal(t, tt.format, doc.Format)
			at := 0
			for _, w := range tt.want {
				i := strings.Index(doc.Text[at:], w)
				if !assert.GreaterOrEqual(t, i, 0, "%q missing or out of order in:\n%s", w, doc.Text) {
					continue
				}
				at += i
			}
			for _, w := range tt.notWant {
				assert.NotContains(t, doc.Text, w)
			}
			for phrase, where := range tt.where {
				i := strings.Index(doc.Text, phrase)
				require.GreaterOrEqual(t, i, 0, phrase)
				assert.Equal(t, where, doc.Where(i), phrase)
			}
			// Sections cover the text in order.
			end := 0
			for _, s := range doc.Sections {
				assert.GreaterOrEqual(t, s.Start, end)
				assert.LessOrEqual(t, s.Start, s.End)
				end = s.End
			}
			assert.Equal(t, len(doc.Text), end)
		})
	}
}

func TestRunningHeadersKeptOnce(t *testing.T) {
	doc, err := text.FromPDF(readFixture(t, "sample.pdf"))
	require.NoError(t, err)
	assert.Equal(t, 1, strings.Count(doc.Text, "Northwind Sample Document"), doc.Text)
	assert.Equal(t, 1, strings.Count(doc.Text, "Fixture for core/text tests"), doc.Text)
	require.NotEmpty(t, doc.Warnings)
	assert.Contains(t, doc.Warnings[0], "running headers")
}

func TestBadInput(t *testing.T) {
	sample := readFixture(t, "sample.pdf")
	random := make([]byte, 64<<10)
	_, err := rand.Read(random)
	require.NoError(t, err)
	docx := readFixture(t, "sample.docx")
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"scan.pdf", readFixture(t, "scan.pdf"), text.ErrNoTextLayer},
		{"encrypted-aes256.pdf", readFixture(t, "encrypted-aes256.pdf"), text.ErrEncrypted},
		{"encrypted-rc4.pdf", readFixture(t, "encrypted-rc4.pdf"), text.ErrEncrypted},
		// Known limit: AES-256 (R=6) is not read even without a user password.
		{"owner-only-aes256.pdf", readFixture(t, "owner-only-aes256.pdf"), text.ErrEncrypted},
		{"truncated.pdf", sample[:len(sample)/2], text.ErrTruncated},
		{"header-only.pdf", []byte("%PDF-1.7\n"), text.ErrTruncated},
		{"random.pdf", random, text.ErrCorrupt},
		{"random.docx", random, text.ErrCorrupt},
		{"truncated.docx", docx[:len(docx)/2], text.ErrTruncated},
		{"empty.txt", []byte(" \n\n "), text.ErrEmpty},
		{"photo.jpg", []byte("\xff\xd8\xff\xe0 jpeg"), text.ErrPicture},
		{"binary.txt", append([]byte{0, 1, 2, 0xff, 0xfe}, random[:100]...), text.ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := text.FromBytes(tt.name, tt.data)
			require.Error(t, err, "got text %q", doc.Text)
			assert.ErrorIs(t, err, tt.want)
			assert.NotEmpty(t, err.Error())
		})
	}
}

func TestScanMessage(t *testing.T) {
	_, err := text.FromBytes("scan.pdf", readFixture(t, "scan.pdf"))
	require.Error(t, err)
	assert.Equal(t, "this PDF has no text layer: it looks like a scan; paste or type the letter instead", err.Error())
}

// endless is an io.Reader of 100 MB of zeros that is never held in memory.
type endless struct{ left int64 }

func (e *endless) Read(p []byte) (int, error) {
	if e.left <= 0 {
		return 0, io.EOF
	}
	n := min(int64(len(p)), e.left)
	clear(p[:n])
	e.left -= n
	return int(n), nil
}

func TestTooLarge(t *testing.T) {
	const size = 100 << 20
	t.Run("size known", func(t *testing.T) {
		_, err := text.Read("big.pdf", &endless{left: size}, size)
		require.ErrorIs(t, err, text.ErrTooLarge)
		assert.Contains(t, err.Error(), "25 MB")
		assert.Contains(t, err.Error(), "100.0 MB")
	})
	t.Run("size unknown", func(t *testing.T) {
		r := &endless{left: size}
		_, err := text.Read("big.pdf", r, -1)
		require.ErrorIs(t, err, text.ErrTooLarge)
		assert.Greater(t, r.left, int64(size/2), "stops reading soon after the cap")
	})
	t.Run("100 MB file on disk", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "big.pdf")
		f, err := os.Create(path)
		require.NoError(t, err)
		require.NoError(t, f.Truncate(size))
		st, err := f.Stat()
		require.NoError(t, err)
		start := time.Now()
		_, err = text.Read(path, f, st.Size())
		require.ErrorIs(t, err, text.ErrTooLarge)
		f.Close()
		t.Logf("rejected in %v", time.Since(start))
	})
}

func TestDehyphenateKeepsCompounds(t *testing.T) {
	doc, err := text.FromPDF(readFixture(t, "sample.pdf"))
	require.NoError(t, err)
	assert.Contains(t, doc.Text, "notification")
}

func TestHTMLDropsChrome(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Terms</title><style>p{color:red}</style>
<script>if (a < b && c > d) { document.write("<p>no</p>") }</script></head>
<body><header><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>
<main><article><header><h1>Terms of Use</h1></header>
<p>Last updated: <b>May 1, 2026</b>.</p><!-- a comment <p>hidden</p> -->
<h2>1. Arbitration</h2><p>Any dispute &amp; claim goes to AAA&nbsp;arbitration.</p>
<ul><li>One</li><li>Two</li></ul><div hidden>secret</div>
<table><tr><td>Fee</td><td>$250</td></tr></table></article></main>
<footer>© 2026 Shop Inc. <a href="/privacy">Privacy</a></footer></body></html>`
	doc, err := text.FromHTML([]byte(page))
	require.NoError(t, err)
	assert.Equal(t, "Terms of Use\nLast updated: May 1, 2026.\n1. Arbitration\nAny dispute & claim goes to AAA arbitration.\nOne\nTwo\nFee $250\n", doc.Text)
}

// A saved terms page often puts its title and "Last updated" date in a
// <header> of its own beside the site's banner: that one is the document's.
func TestHTMLKeepsTitleHeader(t *testing.T) {
	page := `<html><body><header class="site"><a href="/">Logo</a><nav><a href="/">Home</a></nav></header>
<header class="page-header"><h1>Privacy Policy</h1><p>Last updated: May 2, 2025</p></header>
<div class="content"><p>We use the Meta Pixel.</p></div>
<footer>© 2025</footer></body></html>`
	doc, err := text.FromHTML([]byte(page))
	require.NoError(t, err)
	assert.Equal(t, "Privacy Policy\nLast updated: May 2, 2025\nWe use the Meta Pixel.\n", doc.Text)
}

func TestPlainWindows1252(t *testing.T) {
	doc, err := text.FromBytes("l.txt", []byte("Cal. Penal Code \xa7 631 \x93quoted\x94"))
	require.NoError(t, err)
	assert.Equal(t, "Cal. Penal Code § 631 “quoted”\n", doc.Text)
}

func TestWrappedErrorsKeepTheirKind(t *testing.T) {
	_, err := text.FromBytes("x.docx", []byte("PK\x03\x04garbage"))
	require.Error(t, err)
	assert.True(t, errors.Is(err, text.ErrTruncated) || errors.Is(err, text.ErrCorrupt), err)
}

func ExampleFromString() {
	doc := text.FromString("Dear Sir or Madam,\r\n\r\n\r\nPlease respond within 30 days.\u00a0")
	fmt.Print(doc.Text)
	// Output:
	// Dear Sir or Madam,
	//
	// Please respond within 30 days.
}

func TestMarkdown(t *testing.T) {
	doc, err := text.FromBytes("letter.md", []byte("# CALDER & VOSS, APC\n\n**Date:** November 2, 2026\n\n*Consumer* [site](https://x.test) snake_case_word\n\n---\n> quoted"))
	require.NoError(t, err)
	assert.Equal(t, "markdown", doc.Format)
	assert.Equal(t, "CALDER & VOSS, APC\n\nDate: November 2, 2026\n\nConsumer site (https://x.test) snake_case_word\n\nquoted\n", doc.Text)
}

// pdfWith assembles a PDF from numbered object bodies, with a correct xref.
func pdfWith(objects ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objects))
	for i, o := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, xref)
	return b.Bytes()
}

// Page trees and parent chains that loop must end in an error, not a hang.
func TestPDFCycles(t *testing.T) {
	font := "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
	content := "<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 700 Td (Hello world) Tj ET\nendstream"
	tests := []struct {
		name    string
		objects []string
	}{
		{"readable", []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>", content, font}},
		{"pages node is its own kid", []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 5 >>"}},
		{"page is its own parent", []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 3 0 R /Contents 4 0 R >>", content}},
		{"huge page count", []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 2000000000 >>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan struct{})
			var doc text.Document
			var err error
			go func() {
				defer close(done)
				doc, err = text.FromPDF(pdfWith(tt.objects...))
			}()
			select {
			case <-done:
			case <-time.After(20 * time.Second):
				t.Fatal("FromPDF did not return")
			}
			if tt.name == "readable" {
				require.NoError(t, err)
				assert.Equal(t, "Hello world\n", doc.Text)
				return
			}
			require.Error(t, err)
		})
	}
}

func TestPictureRenamedPDF(t *testing.T) {
	for name, head := range map[string]string{"scan.pdf": "\xff\xd8\xff\xe0\x00\x10JFIF", "photo.pdf": "\x89PNG\r\n\x1a\n\x00\x00", "letter.pdf": "\x00\x00\x00\x18ftypheic\x00\x00"} {
		_, err := text.FromBytes(name, []byte(head+strings.Repeat("\x00", 64)))
		if !errors.Is(err, text.ErrPicture) {
			t.Errorf("%s: got %v, want ErrPicture", name, err)
		}
	}
}
