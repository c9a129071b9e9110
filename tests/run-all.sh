#!/usr/bin/env bash
# THE test command (README, .ci/run): bash tests/run-all.sh
#
# On a fresh Debian machine, as root or with sudo, it installs what is missing (chromium and redis-server from apt,
# the npm tools of the GraphiQL page and of tests/e2e), builds the solution once, runs every test project with a trx
# log, runs `dotnet format --verify-no-changes` as one more test, and ends with its own summary line:
#     N passed, N failed, N skipped
# It exits non-zero on any failure, and when no test ran at all.
#
# Environment:
#   CI=true          snapshots must already exist (SNAPSHOOTER_STRICT_MODE) and end-to-end prerequisites fail, not skip
#   CONFIGURATION    Release (default) or Debug
#   RESULTS_DIR      where trx files, logs and screenshots go (default: TestResults at the repository root)
#   RAREGRAPH_TEST_FILTER  a `dotnet test --filter` expression, for a quicker partial run (CI sets none: every test runs)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CONFIGURATION="${CONFIGURATION:-Release}"
RESULTS_DIR="${RESULTS_DIR:-$ROOT/TestResults}"
TRX_DIR="$RESULTS_DIR/trx"
export RAREGRAPH_E2E_ARTIFACTS="$RESULTS_DIR/e2e"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false

started_at=$(date +%s)
passed=0
failed=0
skipped=0
failures=()        # names of failed steps, repeated in the closing report
redis_pid=""
summary_printed=false

current_step="start"
log() { current_step="$*"; printf '\n==> [%4ss] %s\n' "$(($(date +%s) - started_at))" "$*"; }
fail_step() { failed=$((failed + 1)); failures+=("$1"); echo "FAILED: $1" >&2; }

stop_redis() {
  if [[ -n "$redis_pid" ]] && kill -0 "$redis_pid" 2>/dev/null; then
    kill "$redis_pid" 2>/dev/null || true
    wait "$redis_pid" 2>/dev/null || true
  fi
  redis_pid=""
}

