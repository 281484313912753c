#!/usr/bin/env bash
# The technicians' workspace under load, from a release build: seeds a chain of CLIENTS clients
# (default 50,000: about 1.5 million check-ins) with `stipple seed --clients`, timing it, then
# measures with wrk, side by side in one run, GET /healthz, the dashboard, the alert inbox and the
# client search (a list, a name, two words, an email, a phone, a date of birth) as
# a clinic's lead technician and as the chain's admin, and prints requests per second, p50 and
# p99 latency. On SQLite, and on PostgreSQL when LOADTEST_POSTGRES_URL is set (that database is
# wiped: use one kept for load tests).
#
#   STIPPLE_BINARY=.build-release/release/stipple scripts/loadtest-workspace.sh
#   LOADTEST_POSTGRES_URL=postgres://stipple:stipple@127.0.0.1:5432/stipple_load scripts/loadtest-workspace.sh
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS="${CLIENTS:-50000}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-4}"
PORT="${PORT:-8182}"
# The seeded chain's password is made at random; `stipple demo-credentials` reads it.
PASSWORD=""
BIN="${STIPPLE_BINARY:-.build/release/stipple}"

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
[ -x "$BIN" ] || swift build -c release --product stipple

work="$(mktemp -d)"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# Prints "<requests/s> <p50 ms> <p99 ms>".
measure() {
    local out
    out="$(wrk --latency -t1 -c"$CONNECTIONS" -d"$DURATION" "$@")"
    awk 'function ms(v) { if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 } if (v ~ /ms$/) { sub(/ms$/, "", v); return v }
                         sub(/s$/, "", v); return v * 1000 }
         /^Requests\/sec:/ { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
         END { print rps, p50, p99 }' <<<"$out"
}

# Signs in through the form and prints the session cookie.
sign_in() {
    local jar="$work/jar-$1" csrf
    csrf="$(curl -sf -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/staff/login" | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4)"
    curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$1" --data-urlencode "password=$PASSWORD" \
        --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$PORT/staff/login"
    awk '$6 == "stipple_staff" { print $7 }' "$jar"
}

run_store() {
    local label="$1"; shift
    local start end
    start="$(date +%s)"
    env "$@" STIPPLE_DATA_DIR="$work/data-$label" LOG_LEVEL=warning "$BIN" seed --clients "$CLIENTS" > "$work/seed-$label.log"
    end="$(date +%s)"
    echo "$label: $(tail -2 "$work/seed-$label.log" | head -1) (wall clock $((end - start)) s)" >&2
    PASSWORD="$(env "$@" STIPPLE_DATA_DIR="$work/data-$label" LOG_LEVEL=warning "$BIN" demo-credentials --password)"
    env "$@" STIPPLE_DEMO=0 STIPPLE_DATA_DIR="$work/data-$label" LOG_LEVEL=warning \
        "$BIN" serve --port "$PORT" > "$work/server-$label.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.5; done
    local lead admin base="http://127.0.0.1:$PORT"
    lead="$(sign_in jamie.robson@stipple.example)"
    admin="$(sign_in chain.admin@stipple.example)"
    row() { echo "| $label | $1 | $2 |"; }
    read -r r a b < <(measure "$base/healthz"); row "GET /healthz" "$(printf '%.0f | %.2f | %.2f' "$r" "$a" "$b")"
    for who in lead admin; do
        local cookie="${!who}"
        for path in "/staff/dashboard" "/staff/dashboard?sort=tier" "/staff/dashboard?sort=name" "/staff/alerts" \
                    "/staff/clients" "/staff/clients?q=patel" "/staff/clients?q=grace+patel" \
                    "/staff/clients?q=client4242%40example.com" "/staff/clients?q=07700+900123" "/staff/clients?q=1980-05-14"; do
            read -r r a b < <(measure -H "Cookie: stipple_staff=$cookie" "$base$path")
            row "GET $path ($who)" "$(printf '%.0f | %.2f | %.2f' "$r" "$a" "$b")"
        done
    done
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
}

echo "$CLIENTS clients; wrk -t1 -c$CONNECTIONS -d$DURATION; $(nproc) cores; $(date -u +%Y-%m-%d)"
echo "| store | request | requests/s | p50 (ms) | p99 (ms) |"
echo "| --- | --- | ---: | ---: | ---: |"
run_store sqlite
if [ -n "${LOADTEST_POSTGRES_URL:-}" ]; then
    psql -q "$LOADTEST_POSTGRES_URL" -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public" >/dev/null
    run_store postgres DATABASE_URL="$LOADTEST_POSTGRES_URL"
fi
