#!/usr/bin/env bash
# Keep the control plane of the local cluster running: every 2 s, each component kwokctl started
# (etcd, kube-apiserver, kube-controller-manager, kube-scheduler, kwok-controller) must be a live
# process; a dead one is started again through `kwokctl start cluster`. (The real node's daemons
# have their own supervisors, cluster/supervise.sh.) Started detached by cluster/up.sh, stopped
# by cluster/down.sh; log: $LOCAL_CLUSTER_HOME/watchdog.log. Usage: watchdog.sh CLUSTER_HOME
set -uo pipefail
export LOCAL_CLUSTER_HOME="${1:?usage: watchdog.sh CLUSTER_HOME}"

# shellcheck source=SCRIPTDIR/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

trap 'exit 0' TERM INT HUP
while sleep 2 & wait $!; do
  [[ -d $cluster_dir/pids ]] || exit 0 # the cluster is gone
  dead=$(dead_components)
  [[ -z $dead ]] && continue
  printf '%s restarting: %s\n' "$(date -u +%FT%TZ)" "$dead"
  restart_components >/dev/null 2>&1 || printf '%s restart failed\n' "$(date -u +%FT%TZ)"
done