print_summary() {
  stop_redis
  summary_printed=true
  echo
  echo "Total time: $(($(date +%s) - started_at)) s. Results: $RESULTS_DIR"
  if ((${#failures[@]} > 0)); then
    printf 'Failed: %s\n' "${failures[@]}"
  fi
  # The closing line CI reads: alone on its line, and the very last thing printed.
  echo "$passed passed, $failed failed, $skipped skipped"
}

on_exit() {
  local status=$?
  if [[ "$summary_printed" != true ]]; then
    # An unexpected error stopped the script (set -e): report it as a failure, never as a clean run.
    ((failed > 0)) || fail_step "tests/run-all.sh stopped early (exit $status) during: $current_step"
    print_summary
    exit 1
  fi
}
trap on_exit EXIT

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Need root or sudo to run: $*" >&2
    return 1
  fi
}

apt_updated=false
apt_install() {
  if [[ "$apt_updated" != true ]]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

install_prerequisites() {
  local missing=()
  command -v node >/dev/null || missing+=(nodejs npm)
  [[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]] || missing+=(chromium)
  command -v redis-server >/dev/null || missing+=(redis-server)
  # The export tests open files with networkx, as researchers do: any python3 on PATH that has it, else Debian's.
  { python3 -c 'import networkx' 2>/dev/null || /usr/bin/python3 -c 'import networkx' 2>/dev/null; } || missing+=(python3-networkx)
  if ((${#missing[@]} > 0)); then
    log "Installing from apt: ${missing[*]}"
    apt_install "${missing[@]}"
  fi
  command -v dotnet >/dev/null || { echo "dotnet (SDK 10) is not installed." >&2; return 1; }
}

# npm ci only when node_modules is missing or older than the lock file; --prefer-offline serves from the npm cache.
npm_install() {
  local dir="$1"
  if [[ ! -d "$dir/node_modules" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    log "npm ci in ${dir#"$ROOT"/}"
    (cd "$dir" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error)
  fi
}

# The server's build makes the pages (the map, the GraphiQL explorer) only when they are missing; rebuild them here
# when their sources moved on.
build_explorer_if_stale() {
  local app="$ROOT/src/RareGraph.Server/ClientApp" index
  [[ -f "$app/package.json" ]] || return 0
  npm_install "$app"
  for index in "$ROOT/src/RareGraph.Server/wwwroot/graphiql/index.html" "$ROOT/src/RareGraph.Server/wwwroot/map/index.html"; do
    if [[ ! -f "$index" ]] || [[ -n "$(find "$app" -path "$app/node_modules" -prune -o -type f -newer "$index" -print -quit)" ]]; then
      log "Building the map and the GraphiQL explorer (vite)"
      (cd "$app" && npm run --silent build -- --logLevel warn)
      return 0
    fi
  done
}

free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

start_redis() {
  local port
  port=$(free_port)
  redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no >"$RESULTS_DIR/redis.log" 2>&1 &
  redis_pid=$!
  for _ in $(seq 50); do
    if redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; then
      export RAREGRAPH_TEST_REDIS="127.0.0.1:$port"
      log "redis-server (pid $redis_pid) on $RAREGRAPH_TEST_REDIS"
      return 0
    fi
    sleep 0.1
  done
  echo "redis-server did not answer; see $RESULTS_DIR/redis.log" >&2
  return 1
}

# Sums the Counters element of every trx file: prints "passed failed skipped files".
count_trx() {
  node - "$TRX_DIR" <<'EOF'
const fs = require('fs');
const path = require('path');
const dir = process.argv[2];
let passed = 0, failed = 0, skipped = 0, files = 0;
for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
  if (!name.endsWith('.trx')) continue;
  const counters = /<Counters\s([^>]*)\/>/.exec(fs.readFileSync(path.join(dir, name), 'utf8'));
  if (!counters) continue;
  const value = (attribute) => Number(new RegExp(`\\b${attribute}="(\\d+)"`).exec(counters[1])?.[1] ?? 0);
  files++;
  passed += value('passed');
  failed += value('failed') + value('error') + value('timeout') + value('aborted');
  skipped += value('total') - value('executed');
}
console.log(`${passed} ${failed} ${skipped} ${files}`);
EOF
}

# --- 1. what the tests need ------------------------------------------------------------------------------------------
rm -rf "$TRX_DIR" "$RAREGRAPH_E2E_ARTIFACTS"
mkdir -p "$TRX_DIR" "$RAREGRAPH_E2E_ARTIFACTS"
if [[ "${CI:-}" == "true" ]]; then
  export SNAPSHOOTER_STRICT_MODE=true
fi

log "Prerequisites"
install_prerequisites
npm_install "$ROOT/tests/e2e"
npm_install "$ROOT/tests/cypher-lint"
npm_install "$ROOT/tests/schema-check"
build_explorer_if_stale
start_redis

# --- 2. build once ---------------------------------------------------------------------------------------------------
log "dotnet build RareGraph.sln -c $CONFIGURATION"
build_ok=true
if ! dotnet build RareGraph.sln -c "$CONFIGURATION" -nologo -v quiet -clp:ErrorsOnly 2>&1 | tee "$RESULTS_DIR/build.log"; then
  build_ok=false
  fail_step "dotnet build (see $RESULTS_DIR/build.log)"
fi

# --- 3. every test project -------------------------------------------------------------------------------------------
if [[ "$build_ok" == true ]]; then
  log "dotnet test RareGraph.sln"
  test_status=0
  filter_args=()
  if [[ -n "${RAREGRAPH_TEST_FILTER:-}" ]]; then
    filter_args=(--filter "$RAREGRAPH_TEST_FILTER")
    echo "Only the tests matching: $RAREGRAPH_TEST_FILTER"
  fi
  # A hung test host is killed (and reported as failed) long before CI's own time limit ends the whole run.
  dotnet test RareGraph.sln -c "$CONFIGURATION" --no-build --nologo "${filter_args[@]}" \
    --logger trx --logger "console;verbosity=minimal" --results-directory "$TRX_DIR" \
    --blame-hang-timeout 15m --blame-hang-dump-type none || test_status=$?

  read -r trx_passed trx_failed trx_skipped trx_files < <(count_trx)
  passed=$((passed + trx_passed))
  skipped=$((skipped + trx_skipped))
  failed=$((failed + trx_failed))
  ((trx_failed == 0)) || failures+=("$trx_failed test(s), see $TRX_DIR")
  echo "trx: $trx_files file(s), $trx_passed passed, $trx_failed failed, $trx_skipped skipped"
  if ((test_status != 0 && trx_failed == 0)); then
    # e.g. a test host that crashed before writing its results
    fail_step "dotnet test exited $test_status without a failed test in its trx files"
  fi
  if ((trx_passed + trx_failed == 0)); then
    fail_step "no test ran"
  fi
  if [[ -f "$RAREGRAPH_E2E_ARTIFACTS/audit-counts.txt" ]]; then
    cat "$RAREGRAPH_E2E_ARTIFACTS/audit-counts.txt"
    echo
  fi
fi

# --- 4. formatting, counted as one test ------------------------------------------------------------------------------
log "dotnet format --verify-no-changes"
if dotnet format RareGraph.sln --verify-no-changes --no-restore -v quiet >"$RESULTS_DIR/format.log" 2>&1; then
  passed=$((passed + 1))
else
  cat "$RESULTS_DIR/format.log" >&2
  fail_step "dotnet format --verify-no-changes (see $RESULTS_DIR/format.log)"
fi

print_summary
((failed == 0))
