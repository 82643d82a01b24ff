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

// A part holding a nested multipart whose boundary extends the outer one is
// one part, not a delimiter (the split on "--b1" took "--b1-inner" for one);
// RFC 2231 names are joined and decoded.
func TestMultipartNestedAndEncodedNames(t *testing.T) {
	body := "--b1\r\nContent-Disposition: form-data; name*0=\"pa\"; name*1=\"ge\"\r\nContent-Type: application/json\r\n\r\n{\"url\":\"https://x.example/a\"}\r\n" +
		"--b1\r\nContent-Disposition: form-data; name*=UTF-8''caf%C3%A9\r\nContent-Type: application/json\r\n\r\n{\"v\":\"crème\"}\r\n" +
		"--b1\r\nContent-Type: multipart/mixed; boundary=b1-inner\r\nContent-Disposition: form-data; name=\"box\"\r\n\r\n" +
		"--b1-inner\r\nContent-Disposition: form-data; name=\"typed\"\r\nContent-Type: application/json\r\n\r\n{\"t\":\"555-0134\"}\r\n--b1-inner--\r\n" +
		"--b1\r\nContent-Disposition: form-data; name=\"last\"\r\n\r\nend\r\n--b1--\r\n"
	var p payload
	p.decodeBytes([]byte(body), `multipart/form-data; boundary=b1`, "", 0)
	assert.Contains(t, p.fields, field{"page.url", "https://x.example/a"})
	assert.Contains(t, p.fields, field{"café.v", "crème"})
	assert.Contains(t, p.fields, field{"box.typed.t", "555-0134"})
	assert.Contains(t, p.texts, "end")
	assert.Len(t, p.texts, 1, "no stray text from a boundary taken for a delimiter: %q", p.texts)
}
