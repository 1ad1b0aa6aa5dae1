#!/usr/bin/env bash
# Fault: PostgreSQL stopped for 15 s and started again (same data) under a mixed read and write load
# (16 connections, 60 s, staff draft saves on 15 %), without restarting the API. Prints: statuses by
# kind (5xx by status, how many carried Retry-After), one full answer during the outage, the probe's
# statuses during the outage, the time from the database being back to normal answers, and whether
# every acknowledged draft save survived. Usage: backend/bench/faults/db-restart.sh [OUTAGE_SECONDS]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
OUTAGE=${1:-15}

say "Fault: database stopped and restarted under load"
start_stack
run_wrk restart-warmup 8 5s 0.15
probe_start restart
run_wrk restart 16 60s 0.15 &
WRK=$!
sleep 10
STOP_MS=$(now_ms)
stop_db
say "PostgreSQL stopped ($(( $(now_ms) - STOP_MS )) ms)"
sleep 3
OUTAGE_ANSWER=$(curl -s -i --max-time 10 "$API/api/v1/services?size=1&q=outage" | tr -d '\r' | grep -iv '^date:' | head -c 700)
OUTAGE_HEALTH=$(readiness)
OUTAGE_STAFF=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $(cut -f2 "$DATA/tokens.txt" | head -1)" "$API/api/v1/admin/services?size=1")
sleep $(( OUTAGE - 3 ))
START_MS=$(now_ms)
start_db 0
say "PostgreSQL back after $(( (DB_READY_MS - STOP_MS) / 1000 )) s (start took ${DB_START_MS} ms)"
wait "$WRK"
END=$(now_ms)
probe_stop

echo
echo "== database stopped ${OUTAGE} s and restarted, wrk -t16 -c16 -d60s, $(nproc) cores, $(date -u +%FT%TZ)"
report_wrk restart
echo "  during the outage: readiness $OUTAGE_HEALTH"
echo "  during the outage: a staff read answered $OUTAGE_STAFF; probe statuses: $(probe_statuses "$STOP_MS" "$DB_READY_MS")"
echo "  a public read during the outage:"
sed 's/^/    | /' <<<"$OUTAGE_ANSWER"
echo
echo "  after the database was back: $(probe_recovery restart "$DB_READY_MS" "$END")"
echo "  probe statuses after it was back: $(probe_statuses "$DB_READY_MS" "$END")"
check_acknowledged_writes restart
echo "  readiness at the end of the load: $(readiness)"
echo "  readiness: $(readiness_up_after 60)"
echo "  API pid $API_PID $(kill -0 "$API_PID" 2>/dev/null && echo 'still running (not restarted)' || echo 'GONE')"
n5=$(count_5xx restart)
n503=$(awk '$1 == "STATUS" && $3 == 503 { n += $4 } END { print n + 0 }' "$WORK/restart.wrk")
nra=$(awk '$1 == "RETRY_AFTER" { print $2 }' "$WORK/restart.wrk")
echo "  RESULT: outage answered with $n5 × 5xx, of which $n503 × 503 and $nra with Retry-After (wanted: all 503 with Retry-After); after the database was back: $(probe_recovery restart "$DB_READY_MS" "$END"); lost acknowledged writes: $LOST_WRITES"
