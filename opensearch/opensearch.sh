#!/usr/bin/env bash
# Local OpenSearch node for Gongkai (the tests, and ./gongkai run with SEARCH_ENGINE=opensearch): a real single-node
# OpenSearch 2.19 from Maven Central (opensearch/pom.xml), no Docker. Usage: opensearch.sh ensure|start|wait|stop|reset
# Settings (environment): GONGKAI_HOME, OS_PORT (9200), OS_TRANSPORT_PORT (9300), OS_DATA ($GONGKAI_HOME/opensearch-data/run),
# OS_WAIT_TIMEOUT (180), OS_HEAP (-Xms512m -Xmx1g), OS_CLUSTER_NAME (gongkai).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
GONGKAI_HOME=${GONGKAI_HOME:-$ROOT/.gongkai}
OS_PORT=${OS_PORT:-9200}
OS_TRANSPORT_PORT=${OS_TRANSPORT_PORT:-9300}
# Absolute, because the process is recognised by it in /proc/<pid>/cmdline.
OS_DATA=$(realpath -m "${OS_DATA:-$GONGKAI_HOME/opensearch-data/run}")
OS_URL=http://127.0.0.1:$OS_PORT
LOG=$GONGKAI_HOME/logs/opensearch-$OS_PORT.log
PID_FILE=$OS_DATA/opensearch.pid
TARGET=$HERE/target
BUILT=$TARGET/.built

die() { echo "opensearch.sh: $*" >&2; exit 1; }

# Serializes builds and starts between parallel callers (demo stack + tests). Released on exit.
lock() {
  [[ -n ${LOCKED:-} ]] && return 0
  mkdir -p "$GONGKAI_HOME"
  exec 9>"$GONGKAI_HOME/.opensearch.lock"
  flock 9
  LOCKED=1
}

# Up to date when nothing in the pom or the source is newer than the last successful build.
built() { [[ -f $BUILT && -z $(find "$HERE/pom.xml" "$HERE/src" -newer "$BUILT" -print -quit) ]]; }

ensure() {
  built && return 0
  lock
  built && return 0
  echo "Building the OpenSearch node (opensearch/pom.xml, jars from Maven Central)..."
  # Jars of an older pom would stay on the class path beside the new ones.
  rm -rf "$TARGET/dependency" "$BUILT"
  "$ROOT/backend/mvnw" -B -q -f "$HERE/pom.xml" package dependency:copy-dependencies -DincludeScope=runtime 9>&-
  touch "$BUILT"
}

# Alive and still ours: a stale pid file must not make us signal an unrelated process that reused the pid.
running() {
  [[ -f $PID_FILE ]] && tr '\0' '\n' <"/proc/$(cat "$PID_FILE")/cmdline" 2>/dev/null | grep -qxF "$OS_DATA"
}
ready() { curl -sf -m 5 -o /dev/null "$OS_URL/_cluster/health?wait_for_status=yellow&timeout=1s"; }

start() {
  if running; then echo "OpenSearch is already running for $OS_DATA (pid $(cat "$PID_FILE"), $OS_URL)"; return 0; fi
  if ready; then echo "OpenSearch is already up on $OS_URL"; return 0; fi
  lock
  ensure
  # A parallel caller may have started it while we waited for the lock.
  if running; then echo "OpenSearch is already running for $OS_DATA (pid $(cat "$PID_FILE"), $OS_URL)"; return 0; fi
  mkdir -p "$OS_DATA" "$(dirname "$LOG")"
  local heap; read -ra heap <<<"${OS_HEAP:--Xms512m -Xmx1g}"
  setsid nohup java "${heap[@]}" -Dfile.encoding=UTF-8 -cp "$TARGET/classes:$TARGET/dependency/*" org.gongkai.opensearch.Node \
    --http-port "$OS_PORT" --transport-port "$OS_TRANSPORT_PORT" --home "$OS_DATA" --cluster-name "${OS_CLUSTER_NAME:-gongkai}" \
    </dev/null >"$LOG" 2>&1 9>&- &
  echo $! >"$PID_FILE"
  echo "OpenSearch starting on $OS_URL (pid $!, data $OS_DATA, log $LOG)"
}

wait_ready() {
  local timeout=${OS_WAIT_TIMEOUT:-180} t0=$SECONDS
  printf 'Waiting for OpenSearch on %s ' "$OS_URL"
  until ready; do
    if ! running || (( SECONDS - t0 >= timeout )); then
      echo
      if running; then echo "OpenSearch not ready after $timeout s. Log tail:" >&2
      else echo "OpenSearch is not running for $OS_DATA. Log tail:" >&2; fi
      tail -n 40 "$LOG" >&2 2>/dev/null || true
      exit 1
    fi
    printf .; sleep 1
  done
  echo " ready after $((SECONDS - t0)) s"
}

stop() {
  running || { echo "No OpenSearch running for $OS_DATA"; rm -f "$PID_FILE"; return 0; }
  local pid; pid=$(cat "$PID_FILE")
  kill -TERM "$pid"   # the node's shutdown hook closes it (flushes shards, releases the data folder)
  for _ in $(seq 60); do running || break; sleep 1; done
  running && kill -KILL "$pid" 2>/dev/null
  rm -f "$PID_FILE"
  echo "OpenSearch stopped (pid $pid)"
}

reset() {
  running && die "OpenSearch is running for $OS_DATA; stop it first"
  # Refuse to delete a folder that does not look like ours (guards against a mistyped OS_DATA).
  if [[ -d $OS_DATA && -n $(ls -A "$OS_DATA") && ! -d $OS_DATA/node_1 && ! -f $PID_FILE ]]; then
    die "$OS_DATA does not look like an OpenSearch data folder; not deleting it"
  fi
  rm -rf "$OS_DATA"
  echo "Deleted $OS_DATA; the next start makes an empty node"
}

case ${1:-} in
  ensure) ensure ;;
  start) start ;;
  wait) wait_ready ;;
  stop) stop ;;
  reset) reset ;;
  *) echo "usage: $0 ensure|start|wait|stop|reset" >&2; exit 2 ;;
esac
