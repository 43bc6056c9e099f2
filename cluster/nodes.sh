#!/usr/bin/env bash
# Scale the fake worker nodes of the local cluster to N: worker-1..worker-N (kwok keeps them Ready).
# Each worker: 8 cpu, 32Gi memory, 110 pods, kubernetes.io/hostname label; worker-1 also
# storage-node=true, unless the cluster has its real node (cluster/real-node.sh), which is then
# the only storage node. Each worker gets PVS_PER_NODE (default 6) static local PersistentVolumes
# (class local-static, 20Gi, RWO, Retain, nodeAffinity to the worker, path /mnt/disks/pv-K).
# Workers above N are deleted with their unbound PVs (a Bound PV is kept and reported).
# Idempotent. Usage: cluster/nodes.sh N   (the cluster must be up: cluster/up.sh)
set -euo pipefail

# shellcheck source=SCRIPTDIR/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
PVS_PER_NODE="${PVS_PER_NODE:-6}"
PV_SIZE="${PV_SIZE:-20Gi}"

LOG_TAG=cluster/nodes
[[ $# -eq 1 && $1 =~ ^[0-9]+$ ]] || { echo "usage: $0 N   (number of worker nodes)" >&2; exit 2; }
want=$1
[[ -f $KUBECONFIG ]] || { log "no cluster ($KUBECONFIG missing): run cluster/up.sh"; exit 1; }
start=$SECONDS

# Deleted PVs linger (Terminating) until kube-controller-manager drops their pv-protection
# finalizer (~20/s): wait for that, so a re-created PV is not mistaken for an existing one.
wait_terminated() {
  local n
  while :; do
    n=$(kubectl get pv -l stateful-app/pv-node \
      -o jsonpath='{range .items[*]}{.metadata.deletionTimestamp}{"\n"}{end}' | grep -c . || true)
    ((n == 0)) && return 0
    ((SECONDS - start < 120)) || { log "$n PVs still Terminating after 120s"; return 1; }
    sleep 1
  done
}
wait_terminated

real_node=false
[[ -f $LOCAL_CLUSTER_HOME/real-node.env ]] && real_node=true

# Objects that exist already are kept as they are (kwok owns node status; PV specs are immutable).
existing=" $(kubectl get nodes,pv -o name | tr '\n' ' ') "

manifest() { # manifest NAME INDEX: the node and its PVs, the missing ones only
  local name=$1 i=$2 k storage=""
  if ((i == 1)) && ! $real_node; then storage=$'\n    storage-node: "true"'; fi
  [[ $existing == *" node/$name "* ]] || cat <<EOF
---
apiVersion: v1
kind: Node
metadata:
  name: $name
  annotations:
    node.alpha.kubernetes.io/ttl: "0"
    kwok.x-k8s.io/node: fake
  labels:
    kubernetes.io/hostname: $name
    kubernetes.io/os: linux
    kubernetes.io/arch: amd64
    node-role.kubernetes.io/worker: ""
    stateful-app/worker: "true"
    type: kwok$storage
$(node_status 8 32Gi)
EOF
  for ((k = 1; k <= PVS_PER_NODE; k++)); do
    [[ $existing == *" persistentvolume/$name-pv-$k "* ]] || cat <<EOF
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: $name-pv-$k
  labels:
    stateful-app/pv-node: $name
spec:
  capacity: {storage: $PV_SIZE}
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: local-static
  volumeMode: Filesystem
  local:
    path: /mnt/disks/pv-$k
  nodeAffinity:
    required:
      nodeSelectorTerms:
      - matchExpressions:
        - {key: kubernetes.io/hostname, operator: In, values: [$name]}
EOF
  done
}

# kubectl throttles itself to 5 requests/s after a burst of 10, so each node is created with its
# PVs (7 objects) by its own kubectl, 8 at a time. Nodes are created with their status
# (allocatable, capacity, nodeInfo), which kwok keeps.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for ((i = 1; i <= want; i++)); do
  manifest "worker-$i" "$i" >"$tmp/worker-$i.yaml"
  [[ -s $tmp/worker-$i.yaml ]] || rm "$tmp/worker-$i.yaml"
done
if compgen -G "$tmp/*.yaml" >/dev/null; then
  find "$tmp" -name '*.yaml' -print0 |
    xargs -0 -P 8 -n 1 "$kube_bin/kubectl" --kubeconfig "$KUBECONFIG" create -o name -f >/dev/null
fi

# With the real node present, the fake worker-1 is no storage node (e.g. after a fake-only start).
if $real_node && [[ $existing == *" node/worker-1 "* ]]; then
  kubectl label node worker-1 storage-node- >/dev/null
fi

# Remove workers above N, and their PVs unless Bound.
extra=$(kubectl get nodes -l stateful-app/worker=true -o name | sed 's|^node/||' |
  awk -F- -v n="$want" '$1 == "worker" && $2 + 0 > n')
if [[ -n $extra ]]; then
  xargs -P 8 -n 10 "$kube_bin/kubectl" --kubeconfig "$KUBECONFIG" delete node --ignore-not-found --wait=false <<<"$extra" >/dev/null
  pvs=$(kubectl get pv -l stateful-app/pv-node -o \
    jsonpath='{range .items[*]}{.metadata.name} {.metadata.labels.stateful-app/pv-node} {.status.phase}{"\n"}{end}' |
    awk -v n="$want" '{split($2, a, "-")} a[1] == "worker" && a[2] + 0 > n')
  kept=$(awk '$3 == "Bound" {print $1}' <<<"$pvs")
  gone=$(awk '$3 != "Bound" {print $1}' <<<"$pvs")
  [[ -z $gone ]] || xargs -P 8 -n 10 "$kube_bin/kubectl" --kubeconfig "$KUBECONFIG" delete pv --ignore-not-found \
    --wait=false <<<"$gone" >/dev/null
  [[ -z $kept ]] || log "keeping Bound PVs of deleted workers: ${kept//$'\n'/ }"
  wait_terminated
  log "deleted $(echo "$extra" | wc -w) worker(s) above $want"
fi

# Wait until the N workers are Ready (kwok marks new nodes Ready within a second or two).
ready_jsonpath='{range .items[*]}{.metadata.name}{" "}{.status.conditions[?(@.type=="Ready")].status}{"\n"}{end}'
while :; do
  ready=$(kubectl get nodes -l stateful-app/worker=true -o jsonpath="$ready_jsonpath" | awk '$2 == "True"' | wc -l)
  ((ready >= want)) && break
  ((SECONDS - start < 90)) || { log "only $ready of $want workers Ready after 90s"; exit 1; }
  sleep 0.5
done
log "$ready workers Ready, $(kubectl get pv -l stateful-app/pv-node --no-headers 2>/dev/null | wc -l) \
local PVs ($((SECONDS - start))s)"
