#!/usr/bin/env bash
# Booking a free consultation under load, from a release build: seeds a chain of CLIENTS clients
# (default 50,000; ten technicians a clinic and five at Shrewsbury, their follow-ups booked) with
# `stipple seed --clients`, then measures with wrk, side by side in one run, GET /healthz, the free
# times over four weeks of Shrewsbury (five technicians) and Newcastle (ten), the public page's
# week, and bookings posted to random times in those weeks: one booker at a time at Shrewsbury,
# four at once at Newcastle (as the weeks fill, more find the time taken and answer 409: every
# one runs the whole check under the database's guard). Prints requests per second, p50 and p99
# latency, and the bookings' answers by status, once the server's reminder worker has sent the
# seeded year's due reminders. On SQLite, and on PostgreSQL when LOADTEST_POSTGRES_URL is set
# (that database is wiped: use one kept for load tests).
#
#   STIPPLE_BINARY=.build/release/stipple scripts/loadtest-booking.sh
#   LOADTEST_POSTGRES_URL=postgres://stipple:stipple@127.0.0.1:5432/stipple_load scripts/loadtest-booking.sh
#   (LOADTEST_SKIP_SQLITE=1 measures PostgreSQL alone.)
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS="${CLIENTS:-50000}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-4}"
PORT="${PORT:-8183}"
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
    echo "$out" > "$work/last-wrk.txt"
    awk 'function ms(v) { if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 } if (v ~ /ms$/) { sub(/ms$/, "", v); return v }
                         sub(/s$/, "", v); return v * 1000 }
         /^Requests\/sec:/ { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
         END { print rps, p50, p99 }' <<<"$out"
}

