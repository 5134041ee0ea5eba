# Vardag: build, run on a demo database, and test.
# `make run` and `make test` install missing Debian packages first.

SWIFT ?= swift
DEBIAN_PACKAGES := libncursesw5-dev libsqlite3-dev tmux sqlite3
DEMO_DB ?= $(if $(XDG_DATA_HOME),$(XDG_DATA_HOME),$(HOME)/.local/share)/vardag/demo.sqlite
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test build release deps demo bench clean

run: deps build
	@if [ ! -f "$(DEMO_DB)" ]; then $(SWIFT) run vardag demo --db "$(DEMO_DB)"; fi
	$(SWIFT) run vardag --db "$(DEMO_DB)"

test: deps
	$(SWIFT) build --build-tests
	LANG=C.UTF-8 TZ=Europe/Stockholm $(SWIFT) test --skip-build

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

bench: deps
	$(SWIFT) build -c release
	.build/release/vardag bench

deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installerar saknade paket:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

clean:
	rm -rf .build
