#!/usr/bin/env bash
# Runs every fault and load script in sequence against one Keycloak (started once, stopped at the
# end) and prints their figures; the whole output is also kept in $GONGKAI_HOME/faults/all-DATE.log.
# Takes about 12 minutes on 2 cores and saturates them: run it alone, e.g. under the shared build lock:
#   flock /tmp/gongkai-build.lock backend/bench/faults/all.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG=$WORK/all-$(date -u +%Y%m%dT%H%M%SZ).log
say "Fault and load scripts: $(nproc) cores, $(date -u +%FT%TZ); output also in $LOG"
ensure_build
start_keycloak
for script in db-drop.sh db-restart.sh keycloak-faults.sh mixed-load.sh; do
  echo
  say "=== $script"
  bash "$FAULTS_DIR/$script" || echo "!! $script exited with status $?"
done 2>&1 | tee "$LOG"
grep -E '^== |^-- |^!! |RESULT|lost acknowledged|5xx:|after (drop|the database)| max ' "$LOG" >"$LOG.summary" || true
echo
say "Summary (also in $LOG.summary):"
cat "$LOG.summary"
