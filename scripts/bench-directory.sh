#!/usr/bin/env bash
# The public directory under load: two servers, one with 100 and one with 5,000 members (sample
# members added with `sumud seed-members`, and a sample edition with 12 agenda sessions); wrk with
# 16 connections for 5 s on the directory page, two searches in Arabic script and the edition
# page, taking turns between the two servers for three rounds so that both sizes meet the same
# machine; prints the median requests/s, server CPU per request (from /proc), p50 and p99 of the
# rounds, each server's resident memory after the load and its peak, and the ratio of the p50 at
# 5,000 members to the p50 at 100.
# Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/bench-common.sh
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -x "$SUMUD_BIN" ] || cargo leptos build --release --precompress

port=${BENCH_PORT:-3998}
dir=$(mktemp -d)
rounds=${ROUNDS:-3}
declare -A pid_of
trap 'kill "${pid_of[@]}" 2>/dev/null; rm -rf "$dir"' EXIT
# Searches in Arabic script, percent-encoded. "نموذجية" is in every sample name, so both sizes
# render a full page of 20 (at 5,000 members the database matches the names itself);
# "نموذجية 42" finds one member among 100 and 111 among 5,000 (42, 142, 420…429, 1042…).
broad="/members?lang=ar&q=%D9%86%D9%85%D9%88%D8%B0%D8%AC%D9%8A%D8%A9"
narrow="$broad%2042"
declare -A label_of=(["/members?lang=en"]="page" ["$broad"]="search" ["$narrow"]="narrow search")
pages=("/members?lang=en" "$broad" "$narrow")

declare -A port_of=([100]=$port [5000]=$((port + 1)))
for members in 100 5000; do
  export DATABASE_URL="sqlite://$dir/bench-$members.sqlite?mode=rwc"
  "$SUMUD_BIN" seed-members --count "$((members - 1))" >/dev/null
  edition=$("$SUMUD_BIN" seed-conference --capacity 500 --sessions 12 --password "bench password 2026" | sed -n 's/.*edition=\([0-9]*\).*/\1/p')
  LISTEN_ADDR="127.0.0.1:${port_of[$members]}" RUST_LOG=warn "$SUMUD_BIN" >"$dir/server-$members.log" 2>&1 &
  pid_of[$members]=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:${port_of[$members]}/healthz" >/dev/null && break; sleep 0.2; done
done
# Both servers hold the same edition id (their databases were made the same way).
label_of["/conferences/$edition?lang=ar"]="edition"
pages+=("/conferences/$edition?lang=ar")
for members in 100 5000; do
  for page in "${pages[@]}"; do curl -sf "http://127.0.0.1:${port_of[$members]}$page" >/dev/null; done
done

declare -A rps_of p50_of p99_of errors_of cpu_of
for _ in $(seq "$rounds"); do
  for page in "${pages[@]}"; do
    for members in 100 5000; do
      before=$(cpu_ticks "${pid_of[$members]}")
      result=$(wrk -t2 -c16 -d5s --latency "http://127.0.0.1:${port_of[$members]}$page")
      used=$(( $(cpu_ticks "${pid_of[$members]}") - before ))
      requests=$(awk '/requests in/ {print $1}' <<<"$result")
      key="$members-${label_of[$page]}"
      cpu_of[$key]+=" $(awk -v t="$used" -v hz="$ticks_per_second" -v n="$requests" 'BEGIN { printf "%.3f", t * 1000 / hz / n }')"
      rps_of[$key]+=" $(awk '/Requests\/sec/ {print $2}' <<<"$result")"
      p50_of[$key]+=" $(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$result")")"
      p99_of[$key]+=" $(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$result")")"
      errors_of[$key]+="$(awk '/Non-2xx|Socket errors/ {print}' <<<"$result")"
    done
  done
done

declare -A p50_median
for members in 100 5000; do
  echo "== $members members (median of $rounds rounds)"
  for page in "${pages[@]}"; do
    key="$members-${label_of[$page]}"
    p50_median[$key]=$(median <<<"${p50_of[$key]}")
    errors=${errors_of[$key]}
    echo "${label_of[$page]}: $(median <<<"${rps_of[$key]}") req/s, server CPU $(median <<<"${cpu_of[$key]}") ms/request, p50 ${p50_median[$key]} ms, p99 $(median <<<"${p99_of[$key]}") ms ${errors:+($errors)}"
  done
  status="/proc/${pid_of[$members]}/status"
  echo "RSS after the load: $(awk '$1 == "VmRSS:" {print int($2 / 1024)}' "$status") MiB, peak $(awk '$1 == "VmHWM:" {print int($2 / 1024)}' "$status") MiB"
done
for label in page search "narrow search" edition; do
  awk -v a="${p50_median[5000-$label]}" -v b="${p50_median[100-$label]}" -v l="$label" \
    'BEGIN { printf "p50 ratio, 5,000 vs 100 members (%s): %.2f\n", l, a / b }'
done
