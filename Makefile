# Every target here is what the README and CI call; keep them in step.
GO ?= go

.PHONY: test vet unit
test: vet unit

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l .)" || (echo "gofmt needed:"; gofmt -l .; exit 1)

unit:
	$(GO) test ./...
