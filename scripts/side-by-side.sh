#!/usr/bin/env bash
# Two builds of the server measured side by side in one run, for the paths a user waits on: both
# serve their own demo chain at once (SQLite by default; PostgreSQL when SIDE_BY_SIDE_POSTGRES_A
# and _B name two databases kept for load tests, which are wiped), and each round measures every
# path on A, then on B, then on B and on A again (so a drift of the shared machine falls on both).
# Latency at a clinic chain's scale is the figure: CONNECTIONS (default 4) requests at a time.
# Prints, per path, the median over the rounds of each build's median (p50) and p99 latency, and
# the median of the rounds' ratios B/A of the p50s (below 1: B is faster).
#
#   scripts/side-by-side.sh BEFORE_BINARY AFTER_BINARY
set -euo pipefail
cd "$(dirname "$0")/.."

A="${1:?the stipple binary of the first build}"
B="${2:?the stipple binary of the second build}"
DURATION="${DURATION:-4s}"
ROUNDS="${ROUNDS:-6}"
CONNECTIONS="${CONNECTIONS:-4}"
THREADS="${THREADS:-2}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }

work="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

# Starts build $1 (label $2) on port $3 and writes its paths into $work/$2.env.
start() {
    local bin="$1" label="$2" port="$3" db="$4"
    local env=(STIPPLE_DEMO=1 STIPPLE_DATA_DIR="$work/data-$label" LOG_LEVEL=warning)
    if [ -n "$db" ]; then
        psql -q "$db" -c "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public" >/dev/null
        env+=(DATABASE_URL="$db")
    fi
    env "${env[@]}" "$bin" serve --port "$port" > "$work/server-$label.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.5; done
    local token
    token="$(env "${env[@]}" "$bin" demo-credentials --token)"
    BASE="http://127.0.0.1:$port" TOKEN="$token" python3 - > "$work/$label.env" <<'PY'
import json, os, urllib.request
base, token = os.environ["BASE"], os.environ["TOKEN"]
def call(path, method="GET"):
    request = urllib.request.Request(base + "/api/v1" + path, method=method, headers={"Authorization": "Bearer " + token})
    return json.load(urllib.request.urlopen(request))
journeys = [(c["fullName"], j["id"]) for c in call("/clients?limit=200") for j in call("/clients/%s/journeys" % c["id"])]
# The demo's client with most check-ins is read; another client's journey takes the writes.
read = max(journeys, key=lambda cj: len(call("/journeys/%s" % cj[1]).get("checkIns", [])))
write = next(j for c, j in journeys if c != read[0])
link = call("/journeys/%s/link" % read[1], "POST")["path"]
print("TOKEN=%s READ=%s WRITE=%s LINK=%s" % (token, read[1], write, link))
PY
}

# wrk's median and p99 latency, in ms: "<p50> <p99>".
measure() {
    wrk --latency -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$@" | awk '
        function ms(v) { if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 } if (v ~ /ms$/) { sub(/ms$/, "", v); return v }
                         sub(/s$/, "", v); return v * 1000 }
        $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } END { print p50, p99 }'
}

paths=("today page|GET /j/{token}" "history page|GET /j/{token}/history" "check-in form|GET /j/{token}/check-in"
       "journey (API)|GET /api/v1/journeys/{id}" "check-in (API)|POST /api/v1/journeys/{id}/check-ins")

# Measures path $1 (an index into paths) on build $2 (label) at port $3.
run() {
    local i="$1" label="$2" port="$3" TOKEN READ WRITE LINK
    eval "$(cat "$work/$label.env")"
    local url="http://127.0.0.1:$port"
    case "$i" in
        0) measure "$url$LINK" ;;
        1) measure "$url$LINK/history" ;;
        2) measure "$url$LINK/check-in" ;;
        3) measure -H "Authorization: Bearer $TOKEN" "$url/api/v1/journeys/$READ" ;;
        4) cat > "$work/post-$label.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"redness":1,"swelling":0,"pain":2,"heat":0,"scabs":true,"washed":false}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
LUA
           measure -s "$work/post-$label.lua" "$url/api/v1/journeys/$WRITE/check-ins" ;;
    esac
}

start "$A" a 8181 "${SIDE_BY_SIDE_POSTGRES_A:-}"
start "$B" b 8182 "${SIDE_BY_SIDE_POSTGRES_B:-}"
store=$([ -n "${SIDE_BY_SIDE_POSTGRES_A:-}" ] && echo postgres || echo sqlite)
: > "$work/rounds"
for round in $(seq 1 "$ROUNDS"); do
    for i in "${!paths[@]}"; do
        read -r a1 a1p < <(run "$i" a 8181); read -r b1 b1p < <(run "$i" b 8182)
        read -r b2 b2p < <(run "$i" b 8182); read -r a2 a2p < <(run "$i" a 8181)
        echo "$i $a1 $a1p $b1 $b1p $a2 $a2p $b2 $b2p" >> "$work/rounds"
    done
    echo "round $round of $ROUNDS done" >&2
done

echo "$store, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds of A B B A, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo "| path | A p50 (ms) | B p50 (ms) | A p99 (ms) | B p99 (ms) | B/A p50 |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
names="$(printf '%s\n' "${paths[@]}")"
awk -v names="$names" '
    function median(a, n,   i, j, t) {
        for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    { k = $1; n[k]++; m = n[k]
      ap50[k, 2*m-1] = $2; ap50[k, 2*m] = $6; bp50[k, 2*m-1] = $4; bp50[k, 2*m] = $8
      ap99[k, 2*m-1] = $3; ap99[k, 2*m] = $7; bp99[k, 2*m-1] = $5; bp99[k, 2*m] = $9
      ratio[k, m] = ($4 + $8) / ($2 + $6) }
    END {
        split(names, label, "\n")
        for (k = 0; k in n; k++) {
            c = 2 * n[k]
            for (i = 1; i <= c; i++) { w[i] = ap50[k, i] }; x1 = median(w, c)
            for (i = 1; i <= c; i++) { w[i] = bp50[k, i] }; x2 = median(w, c)
            for (i = 1; i <= c; i++) { w[i] = ap99[k, i] }; x3 = median(w, c)
            for (i = 1; i <= c; i++) { w[i] = bp99[k, i] }; x4 = median(w, c)
            for (i = 1; i <= n[k]; i++) { w[i] = ratio[k, i] }; x5 = median(w, n[k])
            split(label[k + 1], part, "|")
            printf "| %s (`%s`) | %.2f | %.2f | %.2f | %.2f | %.2f |\n", part[1], part[2], x1, x2, x3, x4, x5
        }
    }' "$work/rounds"
