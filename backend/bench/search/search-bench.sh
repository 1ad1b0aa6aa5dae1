#!/usr/bin/env bash
# Search benchmark (./gongkai bench search). Builds the city-scale corpus once into a data folder
# (SearchCorpus.java: N disclosure records through the normal triggers, plus the demo catalogue's
# services), keeps it for later runs, starts the packaged backend on it and measures p50/p95/p99 at 1
# and 16 concurrent clients for each query class, with the health endpoint as the reference
# (SearchBench.java), then the index size on disk against the text size, then how long a published or
# withdrawn record takes to reach the search, idle and under load (FreshnessBench.java).
# With --engine opensearch the backend searches a real OpenSearch node (opensearch/opensearch.sh, its
# data kept beside the corpus): it indexes the corpus from the database through the outbox first, and
# that time is the engine's ingest rate.
# Usage: backend/bench/search/search-bench.sh [--records 2500000] [--rebuild] [--engine postgres|opensearch] [--freshness-only]
# Target (2 cores): p95 <= 50 ms for every class at 2.5 M records; index <= 2 x text.
set -euo pipefail

RECORDS=2500000
REBUILD=
ENGINE=postgres
FRESHNESS_ONLY=
while (($#)); do
  case $1 in
    --records) RECORDS=$2; shift 2 ;;
    --rebuild) REBUILD=1; shift ;;
    --engine) ENGINE=$2; shift 2 ;;
    --freshness-only) FRESHNESS_ONLY=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BACKEND=$(dirname "$(dirname "$HERE")")
ROOT=$(dirname "$BACKEND")
SHARED=${GONGKAI_SHARED:-$(dirname "$ROOT")/shared}
WORK=${GONGKAI_HOME:-$ROOT/.gongkai}/bench-search
DATA=$WORK/$RECORDS
# apart from the demo (8080/15432), the test stack (8081/15433) and the catalogue benchmark (8090/15434)
PORT=${SEARCH_BENCH_PORT:-8092}
DB_PORT=${SEARCH_BENCH_DB_PORT:-15500}
OS_PORT=${SEARCH_BENCH_OS_PORT:-9202}
[[ $ENGINE == postgres || $ENGINE == opensearch ]] || { echo "--engine is postgres or opensearch" >&2; exit 2; }
JDBC=jdbc:postgresql://localhost:$DB_PORT/gongkai
mkdir -p "$WORK"

PIDS=()
OS_ENV=(OS_PORT=$OS_PORT OS_TRANSPORT_PORT=$((OS_PORT + 100)) OS_DATA=$DATA/opensearch)
cleanup() {
  for p in "${PIDS[@]+"${PIDS[@]}"}"; do kill -TERM -- "-$p" 2>/dev/null || true; done; wait 2>/dev/null || true
  [[ $ENGINE != opensearch ]] || env "${OS_ENV[@]}" "$ROOT/opensearch/opensearch.sh" stop >/dev/null 2>&1 || true
}
trap cleanup EXIT INT TERM

echo "Building the backend..."
(cd "$BACKEND" && ./mvnw -B -q package -DskipTests && ./mvnw -B -q test-compile \
  && ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt")
CP="$BACKEND/target/classes:$BACKEND/target/test-classes:$(cat "$WORK/classpath.txt")"

[[ -z $REBUILD ]] || rm -rf "$DATA"
BUILT=; [[ -f $DATA/terms.json ]] && BUILT=1
[[ -n $BUILT ]] || rm -rf "$DATA"
setsid java -cp "$CP" org.gongkai.support.EmbeddedPostgresServer "$DATA/postgres/data" "$DB_PORT" >"$WORK/postgres.log" 2>&1 &
PIDS+=("$!")
until grep -q "PostgreSQL ready" "$WORK/postgres.log"; do sleep 1; done

# $1 engine. The demo profile: the schema, the 664 demo services and 676 demo records (a real catalogue beside the corpus).
BACKEND_PID=
start_backend() {
  local env=(DB_HOST=localhost DB_PORT=$DB_PORT QUARKUS_HTTP_PORT=$PORT SEARCH_ENGINE=$1)
  [[ $1 != opensearch ]] || env+=(OPENSEARCH_URL=http://localhost:$OS_PORT OPENSEARCH_INDEX=gongkai-search-bench)
  setsid env "${env[@]}" java -Xmx512m -Dquarkus.profile=demo -Dquarkus.log.level=WARN \
    -jar "$BACKEND/target/quarkus-app/quarkus-run.jar" >"$WORK/backend.log" 2>&1 &
  BACKEND_PID=$!
  PIDS+=("$BACKEND_PID")
  local t0=$SECONDS
  until curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready"; do
    (( SECONDS - t0 < 300 )) || { tail -n 40 "$WORK/backend.log"; exit 1; }
    sleep 1
  done
}

if [[ -z $BUILT ]]; then
  # always into PostgreSQL: an OpenSearch run then indexes the finished corpus, and that is its ingest rate
  start_backend postgres
  echo "Generating $RECORDS records into $DATA (once; later runs reuse it)..."
  t1=$SECONDS
  java -Xmx1g -cp "$CP" "$HERE/SearchCorpus.java" "$JDBC" "$RECORDS" "$SHARED/domain" "$BACKEND/src/main/resources/demo/disclosures.ndjson" \
    "$SHARED/seed/000_40688fd18d9ab947.txt" "$DATA/terms.json.part"
  mv "$DATA/terms.json.part" "$DATA/terms.json"
  echo "Corpus built in $((SECONDS - t1)) s"
  if [[ $ENGINE == opensearch ]]; then
    kill -TERM -- "-$BACKEND_PID"; wait "$BACKEND_PID" 2>/dev/null || true
  fi
fi

OS_ARGS=()
if [[ $ENGINE == opensearch ]]; then
  "$ROOT/opensearch/opensearch.sh" ensure
  env "${OS_ENV[@]}" "$ROOT/opensearch/opensearch.sh" start
  env "${OS_ENV[@]}" "$ROOT/opensearch/opensearch.sh" wait
  # an index from an earlier run would be kept: drop it, so that the backend indexes the corpus now
  [[ -n $FRESHNESS_ONLY ]] || curl -s -o /dev/null -XDELETE "http://localhost:$OS_PORT/gongkai-search-bench" || true
  OS_ARGS=("http://localhost:$OS_PORT/gongkai-search-bench" "$(date +%s)")
  start_backend opensearch
elif [[ -n $BUILT ]]; then
  start_backend postgres
fi

RESULTS=$DATA/results-$ENGINE.md
if [[ -z $FRESHNESS_ONLY ]]; then
  echo "Measuring (1 and 16 clients per class; the health endpoint as reference)..."
  java -cp "$CP" "$HERE/SearchBench.java" "http://localhost:$PORT" "$JDBC" "$DATA/terms.json" "$RESULTS" "${OS_ARGS[@]+"${OS_ARGS[@]}"}"
else
  RESULTS=$DATA/freshness-$ENGINE.md
  rm -f "$RESULTS"
  [[ -z ${OS_ARGS[*]-} ]] || java -cp "$CP" "$HERE/SearchBench.java" --await-indexed "$JDBC" "${OS_ARGS[@]}"
fi
echo "Measuring how long a change takes to reach the search..."
java -cp "$CP" "$HERE/FreshnessBench.java" "http://localhost:$PORT" "$JDBC" "$DATA/terms.json" "$RESULTS"
echo "Table written to $RESULTS"
