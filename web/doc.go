// Package web draws the checker's pages with vecty: the start page, one
// page per questionnaire section, "check your answers", the results and the
// document drop zones. It owns presentation only; the state and the logic
// that needs no browser (form, page flow, firm configuration, the mailto
// link) are in web/model, and every touch of JavaScript goes through Host,
// which package wasm implements. web/README.md lists the hooks browser tests
// rely on.
package web
