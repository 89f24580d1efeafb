#!/usr/bin/env bash
# Conference benchmarks. A registration burst: 2,000 simultaneous sign-ups for 500 seats, on
# SQLite (one server) and on PostgreSQL (two server processes sharing the database); prints
# confirmed / waitlisted / errors and sign-ups per second. Then the edition's .ics feed with 500
# sessions, one request at a time (wrk, 1 connection, 10 s): requests/s, p50 and p99. Traffic
# stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/bench-common.sh
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -x "$SUMUD_BIN" ] || cargo leptos build --release --precompress
# The load generator: Rust, so that the client takes little of the two cores from the server.
cargo build --release --quiet -p bench --bin sign-up-burst
burst_client="$CARGO_TARGET_DIR/release/sign-up-burst"

sign_ups=${SIGN_UPS:-2000}
seats=${SEATS:-500}
port=${BENCH_PORT:-3996}
password="burst benchmark password"
dir=$(mktemp -d)
pids=()
pg_db="sumud_bench_$$"
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$dir"
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

start_server() { # port
  LISTEN_ADDR="127.0.0.1:$1" RUST_LOG=warn "$SUMUD_BIN" >"$dir/server-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$1/healthz" >/dev/null && return; sleep 0.2; done
  echo "server on $1 did not start" >&2
  exit 1
}

stop_servers() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  pids=()
}

burst() { # label, then one port per server
  local label=$1
  shift
  local seeded edition focal bases=()
  seeded=$("$SUMUD_BIN" seed-conference --capacity "$seats" --sessions 500 --password "$password")
  edition=$(sed -n 's/.*edition=\([0-9]*\).*/\1/p' <<<"$seeded")
  focal=$(sed -n 's/.*focal=\([^ ]*\).*/\1/p' <<<"$seeded")
  for p in "$@"; do start_server "$p"; bases+=("http://127.0.0.1:$p"); done
  echo "== $label"
  "$burst_client" "$edition" "$focal" "$password" "$sign_ups" "${bases[@]}"
  local ics="/conferences/$edition/calendar.ics?lang=ar"
  curl -sf "http://127.0.0.1:$1$ics" >/dev/null
  local result
  result=$(wrk -t1 -c1 -d10s --latency "http://127.0.0.1:$1$ics")
  echo "edition .ics with 500 sessions ($(curl -s "http://127.0.0.1:$1$ics" | wc -c) bytes): $(awk '/Requests\/sec/ {print $2}' <<<"$result") req/s, p50 $(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$result")") ms, p99 $(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$result")") ms"
  stop_servers
}

export DATABASE_URL="sqlite://$dir/bench.sqlite?mode=rwc"
burst "SQLite, one server process" "$port"

psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $pg_db" >/dev/null
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$pg_db"
burst "PostgreSQL, two server processes" "$port" "$((port + 1))"
