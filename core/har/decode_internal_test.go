package har

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMultipart(t *testing.T) {
	body := "--b1\r\nContent-Disposition: form-data; filename=\"f.bin\"; name=\"event\"\r\nContent-Type: application/json\r\n\r\n{\"view\":{\"url\":\"https://x.example/\"}}\r\n" +
		"--b1\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--b1--\r\n"
	var p payload
	p.decodeBytes([]byte(body), `multipart/form-data; boundary="b1"`, "", 0)
	assert.Contains(t, p.fields, field{"event.view.url", "https://x.example/"})
	assert.Contains(t, p.texts, "hello")
	assert.Equal(t, "", multipartBoundary("text/plain; boundary=x"))
	assert.Equal(t, "b2", multipartBoundary("Multipart/Mixed; boundary=b2; charset=utf-8"))
}
