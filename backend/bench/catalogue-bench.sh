#!/usr/bin/env bash
# Catalogue benchmark: starts a throw-away embedded PostgreSQL and the packaged backend with the demo
# data (664 items), then runs wrk against list, search, detail and /q/health/live in one run and prints
# req/s, p50 and p99 per endpoint and each endpoint's throughput relative to the health endpoint.
# Usage: backend/bench/catalogue-bench.sh [--duration 20s] [--connections 32] [--no-cache]
# --no-cache turns the public read cache off, to measure the database path alone.
# Target (2 cores): list, detail and search each >= 40 % of /q/health/live, p99 <= 50 ms at 32 connections.
set -euo pipefail

DURATION=20s
CONNECTIONS=32
CACHE=true
while (($#)); do
  case $1 in
    --no-cache) CACHE=false; shift ;;
    --duration) DURATION=$2; shift 2 ;;
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
mkdir -p "$WORK"

command -v wrk >/dev/null || { echo "Installing wrk from Debian..."; apt-get update -qq >/dev/null; apt-get install -y -qq wrk >/dev/null; }

PIDS=()
cleanup() { for p in "${PIDS[@]+"${PIDS[@]}"}"; do kill -TERM -- "-$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

echo "Building the backend..."
(cd "$BACKEND" && ./mvnw -B -q package -DskipTests \
  && ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt")

rm -rf "$WORK/postgres"
setsid java -cp "$BACKEND/target/test-classes:$(cat "$WORK/classpath.txt")" org.gongkai.support.EmbeddedPostgresServer \
  "$WORK/postgres/data" "$DB_PORT" >"$WORK/postgres.log" 2>&1 &
PIDS+=("$!")
until grep -q "PostgreSQL ready" "$WORK/postgres.log"; do sleep 1; done

setsid env DB_HOST=localhost DB_PORT=$DB_PORT QUARKUS_HTTP_PORT=$PORT java -Xmx512m -Dquarkus.profile=demo -Dquarkus.cache.enabled=$CACHE \
  -Dquarkus.log.level=WARN -jar "$BACKEND/target/quarkus-app/quarkus-run.jar" >"$WORK/backend.log" 2>&1 &
PIDS+=("$!")
until curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready"; do sleep 1; done

BASE=http://localhost:$PORT
ID=$(curl -s "$BASE/api/v1/services?size=1&sort=name" | sed -n 's/.*"id":"\([0-9a-f-]*\)".*/\1/p' | head -1)
SEARCH=$(python3 -c 'import urllib.parse;print(urllib.parse.quote("规划"))')
declare -A URLS=(
  [health]="$BASE/q/health/live"
  [list]="$BASE/api/v1/services?page=2&size=20"
  [search]="$BASE/api/v1/services?q=$SEARCH&size=20"
  [detail]="$BASE/api/v1/services/$ID"
)
ORDER=(health list search detail)

echo "Warming up..."
for name in "${ORDER[@]}"; do wrk -t2 -c"$CONNECTIONS" -d5s "${URLS[$name]}" >/dev/null; done

to_ms() { # wrk prints 812.00us, 3.21ms or 1.02s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

declare -A RPS P50 P99 ERR
for name in "${ORDER[@]}"; do
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "${URLS[$name]}")
  RPS[$name]=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
  P50[$name]=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  P99[$name]=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  ERR[$name]=$(awk '/Non-2xx/ { print $4 } /Socket errors/ { print "socket:" $0 }' <<<"$out" | tr '\n' ' ')
done

echo
echo "Catalogue benchmark (public read cache: $CACHE): $(nproc) cores, wrk -t2 -c$CONNECTIONS -d$DURATION, demo data ($(curl -s "$BASE/api/v1/services?size=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p') items), $(date -u +%F)"
printf '| %-8s | %10s | %9s | %9s | %9s |\n' endpoint "req/s" "p50 ms" "p99 ms" "vs health"
printf '|%s|%s|%s|%s|%s|\n' ---------- ------------ ----------- ----------- -----------
for name in "${ORDER[@]}"; do
  ratio=$(awk -v a="${RPS[$name]}" -v b="${RPS[health]}" 'BEGIN { printf "%.0f %%", 100 * a / b }')
  printf '| %-8s | %10s | %9s | %9s | %9s |\n' "$name" "${RPS[$name]}" "${P50[$name]}" "${P99[$name]}" "$ratio"
  [[ -z ${ERR[$name]// /} ]] || echo "  errors for $name: ${ERR[$name]}"
done
echo
echo "URLs: list ${URLS[list]#$BASE}, search ${URLS[search]#$BASE} (规划), detail ${URLS[detail]#$BASE}"
