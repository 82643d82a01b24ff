package text

import (
	"bytes"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"net/textproto"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The MIME reader is ours to keep net out of the browser build; these tests
// hold it to the standard library's readers, which are imported by tests only.

func TestRFC2231Continuations(t *testing.T) {
	typ, p := mediaType(`attachment; filename*0*=utf-8''Notice%20of%20D; filename*1*=%C3%A9; filename*2="mande.pdf"`)
	assert.Equal(t, "attachment", typ)
	assert.Equal(t, "Notice of Démande.pdf", p["filename"])
	_, std, err := mime.ParseMediaType(`attachment; filename*0*=utf-8''Notice%20of%20D; filename*1*=%C3%A9; filename*2="mande.pdf"`)
	require.NoError(t, err)
	assert.Equal(t, std["filename"], p["filename"])
}

func TestInnerBoundaryExtendsOuter(t *testing.T) {
	body := "--abc\r\nContent-Type: multipart/alternative; boundary=abc-inner\r\n\r\n--abc-inner\r\nContent-Type: text/plain\r\n\r\ninner text\r\n--abc-inner--\r\n--abc\r\nContent-Type: text/plain\r\n\r\nsecond\r\n--abc--\r\n"
	parts, complete := multipartParts([]byte(body), "abc")
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
		typ, params := mediaType(v)
		stdType, std, err := mime.ParseMediaType(v)
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
		ours, complete := multipartParts(buf.Bytes(), w.Boundary())
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
			h, body, _ := splitMessage(part)
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
		h, body, ok := splitMessage([]byte(msg))
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
