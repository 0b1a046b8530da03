#!/usr/bin/env bash
# A burst of sign-ups and sign-ins: CLIENTS clients at once each create an account
# (POST /api/v1/accounts) and then sign in (POST /api/v1/auth/token). Prints how the
# answers went (201/200, 503 busy, 429 limited), how long the burst took, and the peak
# resident memory of the server (VmHWM), which password hashing once drove to gigabytes.
#
#   benchmarks/sign-up-burst.sh                       # SQLite
#   DATABASE=postgres://postgres@127.0.0.1:5432/postgres benchmarks/sign-up-burst.sh
#
# Environment: CLIENTS (default 200). Each client has an address of its own, told to the
# server (which trusts it, as behind a reverse proxy) in X-Forwarded-For.
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${CLIENTS:-200}

cargo build --release --locked -q -p entraide
BIN=target/release/entraide
WORK=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; [ -n "${DROP:-}" ] && psql -q "$DROP_URL" -c "DROP DATABASE IF EXISTS $DROP" >/dev/null 2>&1; rm -rf "$WORK"' EXIT
if [ -n "${DATABASE:-}" ]; then
  DROP="burst_$$"
  DROP_URL="$DATABASE"
  psql -q "$DATABASE" -c "CREATE DATABASE $DROP" >/dev/null
  DB="${DATABASE%/*}/$DROP"
else
  DB="sqlite://$WORK/burst.db"
fi

ADDR=127.0.0.1:18183
ENTRAIDE_LOG=warn $BIN serve --addr $ADDR --database "$DB" --trust-forwarded-for >/dev/null &
SERVER=$!
until curl -fs "http://$ADDR/healthz" >/dev/null 2>&1; do sleep 0.05; done
echo "resident memory before: $(awk '/VmRSS/ {print int($2 / 1024)}' /proc/$SERVER/status) MB"

python3 - "$ADDR" "$CLIENTS" <<'PY'
import http.client, json, sys, threading, time, collections
addr, clients = sys.argv[1], int(sys.argv[2])
host, port = addr.split(":")
answers = collections.Counter()
lock = threading.Lock()
start = threading.Barrier(clients)

def post(path, body, client):
    connection = http.client.HTTPConnection(host, int(port), timeout=120)
    headers = {"Content-Type": "application/json", "X-Forwarded-For": client}
    connection.request("POST", path, json.dumps(body), headers)
    status = connection.getresponse().status
    connection.close()
    return status

def client(index):
    email = f"burst{index}@example.org"
    password = "tulips along the canal at dawn"
    address = f"10.0.{index // 250}.{index % 250 + 1}"
    start.wait()
    created = post("/api/v1/accounts", {"email": email, "password": password, "display_name": f"Burst {index}"}, address)
    signed_in = post("/api/v1/auth/token", {"email": email, "password": password}, address) if created == 201 else None
    with lock:
        answers[f"sign-up {created}"] += 1
        if signed_in is not None:
            answers[f"sign-in {signed_in}"] += 1

began = time.time()
threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
for t in threads: t.start()
for t in threads: t.join()
print(f"{clients} clients in {time.time() - began:.1f} s: " + ", ".join(f"{k}: {v}" for k, v in sorted(answers.items())))
PY
echo "resident memory, peak over the burst (VmHWM): $(awk '/VmHWM/ {print int($2 / 1024)}' /proc/$SERVER/status) MB"
