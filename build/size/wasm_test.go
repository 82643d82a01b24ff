package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPkgOf(t *testing.T) {
	for sym, want := range map[string]string{
		"github.com_hexops_vecty.RenderInto":                   "github.com_hexops_vecty",
		"github.com_cipa_triage_cipa_triage_web.__App_.Render": "github.com_cipa_triage_cipa_triage_web",
		"fmt.__pp_.doPrintf":                                   "fmt",
		"runtime.mallocgc":                                     "runtime",
		"encoding_json.Marshal":                                "encoding_json",
		"go.yaml.in_yaml_v3.Unmarshal":                         "go.yaml.in_yaml_v3",
		"":                                                     "(unnamed)",
	} {
		assert.Equal(t, want, pkgOf(sym), sym)
	}
}
