package text_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core/text"
)

func TestEMLVariants(t *testing.T) {
	tests := []struct {
		name     string
		eml      string
		want     []string
		warnings []string
	}{
		{"encoded subject and LF line ends",
			"From: =?UTF-8?B?Sm9zw6k=?= <j@x.test>\nSubject: =?utf-8?q?Notice_of_=E2=80=9Cdispute=E2=80=9D?= =?utf-8?q?_again?=\n\nBody line.\n",
			[]string{"From: José <j@x.test>", "Subject: Notice of “dispute” again", "Body line."}, nil},
		{"folded header",
			"Subject: a long\r\n subject line\r\nContent-Type: text/plain\r\n\r\nhi\r\n",
			[]string{"Subject: a long subject line", "hi"}, nil},
		{"quoted-printable with soft breaks and latin-1",
			"Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nCal. Penal Code =A7 631 and a long li=\r\nne that wraps.=20\r\n",
			[]string{"Cal. Penal Code § 631 and a long line that wraps."}, nil},
		{"RFC 2231 file name and a part without headers",
			"Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n\r\nplain part with no headers\r\n--b1\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename*=utf-8''d%C3%A9mande.txt\r\n\r\nattached words\r\n--b1--\r\n",
			[]string{"plain part with no headers", "attached words"}, nil},
		{"cut off in the middle of a part",
			"Content-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nfirst part\r\n--zz\r\nContent-Type: text/plain\r\n\r\nsecond part, cut",
			[]string{"first part", "second part, cut"}, []string{"cut off"}},
		{"boundary text inside a line is not a boundary",
			"Content-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\nContent-Type: text/plain\r\n\r\nsee x--q here\r\n--q--\r\n",
			[]string{"see x--q here"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := text.FromEML([]byte(tt.eml))
			require.NoError(t, err)
			for _, w := range tt.want {
				assert.Contains(t, doc.Text, w)
			}
			for _, w := range tt.warnings {
				assert.Contains(t, strings.Join(doc.Warnings, "\n"), w)
			}
			if tt.warnings == nil {
				assert.Empty(t, doc.Warnings)
			}
		})
	}
	where := func(doc text.Document, s string) string { return doc.Where(strings.Index(doc.Text, s)) }
	doc, err := text.FromEML([]byte(tests[3].eml))
	require.NoError(t, err)
	assert.Equal(t, "attachment démande.txt", where(doc, "attached words"))
}

func TestEMLNotAnEmail(t *testing.T) {
	_, err := text.FromEML([]byte("just some words\nwith no header fields\n"))
	require.ErrorIs(t, err, text.ErrCorrupt)
}
