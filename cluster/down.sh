#!/usr/bin/env bash
# Stop the local cluster "stateful-app" (see cluster/up.sh): the watchdog, the real node (every
# daemon, container, mount, cgroup, iptables rule, the bridge, restored sysctls: see
# cluster/real-node.sh down), then the control plane; check that none of its processes (etcd,
# kube-*, kwok-controller) is left running and remove its state dir. Idempotent.
set -euo pipefail

# shellcheck source=SCRIPTDIR/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
kwokctl="$kwok_bin/kwokctl"
start=$SECONDS

LOG_TAG=cluster/down

# PIDs of processes belonging to this cluster: kwokctl starts every component (etcd, kube-*,
# kwok-controller) through a link in $cluster_dir/bin, so that path is on its command line.
cluster_pids() { pgrep -f -- "^$cluster_dir/bin/" || true; }

if [[ ! -e $LOCAL_CLUSTER_HOME && -z $(cluster_pids) ]]; then
  log "no cluster state at $LOCAL_CLUSTER_HOME: nothing to do"
  exit 0
fi

# This cluster's watchdog(s): the one in the pid file and any other started for this home.
for pid in $(cat "$LOCAL_CLUSTER_HOME/watchdog.pid" 2>/dev/null) \
  $(pgrep -f -- "cluster/watchdog\.sh $LOCAL_CLUSTER_HOME\$" || true); do
  kill -TERM "$pid" 2>/dev/null || true
done
rm -f "$LOCAL_CLUSTER_HOME/watchdog.pid"
"$repo/cluster/real-node.sh" down

if [[ -d $cluster_dir && -x $kwokctl ]]; then
  log "deleting cluster $CLUSTER_NAME"
  "$kwokctl" --name "$CLUSTER_NAME" delete cluster --kubeconfig "$LOCAL_CLUSTER_HOME/kubeconfig" >&2 ||
    log "kwokctl delete cluster failed; stopping the processes directly"
fi

# Anything still alive (kwokctl failed, or its state was damaged): TERM, then KILL.
pids=$(cluster_pids)
if [[ -n $pids ]]; then
  log "stopping leftover processes: ${pids//$'\n'/ }"
  # shellcheck disable=SC2086
  kill $pids 2>/dev/null || true
  for _ in $(seq 25); do # up to 5s to exit, then SIGKILL (as kwokctl itself does)
    pids=$(cluster_pids)
    [[ -z $pids ]] && break
    sleep 0.2
  done
  # shellcheck disable=SC2086
  [[ -z $pids ]] || kill -9 $pids 2>/dev/null || true
  sleep 0.5
fi
pids=$(cluster_pids)
if [[ -n $pids ]]; then
  log "ERROR: processes of cluster $CLUSTER_NAME still running:"
  ps -o pid,args -p "${pids//$'\n'/,}" >&2 || true
  exit 1
fi

rm -rf "$LOCAL_CLUSTER_HOME"
log "cluster $CLUSTER_NAME stopped, no process left, $LOCAL_CLUSTER_HOME removed ($((SECONDS - start))s)"
