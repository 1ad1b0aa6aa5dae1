#!/usr/bin/env bash
# Catalogue benchmark. Starts a throw-away embedded PostgreSQL and the packaged backend with the demo
# data (664 items), and measures in one run, with varied requests as real traffic is:
#   1. cache on:  health, list (165 variants: 33 departments x 5 pages), search (up to 3,000 terms from
#                 the catalogue's own text, pages 1-3), detail (all 664 ids), each against /q/health/live;
#   2. cache off: list, search, detail again (the database path a cache miss takes);
#   3. pgbench -M prepared: the very statements the API runs for those requests (written by
#                 org.gongkai.bench.BenchStatements), at the same concurrency: the database's limit.
# Usage: backend/bench/catalogue-bench.sh [--duration 20s] [--warmup 20s] [--connections 32]
# Targets (2 cores, 32 connections): cache off, each endpoint >= 50 % of pgbench's rate for its
# statements, the search statements >= 50 % of the list statements' pgbench rate, p99 <= 50 ms;
# cache on, each endpoint >= 40 % of the health endpoint.
set -euo pipefail

DURATION=20s
WARMUP=20s
CONNECTIONS=32
while (($#)); do
  case $1 in
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BACKEND=$(dirname "$HERE")
ROOT=$(dirname "$BACKEND")
WORK=${GONGKAI_HOME:-$ROOT/.gongkai}/bench
PORT=8090
DB_PORT=15434
BASE=http://127.0.0.1:$PORT
mkdir -p "$WORK"

need() { command -v "$1" >/dev/null || { echo "Installing $2 from Debian..."; apt-get update -qq >/dev/null; apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need pgbench postgresql-client

PIDS=()
BACKEND_PID=
cleanup() { for p in "${PIDS[@]+"${PIDS[@]}"}" $BACKEND_PID; do kill -TERM -- "-$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

echo "Building the backend..."
(cd "$BACKEND" && ./mvnw -B -q package -DskipTests && ./mvnw -B -q test-compile \
  && ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt")
CP="$BACKEND/target/classes:$BACKEND/target/test-classes:$(cat "$WORK/classpath.txt")"

rm -rf "$WORK/postgres"
setsid java -cp "$CP" org.gongkai.support.EmbeddedPostgresServer "$WORK/postgres/data" "$DB_PORT" >"$WORK/postgres.log" 2>&1 &
PIDS+=("$!")
until grep -q "PostgreSQL ready" "$WORK/postgres.log"; do sleep 1; done

# $1: true/false, the public read cache
start_backend() {
  [[ -z $BACKEND_PID ]] || { kill -TERM -- "-$BACKEND_PID" 2>/dev/null || true; wait "$BACKEND_PID" 2>/dev/null || true; }
  setsid env DB_HOST=localhost DB_PORT=$DB_PORT QUARKUS_HTTP_PORT=$PORT java -Xmx512m -Dquarkus.profile=demo -Dquarkus.cache.enabled="$1" \
    -Dquarkus.log.level=WARN -jar "$BACKEND/target/quarkus-app/quarkus-run.jar" >"$WORK/backend-$1.log" 2>&1 &
  BACKEND_PID=$!
  until curl -sf -o /dev/null "$BASE/q/health/ready"; do sleep 1; done
}
start_backend true

echo "Collecting varied requests from the catalogue..."
python3 - "$BASE" "$WORK" <<'PY'
import json, random, sys, urllib.parse, urllib.request
base, work = sys.argv[1], sys.argv[2]
def get(path): return json.load(urllib.request.urlopen(base + path))
items = []
for page in range(1, 8):
    items += get(f"/api/v1/services?size=100&sort=name&page={page}")["items"]
departments = [d["code"] for d in get("/api/v1/departments")]
random.seed(7)
# search terms: the two- to four-character words of item names and of fragments users would type
terms = set()
for it in items:
    name = "".join(ch for ch in it["name"] if "\u4e00" <= ch <= "\u9fff")
    for n in (2, 2, 3, 4):
        for i in range(0, max(0, len(name) - n + 1)):
            terms.add(name[i:i + n])
terms = sorted(terms)
random.shuffle(terms)
terms = terms[:3000]
with open(f"{work}/list.paths", "w") as f:
    paths = [f"/api/v1/services?department={d}&page={p}&size=20" for d in departments for p in range(1, 6)]
    random.shuffle(paths)
    f.write("\n".join(paths) + "\n")
with open(f"{work}/search.paths", "w") as f:
    paths = [f"/api/v1/services?q={urllib.parse.quote(t)}&page={random.choice((1, 1, 1, 2, 3))}&size=20" for t in terms]
    f.write("\n".join(paths) + "\n")
with open(f"{work}/detail.paths", "w") as f:
    ids = [it["id"] for it in items]
    random.shuffle(ids)
    f.write("\n".join(f"/api/v1/services/{i}" for i in ids) + "\n")
print(f"{len(items)} items, {len(departments)} departments, {len(terms)} search terms")
PY
echo /q/health/live >"$WORK/health.paths"

# wrk picks a random path of the file for every request
cat >"$WORK/varied.lua" <<'LUA'
local paths = {}
init = function(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
LUA

to_ms() { # wrk prints 812.00us, 3.21ms or 1.02s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
declare -A RPS P50 P99 ERR
# $1 result key, $2 paths file kind
measure() {
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/varied.lua" "$BASE" -- "$WORK/$2.paths")
  RPS[$1]=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
  P50[$1]=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  P99[$1]=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  ERR[$1]=$(awk '/Non-2xx/ { print $4 } /Socket errors/ { print "socket:" $0 }' <<<"$out" | tr '\n' ' ')
}
# Long enough for the JIT on two busy cores and for every pooled connection to have prepared and
# planned each statement: a server runs for days, and a 5 s warm-up measured its first minute instead.
warm() { wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/varied.lua" "$BASE" -- "$WORK/$1.paths" >/dev/null; }

KINDS=(list search detail)
echo "Cache on: warming up, then measuring..."
for k in health "${KINDS[@]}"; do warm "$k"; done
for k in health "${KINDS[@]}"; do measure "cached-$k" "$k"; done

echo "Cache off: restarting the backend, warming up, measuring..."
start_backend false
for k in "${KINDS[@]}"; do warm "$k"; done
for k in "${KINDS[@]}"; do measure "db-$k" "$k"; done
kill -TERM -- "-$BACKEND_PID" 2>/dev/null || true; wait "$BACKEND_PID" 2>/dev/null || true; BACKEND_PID=

echo "pgbench: the API's own statements, $CONNECTIONS clients..."
declare -A TPS PGLAT
for k in "${KINDS[@]}"; do
  rm -rf "$WORK/pgbench-$k"
  kind=list; [[ $k == detail ]] && kind=detail
  java -cp "$CP" org.gongkai.bench.BenchStatements "$kind" "$WORK/$k.paths" "$WORK/pgbench-$k" 100
  args=(); for f in "$WORK/pgbench-$k"/*.sql; do args+=(-f "$f@1"); done
  PGPASSWORD=gongkai pgbench -h localhost -p "$DB_PORT" -U gongkai -n -M prepared -c "$CONNECTIONS" -j 2 -T 5 "${args[@]}" gongkai >/dev/null 2>&1
  out=$(PGPASSWORD=gongkai pgbench -h localhost -p "$DB_PORT" -U gongkai -n -M prepared -c "$CONNECTIONS" -j 2 -T "${DURATION%s}" "${args[@]}" gongkai 2>&1)
  TPS[$k]=$(awk '/^tps = / { printf "%.0f", $3 }' <<<"$out")
  PGLAT[$k]=$(awk '/^latency average/ { print $4 }' <<<"$out")
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
echo
echo "Catalogue benchmark: $(nproc) cores, wrk -t2 -c$CONNECTIONS -d$DURATION, varied requests, pgbench -M prepared -c$CONNECTIONS -j2, $(date -u +%F)"
printf '| %-7s | %-9s | %8s | %7s | %7s | %10s | %10s |\n' endpoint cache "req/s" "p50 ms" "p99 ms" "/ pgbench" "/ health"
printf '|%s|%s|%s|%s|%s|%s|%s|\n' --------- ----------- ---------- --------- --------- ------------ ------------
printf '| %-7s | %-9s | %8s | %7s | %7s | %10s | %10s |\n' health on "${RPS[cached-health]}" "${P50[cached-health]}" "${P99[cached-health]}" - 1.00
for k in "${KINDS[@]}"; do
  printf '| %-7s | %-9s | %8s | %7s | %7s | %10s | %10s |\n' "$k" on "${RPS[cached-$k]}" "${P50[cached-$k]}" "${P99[cached-$k]}" \
    - "$(ratio "${RPS[cached-$k]}" "${RPS[cached-health]}")"
done
for k in "${KINDS[@]}"; do
  printf '| %-7s | %-9s | %8s | %7s | %7s | %10s | %10s |\n' "$k" off "${RPS[db-$k]}" "${P50[db-$k]}" "${P99[db-$k]}" \
    "$(ratio "${RPS[db-$k]}" "${TPS[$k]}")" "$(ratio "${RPS[db-$k]}" "${RPS[cached-health]}")"
done
for k in "${KINDS[@]}"; do
  printf '| %-7s | %-9s | %8s | %7s | %7s | %10s | %10s |\n' "$k" "pgbench" "${TPS[$k]}" "${PGLAT[$k]} avg" - - -
done
echo
echo "search statements / list statements (pgbench): $(ratio "${TPS[search]}" "${TPS[list]}")"
for key in "${!ERR[@]}"; do [[ -z ${ERR[$key]// /} ]] || echo "errors for $key: ${ERR[$key]}"; done
