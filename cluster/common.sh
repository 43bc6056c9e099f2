# Sourced by cluster/*.sh: where the local cluster "stateful-app" keeps its state and binaries.
# shellcheck shell=bash disable=SC2034  # the variables are for the scripts that source this
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=SCRIPTDIR/../toolchain/env.sh
. "$repo/toolchain/env.sh"
CLUSTER_NAME=stateful-app
export LOCAL_CLUSTER_HOME="${LOCAL_CLUSTER_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/stateful-app-cluster}"
export KWOK_WORKDIR="$LOCAL_CLUSTER_HOME/kwok"
export KUBECONFIG="$LOCAL_CLUSTER_HOME/kubeconfig"
cluster_dir="$KWOK_WORKDIR/clusters/$CLUSTER_NAME"
kube_bin="$TOOLCHAIN_CACHE/kubernetes-$KUBERNETES_VERSION/bin"
etcd_bin="$TOOLCHAIN_CACHE/etcd-$ETCD_VERSION/bin"
kwok_bin="$TOOLCHAIN_CACHE/kwok-$KWOK_VERSION/bin"
# The toolchain's kubectl, never another one on PATH (kwokctl runs the first kubectl it finds).
kubectl() { "$kube_bin/kubectl" --kubeconfig "$KUBECONFIG" "$@"; }

# The status block of a fake node's manifest (kwok keeps it Ready): node_status CPU MEMORY
node_status() {
  cat <<YAML
status:
  allocatable: {cpu: "$1", memory: $2, pods: "110", ephemeral-storage: 100Gi}
  capacity: {cpu: "$1", memory: $2, pods: "110", ephemeral-storage: 100Gi}
  nodeInfo:
    kubeletVersion: v$KUBERNETES_VERSION
    kubeProxyVersion: v$KUBERNETES_VERSION
    operatingSystem: linux
    architecture: amd64
YAML
}
