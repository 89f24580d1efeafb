#!/usr/bin/env bash
# Twinning under load: one server with 5,000 sample members (every one placed on the map),
# 2,000 sample agreements (half of them in force, so 1,000 lines) and 10,000 projects with their
# support; wrk with 16 connections for 5 s on the map page, its drawing (SVG, kept drawn), its
# GeoJSON, the registry and the projects' list with its totals by locality and currency, for three
# rounds, and the time to draw the map once after a change; prints the median
# requests/s, server CPU per request (from /proc), p50 and p99, the size of each answer as sent
# (gzip) and raw, and the server's resident memory after the load.
# Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/bench-common.sh
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -x "$SUMUD_BIN" ] || cargo leptos build --release --precompress

port=${BENCH_PORT:-3996}
members=${MEMBERS:-5000}
agreements=${AGREEMENTS:-2000}
rounds=${ROUNDS:-3}
dir=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null; rm -rf "$dir"' EXIT
export DATABASE_URL="sqlite://$dir/bench.sqlite?mode=rwc"
"$SUMUD_BIN" seed-members --count "$members" >/dev/null
"$SUMUD_BIN" seed-twinning --count "$agreements" >/dev/null
LISTEN_ADDR="127.0.0.1:$port" RUST_LOG=warn "$SUMUD_BIN" >"$dir/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

# The first drawing after a start (or a change) is made once, then kept.
for page in "/twinning/map.svg?lang=en" "/twinning/map.geojson"; do
  printf 'first drawing of %s: %s s\n' "$page" "$(curl -s -H "Accept-Encoding: gzip" -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port$page")"
done
pages=("/twinning/map?lang=en" "/twinning/map?lang=ar&kind=twinning" "/twinning/map.svg?lang=en" "/twinning/map.svg?lang=ar&kind=twinning" "/twinning/map.geojson" "/twinning?lang=ar" "/twinning/projects?lang=ar")
declare -A rps_of p50_of p99_of cpu_of
for page in "${pages[@]}"; do curl -sf "http://127.0.0.1:$port$page" >/dev/null; done
for _ in $(seq "$rounds"); do
  for page in "${pages[@]}"; do
    before=$(cpu_ticks "$pid")
    result=$(wrk -t2 -c16 -d5s --latency -H "Accept-Encoding: gzip" "http://127.0.0.1:$port$page")
    used=$(( $(cpu_ticks "$pid") - before ))
    requests=$(awk '/requests in/ {print $1}' <<<"$result")
    cpu_of[$page]+=" $(awk -v t="$used" -v hz="$ticks_per_second" -v n="$requests" 'BEGIN { printf "%.2f", t * 1000 / hz / n }')"
    rps_of[$page]+=" $(awk '/Requests\/sec/ {print $2}' <<<"$result")"
    p50_of[$page]+=" $(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$result")")"
    p99_of[$page]+=" $(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$result")")"
    if grep -q "Non-2xx" <<<"$result"; then echo "errors on $page:"; grep "Non-2xx" <<<"$result"; fi
  done
done
echo "$members members, $agreements agreements, $((agreements * 5)) projects; wrk -c16 -d5s, median of $rounds rounds"
printf '%-40s %9s %12s %9s %9s %12s %12s\n' page req/s "CPU ms/req" "p50 ms" "p99 ms" "gzip bytes" "raw bytes"
for page in "${pages[@]}"; do
  gzip_bytes=$(curl -s -H "Accept-Encoding: gzip" -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port$page")
  raw_bytes=$(curl -s -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port$page")
  printf '%-40s %9s %12s %9s %9s %12s %12s\n' "$page" \
    "$(median <<<"${rps_of[$page]}")" "$(median <<<"${cpu_of[$page]}")" \
    "$(median <<<"${p50_of[$page]}")" "$(median <<<"${p99_of[$page]}")" "$gzip_bytes" "$raw_bytes"
done
echo "server resident memory after the load: $(awk '/VmRSS/ {print $2 " " $3}' "/proc/$pid/status"), peak $(awk '/VmHWM/ {print $2 " " $3}' "/proc/$pid/status")"
