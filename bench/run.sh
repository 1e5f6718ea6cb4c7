#!/usr/bin/env bash
# Drives COC operations with wrk against the packaged emulator and, in the same run,
# against WireMock standalone serving stubs of the same paths (the peer to beat).
#
#   bench/run.sh            # create: POST /v1/documents with the documented example body
#   bench/run.sh read       # show: GET /v1/documents/{id} for ids across the store, and
#                           # list: a filtered page, GET /v1/documents?enterprise_project_id=..&limit=100,
#                           # at each store size of SIZES (default "1000 100000" jobs in one tenant)
#
# Each target gets the machine to itself: a warm-up (default 30 s), then RUNS measured
# runs; the medians of req/s and p99 are printed. Settings come from the environment:
#   WARMUP=30 DURATION=20 RUNS=3 CONNECTIONS=64 THREADS=1 PORT=18080 WIREMOCK_PORT=18081
#   SIZES="1000 100000" (read only)
# For read, the jobs are created through the API (each with its own name; 100 per
# enterprise project, so the filtered page holds the same 100 jobs at every size), and
# WireMock serves the emulator's own answers to the same requests, byte for byte.
# Needs wrk (Debian package "wrk"), curl and a JDK; WireMock comes from Maven Central.
set -euo pipefail

cd "$(dirname "$0")/.."
SCENARIO=${1:-create}
WARMUP=${WARMUP:-30}
DURATION=${DURATION:-20}
RUNS=${RUNS:-3}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-1}
PORT=${PORT:-18080}
WIREMOCK_PORT=${WIREMOCK_PORT:-18081}
SIZES=${SIZES:-1000 100000}
WIREMOCK_VERSION=3.13.2
export BODY_FILE=${BODY_FILE:-bench/seed-body.json}
export TENANT=bench
export IDS_FILE=""

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
# Always the code as it is now, never a stale jar.
./mvnw -B -q -DskipTests package
jar=$(ls target/coc-emulator-*.jar | head -n 1)
wiremock=target/bench/wiremock-standalone-$WIREMOCK_VERSION.jar
if [ ! -f "$wiremock" ]; then
  ./mvnw -B -q dependency:copy -Dartifact=org.wiremock:wiremock-standalone:$WIREMOCK_VERSION \
    -DoutputDirectory=target/bench
fi

wait_for() { # url
  for _ in $(seq 120); do
    curl -s -o /dev/null "$1" && return 0
    sleep 0.5
  done
  echo "Not up: $1" >&2
  exit 1
}

median() { sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"; }

measure() { # name script url
  local name=$1 script=$2 url=$3 rps=() p99=()
  echo "== $name: warm-up ${WARMUP}s" >&2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$script" "$url" > /dev/null
  for run in $(seq "$RUNS"); do
    line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s "$script" "$url" | grep '^RESULT')
    echo "   $name run $run: $line" >&2
    case "$line" in *"errors=0"*) ;; *) echo "$name answered errors: $line" >&2; exit 1 ;; esac
    rps+=("$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line")")
    p99+=("$(sed -E 's/.*p99_ms=([0-9.]+).*/\1/' <<<"$line")")
  done
  printf '%-34s median req/s %8s   median p99 %7s ms   (runs: %s)\n' "$name" \
    "$(printf '%s\n' "${rps[@]}" | median)" "$(printf '%s\n' "${p99[@]}" | median)" "${rps[*]}"
}

start_emulator() {
  rm -rf "$work/data"
  java -jar "$jar" --server.port="$PORT" --server.address=127.0.0.1 --cocemu.data-dir="$work/data" \
    >> "$work/emulator.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$PORT/actuator/health"
}

stop_emulator() {
  kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true
}

start_wiremock() {
  java -jar "$wiremock" --port "$WIREMOCK_PORT" --bind-address 127.0.0.1 --root-dir "$1" \
    --no-request-journal --disable-banner > "$work/wiremock.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$WIREMOCK_PORT/__admin/health"
}

# A WireMock mapping answering GET <path pattern> with the emulator's own body.
stub() { # file method urlPathPattern body-file
  python3 - "$@" <<'PY'
import json, sys
out, method, pattern, body = sys.argv[1:5]
json.dump({"request": {"method": method, "urlPathPattern": pattern},
           "response": {"status": 200, "body": open(body).read(),
                        "headers": {"Content-Type": "application/json",
                                    "X-request-id": "a5322eb89048eb41d705491a76a05aca"}}},
          open(out, "w"))
PY
}

