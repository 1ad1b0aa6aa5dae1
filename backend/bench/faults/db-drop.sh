#!/usr/bin/env bash
# Fault: PostgreSQL drops every connection of the application (pg_terminate_backend), three times,
# 10 s apart, under a mixed read and write load (16 connections, 40 s, staff draft saves on 15 % of
# the requests). Prints: statuses by kind, failures (5xx and socket errors), the probe's time to a
# normal answer after each drop, and whether every acknowledged draft save is in the database.
# Loopback only; its own stack (lib.sh). Usage: backend/bench/faults/db-drop.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

say "Fault: database connections dropped under read+write load"
start_stack
run_wrk drop-warmup 8 5s 0.15
probe_start drop
run_wrk drop 16 40s 0.15 &
WRK=$!
T0=$(now_ms)
KILLS=()
for k in 1 2 3; do
  sleep 10
  KILLS+=("$(now_ms)")
  n=$(psql_db -c "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = 'gongkai' AND pid <> pg_backend_pid()")
  say "drop $k at +$(( (KILLS[-1] - T0) / 1000 )) s: $n connections terminated"
done
wait "$WRK"
END=$(now_ms)
probe_stop

echo
echo "== database connections dropped (3 × pg_terminate_backend, 10 s apart), wrk -t16 -c16 -d40s, $(nproc) cores, $(date -u +%FT%TZ)"
report_wrk drop
for k in 0 1 2; do
  to=${KILLS[k + 1]:-$END}
  printf '  after drop %d: %s\n' $((k + 1)) "$(probe_recovery drop "${KILLS[k]}" "$to")"
done
check_acknowledged_writes drop
echo "  readiness right after the load: $(readiness)"
echo "  readiness: $(readiness_up_after 60)"
echo "  API pid $API_PID $(kill -0 "$API_PID" 2>/dev/null && echo 'still running (not restarted)' || echo 'GONE')"
echo "  RESULT: $(count_5xx drop) × 5xx over 3 drops, lost acknowledged writes: $LOST_WRITES, API not restarted"
