package text_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cipa-triage/cipa-triage/core/text"
)

// Deeply nested objects must fail with an error, not overflow the stack
// (a stack overflow cannot be recovered and would kill the browser tab).
func TestDeepNesting(t *testing.T) {
	for name, deep := range map[string]string{
		"arrays":       strings.Repeat("[", 200000) + strings.Repeat("]", 200000),
		"dictionaries": strings.Repeat("<< /A ", 200000) + strings.Repeat(">>", 200000),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := text.FromPDF(pdfWith("<< /Type /Catalog /Pages 2 0 R /X "+deep+" >>", "<< /Type /Pages /Kids [] /Count 0 >>"))
			require.ErrorIs(t, err, text.ErrCorrupt)
		})
	}
}

func TestDeepNestingInContent(t *testing.T) {
	tests := []struct {
		name, body string
		want       error // nil: the text "x" is read
	}{
		{"arrays", strings.Repeat("[", 200000) + " TJ", text.ErrCorrupt},
		{"dictionaries", strings.Repeat("<< /A ", 200000), text.ErrNoTextLayer},
		{"many saves", strings.Repeat("q ", 200000) + "BT /F1 12 Tf (x) Tj ET", nil},
		{"restore without save", strings.Repeat("Q ", 1000) + "BT (x) Tj ET", text.ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			content := fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(tt.body), tt.body)
			doc, err := text.FromPDF(pdfWith("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>", content,
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"))
			if tt.want == nil {
				require.NoError(t, err)
				require.Equal(t, "x\n", doc.Text)
				return
			}
			require.ErrorIs(t, err, tt.want)
		})
	}
}
