#!/usr/bin/env bash
# HTTP load test with wrk against a release build, on SQLite and (when PostgreSQL answers at
# LOADTEST_POSTGRES_URL) on PostgreSQL. For each store it measures, side by side in one run:
#   GET /healthz (the yardstick), GET a journey as JSON, GET a client's today page (HTML, by
#   their private link), POST a check-in,
# and prints requests per second, p99 latency and each as a ratio to /healthz.
# Traffic goes to 127.0.0.1 only; each wrk run is bounded by DURATION.
#
#   scripts/loadtest.sh                      # SQLite only
#   LOADTEST_POSTGRES_URL=postgres://stipple:stipple@127.0.0.1:5432/stipple_load scripts/loadtest.sh
# (that database is wiped: use one kept for load tests)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
PORT="${PORT:-8181}"
TOKEN="stipple-demo-admin-token"
BIN="${STIPPLE_BINARY:-.build/release/stipple}"

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
[ -x "$BIN" ] || swift build -c release --product stipple

work="$(mktemp -d)"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"redness":1,"swelling":0,"pain":2,"heat":0,"scabs":true,"washed":false}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
LUA

# Runs wrk and prints "<requests/s> <p99 in ms>".
measure() {
    local out
    out="$(wrk --latency -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$@")"
    local rps p99
    rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}' <<<"$out")"
    echo "$rps $p99"
}

run_store() {
    local label="$1"; shift
    env "$@" STIPPLE_DEMO=1 STIPPLE_DATA_DIR="$work/data-$label" LOG_LEVEL=warning \
        "$BIN" serve --port "$PORT" > "$work/server-$label.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.5; done
    local journeys get_journey post_journey
    journeys="$(grep -o 'journeys/[0-9A-F-]*' "$work/server-$label.log" | head -1 | cut -d/ -f2)"
    # The red demo journey for reading; a fresh journey of another client for writing.
    get_journey="$journeys"
    post_journey="$(curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/clients?limit=200" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])' \
        | xargs -I{} curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/clients/{}/journeys" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)[-1]["id"])')"

    read -r h_rps h_p99 < <(measure "http://127.0.0.1:$PORT/healthz")
    read -r g_rps g_p99 < <(measure -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/journeys/$get_journey")
    local page
    page="$(grep -o 'http://[^ ]*/j/[A-Za-z0-9_-]*' "$work/server-$label.log" | head -1)"
    read -r t_rps t_p99 < <(measure "$page")
    read -r p_rps p_p99 < <(measure -s "$work/post.lua" "http://127.0.0.1:$PORT/api/v1/journeys/$post_journey/check-ins")
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""

    awk -v s="$label" -v hr="$h_rps" -v hp="$h_p99" -v gr="$g_rps" -v gp="$g_p99" -v pr="$p_rps" -v pp="$p_p99" \
        -v tr="$t_rps" -v tp="$t_p99" 'BEGIN {
        printf "| %s | GET /healthz | %.0f | %.2f | 1.00 |\n", s, hr, hp
        printf "| %s | GET /api/v1/journeys/{id} | %.0f | %.2f | %.2f |\n", s, gr, gp, gr / hr
        printf "| %s | GET /j/{token} (today page) | %.0f | %.2f | %.2f |\n", s, tr, tp, tr / hr
        printf "| %s | POST /api/v1/journeys/{id}/check-ins | %.0f | %.2f | %.2f |\n", s, pr, pp, pr / hr
    }'
}

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo "| store | request | requests/s | p99 (ms) | ratio to /healthz |"
echo "| --- | --- | ---: | ---: | ---: |"
run_store sqlite
if [ -n "${LOADTEST_POSTGRES_URL:-}" ]; then
    # The demo loads into an empty database only: this database is for load tests and is wiped.
    psql -q "$LOADTEST_POSTGRES_URL" -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public" >/dev/null
    run_store postgres DATABASE_URL="$LOADTEST_POSTGRES_URL"
fi
