#!/usr/bin/env bash
# Read path: a platform's upcoming opportunities as JSON and one organisation's page of
# upcoming shifts, 32 concurrent connections for 20 s each, with wrk (Debian's `wrk`).
# Client and server share the machine's cores: compare runs, not absolutes.
#
#   benchmarks/read-path.sh            # builds the release binary, seeds, serves, measures
#
# Environment: VOLUNTEERS (default 10000), OPPORTUNITIES (default 2000), DURATION (20s),
# CONNECTIONS (32).
set -euo pipefail
cd "$(dirname "$0")/.."
VOLUNTEERS=${VOLUNTEERS:-10000}
OPPORTUNITIES=${OPPORTUNITIES:-2000}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

cargo build --release --locked -q -p entraide
BIN=target/release/entraide
WORK=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
DB="sqlite://$WORK/bench.db"
$BIN admin create-platform --slug bench --name "Bench" --locale nl --center 51.05,3.72 --time-zone Europe/Brussels --database "$DB" >/dev/null
$BIN seed --platform bench --volunteers "$VOLUNTEERS" --opportunities "$OPPORTUNITIES" --database "$DB"

ADDR=127.0.0.1:18181
ENTRAIDE_LOG=warn $BIN serve --addr $ADDR --database "$DB" >/dev/null &
SERVER=$!
until curl -fs "http://$ADDR/healthz" >/dev/null; do sleep 0.1; done
ORG=$(curl -fs "http://$ADDR/api/v1/platforms/bench/organisations" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')

run() {
  local label=$1 url=$2
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$url" > "$WORK/wrk.txt"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
  p50=$(awk '$1=="50%" {print $2}' "$WORK/wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$WORK/wrk.txt")
  errors=$(awk '/Non-2xx/ {print $4}' "$WORK/wrk.txt")
  printf '%-34s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$label" "$rps" "$p50" "$p99" "${errors:-0}"
}
echo "read path, $CONNECTIONS connections, $DURATION each, $VOLUNTEERS volunteers, $OPPORTUNITIES opportunities"
run "JSON list of opportunities" "http://$ADDR/api/v1/platforms/bench/opportunities"
run "page of an organisation" "http://$ADDR/p/bench/organisations/$ORG"
RSS=$(awk '/VmRSS/ {print $2}' /proc/$SERVER/status)
echo "server resident memory after the runs: $((RSS / 1024)) MB"
