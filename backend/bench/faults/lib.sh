# Shared by the fault and load scripts (sourced, not run): a throw-away stack on its own ports, loopback
# only — embedded PostgreSQL (zonky, from the test classpath), the packaged backend (demo profile: the
# 664 demo items) and a Keycloak with the dev realm (keycloak/keycloak.sh) — plus the load tools (wrk
# with mixed.lua, a curl probe) and the figures they print.
#
# Ports (the launcher uses 8080/8180/5173/15432, its tests 8081/8181/9001/5174/15433):
#   FAULTS_API_PORT 8092 (8090 is the catalogue benchmark's), FAULTS_DB_PORT 15440, FAULTS_KC_PORT 8190, FAULTS_KC_MGMT_PORT 9010.
# Needs: the packaged backend (backend/target/quarkus-app) and its test classes, wrk, psql, jq, curl, python3.
# A Keycloak already answering on FAULTS_KC_PORT is reused and left running (all.sh starts one for all).

set -euo pipefail

FAULTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BACKEND=$(dirname "$(dirname "$FAULTS_DIR")")
ROOT=$(dirname "$BACKEND")
export GONGKAI_HOME=${GONGKAI_HOME:-$ROOT/.gongkai}
KEYCLOAK_SH=$ROOT/keycloak/keycloak.sh
WORK=${FAULTS_WORK:-$GONGKAI_HOME/faults}
API_PORT=${FAULTS_API_PORT:-8092}
DB_PORT=${FAULTS_DB_PORT:-15440}
KC_PORT=${FAULTS_KC_PORT:-8190}
KC_MGMT_PORT=${FAULTS_KC_MGMT_PORT:-9010}
API=http://127.0.0.1:$API_PORT
KC_URL=http://localhost:$KC_PORT
KC_ENV=(GONGKAI_HOME="$GONGKAI_HOME" KC_PORT="$KC_PORT" KC_MGMT_PORT="$KC_MGMT_PORT" KC_DATA="$WORK/keycloak")
JAR=$BACKEND/target/quarkus-app/quarkus-run.jar
DATA=$WORK/data            # ids, search terms, departments, the items staff write, tokens
mkdir -p "$WORK" "$DATA"

FAULTS_PIDS=()
DB_PID=
API_PID=
KC_STARTED_HERE=

say() { printf '\033[1m[faults]\033[0m %s\n' "$*"; }
die() { printf '[faults] error: %s\n' "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }

faults_cleanup() {
  local code=$?
  trap - EXIT INT TERM
  set +e   # stop everything, even when some of it is gone already
  [[ -n ${PROBE_PID:-} ]] && kill "$PROBE_PID" 2>/dev/null
  [[ -n ${FROZEN_PGID:-} ]] && kill -CONT -- "-$FROZEN_PGID" 2>/dev/null
  for pid in "${FAULTS_PIDS[@]+"${FAULTS_PIDS[@]}"}"; do kill -CONT -- "-$pid" 2>/dev/null; kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "${FAULTS_PIDS[@]+"${FAULTS_PIDS[@]}"}"; do wait "$pid" 2>/dev/null || true; done
  if [[ -n $KC_STARTED_HERE ]]; then
    kill -CONT -- "-$(kc_pid)" 2>/dev/null || true
    env "${KC_ENV[@]}" "$KEYCLOAK_SH" stop >/dev/null 2>&1 || true
  fi
  exit "$code"
}
trap faults_cleanup EXIT INT TERM

require_free_port() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then die "port $1 is in use (another fault run?)"; fi
}

