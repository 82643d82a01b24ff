package mime_test

import (
	"bytes"
	"io"
	stdmime "mime"
	"mime/multipart"
	"net/mail"
	"net/textproto"
	"regexp"
	"strings"
	"testing"

	"github.com/cipa-triage/cipa-triage/core/mime"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The MIME reader is ours to keep net out of the browser build; these tests
// hold it to the standard library's readers, which are imported by tests only.
// Each fuzz target's seeds (f.Add and testdata/fuzz) run in plain go test;
// explore with go test ./core/mime -fuzz FuzzMultipart -fuzztime 1m.

func TestRFC2231Continuations(t *testing.T) {
	typ, p := mime.MediaType(`attachment; filename*0*=utf-8''Notice%20of%20D; filename*1*=%C3%A9; filename*2="mande.pdf"`)
	assert.Equal(t, "attachment", typ)
	assert.Equal(t, "Notice of Démande.pdf", p["filename"])
	_, std, err := stdmime.ParseMediaType(`attachment; filename*0*=utf-8''Notice%20of%20D; filename*1*=%C3%A9; filename*2="mande.pdf"`)
	require.NoError(t, err)
	assert.Equal(t, std["filename"], p["filename"])
}

func TestInnerBoundaryExtendsOuter(t *testing.T) {
	body := "--abc\r\nContent-Type: multipart/alternative; boundary=abc-inner\r\n\r\n--abc-inner\r\nContent-Type: text/plain\r\n\r\ninner text\r\n--abc-inner--\r\n--abc\r\nContent-Type: text/plain\r\n\r\nsecond\r\n--abc--\r\n"
	parts, complete := mime.Parts([]byte(body), "abc")
	require.True(t, complete)
	require.Len(t, parts, 2)
	assert.Contains(t, string(parts[0]), "inner text")
	assert.Contains(t, string(parts[0]), "--abc-inner--")
	assert.Equal(t, "Content-Type: text/plain\r\n\r\nsecond", string(parts[1]))
}

func FuzzMediaType(f *testing.F) {
	for _, s := range []string{`text/plain; charset="utf-8"`, `multipart/mixed; boundary=b1`, `attachment; filename*=utf-8''d%C3%A9mande.txt`,
		`attachment; filename*0="a"; filename*1="b.pdf"`, `application/pdf; name="x \"y\".pdf"`, `text/html;charset=ISO-8859-1`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		typ, params := mime.MediaType(v)
		stdType, std, err := stdmime.ParseMediaType(v)
		if err != nil || strings.Contains(v, "=?") {
			return // ours is lenient where the standard library refuses
		}
		if typ != stdType {
			t.Fatalf("%q: type %q, net/mime %q", v, typ, stdType)
		}
		for k, want := range std {
			if got := params[k]; got != want && strings.ToValidUTF8(want, "\uFFFD") == want {
				t.Fatalf("%q: %s=%q, net/mime %q", v, k, got, want)
			}
		}
	})
}

func FuzzMultipart(f *testing.F) {
	f.Add("first part", "second\r\n--not-a-boundary\r\npart", "x")
	f.Add("", "--", "\r\n")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		var buf bytes.Buffer
		w := multipart.NewWriter(&buf)
		for _, s := range []string{a, b, c} {
			pw, err := w.CreatePart(textproto.MIMEHeader{"Content-Type": {"text/plain"}})
			require.NoError(t, err)
			_, _ = pw.Write([]byte(s))
		}
		require.NoError(t, w.Close())
		ours, complete := mime.Parts(buf.Bytes(), w.Boundary())
		require.True(t, complete)
		r := multipart.NewReader(bytes.NewReader(buf.Bytes()), w.Boundary())
		var std []string
		for {
			p, err := r.NextRawPart()
			if err == io.EOF {
				break
			}
			require.NoError(t, err)
			data, err := io.ReadAll(p)
			require.NoError(t, err)
			std = append(std, string(data))
		}
		require.Len(t, ours, len(std))
		for i, part := range ours {
			h, body, _ := mime.Split(part)
			require.Equal(t, "text/plain", h.Get("Content-Type"))
			require.Equal(t, std[i], string(body), "part %d", i)
		}
	})
}

