#!/usr/bin/env bash
# Reruns the measurements behind docs/reliability.md against a Release build on 127.0.0.1 (never in CI: it takes
# minutes and its figures depend on the machine). Every step prints one summary line; the load average is printed
# beside each figure, because on a shared machine a figure without it means little.
#
#   bash tests/reliability/run.sh [step...]      steps: load kill-import kill-writes redis neo4j fuzz (default: all)
#
# Environment: CLIENTS (150), LOAD_SECONDS (60), KILLS (10), FUZZ_OPERATIONS (20000), CONFIGURATION (Release),
# SERVER_DLL (default: the build in src/RareGraph.Server/bin/$CONFIGURATION).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CONFIGURATION="${CONFIGURATION:-Release}"
CLIENTS="${CLIENTS:-150}" LOAD_SECONDS="${LOAD_SECONDS:-60}" KILLS="${KILLS:-10}" FUZZ_OPERATIONS="${FUZZ_OPERATIONS:-20000}"
WORK="$(mktemp -d)"
DLL="${SERVER_DLL:-$ROOT/src/RareGraph.Server/bin/$CONFIGURATION/net10.0/RareGraph.Server.dll}"
KEY="rg_reliability-run-0123456789abcdefghijklmnopqrstuvwxyz"
HASH="sha256:$(printf '%s' "$KEY" | sha256sum | cut -d' ' -f1)"
steps=("$@"); ((${#steps[@]})) || steps=(load kill-import kill-writes redis neo4j fuzz)
pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "?"; }

# start_server <db file> [extra env...]: starts the server in the background; sets PORT and SERVER_PID.
start_server() {
  local db="$1"; shift
  PORT="$(free_port)"
  env ASPNETCORE_ENVIRONMENT=Production Urls="http://127.0.0.1:$PORT" RareGraph__Sqlite__Path="$db" \
    RareGraph__Security__ApiKeys__0__Id=reliability RareGraph__Security__ApiKeys__0__Hash="$HASH" \
    RareGraph__Security__ApiKeys__0__Role=ADMIN RareGraph__Security__RateLimit__PermitsPerMinute=100000000 \
    RareGraph__Security__CursorKey="$(head -c 32 /dev/urandom | base64)" "$@" \
    dotnet "$DLL" --contentRoot "$(dirname "$DLL")" >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!; pids+=("$SERVER_PID")
}
wait_ready() {
  for _ in $(seq 1 600); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready")" == 200 ]] && return 0
    sleep 0.2
  done
  echo "server did not become ready; log: $WORK/server.log" >&2; return 1
}
gql() { curl -s "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' -H "x-api-key: $KEY" -d "$1"; }

[[ -f "$DLL" ]] || nice -n 10 dotnet build "$ROOT/src/RareGraph.Server" -c "$CONFIGURATION" -v q -nologo >/dev/null

for step in "${steps[@]}"; do
  case "$step" in
  load)
    start_server "$WORK/load.db"; wait_ready
    before=$(rss_mb "$SERVER_PID")
    result=$(node "$HERE/load.mjs" "http://127.0.0.1:$PORT/" "$KEY" "$CLIENTS" "$LOAD_SECONDS" 10)
    echo "load: $result rssBeforeMB=$before rssAfterMB=$(rss_mb "$SERVER_PID") loadavg=$(load)"
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
    ;;
  kill-import)
    # kill -9 at a random moment during importGraph of 2,000 organisations and 4,000 relationships; after the restart
    # the batch is there entirely or not at all.
    partial=0 whole=0 none=0 counts=""
    for i in $(seq 1 "$KILLS"); do
      db="$WORK/import-$i.db"
      start_server "$db" RareGraph__DemoData=false; wait_ready
      node -e '
        const n = 2000, orgs = [], rels = [];
        for (let i = 0; i < n; i++) orgs.push(`{ key: "imp:${i}", name: "Org ${i}", kind: NGO }`);
        for (let i = 0; i < n; i++) rels.push(`{ fromKey: "imp:${i}", toKey: "imp:${(i + 1) % n}", type: PARTNERS_WITH }`, `{ fromKey: "imp:${i}", toKey: "imp:${(i + 7) % n}", type: PARTNERS_WITH }`);
        process.stdout.write(JSON.stringify({ query: `mutation { importGraph(input: { organisations: [${orgs}] relationships: [${rels}] }) { changed } }` }));
      ' >"$WORK/import.json"
      curl -s -o /dev/null "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' -H "x-api-key: $KEY" --data-binary @"$WORK/import.json" &
      sleep "$((RANDOM % 4)).$((RANDOM % 10))"
      kill -9 "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
      start_server "$db" RareGraph__DemoData=false; wait_ready
      count=$(gql '{"query":"{ organisations { totalCount }}"}' | sed -E 's/.*"totalCount":([0-9]+).*/\1/')
      counts+=" $count"
      case "$count" in 0) none=$((none + 1)) ;; 2000) whole=$((whole + 1)) ;; *) partial=$((partial + 1)) ;; esac
      kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
    done
    echo "kill-import: $KILLS kills: whole=$whole none=$none partial=$partial (organisations after each restart:$counts) loadavg=$(load)"
    ;;
  kill-writes)
    # A stream of single writes, each counted only when acknowledged (200, changed); kill -9 mid-stream, restart, and
    # look every acknowledged key up.
    db="$WORK/writes.db"; start_server "$db" RareGraph__DemoData=false; wait_ready
    : >"$WORK/acked"
    ( for i in $(seq 1 100000); do
        out=$(gql "{\"query\":\"mutation { upsertJurisdiction(input: { key: \\\"w:$i\\\", name: \\\"W $i\\\", code: \\\"HU\\\" }) { changed } }\"}" || true)
        [[ "$out" == *'"changed":true'* ]] && echo "w:$i" >>"$WORK/acked"
      done ) &
    writer=$!
    sleep 8; kill -9 "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; sleep 1; kill "$writer" 2>/dev/null || true; wait "$writer" 2>/dev/null || true
    start_server "$db" RareGraph__DemoData=false; wait_ready
    acked=$(wc -l <"$WORK/acked"); missing=0
    while read -r k; do
      [[ "$(gql "{\"query\":\"{ entity(key: \\\"$k\\\") { key } }\"}")" == *"\"$k\""* ]] || missing=$((missing + 1))
    done <"$WORK/acked"
    echo "kill-writes: acknowledged=$acked missing=$missing loadavg=$(load)"
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
    ;;
  redis)
    rport="$(free_port)"
    redis-server --bind 127.0.0.1 --port "$rport" --save '' --appendonly no >"$WORK/redis.log" 2>&1 & rpid=$!; pids+=("$rpid")
    start_server "$WORK/redis.db" RareGraph__Redis="127.0.0.1:$rport,abortConnect=false"; wait_ready
    node "$HERE/load.mjs" "http://127.0.0.1:$PORT/" "$KEY" 20 30 10 >"$WORK/redis-load.json" & lpid=$!
    sleep 8; kill "$rpid"; wait "$rpid" 2>/dev/null || true
    sleep 10; redis-server --bind 127.0.0.1 --port "$rport" --save '' --appendonly no >>"$WORK/redis.log" 2>&1 & rpid=$!; pids+=("$rpid")
    wait "$lpid"
    echo "redis (stopped at 8 s, back at 18 s of 30 s): $(cat "$WORK/redis-load.json") loadavg=$(load)"
    kill "$SERVER_PID" "$rpid"; wait "$SERVER_PID" 2>/dev/null || true
    ;;
  neo4j)
    # Neo4j simulated by fake-neo4j.mjs (no data, documented Query API answers): down at start, up, down mid-run, up.
    nport="$(free_port)"
    start_server "$WORK/unused.db" RareGraph__Store=neo4j RareGraph__Neo4j__Uri="http://127.0.0.1:$nport" \
      RareGraph__Neo4j__User=neo4j RareGraph__Neo4j__Password=x RareGraph__Neo4j__MaxRetries=1 RareGraph__DemoData=false
    sleep 6
    ready=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready")
    answer=$(gql '{"query":"{ __typename }"}')
    node "$HERE/fake-neo4j.mjs" "$nport" & fpid=$!; pids+=("$fpid")
    t0=$(date +%s.%N); wait_ready; became=$(echo "$(date +%s.%N) - $t0" | bc)
    kill "$fpid"; wait "$fpid" 2>/dev/null || true
    midrun=$(gql '{"query":"{ entity(key: \"x\") { key } }"}')
    node "$HERE/fake-neo4j.mjs" "$nport" & fpid=$!; pids+=("$fpid"); sleep 1
    recovered=$(gql '{"query":"{ entity(key: \"x\") { key } }"}')
    echo "neo4j: down at start: ready=$ready graphql=$answer; ready ${became}s after Neo4j appeared; mid-run down: $midrun; back: $recovered; warnings=$(grep -c 'not reachable (attempt' "$WORK/server.log"); httpclient-lines=$(grep -c 'System.Net.Http' "$WORK/server.log" || true) loadavg=$(load)"
    kill "$SERVER_PID" "$fpid"; wait "$SERVER_PID" 2>/dev/null || true
    ;;
  fuzz)
    RAREGRAPH_FUZZ_OPERATIONS="$FUZZ_OPERATIONS" nice -n 10 dotnet test "$ROOT/tests/RareGraph.GraphQL.Tests" -c "$CONFIGURATION" --no-build \
      --filter "FullyQualifiedName~SchemaFuzzTests" --logger "console;verbosity=detailed" 2>&1 | grep -E "seed [0-9]+:|Passed!|Failed!" | tr '\n' ' '
    echo "loadavg=$(load)"
    ;;
  *) echo "unknown step $step" >&2; exit 2 ;;
  esac
done
