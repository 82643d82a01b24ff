package har_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core/har"
)

func walk(t *testing.T, doc string) (har.Log, []har.Entry, error) {
	t.Helper()
	var got []har.Entry
	lg, err := har.Walk(strings.NewReader(doc), func(i int, e *har.Entry) error {
		got = append(got, *e)
		return nil
	})
	return lg, got, err
}

func TestWalkShapes(t *testing.T) {
	entry := `{"startedDateTime":"2026-11-01T10:00:00Z","request":{"method":"POST","url":"https://a.example/x","headers":[{"name":"A","value":"b\"c"}],"postData":{"mimeType":"text/plain","text":"keep \\ me \u00e9"}},` +
		`"response":{"status":200,"content":{"size":9,"mimeType":"text/html","text":"drop \"me\" \\ \u2028 [{]}"}}}`
	t.Run("pages after entries", func(t *testing.T) {
		lg, got, err := walk(t, `{"log":{"version":"1.2","entries":[`+entry+`,`+entry+`],"pages":[{"id":"p","startedDateTime":"2026-11-01T09:59:59Z"}],"creator":{"name":"Tool","version":"9"}}}`)
		require.NoError(t, err)
		require.Len(t, got, 2)
		assert.Equal(t, "keep \\ me é", got[0].Request.PostData.Text, "request bodies are kept exactly")
		assert.Equal(t, `b"c`, got[0].Request.Headers[0].Value)
		require.Len(t, lg.Pages, 1)
		assert.Equal(t, "Tool", lg.Creator.Name)
		assert.Equal(t, 2, lg.Entries)
	})
	t.Run("keys in any order, top-level extras", func(t *testing.T) {
		_, got, err := walk(t, `{"x":[1,{"y":"}"}],"log":{"entries":[ `+entry+` ] , "version":"1.2"},"z":true}`)
		require.NoError(t, err)
		require.Len(t, got, 1)
	})
	t.Run("skimmed entry equals the full decode minus the body", func(t *testing.T) {
		_, got, err := walk(t, `{"log":{"entries":[`+entry+`]}}`)
		require.NoError(t, err)
		var want har.Entry
		require.NoError(t, json.Unmarshal([]byte(entry), &want))
		assert.Equal(t, want, got[0])
	})
	t.Run("truncated inside a body", func(t *testing.T) {
		doc := `{"log":{"entries":[` + entry + `,` + entry
		lg, got, err := walk(t, doc[:len(doc)-20])
		require.NoError(t, err)
		assert.Len(t, got, 1)
		assert.Error(t, lg.Truncated)
	})
	t.Run("fields of the wrong shape are skipped and counted, never refused", func(t *testing.T) {
		lg, got, err := walk(t, `{"log":{"version":1.2,"entries":[{"request":"nope"},null,{"request":{"url":"https://a.example/","cookies":{"name":"c","value":"v"}}}]}}`)
		require.NoError(t, err)
		require.Len(t, got, 2, "the null entry is skipped")
		assert.Equal(t, 3, lg.Entries, "indexes stay those of log.entries")
		assert.Equal(t, "1.2", lg.Version, "a numeric version is read as text")
		assert.Equal(t, []har.NameValue{{Name: "c", Value: "v"}}, got[1].Request.Cookies, "Internet Explorer's single cookie object")
		assert.Equal(t, 4, lg.Mistyped)
		assert.Equal(t, "log.version: a number where HAR 1.2 has text", lg.MistypedFirst)
	})
	t.Run("broken JSON before any entry", func(t *testing.T) {
		_, _, err := walk(t, `{"log":{"entries":[{"request" "x"}]}}`)
		assert.ErrorIs(t, err, har.ErrNotJSON)
		assert.Contains(t, err.Error(), "entry 1 is broken")
	})
	t.Run("cut off before any entry", func(t *testing.T) {
		_, _, err := walk(t, `{"log":{"version":"1.2","entries":[{"request":{"url":"https://a.exa`)
		assert.ErrorIs(t, err, har.ErrNotJSON)
		assert.Contains(t, err.Error(), "ends before its first request")
	})
	t.Run("broken JSON after entries keeps them, with 1-based numbers", func(t *testing.T) {
		lg, got, err := walk(t, `{"log":{"entries":[`+entry+`,{"request" "x"}]}}`)
		require.NoError(t, err)
		assert.Len(t, got, 1)
		assert.ErrorContains(t, lg.Truncated, "inside entry 2")
	})
	t.Run("a body larger than the read buffer", func(t *testing.T) {
		big := strings.Repeat(`ab\"c\\`, 60000)
		e := strings.Replace(entry, `drop \"me\" \\ \u2028 [{]}`, big, 1)
		e = strings.Replace(e, `keep \\ me \u00e9`, big, 1)
		_, got, err := walk(t, `{"log":{"entries":[`+e+`]}}`)
		require.NoError(t, err)
		require.Len(t, got, 1)
		assert.Equal(t, strings.Repeat(`ab"c\`, 60000), got[0].Request.PostData.Text)
	})
}

func TestWalkFileForms(t *testing.T) {
	doc := `{"log":{"entries":[{"request":{"method":"GET","url":"https://www.facebook.com/tr/?id=1&ev=PageView"},"response":{"status":200}}]}}`
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write([]byte("\xef\xbb\xbf" + doc))
	require.NoError(t, zw.Close())
	for name, input := range map[string]string{"plain": doc, "UTF-8 BOM": "\xef\xbb\xbf" + doc, "gzip with BOM": gz.String()} {
		t.Run(name, func(t *testing.T) {
			_, got, err := walk(t, input)
			require.NoError(t, err)
			assert.Len(t, got, 1)
		})
	}
	_, _, err := walk(t, "\xff\xfe{\x00")
	assert.ErrorIs(t, err, har.ErrNotJSON)
	assert.Contains(t, err.Error(), "UTF-16")
	_, _, err = walk(t, "\x1f\x8b\x08garbage")
	assert.Error(t, err)
}
