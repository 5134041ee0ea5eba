# Vardag: build, run on a demo database, and test.
# `make run` and `make test` install missing Debian packages first.

SWIFT ?= swift
DEBIAN_PACKAGES := libncursesw5-dev libsqlite3-dev tmux sqlite3 postgresql libpq-dev time
DEMO_DB ?= $(if $(XDG_DATA_HOME),$(XDG_DATA_HOME),$(HOME)/.local/share)/vardag/demo.sqlite
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# How `open-demo` starts the app; the first-run test points it at a built binary.
VARDAG_RUN ?= $(SWIFT) run vardag

.PHONY: run open-demo test build release deps demo bench clean

run: deps build open-demo

# Opens the demo database. A new user has no data folder yet: it is made here,
# readable by the owner only, and the demo is made once (later runs open it as it is).
open-demo:
	@[ -d "$(dir $(DEMO_DB))" ] || install -d -m 700 "$(dir $(DEMO_DB))"
	@if [ ! -f "$(DEMO_DB)" ]; then $(VARDAG_RUN) demo --db "$(DEMO_DB)"; fi
	$(VARDAG_RUN) --db "$(DEMO_DB)"

# Tests run in an optimised build with testing enabled (and the crash drill compiled
# in): the monkey test's 20,000 random events on each of 73 screens take minutes there
# and more than an hour in a debug build. The monkey runs in two processes beside the
# rest of the suite; their logs are kept in $(TEST_LOGS).
# The PostgreSQL tests get a throwaway cluster (scripts/pg-test-cluster) in a fresh
# temporary folder, stopped and removed at the end whatever happens (the EXIT trap; INT,
# TERM and HUP exit through it). Without it those tests skip, but under CI=true a
# cluster that cannot start fails the run. The folder is in /dev/shm when there is one:
# a test's fresh database is made there in ~25 ms, against ~230 ms on this disk.
TEST_BUILD := -c release -Xswiftc -enable-testing -Xswiftc -DVARDAG_TEST_BUILD --scratch-path .build-test
TEST_BUNDLE := .build-test/release/VardagPackageTests.xctest
TEST_LOGS := .build-test/logs
MONKEY_A := VardagAppTests.MonkeyTests/testMonkeyOnMainMenuAndRegister,VardagAppTests.MonkeyTests/testMonkeyOnFyrfaltaren,VardagAppTests.MonkeyTests/testMonkeyOnKompetenstrappa
MONKEY_B := VardagAppTests.MonkeyTests/testMonkeyOnDelaktighetsmodellen,VardagAppTests.MonkeyTests/testMonkeyOnSkuggning

# Test classes about what only SQLite has (files, WAL, its migrations and C API), and those
# that pick their backend themselves (the first pass runs them once); the PostgreSQL pass of
# the store and screen tests leaves them out.
SQLITE_ONLY_TESTS := OpeningTests BackupTests MigrationChecksumTests CompetenceCatalogueAccessTests CompetenceStepDateMigrationTests BulkStatementTests CompetenceCSVReaderTests PostgresTestServerTests PostgresOpeningTests AccessPolicyTests AccessPolicyStoreTests AccessPolicyReadmeTests CompetenceComparisonServerTests CompetenceSpreadingAccessTests DialoguePlansAccessTests NamndReadsAccessTests StaffFiguresAccessTests ParticipantLadderAccessTests ShadowingSupervisionAccessTests