# The packaged backend and the test classpath (for the embedded PostgreSQL). Build them (under the
# shared build lock, see docs/reliability.md) when they are missing.
ensure_build() {
  for tool in wrk psql jq curl python3; do command -v "$tool" >/dev/null || die "$tool is required (apt-get install -y wrk postgresql-client jq curl python3)"; done
  if [[ ! -f $JAR || ! -f $BACKEND/target/test-classes/org/gongkai/support/EmbeddedPostgresServer.class ]]; then
    say "Building the backend (mvnw package -DskipTests)..."
    (cd "$BACKEND" && ./mvnw -B -q package -DskipTests)
  fi
  CLASSPATH_FILE=${FAULTS_CLASSPATH:-$WORK/classpath.txt}
  if [[ ! -s $CLASSPATH_FILE || $BACKEND/pom.xml -nt $CLASSPATH_FILE ]]; then
    (cd "$BACKEND" && ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE")
  fi
  say "backend jar built $(date -u -r "$JAR" +%FT%TZ) (tree now at $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "?"))"
}

background() { # log, command...
  local log=$1; shift
  setsid "$@" >"$log" 2>&1 </dev/null &
  FAULTS_PIDS+=("$!")
  LAST_PID=$!
}

wait_http() { # name url timeout
  local t0=$SECONDS
  until curl -sf -o /dev/null --max-time 2 "$2"; do
    (( SECONDS - t0 < $3 )) || die "$1 not ready at $2 after $3 s"
    sleep 0.5
  done
}

# ---- PostgreSQL ----------------------------------------------------------------------------
# fresh=1: a new, empty data folder (the backend then loads the demo catalogue); otherwise the same data.
start_db() {
  local fresh=${1:-0} log=$WORK/postgres.log t0
  if [[ $fresh == 1 ]]; then rm -rf "$WORK/pg/data"; fi
  require_free_port "$DB_PORT"
  : >"$log"
  t0=$(now_ms)
  background "$log" java -cp "$BACKEND/target/test-classes:$(cat "$CLASSPATH_FILE")" \
    org.gongkai.support.EmbeddedPostgresServer "$WORK/pg/data" "$DB_PORT"
  DB_PID=$LAST_PID
  local s=$SECONDS
  until grep -q "PostgreSQL ready" "$log"; do
    (( SECONDS - s < 120 )) || { tail -20 "$log" >&2; die "PostgreSQL did not start"; }
    kill -0 "$DB_PID" 2>/dev/null || { tail -20 "$log" >&2; die "PostgreSQL exited"; }
    sleep 0.2
  done
  DB_READY_MS=$(now_ms)
  DB_START_MS=$(( DB_READY_MS - t0 ))
}

# Stops PostgreSQL the way an outage looks to the API: the server goes away (fast shutdown).
stop_db() {
  kill -TERM -- "-$DB_PID" 2>/dev/null || true
  local s=$SECONDS
  while (exec 3<>"/dev/tcp/127.0.0.1/$DB_PORT") 2>/dev/null; do (( SECONDS - s < 60 )) || die "PostgreSQL did not stop"; sleep 0.1; done
  wait "$DB_PID" 2>/dev/null || true
  local keep=() pid
  for pid in "${FAULTS_PIDS[@]}"; do [[ $pid == "$DB_PID" ]] || keep+=("$pid"); done
  FAULTS_PIDS=("${keep[@]+"${keep[@]}"}")
}

psql_db() { PGCONNECT_TIMEOUT=5 psql -X -q -t -A -h 127.0.0.1 -p "$DB_PORT" -U postgres -d gongkai "$@"; }

# ---- backend -------------------------------------------------------------------------------
start_api() {
  require_free_port "$API_PORT"
  background "$WORK/backend.log" env DB_HOST=127.0.0.1 DB_PORT="$DB_PORT" QUARKUS_HTTP_PORT="$API_PORT" \
    KEYCLOAK_URL="$KC_URL" CORS_ORIGINS=http://localhost:4173 \
    java -Xmx512m -Dquarkus.profile=demo -jar "$JAR"
  API_PID=$LAST_PID
  wait_http backend "$API/q/health/ready" 240
}

stop_api() {
  kill -TERM -- "-$API_PID" 2>/dev/null || true
  wait "$API_PID" 2>/dev/null || true
  local keep=() pid
  for pid in "${FAULTS_PIDS[@]}"; do [[ $pid == "$API_PID" ]] || keep+=("$pid"); done
  FAULTS_PIDS=("${keep[@]+"${keep[@]}"}")
  local s=$SECONDS
  while (exec 3<>"/dev/tcp/127.0.0.1/$API_PORT") 2>/dev/null; do (( SECONDS - s < 60 )) || die "the API did not stop"; sleep 0.2; done
}

rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$API_PID/status"; }
heap_mb() { # heap in use, from the backend's Prometheus metrics
  curl -s --max-time 5 "$API/q/metrics" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ { s += $NF } END { printf "%.0f", s / 1048576 }'
}

# ---- Keycloak ------------------------------------------------------------------------------
kc_pid() { cat "$WORK/keycloak/keycloak.pid" 2>/dev/null; }
kc_ready() { curl -sf -o /dev/null --max-time 3 "$KC_URL/realms/gongkai/.well-known/openid-configuration"; }

# Starts Keycloak (dev realm, fresh data) unless one answers already; kc_wait waits for it.
kc_begin() {
  if kc_ready; then return 0; fi
  "$KEYCLOAK_SH" ensure >/dev/null
  env "${KC_ENV[@]}" "$KEYCLOAK_SH" stop >/dev/null 2>&1 || true
  env "${KC_ENV[@]}" "$KEYCLOAK_SH" reset >/dev/null
  KC_STARTED_HERE=1
  env "${KC_ENV[@]}" "$KEYCLOAK_SH" start >/dev/null
}
kc_wait() { kc_ready || env "${KC_ENV[@]}" "$KEYCLOAK_SH" wait >/dev/null; }
start_keycloak() { kc_begin; kc_wait; }

# The whole stack on a fresh database, with the test data and staff tokens.
start_stack() {
  ensure_build
  kc_begin
  start_db 1
  start_api
  kc_wait
  prepare_data
  refresh_tokens
  say "stack up: API $API (pid $API_PID), PostgreSQL :$DB_PORT, Keycloak $KC_URL"
}

stop_keycloak() { env "${KC_ENV[@]}" "$KEYCLOAK_SH" stop >/dev/null; }

token() { env "${KC_ENV[@]}" "$KEYCLOAK_SH" token "$1"; }

# ---- test data -----------------------------------------------------------------------------
# ids of all items, search terms (character bigrams of item names, URL-encoded), department codes,
# and the items staff write (one per wrk thread: id, department, guide with a __MARK__ placeholder).
prepare_data() {
  local page
  : >"$DATA/items.jsonl"
  for page in $(seq 1 7); do
    curl -sf "$API/api/v1/services?size=100&page=$page&sort=name" | jq -c '.items[] | {id, name, department: .department.code}' >>"$DATA/items.jsonl"
  done
  jq -r .id "$DATA/items.jsonl" >"$DATA/ids.txt"
  python3 - "$DATA" <<'PY'
import json, sys, urllib.parse, random
d = sys.argv[1]
names = [json.loads(l)["name"] for l in open(f"{d}/items.jsonl")]
grams = sorted({n[i:i + 2] for n in names for i in range(len(n) - 1) if all("\u4e00" <= c <= "\u9fff" for c in n[i:i + 2])})
random.seed(7)
terms = random.sample(grams, min(400, len(grams))) + ["规划", "許可", "营业执照", "社保", "不动产登记", "xyz", "a"]
open(f"{d}/terms.txt", "w").write("".join(urllib.parse.quote(t) + "\n" for t in terms))
PY
  curl -sf "$API/api/v1/departments" | jq -r '.[].code' >"$DATA/departments.txt"
  # Items of the two demo staff departments, written by one wrk thread each.
  : >"$DATA/write-items.txt"
  jq -r 'select(.department == "public-security" or .department == "market-regulation") | "\(.id) \(.department)"' "$DATA/items.jsonl" |
    while read -r id dept; do
      printf '%s\t%s\t%s\n' "$id" "$dept" \
        "$(curl -sf "$API/api/v1/services/$id" | jq -c '.guide | .handling.location = "__MARK__"')"
    done >>"$DATA/write-items.txt"
  say "test data: $(wc -l <"$DATA/ids.txt") items, $(wc -l <"$DATA/terms.txt") search terms, $(wc -l <"$DATA/departments.txt") departments, $(wc -l <"$DATA/write-items.txt") writable items"
}

# Fresh staff tokens for wrk (access tokens live 5 minutes).
refresh_tokens() {
  printf 'public-security\t%s\nmarket-regulation\t%s\n' "$(token staff-public-security)" "$(token staff-market-regulation)" >"$DATA/tokens.txt"
}

# ---- load ----------------------------------------------------------------------------------
# run_wrk NAME CONNECTIONS DURATION WRITE_SHARE [TIMEOUT]: mixed.lua, one connection per thread; the output
# (wrk's summary plus mixed.lua's STATUS/RETRY_AFTER/ERRSEC/ACK lines) goes to $WORK/NAME.wrk.
run_wrk() {
  local name=$1 conns=$2 duration=$3 share=$4 timeout=${5:-10s}
  FAULTS_DATA=$DATA FAULTS_WRITE_SHARE=$share FAULTS_RUN=$name \
    wrk -t"$conns" -c"$conns" -d"$duration" --timeout "$timeout" --latency -s "$FAULTS_DIR/mixed.lua" "$API" >"$WORK/$name.wrk" 2>&1
}

to_ms() { # wrk prints 812.00us, 3.21ms, 1.02s or 1.00m
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}

# Prints the figures of a wrk run: requests, req/s, p50/p99/max, statuses by kind, 5xx (and how many
# carried Retry-After), socket errors, and the seconds in which 5xx or socket errors happened.
report_wrk() {
  local f=$WORK/$1.wrk
  local reqs rps p50 p99 max
  reqs=$(awk '/requests in/ { print $1 }' "$f")
  rps=$(awk '/Requests\/sec/ { print $2 }' "$f")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$f")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$f")")
  max=$(to_ms "$(awk '$1 == "Latency" { print $4 }' "$f")")
  printf '  %s requests, %s req/s, latency p50 %s ms, p99 %s ms, max %s ms\n' "$reqs" "$rps" "$p50" "$p99" "$max"
  awk '$1 == "STATUS" { by[$2] = by[$2] sprintf(" %s×%s", $3, $4) } END { for (k in by) printf "  %-9s%s\n", k, by[k] }' "$f" | sort
  awk '$1 == "STATUS" && $3 >= 500 { n += $4; s[$3] += $4 } $1 == "RETRY_AFTER" { ra = $2 } $1 == "SOCKET" { sock = $0 }
       END { printf "  5xx: %d", n; for (k in s) printf " (%s: %d)", k, s[k]; printf ", with Retry-After: %d; %s\n", ra, sock }' "$f"
  awk '$1 == "ERRSEC" { printf "%s%s", (n++ ? " " : "  5xx by second of the run (second: count): "), $2 ":" $3 } END { if (n) print "" }' "$f"
}

