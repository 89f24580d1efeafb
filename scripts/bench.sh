#!/usr/bin/env bash
# Measures the release server: resident memory at idle, then pages under load (wrk, 16
# connections, 10 s each) and the peak memory. Prints the figures reported in the README.
# Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -x "$SUMUD_BIN" ] || cargo leptos build --release

port=${BENCH_PORT:-3999}
dir=$(mktemp -d)
DATABASE_URL="sqlite://$dir/bench.sqlite?mode=rwc" LISTEN_ADDR="127.0.0.1:$port" RUST_LOG=warn \
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
echo "peak: RSS $(rss VmHWM:) MiB"