test: DEBIAN_PACKAGES += valgrind chromium poppler-utils
test: deps
	$(SWIFT) build $(TEST_BUILD) --build-tests
	@mkdir -p $(TEST_LOGS); status=0; \
	export LANG=C.UTF-8 TZ=Europe/Stockholm VARDAG_TEST_LOGS="$(CURDIR)/$(TEST_LOGS)"; \
	pg=$$(mktemp -d /dev/shm/vardag-pg.XXXXXX 2>/dev/null || mktemp -d /tmp/vardag-pg.XXXXXX) || exit 1; \
	trap 'scripts/pg-test-cluster stop "$$pg"' EXIT; \
	trap 'exit 130' INT; trap 'exit 143' TERM; trap 'exit 129' HUP; \
	if scripts/pg-test-cluster start "$$pg"; then \
	  export VARDAG_TEST_PGHOST="$$pg/sock" VARDAG_TEST_PGUSER=postgres; \
	elif [ "$${CI:-}" = true ]; then \
	  echo "make test: the PostgreSQL test cluster did not start (CI=true needs it)" >&2; exit 1; \
	else \
	  echo "make test: warning: no PostgreSQL test cluster; the PostgreSQL tests will skip" >&2; \
	fi; \
	$(TEST_BUNDLE) $(MONKEY_A) > $(TEST_LOGS)/monkey-a.log 2>&1 & a=$$!; \
	$(TEST_BUNDLE) $(MONKEY_B) > $(TEST_LOGS)/monkey-b.log 2>&1 & b=$$!; \
	$(SWIFT) test $(TEST_BUILD) --skip-build --skip MonkeyTests || status=1; \
	if [ -n "$${VARDAG_TEST_PGHOST:-}" ]; then \
	  echo "make test: the store and screen tests again, on PostgreSQL"; \
	  VARDAG_TEST_BACKEND=postgres $(SWIFT) test $(TEST_BUILD) --skip-build --filter 'VardagStoreTests|VardagAppTests' \
	    --skip MonkeyTests $(foreach t,$(SQLITE_ONLY_TESTS),--skip $(t)) || status=1; \
	fi; \
	wait $$a || { status=1; cat $(TEST_LOGS)/monkey-a.log; }; \
	wait $$b || { status=1; cat $(TEST_LOGS)/monkey-b.log; }; \
	grep -hE "^monkey|events in|Executed .* tests" $(TEST_LOGS)/monkey-a.log $(TEST_LOGS)/monkey-b.log; \
	exit $$status

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# The benchmarks are their own program (vardag-bench). Each area runs on SQLite and, on a
# throwaway PostgreSQL cluster started as for `make test` (stopped and removed by the EXIT
# trap), on a copy of the same data, each figure beside sqlite3 or psql. Without a cluster
# the figures are SQLite's alone, and the run says why. An area whose --help offers no
# --server yet runs on SQLite alone. The release `vardag` beside vardag-bench is what the
# export, import and app peak-memory lines run as a new process. `instructions` counts with
# valgrind's callgrind, which `make bench` installs as well.
BENCH_AREAS ?= register workload shadowing competence report instructions
# Areas whose --server measures the server instead of SQLite (not beside it): they run twice.
BENCH_SQLITE_TOO = competence
# The competence area on SQLite at the region size issue 18's targets name.
BENCH_COMPETENCE_STAFF ?= 60000

bench: DEBIAN_PACKAGES += valgrind
bench: deps
	$(SWIFT) build -c release --product vardag
	$(SWIFT) build -c release --product vardag-bench
	@export LANG=C.UTF-8; \
	pg=$$(mktemp -d /dev/shm/vardag-bench-pg.XXXXXX 2>/dev/null || mktemp -d /tmp/vardag-bench-pg.XXXXXX) || exit 1; \
	trap 'scripts/pg-test-cluster stop "$$pg"' EXIT; \
	trap 'exit 130' INT; trap 'exit 143' TERM; trap 'exit 129' HUP; \
	server=""; \
	if scripts/pg-test-cluster start "$$pg" >/dev/null; then \
	  server="host=$$pg/sock user=postgres dbname=postgres"; \
	else \
	  echo "make bench: the PostgreSQL cluster did not start (see above); the figures are SQLite's only" >&2; \
	fi; \
	for area in $(BENCH_AREAS); do \
	  sqlite_args=""; [ $$area = competence ] && sqlite_args="--staff $(BENCH_COMPETENCE_STAFF)"; \
	  if [ -n "$$server" ] && .build/release/vardag-bench $$area --help | grep -q -e '--server'; then \
	    case " $(BENCH_SQLITE_TOO) " in *" $$area "*) .build/release/vardag-bench $$area $$sqlite_args || exit 1;; esac; \
	    .build/release/vardag-bench $$area --server "$$server" || exit 1; \
	  else \
	    .build/release/vardag-bench $$area $$sqlite_args || exit 1; \
	  fi; \
	done

deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installerar saknade paket:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

clean:
	rm -rf .build .build-test
