// Package core is the triage itself, in pure Go with no browser in it: the
// questionnaire (questionnaire.go), the Answers document and its validation,
// the reader contract (reader.go: a document in, an answers fragment with
// evidence out), and Assess, which turns Answers and a day into an
// Assessment: factors, defenses, exposure, mass-arbitration, a dated
// timeline, next steps and citations. Every legal figure it uses is read,
// as of that day, from the knowledge table (core/knowledge) through law.go;
// the rules hold no number of their own. Renderers (core/report, the web
// app) only present an Assessment. ARCHITECTURE.md draws the whole flow.
package core
