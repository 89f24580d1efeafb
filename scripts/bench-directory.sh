#!/usr/bin/env bash
# The public directory under load: for 100 and for 5,000 members (sample members added with
# `sumud seed-members`), wrk with 16 connections for 10 s on the directory page and on two
# searches in Arabic script; prints requests/s, p50, p99, the server's peak memory, and the ratio of the
# p50 at 5,000 members to the p50 at 100. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -x "$SUMUD_BIN" ] || cargo leptos build --release

port=${BENCH_PORT:-3998}
dir=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
# Searches in Arabic script, percent-encoded. "نموذجية" is in every sample name, so both sizes
# render a full page of 20 (at 5,000 members the database matches the names itself);
# "نموذجية 42" finds one member among 100 and 111 among 5,000 (42, 142, 420…429, 1042…).
broad="/members?lang=ar&q=%D9%86%D9%85%D9%88%D8%B0%D8%AC%D9%8A%D8%A9"
narrow="$broad%2042"
declare -A label_of=(["/members?lang=en"]="page" ["$broad"]="search" ["$narrow"]="narrow search")
pages=("/members?lang=en" "$broad" "$narrow")

to_ms() { # wrk prints 812.00us, 1.20ms or 1.05s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.2f", n }'
}

declare -A p50_of
for members in 100 5000; do
  export DATABASE_URL="sqlite://$dir/bench-$members.sqlite?mode=rwc"
  "$SUMUD_BIN" seed-members --count "$members" >/dev/null
  LISTEN_ADDR="127.0.0.1:$port" RUST_LOG=warn "$SUMUD_BIN" >"$dir/server-$members.log" 2>&1 &
  pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
  for page in "${pages[@]}"; do curl -sf "http://127.0.0.1:$port$page" >/dev/null; done

  echo "== $members members"
  for page in "${pages[@]}"; do
    result=$(wrk -t2 -c16 -d10s --latency "http://127.0.0.1:$port$page")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
    p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$result")")
    p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$result")")
    errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$result")
    label=${label_of[$page]}
    p50_of["$members-$label"]=$p50
    echo "directory $label: $rps req/s, p50 ${p50} ms, p99 ${p99} ms ${errors:+($errors)}"
  done
  echo "peak RSS: $(awk '$1 == "VmHWM:" {print int($2 / 1024)}' "/proc/$pid/status") MiB"
  kill $pid
  wait $pid 2>/dev/null || true
  pid=
done
for label in page search "narrow search"; do
  awk -v a="${p50_of[5000-$label]}" -v b="${p50_of[100-$label]}" -v l="$label" \
    'BEGIN { printf "p50 ratio, 5,000 vs 100 members (%s): %.2f\n", l, a / b }'
done