# A booking a request at a random quarter hour of the clinic's next four weeks' working day
# (09:00-17:00 UTC), by anyone, with the first technician free; the answers counted by status.
cat > "$work/book.lua" <<'LUA'
-- Each wrk thread runs in a Lua state of its own: `done` reads their counts through `setup`.
local threads = {}
function setup(thread)
    thread:set("id", #threads + 1)
    table.insert(threads, thread)
end
function init()
    math.randomseed(os.time() + id)
    statuses = {}
    clinic = os.getenv("CLINIC")
    today = os.time()
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
end
function request()
    local day = today + (1 + math.random(0, 27)) * 86400
    local minutes = 9 * 60 + 15 * math.random(0, 31)
    local start = os.date("!%Y-%m-%dT", day) .. string.format("%02d:%02d:00Z", math.floor(minutes / 60), minutes % 60)
    local body = string.format('{"clinicID":"%s","startsAt":"%s","fullName":"Load Test","email":"load@example.com",'
        .. '"dateOfBirth":"1985-01-01","concern":"thinning"}', clinic, start)
    return wrk.format(nil, "/api/v1/public/bookings", nil, body)
end
function response(status)
    statuses[status] = (statuses[status] or 0) + 1
end
function done()
    local total = {}
    for _, thread in ipairs(threads) do
        for status, n in pairs(thread:get("statuses")) do total[status] = (total[status] or 0) + n end
    end
    local parts = {}
    for status, n in pairs(total) do table.insert(parts, status .. ": " .. n) end
    table.sort(parts)
    io.write("statuses " .. table.concat(parts, ", ") .. "\n")
end
LUA

run_store() {
    local label="$1"; shift
    local start end
    start="$(date +%s)"
    env "$@" STIPPLE_DATA_DIR="$work/data-$label" LOG_LEVEL=warning "$BIN" seed --clients "$CLIENTS" > "$work/seed-$label.log"
    end="$(date +%s)"
    echo "$label: $(tail -2 "$work/seed-$label.log" | head -1) (wall clock $((end - start)) s)" >&2
    # PostgreSQL: vacuumed and analysed after the bulk load, as a database running day to day is,
    # so autovacuum catching up on 1.5 million new rows does not stall the measurements.
    if [ "$label" = postgres ]; then psql -q "$LOADTEST_POSTGRES_URL" -c "VACUUM ANALYZE" >/dev/null 2>&1; fi
    env "$@" STIPPLE_DEMO=0 STIPPLE_PUBLIC_FORM_LIMIT=100000000 STIPPLE_DATA_DIR="$work/data-$label" LOG_LEVEL=warning \
        "$BIN" serve --port "$PORT" > "$work/server-$label.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.5; done
    # The seed leaves a year of reminders due at once; the server's worker sends them in its first
    # minutes, through SQLite's one writer. Measured after that catch-up, as a chain runs day to day.
    local outbox="$work/data-$label/outbox/reminders.jsonl" before=-1 after=0 waited=0
    while [ "$before" != "$after" ] && [ "$waited" -lt 900 ]; do
        before="$(stat -c %s "$outbox" 2>/dev/null || echo 0)"; sleep 35; waited=$((waited + 35))
        after="$(stat -c %s "$outbox" 2>/dev/null || echo 0)"
    done
    echo "$label: the worker's catch-up took about $waited s" >&2
    local base="http://127.0.0.1:$PORT" five ten
    clinic() { curl -sf "$base/api/v1/public/clinics" | python3 -c "import json,sys; print(next(c['id'] for c in json.load(sys.stdin) if c['slug'] == '$1'))"; }
    five="$(clinic shrewsbury)"; ten="$(clinic newcastle)"
    row() { echo "| $label | $1 | $2 |"; }
    read -r r a b < <(measure "$base/healthz"); row "GET /healthz" "$(printf '%.0f | %.2f | %.2f' "$r" "$a" "$b")"
    read -r r a b < <(CONNECTIONS=1 measure "$base/api/v1/public/clinics/$five/slots?days=28")
    row "GET slots, 28 days, 5 technicians, one visitor at a time" "$(printf '%.0f | %.2f | %.2f' "$r" "$a" "$b")"
    read -r r a b < <(measure "$base/api/v1/public/clinics/$five/slots?days=28")
    row "GET slots, 28 days, 5 technicians, $CONNECTIONS at once" "$(printf '%.0f | %.2f | %.2f' "$r" "$a" "$b")"
    read -r r a b < <(measure "$base/api/v1/public/clinics/$ten/slots?days=28")
    row "GET slots, 28 days, 10 technicians, $CONNECTIONS at once" "$(printf '%.0f | %.2f | %.2f' "$r" "$a" "$b")"
    read -r r a b < <(measure "$base/en/clinics/shrewsbury/book")
    row "GET /en/clinics/shrewsbury/book (a week)" "$(printf '%.0f | %.2f | %.2f' "$r" "$a" "$b")"
    read -r r a b < <(CLINIC="$five" CONNECTIONS=1 measure -s "$work/book.lua" "$base")
    row "POST /api/v1/public/bookings, one booker at a time, 5 technicians ($(grep -o 'statuses .*' "$work/last-wrk.txt" | cut -d' ' -f2-))" \
        "$(printf '%.0f | %.2f | %.2f' "$r" "$a" "$b")"
    read -r r a b < <(CLINIC="$ten" measure -s "$work/book.lua" "$base")
    row "POST /api/v1/public/bookings, $CONNECTIONS at once, 10 technicians ($(grep -o 'statuses .*' "$work/last-wrk.txt" | cut -d' ' -f2-))" \
        "$(printf '%.0f | %.2f | %.2f' "$r" "$a" "$b")"
    # The free times again, now that the weeks are fuller.
    read -r r a b < <(measure "$base/api/v1/public/clinics/$five/slots?days=28")
    row "GET slots, 28 days, 5 technicians, after the bookings" "$(printf '%.0f | %.2f | %.2f' "$r" "$a" "$b")"
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
}

echo "$CLIENTS clients; wrk -t1 -c$CONNECTIONS -d$DURATION; $(nproc) cores; $(date -u +%Y-%m-%d)"
echo "| store | request | requests/s | p50 (ms) | p99 (ms) |"
echo "| --- | --- | ---: | ---: | ---: |"
[ -n "${LOADTEST_SKIP_SQLITE:-}" ] || run_store sqlite
if [ -n "${LOADTEST_POSTGRES_URL:-}" ]; then
    psql -q "$LOADTEST_POSTGRES_URL" -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public" >/dev/null
    run_store postgres DATABASE_URL="$LOADTEST_POSTGRES_URL"
fi
