// Package mime reads the MIME structures the readers meet: header blocks
// (RFC 5322), media types and their parameters with RFC 2231 continuations,
// encoded words (RFC 2047), transfer encodings and multipart bodies (RFC
// 2045–2046). It serves the e-mail reader (core/text) and the HAR reader's
// multipart request bodies (core/har), one parser for both.
//
// The standard library's net/mail and mime/multipart would do the same but
// bring the net package into the browser build (docs/letter.md has the cost) for a
// few hundred lines of well-specified parsing; the tests hold this package to
// them by differential fuzzing. It imports nothing of this module.
package mime
