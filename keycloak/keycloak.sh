#!/usr/bin/env bash
# Local Keycloak for Gongkai (dev and tests). Usage: keycloak.sh ensure|start|wait|stop|token USER [PASSWORD]|reset
# Settings (environment): GONGKAI_HOME, KC_PORT (8180), KC_MGMT_PORT (9000), KC_DATA, KC_WAIT_TIMEOUT (300),
# KC_BOOTSTRAP_ADMIN_USERNAME / _PASSWORD (kcadmin / kcadmin, master realm, dev only).
set -euo pipefail

KC_VERSION=26.7.3
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
GONGKAI_HOME=${GONGKAI_HOME:-$(dirname "$HERE")/.gongkai}
KC_HOME=$GONGKAI_HOME/keycloak-$KC_VERSION
KC_PORT=${KC_PORT:-8180}
KC_MGMT_PORT=${KC_MGMT_PORT:-9000}
# Absolute, because it ends up in the JDBC URL.
KC_DATA=$(realpath -m "${KC_DATA:-$GONGKAI_HOME/keycloak-data/run}")
KC_URL=http://localhost:$KC_PORT
REALM=gongkai
PID_FILE=$KC_DATA/keycloak.pid

SERVER=Keycloak SERVER_URL=$KC_URL SERVER_DATA=$KC_DATA SERVER_LOG=$KC_DATA/keycloak.log LOCK_FILE=$GONGKAI_HOME/.keycloak.lock
# shellcheck source=../tools/server-lib.sh
source "$(dirname "$HERE")/tools/server-lib.sh"

ensure() {
  [[ -x $KC_HOME/bin/kc.sh ]] && return 0
  lock
  [[ -x $KC_HOME/bin/kc.sh ]] && return 0
  local dl=$GONGKAI_HOME/download
  local zip=$dl/keycloak-quarkus-dist-$KC_VERSION.zip
  mkdir -p "$dl"
  local tmp; tmp=$(mktemp -d "$GONGKAI_HOME/.unpack.XXXXXX")
  # A missing or half-copied zip just fails to unzip; then fetch it (again) through Maven,
  # which serves it from ~/.m2 when it has it. Run mvn outside any project so no pom.xml is picked up.
  if ! unzip -q "$zip" -d "$tmp" 2>/dev/null; then
    echo "Fetching Keycloak $KC_VERSION through Maven..."
    (cd "$dl" && mvn -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -DoutputDirectory="$dl")
    rm -rf "$tmp" && mkdir -p "$tmp"
    unzip -q "$zip" -d "$tmp"
  fi
  # Rename at the end so an interrupted unzip never looks like a complete installation.
  mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$tmp"
  echo "Keycloak $KC_VERSION unpacked in $KC_HOME"
}

# The build options Keycloak has baked into lib/quarkus (absent in a fresh unzip).
augmented() {
  grep -qx 'kc.health-enabled=true' \
    <(unzip -p "$KC_HOME/lib/quarkus/generated-bytecode.jar" META-INF/keycloak-persisted.properties 2>/dev/null)
}
# Alive and still ours: a stale pid file must not make us signal an unrelated process that reused the pid.
running() { [[ -f $PID_FILE ]] && grep -qaF "$KC_DATA/h2/" "/proc/$(cat "$PID_FILE")/cmdline" 2>/dev/null; }
ready() {
  curl -sf -o /dev/null "http://127.0.0.1:$KC_MGMT_PORT/health/ready" &&
  curl -sf -o /dev/null "$KC_URL/realms/$REALM/.well-known/openid-configuration"
}

start() {
  if ready; then echo "Keycloak is already up on $KC_URL"; return 0; fi
  if running; then echo "Keycloak is already starting (pid $(cat "$PID_FILE"), log $KC_DATA/keycloak.log)"; return 0; fi
  # The first start of a fresh installation rewrites lib/quarkus (augmentation, ~1 min). Two instances
  # doing that at once would corrupt it, so that start keeps the lock until its server is ready.
  lock
  ensure
  # The realm is imported only into an empty data folder, so a changed realm file (a new client, a new
  # demo account) would never reach a folder made from an older one: such a folder holds only the
  # disposable local accounts and sessions, and is made anew from the current realm.
  local realm_sum; realm_sum=$(sha256sum "$HERE/gongkai-realm.json" | cut -d' ' -f1)
  if [[ -d $KC_DATA/h2 && $(cat "$KC_DATA/realm.sha256" 2>/dev/null) != "$realm_sum" ]]; then
    echo "The realm file changed since $KC_DATA was made: importing it again (local accounts are reset)"
    reset >/dev/null
  fi
  mkdir -p "$KC_DATA" "$KC_HOME/data/import"
  echo "$realm_sum" >"$KC_DATA/realm.sha256"
  # Every instance reads the same import folder; write via rename so a parallel start never sees half a file.
  cp "$HERE/gongkai-realm.json" "$KC_HOME/data/import/.gongkai-realm.json.tmp"
  mv "$KC_HOME/data/import/.gongkai-realm.json.tmp" "$KC_HOME/data/import/gongkai-realm.json"
  # Only runtime options may differ between instances; --health-enabled and the (default dev-file) db are
  # build options and stay fixed, otherwise every switch between demo and tests re-augments (~1 min).
  # The transaction log goes next to the database so that parallel instances do not share it.
  # The master-realm admin (admin console, admin REST API) is created on the first start of a data folder only.
  KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-kcadmin} \
  KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-kcadmin} \
  JAVA_OPTS_KC_HEAP=${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx256m} \
  JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:-} -Dquarkus.transaction-manager.object-store.directory=$KC_DATA/transaction-logs" \
  setsid nohup "$KC_HOME/bin/kc.sh" start-dev --import-realm \
    --http-port="$KC_PORT" --http-management-port="$KC_MGMT_PORT" \
    --hostname="$KC_URL" --health-enabled=true \
    --db-url="jdbc:h2:file:$KC_DATA/h2/keycloakdb;NON_KEYWORDS=VALUE" \
    </dev/null >"$KC_DATA/keycloak.log" 2>&1 9>&- &
  echo $! >"$PID_FILE"
  echo "Keycloak starting on $KC_URL (pid $!, data $KC_DATA, log $KC_DATA/keycloak.log)"
  augmented || wait_ready "${KC_WAIT_TIMEOUT:-300}" 2
  exec 9>&-
}

token() {
  local user=${1:?usage: keycloak.sh token USER [PASSWORD]} pass=${2:-demo12345} body
  body=$(curl -s "$KC_URL/realms/$REALM/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=gongkai-cli \
    --data-urlencode "username=$user" --data-urlencode "password=$pass")
  [[ $body == *'"access_token":"'* ]] || die "token request failed: $body"
  body=${body#*\"access_token\":\"}
  echo "${body%%\"*}"
}

reset() { reset_data "the realm is imported again on the next start" h2 keycloak.log; }

case ${1:-} in
  ensure) ensure ;;
  start) start ;;
  wait) wait_ready "${KC_WAIT_TIMEOUT:-300}" 2 ;;
  stop) stop ;;
  token) shift; token "$@" ;;
  reset) reset ;;
  *) echo "usage: $0 ensure|start|wait|stop|token USER [PASSWORD]|reset" >&2; exit 2 ;;
esac
