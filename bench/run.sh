#!/usr/bin/env bash
# Drives one COC operation with wrk against the packaged emulator and, in the same run,
# against WireMock standalone serving a stub of the same path (the peer to beat).
#
#   bench/run.sh                      # POST /v1/documents with the documented example body
#
# Each target gets the machine to itself: a warm-up (default 30 s), then RUNS measured
# runs; the medians of req/s and p99 are printed. Settings come from the environment:
#   WARMUP=30 DURATION=20 RUNS=3 CONNECTIONS=64 THREADS=1 PORT=18080 WIREMOCK_PORT=18081
# Needs wrk (Debian package "wrk"), curl and a JDK; WireMock comes from Maven Central.
set -euo pipefail

cd "$(dirname "$0")/.."
WARMUP=${WARMUP:-30}
DURATION=${DURATION:-20}
RUNS=${RUNS:-3}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-1}
PORT=${PORT:-18080}
WIREMOCK_PORT=${WIREMOCK_PORT:-18081}
WIREMOCK_VERSION=3.13.2
SCRIPT=bench/post-document.lua
export BODY_FILE=${BODY_FILE:-bench/seed-body.json}
PATH_UNDER_TEST=/v1/documents

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

measure() { # name url
  local name=$1 url=$2 rps=() p99=()
  echo "== $name: warm-up ${WARMUP}s" >&2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$SCRIPT" "$url" > /dev/null
  for run in $(seq "$RUNS"); do
    line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s "$SCRIPT" "$url" | grep '^RESULT')
    echo "   $name run $run: $line" >&2
    case "$line" in *"errors=0"*) ;; *) echo "$name answered errors: $line" >&2; exit 1 ;; esac
    rps+=("$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line")")
    p99+=("$(sed -E 's/.*p99_ms=([0-9.]+).*/\1/' <<<"$line")")
  done
  printf '%-10s median req/s %8s   median p99 %7s ms   (%s runs of %ss, %s connections)\n' "$name" \
    "$(printf '%s\n' "${rps[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")" \
    "$(printf '%s\n' "${p99[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")" "$RUNS" "$DURATION" "$CONNECTIONS"
}

java -jar "$jar" --server.port="$PORT" --server.address=127.0.0.1 --cocemu.data-dir="$work/data" \
  > "$work/emulator.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$PORT/actuator/health"
emulator=$(measure emulator "http://127.0.0.1:$PORT$PATH_UNDER_TEST")
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true

java -jar "$wiremock" --port "$WIREMOCK_PORT" --bind-address 127.0.0.1 --root-dir bench/wiremock \
  --no-request-journal --disable-banner > "$work/wiremock.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$WIREMOCK_PORT/__admin/health"
peer=$(measure wiremock "http://127.0.0.1:$WIREMOCK_PORT$PATH_UNDER_TEST")

echo
echo "POST $PATH_UNDER_TEST, body $BODY_FILE, $(nproc) cores"
echo "$emulator"
echo "$peer"
