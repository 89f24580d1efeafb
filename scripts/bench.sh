#!/usr/bin/env bash
# Measures the release server: resident memory at idle, then pages under load (wrk, 16
# connections, 10 s each) and the peak memory. Prints the figures reported in the README.
# Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -x "$SUMUD_BIN" ] || cargo leptos build --release --precompress

port=${BENCH_PORT:-3999}
dir=$(mktemp -d)
# TRUSTED_PROXIES lets the sign-in burst below come from many addresses (X-Forwarded-For).
DATABASE_URL="sqlite://$dir/bench.sqlite?mode=rwc" LISTEN_ADDR="127.0.0.1:$port" RUST_LOG=warn \
  TRUSTED_PROXIES=127.0.0.1 \
  "$SUMUD_BIN" >"$dir/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

for page in / "/?lang=ar" "/?lang=fr" /activity /sign-in; do curl -sf "http://127.0.0.1:$port$page" >/dev/null; done
sleep 5
rss() { awk -v field="$1" '$1 == field {print int($2 / 1024)}' "/proc/$pid/status"; }
echo "idle: RSS $(rss VmRSS:) MiB"

# The server's own CPU time (user + system, in clock ticks) from /proc: the machine is shared, so
# CPU per request says more than requests per second alone.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
ticks_per_second=$(getconf CLK_TCK)

for page in "/?lang=en" "/?lang=ar" "/activity?lang=fr"; do
  before=$(cpu_ticks)
  result=$(wrk -t2 -c16 -d10s --latency "http://127.0.0.1:$port$page")
  used=$(( $(cpu_ticks) - before ))
  requests=$(awk '/requests in/ {print $1}' <<<"$result")
  cpu=$(awk -v t="$used" -v hz="$ticks_per_second" -v n="$requests" 'BEGIN { printf "%.3f", t * 1000 / hz / n }')
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$result")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$result")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$result")
  echo "GET $page: $rps req/s, server CPU $cpu ms/request, p50 $p50, p99 $p99 ${errors:+($errors)}"
done
# The wasm as a first visit downloads it: compressed at build time, so a download should cost
# a file read. Bytes per encoding from the files the server sends.
wasm=$(basename "$(ls "$LEPTOS_SITE_ROOT"/pkg/*.wasm | head -n 1)")
for encoding in br gzip; do
  before=$(cpu_ticks)
  result=$(wrk -t2 -c16 -d5s -H "Accept-Encoding: $encoding" "http://127.0.0.1:$port/pkg/$wasm")
  used=$(( $(cpu_ticks) - before ))
  requests=$(awk '/requests in/ {print $1}' <<<"$result")
  cpu=$(awk -v t="$used" -v hz="$ticks_per_second" -v n="$requests" 'BEGIN { printf "%.3f", t * 1000 / hz / n }')
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  suffix=$([ "$encoding" = br ] && echo br || echo gz)
  bytes=$(stat -c %s "$LEPTOS_SITE_ROOT/pkg/$wasm.$suffix")
  echo "GET /pkg/$wasm ($encoding, $bytes bytes of $(stat -c %s "$LEPTOS_SITE_ROOT/pkg/$wasm")): $rps req/s, server CPU $cpu ms/request"
done
echo "peak: RSS $(rss VmHWM:) MiB"

# A sign-in burst: 200 wrong passwords from 200 addresses, 40 at a time, so the throttle lets
# every one be hashed. Each argon2 hash takes 19 MiB: this shows what hashing costs in memory.
started=$(date +%s.%N)
for i in $(seq 200); do echo "10.9.$((i / 250)).$((i % 250 + 1))"; done |
  xargs -P 40 -I{} curl -s -o /dev/null -w '%{http_code}\n' -X POST -H 'X-Forwarded-For: {}' \
    --data 'email=nobody-{}%40example.org&password=not+the+password' "http://127.0.0.1:$port/api/sign_in" \
    >"$dir/statuses"
took=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
statuses=$(sort "$dir/statuses" | uniq -c | awk '{printf "%s%s x%s", sep, $2, $1; sep=", "}')
echo "sign-in burst (200 wrong passwords, 40 at a time, ${took}s, answers: $statuses): peak RSS $(rss VmHWM:) MiB, RSS after $(rss VmRSS:) MiB"
