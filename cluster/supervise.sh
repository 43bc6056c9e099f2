#!/usr/bin/env bash
# Keep one daemon of the local cluster running: start it, and start it again whenever it exits
# (crash, kill -9, OOM), with a short back-off. SIGTERM stops the daemon (TERM, KILL after 10 s)
# and then the supervisor. Started detached by cluster/real-node.sh; its own pid is in PIDFILE.sup.
#   supervise.sh NAME PIDFILE LOGFILE -- COMMAND...   (the daemon's pid is written to PIDFILE)
set -u
name=$1 pidfile=$2 logfile=$3
shift 4
child=""

stop() {
  if [[ -n $child ]]; then
    kill -TERM "$child" 2>/dev/null
    for _ in $(seq 50); do
      kill -0 "$child" 2>/dev/null || break
      sleep 0.2
    done
    kill -KILL "$child" 2>/dev/null
    wait "$child" 2>/dev/null
  fi
  rm -f "$pidfile"
  exit 0
}
trap stop TERM INT HUP

quick=0
while :; do
  started=$SECONDS
  "$@" >>"$logfile" 2>&1 &
  child=$!
  echo "$child" >"$pidfile"
  wait "$child"
  rc=$?
  # Back off when the daemon keeps dying right after its start (1 s, growing to 10 s).
  if ((SECONDS - started < 10)); then quick=$((quick < 10 ? quick + 1 : 10)); else quick=1; fi
  printf '[supervise] %s %s exited (status %s); restarting in %ss\n' "$(date -u +%FT%TZ)" "$name" "$rc" "$quick" >>"$logfile"
  sleep "$quick" &
  wait $!
done
