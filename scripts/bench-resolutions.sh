#!/usr/bin/env bash
# The resolutions area under load: one server with 300 published sample texts, 3,000 actions in
# their plans and 15,000 timeline entries (`sumud seed-resolutions`); wrk with 16 connections
# for 5 s on the list (first page and a theme filter, in Arabic), a text's page with its plan,
# an action's page with its timeline, and the dashboard, three rounds; prints the median requests/s, server
# CPU per request (from /proc), p50 and p99, and the server's resident memory after the load.
# Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/bench-common.sh
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }
[ -x "$SUMUD_BIN" ] || cargo leptos build --release --precompress

port=${BENCH_PORT:-3996}
dir=$(mktemp -d)
rounds=${ROUNDS:-3}
trap 'kill "$pid" 2>/dev/null; rm -rf "$dir"' EXIT
export DATABASE_URL="sqlite://$dir/bench.sqlite?mode=rwc"
"$SUMUD_BIN" seed-resolutions --count 300 >/dev/null
LISTEN_ADDR="127.0.0.1:$port" RUST_LOG=warn "$SUMUD_BIN" >"$dir/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

pages=("/resolutions?lang=ar" "/resolutions?lang=ar&theme=3" "/resolutions/150?lang=fr" "/resolutions/actions/1495?lang=ar" "/resolutions/dashboard?lang=ar")
declare -A label_of=(["${pages[0]}"]="list" ["${pages[1]}"]="list by theme" ["${pages[2]}"]="a text and its plan" ["${pages[3]}"]="an action" ["${pages[4]}"]="the dashboard")
for page in "${pages[@]}"; do curl -sf "http://127.0.0.1:$port$page" >/dev/null; done
declare -A rps_of p50_of p99_of cpu_of errors_of
for _ in $(seq "$rounds"); do
  for page in "${pages[@]}"; do
    before=$(cpu_ticks "$pid")
    result=$(wrk -t2 -c16 -d5s --latency "http://127.0.0.1:$port$page")
    used=$(( $(cpu_ticks "$pid") - before ))
    requests=$(awk '/requests in/ {print $1}' <<<"$result")
    key=${label_of[$page]}
    cpu_of[$key]+=" $(awk -v t="$used" -v hz="$ticks_per_second" -v n="$requests" 'BEGIN { printf "%.3f", t * 1000 / hz / n }')"
    rps_of[$key]+=" $(awk '/Requests\/sec/ {print $2}' <<<"$result")"
    p50_of[$key]+=" $(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$result")")"
    p99_of[$key]+=" $(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$result")")"
    errors_of[$key]+="$(awk '/Non-2xx|Socket errors/ {print}' <<<"$result")"
  done
done
echo "== 300 texts, 3,000 actions, 15,000 timeline entries (median of $rounds rounds)"
for page in "${pages[@]}"; do
  key=${label_of[$page]}
  errors=${errors_of[$key]}
  echo "$key: $(median <<<"${rps_of[$key]}") req/s, server CPU $(median <<<"${cpu_of[$key]}") ms/request, p50 $(median <<<"${p50_of[$key]}") ms, p99 $(median <<<"${p99_of[$key]}") ms ${errors:+($errors)}"
done
echo "RSS after the load: $(awk '$1 == "VmRSS:" {print int($2 / 1024)}' "/proc/$pid/status") MiB"

# The secretariat's writes, one at a time as a person makes them: a secretariat account signs in,
# records progress on a third-level action (the tree above it rolls up on the next read), accepts
# members' reports, and uploads a 1,000-line spreadsheet whose dry run its page computes.
base="http://127.0.0.1:$port"
jar="$dir/cookies"
link=$("$SUMUD_BIN" admin create --email bench@sumud.test --name Bench | awk '/token=/ {print $1}')
token=${link##*token=}
password="bench password 2026"
curl -sf -c "$jar" -b "$jar" -o /dev/null --data-urlencode "token=$token" --data-urlencode "password=$password" \
  --data-urlencode "password_confirm=$password" "$base/api/set_password"
curl -sf -c "$jar" -b "$jar" -o /dev/null --data-urlencode "email=bench@sumud.test" --data-urlencode "password=$password" \
  "$base/api/sign_in"
times=""
for round in $(seq 10); do
  times+=" $(curl -s -b "$jar" -o /dev/null -w '%{time_total}' --data-urlencode "id=$(( (round + 99) * 10 + 3 ))" \
    --data-urlencode "progress[happened_on]=$(date +%F)" --data-urlencode "progress[note]=Bench round $round" \
    --data-urlencode "progress[progress]=$((round * 9))" "$base/api/record_progress")"
done
echo "recording progress on a third-level action: median $(median <<<"$(tr ' ' '\n' <<<"$times" | awk 'NF {printf "%.2f\n", $1 * 1000}')") ms (10 requests)"

# Accepting a member's report on a third-level action: the reports wait in the queue as a focal
# point's would (put there directly: their submission is not what is measured), then the
# secretariat accepts them one at a time; each acceptance moves the action and its tree on.
"$SUMUD_BIN" seed-members --count 1 >/dev/null
actions=$(seq -s, 2003 10 2093)
sqlite3 "$dir/bench.sqlite" "INSERT INTO resolution_reports (action_id, member_id, progress, note, state, reason,
  author_name, created_at) SELECT id, (SELECT min(id) FROM members), 77, 'Bench report', 'pending', '',
  'Bench focal point', created_at FROM resolution_actions WHERE id IN ($actions)"
times=""
for report in $(sqlite3 "$dir/bench.sqlite" "SELECT id FROM resolution_reports WHERE note = 'Bench report' ORDER BY id"); do
  times+=" $(curl -s -b "$jar" -o /dev/null -w '%{time_total}' --data-urlencode "id=$report" "$base/api/accept_report")"
done
accepted=$(sqlite3 "$dir/bench.sqlite" "SELECT count(*) FROM resolution_reports WHERE note = 'Bench report' AND state = 'accepted'")
echo "accepting a report on a third-level action: median $(median <<<"$(tr ' ' '\n' <<<"$times" | awk 'NF {printf "%.2f\n", $1 * 1000}')") ms ($accepted of 10 accepted)"
sheet="$dir/sheet.csv"
echo "external_id,progress,status,note" >"$sheet"
for text in $(seq 100); do
  for action in $(seq 10); do
    printf 'S-%04d-A%02d,%d,in-progress,Bench line\n' "$text" "$action" $(( (text + action) % 101 )) >>"$sheet"
  done
done
preview=$(curl -s -b "$jar" -o /dev/null -w '%{redirect_url}' -F "file=@$sheet;type=text/csv" "$base/resolutions/bulk-updates/upload")
times=""
for _ in $(seq 5); do
  times+=" $(curl -s -b "$jar" -o /dev/null -w '%{time_total}' "$preview")"
done
echo "dry run of a 1,000-line spreadsheet (its page): median $(median <<<"$(tr ' ' '\n' <<<"$times" | awk 'NF {printf "%.0f\n", $1 * 1000}')") ms (5 requests)"