func FuzzHeaders(f *testing.F) {
	f.Add("From: A <a@x.test>\r\nSubject: hello\r\n world\r\nTo: b@y.test\r\n\r\nbody\r\n")
	f.Add("Subject: =?utf-8?q?x?=\nDate: Mon, 2 Nov 2026 09:15:00 -0800\n\nb")
	f.Fuzz(func(t *testing.T, msg string) {
		m, err := mail.ReadMessage(strings.NewReader(msg))
		if err != nil {
			return
		}
		for _, c := range []byte(msg) {
			if c >= 0x80 {
				return // field names are ASCII; net/mail folds bad bytes in them together
			}
		}
		h, body, ok := mime.Split([]byte(msg))
		if !ok {
			return
		}
		for key, vals := range m.Header {
			if len(vals) == 0 || strings.ContainsAny(key, " \t") {
				continue
			}
			want := strings.Join(strings.Fields(vals[0]), " ")
			got := strings.Join(strings.Fields(h.Get(key)), " ")
			if got != want {
				t.Fatalf("%q: %s = %q, net/mail %q", msg, key, got, want)
			}
		}
		stdBody, _ := io.ReadAll(m.Body)
		if !bytes.Equal(stdBody, body) {
			t.Fatalf("%q: body %q, net/mail %q", msg, body, stdBody)
		}
	})
}

// File names as mail and form clients write them, each held to mime.ParseMediaType.
func TestFileNames(t *testing.T) {
	for _, v := range []string{
		`attachment; filename*0="Notice of "; filename*1="dispute.pdf"`,
		`attachment; filename*0=Notice; filename*1=.pdf`,
		`attachment; filename*=UTF-8''Notice%20of%20d%C3%A9mande.pdf`,
		`form-data; name="file"; filename*=utf-8'en'%E2%82%AC%20invoice.txt`,
		`attachment; filename*2="c.pdf"; filename*0="a"; filename*1="b"`,
	} {
		t.Run(v, func(t *testing.T) {
			_, ours := mime.MediaType(v)
			_, std, err := stdmime.ParseMediaType(v)
			require.NoError(t, err)
			assert.Equal(t, std["filename"], ours["filename"])
			assert.Equal(t, std["name"], ours["name"])
		})
	}
}

// bchars is RFC 2046's boundary syntax.
var bchars = regexp.MustCompile(`^[0-9A-Za-z'()+_,./:=? -]{0,69}[0-9A-Za-z'()+_,./:=?-]$`)

