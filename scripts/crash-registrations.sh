#!/usr/bin/env bash
# Crash test: kill -9 the server in the middle of a registration burst (once KILL_AT are stored), start it again, and
# check that nothing the server had confirmed is lost, no seat is oversold, the seat counter
# agrees with the rows, and every registration has exactly one email queued. On SQLite, then
# PostgreSQL. Traffic stays on 127.0.0.1. Prints one line per database and exits non-zero on
# any broken rule.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -x "$SUMUD_BIN" ] || cargo leptos build --release --precompress
cargo build --release --quiet -p bench --bin sign-up-burst
burst_client="$CARGO_TARGET_DIR/release/sign-up-burst"

sign_ups=${SIGN_UPS:-1500}
seats=${SEATS:-400}
kill_at=${KILL_AT:-300}
port=${BENCH_PORT:-3994}
password="crash test password"
dir=$(mktemp -d)
server=""
pg_db="sumud_crash_$$"
cleanup() {
  [ -n "$server" ] && kill -9 "$server" 2>/dev/null || true
  rm -rf "$dir"
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

start_server() {
  LISTEN_ADDR="127.0.0.1:$port" RUST_LOG=warn "$SUMUD_BIN" >>"$dir/server.log" 2>&1 &
  server=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && return; sleep 0.1; done
  echo "server did not start" >&2
  exit 1
}

crash() { # label, sql command
  local label=$1 sql=$2 seeded edition focal
  seeded=$("$SUMUD_BIN" seed-conference --capacity "$seats" --sessions 5 --password "$password")
  edition=$(sed -n 's/.*edition=\([0-9]*\).*/\1/p' <<<"$seeded")
  focal=$(sed -n 's/.*focal=\([^ ]*\).*/\1/p' <<<"$seeded")
  start_server
  BURST_ACCEPTED="$dir/accepted" BURST_NO_READBACK=1 \
    "$burst_client" "$edition" "$focal" "$password" "$sign_ups" "http://127.0.0.1:$port" >"$dir/burst.out" &
  local client=$!
  # Killed in the middle: once this many registrations are stored, while the rest are coming.
  for _ in $(seq 600); do
    [ "$($sql "SELECT count(*) FROM conference_registrations WHERE edition_id = $edition" 2>/dev/null || echo 0)" -ge "$kill_at" ] && break
    sleep 0.02
  done
  kill -9 "$server"
  wait "$server" 2>/dev/null || true
  wait "$client" || true
  cat "$dir/burst.out"
  start_server

  local accepted stored confirmed counter lost emails_wrong
  accepted=$(grep -c . "$dir/accepted" || true)
  stored=$($sql "SELECT count(*) FROM conference_registrations WHERE edition_id = $edition")
  confirmed=$($sql "SELECT count(*) FROM conference_registrations WHERE edition_id = $edition AND state = 'confirmed'")
  counter=$($sql "SELECT confirmed_count FROM conference_editions WHERE id = $edition")
  # Every sign-up the server answered with success is stored.
  lost=0
  while read -r email; do
    [ -z "$email" ] && continue
    n=$($sql "SELECT count(*) FROM conference_registrations WHERE edition_id = $edition AND email = '$email'")
    [ "$n" = 1 ] || lost=$((lost + 1))
  done <"$dir/accepted"
  # Every stored registration has exactly one email queued, no more, no less.
  emails_wrong=$($sql "SELECT count(*) FROM conference_registrations r WHERE r.edition_id = $edition AND (SELECT count(*) FROM outbox o WHERE o.to_email = r.email) <> 1")
  echo "$label: killed with $kill_at or more stored; $accepted sign-ups answered before the crash, $stored stored, $lost lost; confirmed $confirmed of $seats seats (counter $counter); registrations without exactly one email: $emails_wrong"
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=""
  [ "$lost" = 0 ] && [ "$confirmed" -le "$seats" ] && [ "$confirmed" = "$counter" ] && [ "$emails_wrong" = 0 ] \
    && [ "$stored" -ge "$accepted" ] || { echo "$label: a rule is broken" >&2; exit 1; }
}

export DATABASE_URL="sqlite://$dir/crash.sqlite?mode=rwc"
crash "SQLite" "sqlite3 $dir/crash.sqlite"

psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $pg_db" >/dev/null
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$pg_db"
crash "PostgreSQL" "psql -qtA -h 127.0.0.1 -U postgres -d $pg_db -c"
