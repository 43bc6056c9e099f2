#!/usr/bin/env bash
# Start the local Kubernetes cluster "stateful-app" for integration tests: etcd, kube-apiserver,
# kube-controller-manager and kube-scheduler run as local processes (kwokctl, binary runtime, all
# binaries from toolchain/build-kube.sh, nothing downloaded), on loopback only; the nodes are fake
# (kwok keeps them Ready and moves their pods to Running).
#   - node "control-plane", tainted node-role.kubernetes.io/control-plane:NoSchedule
#   - workers worker-1..worker-$NODES (default 5; worker-1 is labelled storage-node=true)
#   - default StorageClass local-static (no-provisioner, WaitForFirstConsumer) with a pool of static
#     local PVs per worker, so volumeClaimTemplates bind for real (see cluster/nodes.sh)
# State lives in $LOCAL_CLUSTER_HOME (default ${XDG_CACHE_HOME:-~/.cache}/stateful-app-cluster);
# the kubeconfig is $LOCAL_CLUSTER_HOME/kubeconfig. Idempotent: exits 0 if already running.
# Env: NODES (workers, default 5), LOCAL_CLUSTER_HOME, DISABLE_QPS_LIMITS (default true).
# Stop with cluster/down.sh.
set -euo pipefail

# shellcheck source=SCRIPTDIR/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
NODES="${NODES:-5}"
start=$SECONDS

log() { printf '[cluster/up] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for b in "$kube_bin"/{kube-apiserver,kube-controller-manager,kube-scheduler,kubectl} "$etcd_bin/etcd" \
  "$kwok_bin"/{kwok,kwokctl}; do
  [[ -x $b ]] || die "missing $b: run toolchain/build-kube.sh first"
done
kwokctl() { "$kwok_bin/kwokctl" --name "$CLUSTER_NAME" "$@"; }

api_ready() { [[ -f $KUBECONFIG ]] && kubectl --request-timeout=3s get --raw=/readyz >/dev/null 2>&1; }

if [[ -d $cluster_dir ]]; then
  if api_ready; then
    log "cluster $CLUSTER_NAME is already running (kubeconfig: $KUBECONFIG)"
    echo "$KUBECONFIG"
    exit 0
  fi
  # State left from a crash or reboot: try to restart the processes, else start afresh.
  log "cluster $CLUSTER_NAME exists but does not answer; restarting it"
  # (kwokctl treats a component whose pid still exists, even as an unreaped zombie, as running.)
  if PATH="$kube_bin:$PATH" kwokctl start cluster --timeout 20s --wait 20s >&2 && api_ready; then
    log "restarted in $((SECONDS - start))s"
  else
    log "restart failed; removing the stale cluster and creating a new one"
    "$repo/cluster/down.sh"
  fi
fi

if [[ ! -d $cluster_dir ]]; then
  mkdir -p "$LOCAL_CLUSTER_HOME"
  rm -f "$KUBECONFIG"
  # kwokctl configuration: local binaries only (a URL here would mean a download), loopback only.
  cat >"$LOCAL_CLUSTER_HOME/kwokctl.yaml" <<EOF
apiVersion: config.kwok.x-k8s.io/v1alpha1
kind: KwokctlConfiguration
options:
  runtime: binary
  bindAddress: 127.0.0.1
  kubeVersion: v$KUBERNETES_VERSION
  etcdBinary: $etcd_bin/etcd
  kubeApiserverBinary: $kube_bin/kube-apiserver
  kubeControllerManagerBinary: $kube_bin/kube-controller-manager
  kubeSchedulerBinary: $kube_bin/kube-scheduler
  kubectlBinary: $kube_bin/kubectl
  kwokControllerBinary: $kwok_bin/kwok
  cacheDir: $KWOK_WORKDIR/cache
  kubeAuthorization: true
  kubeAdmission: true
  # No client-side QPS limits in kube-controller-manager/kube-scheduler/kwok and no API priority
  # and fairness: a test cluster on 2 cores should not throttle itself (DISABLE_QPS_LIMITS=false
  # keeps the upstream defaults).
  disableQPSLimits: ${DISABLE_QPS_LIMITS:-true}
  quietPull: true
EOF
  log "creating cluster $CLUSTER_NAME (kube $KUBERNETES_VERSION, etcd $ETCD_VERSION, kwok $KWOK_VERSION)"
  PATH="$kube_bin:$PATH" kwokctl --config "$LOCAL_CLUSTER_HOME/kwokctl.yaml" create cluster \
    --runtime binary --kubeconfig "$KUBECONFIG" --timeout 120s --wait 60s >&2
  log "control plane up after $((SECONDS - start))s"
fi

deadline=$((SECONDS + 90))
until api_ready; do
  ((SECONDS < deadline)) || die "kube-apiserver did not become ready (logs: $cluster_dir/logs)"
  sleep 0.5
done

# The control-plane node (a fake one, so nothing schedules onto it) and default storage.
kubectl apply -f - >/dev/null <<EOF
apiVersion: v1
kind: Node
metadata:
  name: control-plane
  annotations:
    node.alpha.kubernetes.io/ttl: "0"
    kwok.x-k8s.io/node: fake
  labels:
    kubernetes.io/hostname: control-plane
    kubernetes.io/os: linux
    kubernetes.io/arch: amd64
    node-role.kubernetes.io/control-plane: ""
    node.kubernetes.io/exclude-from-external-load-balancers: ""
    type: kwok
spec:
  taints:
  - key: node-role.kubernetes.io/control-plane
    effect: NoSchedule
$(node_status 4 16Gi)
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: local-static
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: kubernetes.io/no-provisioner
volumeBindingMode: WaitForFirstConsumer
reclaimPolicy: Retain
EOF

"$repo/cluster/nodes.sh" "$NODES" >&2

until kubectl wait --for=condition=Ready node/control-plane --timeout=30s >/dev/null 2>&1; do
  ((SECONDS < deadline)) || die "nodes did not become Ready"
done
# Pods need the namespace's default ServiceAccount (ServiceAccount admission): wait for it.
until kubectl get serviceaccount default -n default >/dev/null 2>&1; do
  ((SECONDS < deadline)) || die "default ServiceAccount was not created"
  sleep 0.5
done

log "cluster $CLUSTER_NAME ready in $((SECONDS - start))s: $(kubectl get nodes --no-headers | wc -l) nodes"
log "  export KUBECONFIG=$KUBECONFIG"
echo "$KUBECONFIG"
