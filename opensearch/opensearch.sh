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

SERVER=OpenSearch SERVER_URL=$OS_URL SERVER_DATA=$OS_DATA SERVER_LOG=$LOG LOCK_FILE=$GONGKAI_HOME/.opensearch.lock
# shellcheck source=../tools/server-lib.sh
source "$ROOT/tools/server-lib.sh"

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

reset() { reset_data "the next start makes an empty node" node_1 opensearch.pid; }

case ${1:-} in
  ensure) ensure ;;
  start) start ;;
  wait) wait_ready "${OS_WAIT_TIMEOUT:-180}" 1 ;;
  stop) stop ;;
  reset) reset ;;
  *) echo "usage: $0 ensure|start|wait|stop|reset" >&2; exit 2 ;;
esac
