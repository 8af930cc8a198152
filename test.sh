#!/usr/bin/env bash
# Runs every test on a fresh machine: installs and starts what the tests need on loopback
# (PostgreSQL and chromium), runs the whole solution's tests, stops the services and prints the totals.
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
PG_BIN=/usr/lib/postgresql/15/bin
# A free loopback port (another run on this machine may hold the first one).
PG_PORT=${CONTACTHUB_TEST_PG_PORT:-}
if [ -z "$PG_PORT" ]; then
  for candidate in $(seq 55439 55499); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then PG_PORT=$candidate; break; fi
  done
fi
PG_DIR=$(mktemp -d /tmp/contacthub-pg.XXXXXX)
LOG=$(mktemp /tmp/contacthub-test.XXXXXX.log)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing() {
  local packages=()
  [ -x "$PG_BIN/initdb" ] || packages+=(postgresql)
  [ -f /usr/share/postgresql/15/extension/pg_trgm.control ] || packages+=(postgresql-contrib)
  [ -x /usr/bin/chromium ] || packages+=(chromium)   # the browser tests fail (not skip) without it
  if [ ${#packages[@]} -gt 0 ]; then
    echo "Installing ${packages[*]} ..."
    as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  fi
}

start_postgres() {
  chown postgres "$PG_DIR" 2>/dev/null || true
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -E UTF8 --locale=C.UTF-8 >/dev/null &&
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -w -l "$PG_DIR/server.log" \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
}

stop_postgres() {
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}

install_missing
if start_postgres; then
  export CONTACTHUB_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Include Error Detail=true"
  trap stop_postgres EXIT
else
  echo "PostgreSQL could not be started; the PostgreSQL storage tests will fail." >&2
fi

# Browser tests drive Debian's chromium; Playwright must never fetch a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CONTACTHUB_SCREENSHOTS="$ROOT/TestResults/screenshots"
rm -rf "$CONTACTHUB_SCREENSHOTS"

dotnet test "$ROOT/ContactHub.slnx" -c Release 2>&1 | tee "$LOG"
status=${PIPESTATUS[0]}

# Smoke test of the benchmark (quick mode: small data, short load phases). It asserts nothing about time;
# a crash fails the run. PostgreSQL reuses the test server through CONTACTHUB_BENCH_POSTGRES.
BENCH_OUT=$(mktemp -d /tmp/contacthub-bench-smoke.XXXXXX)
bench_passed=0
bench_failed=0
smoke_bench() {
  echo "Benchmark smoke test: $*"
  if CONTACTHUB_BENCH_POSTGRES="${CONTACTHUB_TEST_POSTGRES:-}" dotnet run -c Release --project "$ROOT/bench/ContactHub.Bench" -- --quick --results "$BENCH_OUT" "$@"; then
    bench_passed=$((bench_passed + 1))
  else
    bench_failed=$((bench_failed + 1))
  fi
}
smoke_bench --contacts 5000 --provider sqlite
smoke_bench --contacts 2000 --provider postgres
rm -rf "$BENCH_OUT"

# "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12" — one line per test project.
passed=$(grep -aEo 'Passed: +[0-9]+' "$LOG" | awk '{s+=$2} END {print s+0}')
failed=$(grep -aEo 'Failed: +[0-9]+' "$LOG" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -aEo 'Skipped: +[0-9]+' "$LOG" | awk '{s+=$2} END {print s+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # a build error counts as a failure
if [ "$skipped" -ne 0 ]; then failed=$((failed + skipped)); status=1; fi  # a skip is not a pass
[ -d "$CONTACTHUB_SCREENSHOTS" ] && echo "Browser screenshots (artifacts): $CONTACTHUB_SCREENSHOTS"
passed=$((passed + bench_passed))
if [ "$bench_failed" -ne 0 ]; then failed=$((failed + bench_failed)); status=1; fi
echo "$passed passed, $failed failed"
exit "$status"
