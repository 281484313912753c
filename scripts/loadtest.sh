#!/usr/bin/env bash
# HTTP load test with wrk against a release build, on SQLite and (when PostgreSQL answers at
# LOADTEST_POSTGRES_URL) on PostgreSQL. For each store it measures, side by side in one run:
#   GET /healthz (the yardstick), GET a journey as JSON, GET a client's today page (HTML, by their
#   private link), GET the today pages of every demo journey's link in turn (so requests that
#   arrive together read different journeys), POST a check-in,
# and prints requests per second, p99 latency and each as a ratio to /healthz.
# The machine is shared and noisy: each of ROUNDS rounds measures /healthz and then each request,
# and the table gives the median over the rounds, of the ratios as of the figures (so a ratio is
# always one round's request against the same round's /healthz).
# Traffic goes to 127.0.0.1 only; each wrk run is bounded by DURATION.
#
#   scripts/loadtest.sh                      # SQLite only
#   LOADTEST_POSTGRES_URL=postgres://stipple:stipple@127.0.0.1:5432/stipple_load scripts/loadtest.sh
# (that database is wiped: use one kept for load tests)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-5s}"
ROUNDS="${ROUNDS:-5}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
PORT="${PORT:-8181}"
# The demo admin's token is made at random when the demo loads; `stipple demo-credentials` reads it.
TOKEN=""
BIN="${STIPPLE_BINARY:-.build/release/stipple}"

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
[ -x "$BIN" ] || swift build -c release --product stipple

work="$(mktemp -d)"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT


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
    TOKEN="$(env "$@" STIPPLE_DATA_DIR="$work/data-$label" LOG_LEVEL=warning "$BIN" demo-credentials --token)"
    cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"redness":1,"swelling":0,"pain":2,"heat":0,"scabs":true,"washed":false}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
LUA
    local journeys get_journey post_journey
    journeys="$(grep -o 'journeys/[0-9A-F-]*' "$work/server-$label.log" | head -1 | cut -d/ -f2)"
    # The red demo journey for reading as JSON; for writing, a journey of another client (its
    # check-ins are written after every read round, see below).
    get_journey="$journeys"
    post_journey="$(sed -n 's/^Client page of \(.*\) (.*$/\1/p' "$work/server-$label.log" \
        | BASE="http://127.0.0.1:$PORT/api/v1" TOKEN="$TOKEN" AVOID="$get_journey" python3 -c '
import json, os, sys, urllib.request
def get(path):
    request = urllib.request.Request(os.environ["BASE"] + path, headers={"Authorization": "Bearer " + os.environ["TOKEN"]})
    return json.load(urllib.request.urlopen(request))
linked = set(sys.stdin.read().splitlines())
for client in get("/clients?limit=200"):
    journeys = [j["id"].upper() for j in get("/clients/%s/journeys" % client["id"])]
    if client["fullName"] not in linked and os.environ["AVOID"].upper() not in journeys and journeys:
        print(journeys[-1]); break
')"

    # A fresh link for every journey of the demo (each replaces the journey's earlier one): the
    # red journey's alone, then all of them in turn.
    BASE="http://127.0.0.1:$PORT/api/v1" TOKEN="$TOKEN" RED="$get_journey" python3 -c '
import json, os, urllib.request
def call(path, method="GET"):
    request = urllib.request.Request(os.environ["BASE"] + path, method=method, headers={"Authorization": "Bearer " + os.environ["TOKEN"]})
    return json.load(urllib.request.urlopen(request))
