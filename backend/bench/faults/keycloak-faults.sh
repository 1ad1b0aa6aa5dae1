#!/usr/bin/env bash
# Fault: Keycloak stopped, then Keycloak frozen (SIGSTOP: the port accepts connections, nothing answers),
# while public reads run (wrk, 8 connections, 20 s per phase, no token). In each phase, requests with
# tokens are sent alongside: a valid staff token (the API has the realm's keys already), a token with
# the realm's issuer and an unknown key id (makes the API look for new keys at Keycloak), and no token
# on a staff endpoint. Before each fault the API is restarted and given one valid token, so that it
# knows the realm's keys and its first look for a new key falls in the fault (Quarkus OIDC looks
# again at most every 10 minutes). Prints the public reads' statuses and latency, and each kind's
# statuses and maximum time (every request is cut at 40 s). Usage: backend/bench/faults/keycloak-faults.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

say "Fault: Keycloak stopped and frozen"
start_stack
[[ -f $WORK/keycloak/keycloak.pid ]] || die "the Keycloak on :$KC_PORT was not started by these scripts; stop it first"
VALID=$(token staff-public-security)
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
UNKNOWN_KEY="$(printf '{"alg":"RS256","typ":"JWT","kid":"faults-unknown-key"}' | b64url).$(cut -d. -f2 <<<"$VALID").$(cut -d. -f3 <<<"$VALID")"
STAFF_URL="$API/api/v1/admin/services?size=1"

# timed KIND COUNT CURL-ARGS...: COUNT requests in parallel; "code seconds" lines in $WORK/timed-KIND
timed() {
  local kind=$1 count=$2 pids=() pid; shift 2
  for _ in $(seq "$count"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 40 "$@" "$STAFF_URL" >>"$WORK/timed-$PHASE-$kind" &
    pids+=("$!")
  done
  for pid in "${pids[@]}"; do wait "$pid" || true; done
}
summary() { # kind
  awk -v k="$1" '{ n[$1]++; if ($2 > max) max = $2 } END { s = ""; for (c in n) s = s sprintf("%s×%d ", c == "000" ? "cut-at-40s" : c, n[c]); printf "  %-26s %smax %.2f s\n", k ":", s, max }' "$WORK/timed-$PHASE-$1"
}

phase() { # name
  PHASE=$1
  rm -f "$WORK"/timed-"$PHASE"-*
  run_wrk "kc-$PHASE" 8 20s 0 45s &
  local wrk=$!
  sleep 2
  for _ in 1 2 3; do timed valid-token 2 -H "Authorization: Bearer $VALID"; done
  timed unknown-key-token 3 -H "Authorization: Bearer $UNKNOWN_KEY"
  timed valid-token-after 3 -H "Authorization: Bearer $VALID"
  timed no-token 2
  wait "$wrk"
  echo "-- Keycloak $PHASE"
  report_wrk "kc-$PHASE" | sed 's/^  /  public reads: /;2,$s/^  public reads: /                /'
  summary valid-token; summary unknown-key-token; summary valid-token-after; summary no-token
}

# A fresh API that has seen one valid token (discovery and keys loaded), warmed up.
fresh_api() {
  stop_api
  start_api
  curl -s -o /dev/null -H "Authorization: Bearer $VALID" "$STAFF_URL"
  run_wrk kc-warmup 8 5s 0
}

run_wrk kc-warmup 8 5s 0
echo "== Keycloak faults, public reads wrk -t8 -c8 -d20s per phase, $(nproc) cores, $(date -u +%FT%TZ)"
curl -s -o /dev/null -H "Authorization: Bearer $VALID" "$STAFF_URL"
phase up
fresh_api
stop_keycloak
phase stopped
say "starting Keycloak again..."
env "${KC_ENV[@]}" "$KEYCLOAK_SH" start >/dev/null
env "${KC_ENV[@]}" "$KEYCLOAK_SH" wait >/dev/null
fresh_api
FROZEN_PGID=$(kc_pid)
kill -STOP -- "-$FROZEN_PGID"
phase frozen
kill -CONT -- "-$FROZEN_PGID"
FROZEN_PGID=
sleep 2
PHASE=thawed; rm -f "$WORK"/timed-thawed-*
timed valid-token 2 -H "Authorization: Bearer $VALID"
timed unknown-key-token 2 -H "Authorization: Bearer $UNKNOWN_KEY"
echo "-- Keycloak running again (SIGCONT)"
summary valid-token; summary unknown-key-token
maxof() { cat "$WORK"/timed-"$1"-* | awk '$2 > m { m = $2 } END { printf "%.2f s", m }'; }
echo "  RESULT: public reads 5xx with Keycloak stopped $(count_5xx kc-stopped), frozen $(count_5xx kc-frozen); slowest request with a token: stopped $(maxof stopped), frozen $(maxof frozen) (wanted: a few seconds at most)"
