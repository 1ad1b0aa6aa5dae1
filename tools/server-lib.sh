# Sourced by keycloak/keycloak.sh and opensearch/opensearch.sh: the part of running a local server that
# does not depend on which server it is. The caller sets SERVER (its name in messages), SERVER_URL,
# SERVER_DATA (its data folder), SERVER_LOG, PID_FILE and LOCK_FILE, and defines running and ready.

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

# Serializes downloads, builds and starts between parallel callers (demo stack + tests). Released on exit.
lock() {
  [[ -n ${LOCKED:-} ]] && return 0
  mkdir -p "$(dirname "$LOCK_FILE")"
  exec 9>"$LOCK_FILE"
  flock 9
  LOCKED=1
}

# $1 seconds to wait at most, $2 seconds between checks.
wait_ready() {
  local timeout=$1 poll=$2 t0=$SECONDS
  printf 'Waiting for %s on %s ' "$SERVER" "$SERVER_URL"
  until ready; do
    if ! running || (( SECONDS - t0 >= timeout )); then
      echo
      if running; then echo "$SERVER not ready after $timeout s. Log tail:" >&2
      else echo "$SERVER is not running for $SERVER_DATA. Log tail:" >&2; fi
      tail -n 40 "$SERVER_LOG" >&2 2>/dev/null || true
      exit 1
    fi
    printf .; sleep "$poll"
  done
  echo " ready after $((SECONDS - t0)) s"
}

stop() {
  running || { echo "No $SERVER running for $SERVER_DATA"; rm -f "$PID_FILE"; return 0; }
  local pid; pid=$(cat "$PID_FILE")
  kill -TERM "$pid"   # the server's own shutdown: it flushes its data and releases the folder
  for _ in $(seq 60); do running || break; sleep 1; done
  # started with setsid, so pid leads a process group: take its children down too if it is stuck
  running && kill -KILL -- "-$pid" 2>/dev/null
  rm -f "$PID_FILE"
  echo "$SERVER stopped (pid $pid)"
}

# Deletes the data folder. $1 what the next start then does; $2... names of which at least one is in a
# folder of ours: a mistyped data folder is refused, not deleted.
reset_data() {
  local next=$1 marker; shift
  running && die "$SERVER is running for $SERVER_DATA; stop it first"
  if [[ -d $SERVER_DATA && -n $(ls -A "$SERVER_DATA") ]]; then
    local ours=
    for marker in "$@"; do [[ -e $SERVER_DATA/$marker ]] && ours=1; done
    [[ -n $ours ]] || die "$SERVER_DATA does not look like a $SERVER data folder; not deleting it"
  fi
  rm -rf "$SERVER_DATA"
  echo "Deleted $SERVER_DATA; $next"
}