count_5xx() { awk '$1 == "STATUS" && $3 >= 500 { n += $4 } END { print n + 0 }' "$WORK/$1.wrk"; }
wrk_p99() { to_ms "$(awk '$1 == "99%" { print $2 }' "$WORK/$1.wrk")"; }

# Every draft save answered 200 must be in the database: each wrk thread writes its own item in
# sequence, so the stored mark must be the thread's last acknowledged one, or a later one whose answer
# was lost (a 5xx or a timeout after the commit). Prints acknowledged writes, checked items, lost ones.
check_acknowledged_writes() {
  local f=$WORK/$1.wrk acked lost=0 checked=0 later=0 id thread last sent stored seq
  acked=$(awk '$1 == "STATUS" && $2 == "save" && $3 == 200 { n += $4 } END { print n + 0 }' "$f")
  while read -r _ id thread last sent; do
    (( last > 0 )) || continue
    checked=$((checked + 1))
    stored=$(psql_db -c "SELECT draft->'handling'->>'location' FROM service_item WHERE id = '$id'")
    seq=${stored##*-}
    if [[ $stored != "$1-$thread-"* ]] || (( seq < last || seq > sent )); then
      lost=$((lost + 1)); echo "  LOST: item $id thread $thread last acknowledged $last, sent up to $sent, stored '$stored'"
    elif (( seq > last )); then later=$((later + 1)); fi
  done < <(grep '^ACK ' "$f")
  printf '  acknowledged draft saves: %d; items checked: %d; lost acknowledged writes: %d (items holding a later, unacknowledged save: %d)\n' "$acked" "$checked" "$lost" "$later"
  LOST_WRITES=$lost
}

# A probe: one uncached database read (a page no other request asks for) every 200 ms, logged as
# "ms-since-epoch status seconds"; probe_stop ends it.
probe_start() {
  PROBE_LOG=$WORK/$1.probe
  : >"$PROBE_LOG"
  (
    while :; do
      printf '%s %s\n' "$(now_ms)" "$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 5 \
        "$API/api/v1/services?size=1&sort=name&page=$((RANDOM % 600 + 1))&audience=PERSON&q=$RANDOM")" >>"$PROBE_LOG"
      sleep 0.2
    done
  ) &
  PROBE_PID=$!
}
probe_stop() { kill "$PROBE_PID" 2>/dev/null; wait "$PROBE_PID" 2>/dev/null || true; PROBE_PID=; }

# Seconds from $2 (ms) until the probe's last failure after it was followed by a 200, i.e. when the API
# answered normally again; "no failure" when the probe saw none in the window [$2, $3].
probe_recovery() {
  awk -v from="$2" -v to="$3" '$1 >= from && $1 <= to { if ($2 != 200) { bad = $1; fails++; ok_after = 0 } else if (bad && !ok_after) { ok_after = $1 } }
    END { if (!fails) print "no failure seen by the probe"; else if (!ok_after) print "not recovered in the window (" fails " failed probes)";
          else printf "%.1f s until the first 200 after the last failure (%d failed probes)\n", (ok_after - from) / 1000, fails }' "$PROBE_LOG"
}
probe_statuses() { # statuses the probe saw between $1 and $2 (ms)
  awk -v from="$1" -v to="$2" '$1 >= from && $1 <= to { n[$2]++ } END { for (k in n) printf "%s×%d ", k, n[k]; print "" }' "$PROBE_LOG"
}

# Readiness in one line: HTTP status and each check's status.
readiness() {
  local body code
  body=$(curl -s --max-time 10 -w '\n%{http_code}' "$API/q/health/ready")
  code=${body##*$'\n'}
  printf '%s %s' "$code" "$(jq -rc '[.checks[] | "\(.name): \(.status)"] | join(", ")' <<<"${body%$'\n'*}" 2>/dev/null)"
}

# Seconds until readiness is UP (polled every 0.5 s, at most $1 s).
readiness_up_after() {
  local t0 t
  t0=$(now_ms)
  until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$API/q/health/ready") == 200 ]]; do
    t=$(( $(now_ms) - t0 ))
    (( t < $1 * 1000 )) || { echo "still DOWN after $1 s: $(readiness)"; return 0; }
    sleep 0.5
  done
  awk -v t="$(( $(now_ms) - t0 ))" 'BEGIN { printf "UP after %.1f s\n", t / 1000 }'
}

# CORS as a browser sees it: a preflight from the configured SPA origin and from a foreign one, to the
# API and to Keycloak's token endpoint (the SPA client's web origins), and the API's nosniff header.
cors_check() {
  local origin acao
  for origin in http://localhost:4173 http://evil.example; do
    acao=$(curl -s -o /dev/null -D - -X OPTIONS -H "Origin: $origin" -H 'Access-Control-Request-Method: PUT' \
      -H 'Access-Control-Request-Headers: authorization,content-type,if-match' "$API/api/v1/admin/services/x/draft" |
      tr -d '\r' | awk -F': ' 'tolower($1) == "access-control-allow-origin" { print $2 }')
    echo "  API preflight from $origin: Access-Control-Allow-Origin ${acao:-(none)}"
    acao=$(curl -s -o /dev/null -D - -H "Origin: $origin" "$KC_URL/realms/gongkai/protocol/openid-connect/token" \
      -d grant_type=authorization_code -d client_id=gongkai-spa -d code=x -d redirect_uri="$origin/" |
      tr -d '\r' | awk -F': ' 'tolower($1) == "access-control-allow-origin" { print $2 }')
    echo "  Keycloak token endpoint (client gongkai-spa) from $origin: Access-Control-Allow-Origin ${acao:-(none)}"
  done
  acao=$(curl -s -o /dev/null -D - "$API/api/v1/services?size=1" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-content-type-options" { print $2 }')
  echo "  API X-Content-Type-Options: ${acao:-(none)}"
}

