#!/usr/bin/env bash
# Footprint: start-up time to the first answered request, resident memory idle and under
# load (wrk, 32 connections, 20 s on the JSON list), on a seeded SQLite database.
#
#   benchmarks/footprint.sh
#
# Environment: VOLUNTEERS (default 100000), OPPORTUNITIES (default 2000).
set -euo pipefail
cd "$(dirname "$0")/.."
VOLUNTEERS=${VOLUNTEERS:-100000}
OPPORTUNITIES=${OPPORTUNITIES:-2000}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

cargo build --release --locked -q -p entraide
BIN=target/release/entraide
WORK=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
DB="sqlite://$WORK/bench.db"
$BIN admin create-platform --slug bench --name "Bench" --locale nl --center 51.05,3.72 --time-zone Europe/Brussels --database "$DB" >/dev/null
$BIN seed --platform bench --volunteers "$VOLUNTEERS" --opportunities "$OPPORTUNITIES" --database "$DB" >/dev/null

ADDR=127.0.0.1:18182
rss() { awk '/VmRSS/ {print int($2 / 1024)}' /proc/$SERVER/status; }
START=$(date +%s%N)
ENTRAIDE_LOG=warn $BIN serve --addr $ADDR --database "$DB" >/dev/null &
SERVER=$!
until curl -fs "http://$ADDR/healthz" >/dev/null 2>&1; do sleep 0.005; done
END=$(date +%s%N)
echo "start-up to the first answered request: $(( (END - START) / 1000000 )) ms (migrations already applied)"
sleep 2
echo "resident memory, idle: $(rss) MB"
wrk -t2 -c32 -d20s "http://$ADDR/api/v1/platforms/bench/opportunities" >/dev/null &
LOAD=$!
PEAK=0
while kill -0 $LOAD 2>/dev/null; do now=$(rss); [ "$now" -gt "$PEAK" ] && PEAK=$now; sleep 0.5; done
echo "resident memory, under load (peak): $PEAK MB"
