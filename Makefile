# Every target here is what the README and CI call; keep them in step.
GO ?= go
GOROOT_WASM := $(shell $(GO) env GOROOT)/lib/wasm

.PHONY: test vet unit accuracy dist size wasmtest browsertest enginetest bench-browser bench-har screenshot axe wasm-vet serve
test: vet unit accuracy wasm-vet wasmtest browsertest enginetest

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l .)" || (echo "gofmt needed:"; gofmt -l .; exit 1)

unit:
	$(GO) test ./...

# The readers' measured accuracy on held-out public data and letters: prints
# the tables (docs/terms-and-policy.md, docs/letter.md) and fails below the floors.
accuracy:
	$(GO) test -count=1 -run 'TestAccuracy' -v ./core/terms ./core/letter

# dist/site/ for any static host (each file also as .br and .gz), and
# dist/cipa-triage.html, one file that works opened from disk; then the size
# report. The first module is the questionnaire; the readers are a second one,
# run in a Web Worker. `make dist BROTLI=5` compresses faster (a quick local
# build). FIRM_CONFIG=firm.json pins a firm's details in both builds, so that
# no link can change them (README, "Embed it").
dist:
	@mkdir -p dist
	GOOS=js GOARCH=wasm $(GO) build -trimpath -gcflags='$(APP_GCFLAGS)' -ldflags='-s -w' -o dist/app.wasm ./wasm
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o dist/readers.wasm ./wasm/readers
	$(GO) run ./build/dist -index index.html -wasm dist/app.wasm -readers-wasm dist/readers.wasm -worker web/readers-worker.js \
		-wasm-exec $(GOROOT_WASM)/wasm_exec.js -assets web $(if $(FIRM_CONFIG),-firm-config $(FIRM_CONFIG)) -out dist $(if $(BROTLI),-brotli $(BROTLI))
	@$(MAKE) --no-print-directory size

# The first module is built without inlining: 12% smaller in gzip and 13% in
# Brotli (docs/size-and-speed.md), for a page whose work is drawing forms.
# The readers keep it: they parse large files.
APP_GCFLAGS ?= all=-l

# Budgets in bytes: `make size` (so `make dist` and `make test`) fails above
# them. Gzip for each file and the first page; first.br is the first page in
# Brotli, held at issue 14's target of 1.2 MB. Raise one only with the reason
# in the commit.
SIZE_BUDGET ?= app.wasm=1590000,readers.wasm=2250000,first=1605000,first.br=1200000,cipa-triage.html=3730000

# Raw, gzip and Brotli sizes of what a visitor downloads: each module, and
# what the first page needs. `make size WASMOPT=1` also
# measures what binaryen's wasm-opt -Oz would save; `make size BYPKG=1` lists
# the Go packages the code comes from (from a build that keeps the names).
size:
	@test -f dist/site/app.wasm || $(MAKE) --no-print-directory dist
	@$(if $(BYPKG),GOOS=js GOARCH=wasm $(GO) build -trimpath -gcflags='$(APP_GCFLAGS)' -o dist/app-names.wasm ./wasm)
	@$(GO) run ./build/size $(if $(WASMOPT),-wasm-opt) $(if $(BYPKG),-by-package dist/app-names.wasm) \
		-first dist/site -budget $(SIZE_BUDGET) dist/site/app.wasm dist/site/readers.wasm dist/cipa-triage.html

# The core's tests under real WebAssembly (Node runs them).
wasmtest:
	GOOS=js GOARCH=wasm $(GO) test -exec="$(GOROOT_WASM)/go_js_wasm_exec" ./core/...

# The shipped builds in headless Chromium (needs /usr/bin/chromium; without
# it the tests skip, except in CI, where they fail).
# As many tests at once as there are cores (go test's default), each waiting
# on conditions for as long as -timeout allows, so a loaded machine is slow
# rather than failing.
browsertest: dist
	E2E_DIST=$(CURDIR)/dist $(GO) test -count=1 -timeout 30m ./e2e

# A short smoke suite of both builds in Firefox and WebKit (Safari's engine);
# needs firefox-esr, webkit2gtk-driver and xvfb (skips without them, except
# in CI, where it fails).
enginetest: dist
	E2E_DIST=$(CURDIR)/dist $(GO) test -count=1 -timeout 20m ./e2e/engines

# Time to first question in fresh browsers (medians), on the site and the single file.
bench-browser: dist
	E2E_DIST=$(CURDIR)/dist $(GO) test -count=1 -run '^$$' -bench FirstQuestion -benchtime 7x -timeout 30m ./e2e
	E2E_DIST=$(CURDIR)/dist $(GO) test -count=1 -run '^$$' -bench FirstQuestion -benchtime 5x -timeout 30m ./e2e/engines

# A ~50 MB HAR dropped into the page: MB/s in the page's clock, and the reader alone in the same page.
bench-har: dist
	E2E_DIST=$(CURDIR)/dist $(GO) test -count=1 -run '^$$' -bench HARDrop -benchtime 3x ./e2e

# The README's picture of the results page.
screenshot: dist
	E2E_DIST=$(CURDIR)/dist $(GO) test -count=1 -run TestScreenshot ./e2e -screenshot $(CURDIR)/docs/results.png

# Refresh the vendored axe-core (injected by the browser tests only, never shipped).
AXE_VERSION ?= 4.14.1
axe:
	cd $$(mktemp -d) && npm pack --silent axe-core@$(AXE_VERSION) && tar xzf axe-core-$(AXE_VERSION).tgz && \
		cp package/axe.min.js package/LICENSE package/LICENSE-3RD-PARTY.txt $(CURDIR)/e2e/testdata/axe/

# The browser app's packages build only for js/wasm, so the host's `go vet
# ./...` skips them: vet them for their own platform.
wasm-vet:
	GOOS=js GOARCH=wasm $(GO) vet ./wasm ./web/...

# Build dist/site and serve it on the loopback interface only (ADDR to change the port).
ADDR ?= 127.0.0.1:8080
serve: dist
	$(GO) run ./cmd/serve -dir dist/site -addr $(ADDR)
