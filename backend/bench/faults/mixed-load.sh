#!/usr/bin/env bash
# Load: a sustained mixed load for two minutes at 64 connections — public reads (item details and
# version histories of all 664 items, searches with ~400 terms and several pages, lists with random
# filters, sorts and pages, the directory) and staff draft saves with If-Match (10 % of the
# requests read an item as staff and then save its draft). Prints the 5xx count, statuses by kind,
# p50/p99/max, the backend's RSS and heap in use before, at 1 min and at 2 min, and the
# acknowledged-writes check. Usage: backend/bench/faults/mixed-load.sh [CONNECTIONS] [SECONDS]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
CONNS=${1:-64}
SECS=${2:-120}

say "Load: mixed reads and staff writes, $CONNS connections, $SECS s"
start_stack
echo "== CORS and nosniff (API CORS_ORIGINS=http://localhost:4173; dev realm web origins :5173, :4173, :5174)"
cors_check
say "warm-up (20 s, not counted)..."
run_wrk mixed-warmup "$CONNS" 20s 0.1
refresh_tokens
RSS0=$(rss_mb); HEAP0=$(heap_mb)
run_wrk mixed "$CONNS" "${SECS}s" 0.1 &
WRK=$!
sleep $(( SECS / 2 ))
RSS1=$(rss_mb); HEAP1=$(heap_mb)
wait "$WRK"
RSS2=$(rss_mb); HEAP2=$(heap_mb)

echo
echo "== sustained mixed load, wrk -t$CONNS -c$CONNS -d${SECS}s (10 % staff read + draft save), $(nproc) cores, $(date -u +%FT%TZ)"
report_wrk mixed
echo "  backend RSS: ${RSS0} MB before, ${RSS1} MB at $(( SECS / 2 )) s, ${RSS2} MB at ${SECS} s (-Xmx512m); heap in use: ${HEAP0} / ${HEAP1} / ${HEAP2} MB"
check_acknowledged_writes mixed
echo "  RESULT: $(count_5xx mixed) × 5xx, p99 $(wrk_p99 mixed) ms, RSS growth from $(( SECS / 2 )) s to ${SECS} s: $(( RSS2 - RSS1 )) MB"