create() {
  start_emulator
  emulator=$(measure "emulator POST /v1/documents" bench/post-document.lua "http://127.0.0.1:$PORT/v1/documents")
  stop_emulator
  start_wiremock bench/wiremock
  peer=$(measure "wiremock POST /v1/documents" bench/post-document.lua \
    "http://127.0.0.1:$WIREMOCK_PORT/v1/documents")
  echo
  echo "POST /v1/documents, body $BODY_FILE, $(nproc) cores"
  echo "$emulator"
  echo "$peer"
}

# wrk stops sending once the script has its answers, but runs out its duration: it is
# stopped when the sample of ids is complete, which the script writes last.
seed() { # count
  local wanted=$(( $1 / ($1 / 1000 > 0 ? $1 / 1000 : 1) )) started=$SECONDS
  IDS_FILE="$work/ids" SEED_COUNT=$1 PROJECTS=$(( ($1 + 99) / 100 )) \
    wrk -t1 -c"$CONNECTIONS" -d1h -s bench/seed-documents.lua "http://127.0.0.1:$PORT/v1/documents" \
    > "$work/seed.log" &
  local seeder=$!
  until [ -f "$work/ids" ] && [ "$(wc -l < "$work/ids")" -ge "$wanted" ]; do
    if ! kill -0 "$seeder" 2>/dev/null || [ $(( SECONDS - started )) -gt 1800 ]; then
      echo "Seeding $1 jobs failed" >&2; exit 1
    fi
    sleep 1
  done
  kill -INT "$seeder"; wait "$seeder" || true
  echo "   seeded in $(( SECONDS - started ))s: $(grep SEEDED "$work/seed.log")" >&2
}

read_scenario() {
  local results=() list_query
  mkdir -p "$work/wiremock/mappings"
  for size in $SIZES; do
    start_emulator
    echo "== seeding $size jobs" >&2
    seed "$size"
    list_query="/v1/documents?enterprise_project_id=ep-7&limit=100&offset=0"
    local total
    total=$(curl -s -H "X-Domain-Id: $TENANT" "http://127.0.0.1:$PORT/v1/documents?limit=1" \
      | sed -E 's/.*"total":([0-9]+).*/\1/')
    results+=("store of $total jobs")
    curl -s -H "X-Domain-Id: $TENANT" "http://127.0.0.1:$PORT/v1/documents/$(head -n 1 "$work/ids")" \
      > "$work/show.json"
    curl -s -H "X-Domain-Id: $TENANT" "http://127.0.0.1:$PORT$list_query" > "$work/list.json"
    results+=("$(IDS_FILE="$work/ids" measure "emulator GET /v1/documents/{id}" bench/get.lua \
      "http://127.0.0.1:$PORT/v1/documents")")
    results+=("$(measure "emulator GET filtered page of 100" bench/get.lua "http://127.0.0.1:$PORT$list_query")")
    stop_emulator
  done
  # The peer answers with the last emulator's bodies: the same bytes for the same requests.
  stub "$work/wiremock/mappings/show.json" GET '/v1/documents/DM[0-9]+' "$work/show.json"
  stub "$work/wiremock/mappings/list.json" GET '/v1/documents' "$work/list.json"
  start_wiremock "$work/wiremock"
  results+=("wiremock, the same answers")
  results+=("$(IDS_FILE="$work/ids" measure "wiremock GET /v1/documents/{id}" bench/get.lua \
    "http://127.0.0.1:$WIREMOCK_PORT/v1/documents")")
  results+=("$(measure "wiremock GET filtered page of 100" bench/get.lua \
    "http://127.0.0.1:$WIREMOCK_PORT$list_query")")
  echo
  echo "read: $(nproc) cores, $CONNECTIONS connections, ${DURATION}s runs after ${WARMUP}s warm-up"
  printf '%s\n' "${results[@]}"
}

case "$SCENARIO" in
  create) create ;;
  read) read_scenario ;;
  *) echo "unknown scenario: $SCENARIO (create or read)" >&2; exit 2 ;;
esac