// FuzzMultipartBody holds Parts to mime/multipart on any body that has a
// closing delimiter: wherever the standard reader reads every part without
// error, Parts finds the end and the same parts with the same bytes.
func FuzzMultipartBody(f *testing.F) {
	f.Add([]byte("--abc\r\nA: 1\r\n\r\none\r\n--abc\r\n\r\ntwo\r\n--abc--\r\n"), "abc")
	f.Add([]byte("preamble\r\n--abc\r\n\r\n--abcdef\r\n--abc \r\n\r\nx\r\n--abc--"), "abc")
	f.Add([]byte("--abc\n\nunix lines\n--abc--\n"), "abc")
	f.Add([]byte("--abc\r\n\r\n--abc-inner\r\n\r\nin\r\n--abc-inner--\r\n--abc--\r\n"), "abc")
	// Found by this target: a stray CR inside a boundary line's padding
	// ("--abc\r \n") made Parts take it for a delimiter.
	f.Add([]byte("--abc\r \n\n--abc--"), "abc")
	f.Add([]byte("--abc\n--abc--:"), "abc")
	f.Fuzz(func(t *testing.T, body []byte, boundary string) {
		if !bchars.MatchString(boundary) {
			return // not a boundary RFC 2046 allows
		}
		if !regexp.MustCompile(`(?m)^--` + regexp.QuoteMeta(boundary) + `--[ \t]*\r?$`).Match(body) {
			return // a cut-off body: mime/multipart reads EOF after a delimiter as the end, Parts reports it cut off
		}
		if crlf := bytes.Count(body, []byte("\r\n")); crlf > 0 && crlf != bytes.Count(body, []byte("\n")) {
			return // mixed line ends: mime/multipart keeps to the first delimiter's, Parts takes a delimiter at any line start
		}
		r := multipart.NewReader(bytes.NewReader(body), boundary)
		var std [][]byte
		for {
			p, err := r.NextRawPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				return
			}
			data, err := io.ReadAll(p)
			if err != nil {
				return
			}
			std = append(std, data)
		}
		ours, complete := mime.Parts(body, boundary)
		if !complete {
			t.Fatalf("boundary %q, body %q: the standard reader found the end, Parts did not", boundary, body)
		}
		if len(ours) != len(std) {
			t.Fatalf("boundary %q, body %q: %d parts, mime/multipart %d", boundary, body, len(ours), len(std))
		}
		for i := range ours {
			_, content, _ := mime.Split(ours[i])
			if !bytes.Equal(content, std[i]) {
				t.Fatalf("boundary %q, body %q: part %d is %q, mime/multipart %q", boundary, body, i, content, std[i])
			}
		}
	})
}

// FuzzNestedBoundary: a part that holds a multipart whose boundary begins
// with the outer one stays one part, its inner delimiters intact.
func FuzzNestedBoundary(f *testing.F) {
	f.Add("abc", "def", "inner text", "second")
	f.Add("b1", "-inner", "", "--b1")
	f.Fuzz(func(t *testing.T, outer, suffix, inner, second string) {
		var in bytes.Buffer
		iw := multipart.NewWriter(&in)
		if iw.SetBoundary(outer+suffix) != nil || suffix == "" || strings.HasPrefix(suffix, "--") {
			return // "--" after the outer boundary is its closing delimiter: ambiguous by RFC 2046
		}
		var out bytes.Buffer
		ow := multipart.NewWriter(&out)
		if ow.SetBoundary(outer) != nil {
			return
		}
		pw, err := iw.CreatePart(textproto.MIMEHeader{"Content-Type": {"text/plain"}})
		require.NoError(t, err)
		_, _ = pw.Write([]byte(inner))
		require.NoError(t, iw.Close())
		if bytes.Contains(in.Bytes(), []byte("\n--"+outer+"\r")) || bytes.Contains([]byte(inner+second), []byte("--"+outer)) {
			return // the content itself holds an outer delimiter line
		}
		op, err := ow.CreatePart(textproto.MIMEHeader{"Content-Type": {"multipart/mixed; boundary=" + iw.Boundary()}})
		require.NoError(t, err)
		_, _ = op.Write(in.Bytes())
		op, err = ow.CreatePart(textproto.MIMEHeader{"Content-Type": {"text/plain"}})
		require.NoError(t, err)
		_, _ = op.Write([]byte(second))
		require.NoError(t, ow.Close())

		parts, complete := mime.Parts(out.Bytes(), outer)
		require.True(t, complete)
		require.Len(t, parts, 2, "outer %q inner %q", outer, iw.Boundary())
		_, body, _ := mime.Split(parts[0])
		innerParts, complete := mime.Parts(body, iw.Boundary())
		require.True(t, complete)
		require.Len(t, innerParts, 1)
		_, got, _ := mime.Split(innerParts[0])
		assert.Equal(t, inner, string(got))
		_, got, _ = mime.Split(parts[1])
		assert.Equal(t, second, string(got))
	})
}