journeys = [j["id"] for client in call("/clients?limit=200") for j in call("/clients/%s/journeys" % client["id"])]
paths = {j: call("/journeys/%s/link" % j, "POST")["path"] for j in journeys}
print("-- " + next(p for j, p in paths.items() if j.upper() == os.environ["RED"].upper()))
print("local paths = {%s}" % ", ".join(json.dumps(p) for p in paths.values()))
print("local i = math.random(#paths)")
print("request = function() i = i % #paths + 1; return wrk.format(nil, paths[i]) end")
' > "$work/pages.lua"
    local page links
    page="http://127.0.0.1:$PORT$(head -1 "$work/pages.lua" | cut -c4-)"
    links="$(grep -o '"/j/' "$work/pages.lua" | wc -l)"
    : > "$work/rounds-$label"
    # The reads' rounds come first, then the writes' (each with its own /healthz): thousands of
    # check-ins a round on one demo journey leave PostgreSQL's tiny journeys table full of dead
    # row versions until autovacuum runs, which would slow every later read of the demo.
    local reads=() writes=()
    for round in $(seq 1 "$ROUNDS"); do
        read -r h_rps h_p99 < <(measure "http://127.0.0.1:$PORT/healthz")
        read -r g_rps g_p99 < <(measure -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/journeys/$get_journey")
        read -r t_rps t_p99 < <(measure "$page")
        read -r a_rps a_p99 < <(measure -s "$work/pages.lua" "http://127.0.0.1:$PORT")
        reads+=("$h_rps $h_p99 $g_rps $g_p99 $t_rps $t_p99 $a_rps $a_p99")
        echo "round $round of $ROUNDS ($label): healthz $h_rps/s, today page $t_rps/s, today pages of $links links $a_rps/s" >&2
    done
    for round in $(seq 1 "$ROUNDS"); do
        read -r h_rps h_p99 < <(measure "http://127.0.0.1:$PORT/healthz")
        read -r p_rps p_p99 < <(measure -s "$work/post.lua" "http://127.0.0.1:$PORT/api/v1/journeys/$post_journey/check-ins")
        writes+=("$h_rps $p_rps $p_p99")
        echo "write round $round of $ROUNDS ($label): healthz $h_rps/s, check-ins $p_rps/s" >&2
    done
    for round in $(seq 0 $((ROUNDS - 1))); do
        read -r wh_rps p_rps p_p99 <<<"${writes[$round]}"
        echo "${reads[$round]} $p_rps $p_p99 $wh_rps" >> "$work/rounds-$label"
    done
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""

    # Medians over the rounds of each figure and of each round's ratio to its /healthz.
    awk -v s="$label" '
        function median(a, n,   i, j, t) {
            for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
            return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
        }
        # Columns: healthz, p99, journey, p99, page, p99, pages, p99 (reads rounds), check-ins, p99,
        # healthz (writes rounds).
        { n++; for (c = 1; c <= 10; c++) v[c, n] = $c; r[3, n] = $3 / $1; r[5, n] = $5 / $1; r[7, n] = $7 / $1; r[9, n] = $9 / $11 }
        END {
            split("GET /healthz|GET /api/v1/journeys/{id}|GET /j/{token} (today page)|GET /j/{token} (today pages, every demo link in turn)|POST /api/v1/journeys/{id}/check-ins", names, "|")
            for (k = 1; k <= 5; k++) {
                c = 2 * k - 1
                for (i = 1; i <= n; i++) { a[i] = v[c, i]; b[i] = v[c + 1, i]; q[i] = (k == 1 ? 1 : r[c, i]) }
                printf "| %s | %s | %.0f | %.2f | %.2f |\n", s, names[k], median(a, n), median(b, n), median(q, n)
            }
        }' "$work/rounds-$label"
}

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds (medians), $(nproc) cores, $(date -u +%Y-%m-%d)"
echo "| store | request | requests/s | p99 (ms) | ratio to /healthz |"
echo "| --- | --- | ---: | ---: | ---: |"
run_store sqlite
if [ -n "${LOADTEST_POSTGRES_URL:-}" ]; then
    # The demo loads into an empty database only: this database is for load tests and is wiped.
    psql -q "$LOADTEST_POSTGRES_URL" -c "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public" >/dev/null
    run_store postgres DATABASE_URL="$LOADTEST_POSTGRES_URL"
fi
