module github.com/cipa-triage/cipa-triage

go 1.26.8
