# Sourced by cluster/*.sh: where the local cluster "stateful-app" keeps its state and binaries.
# shellcheck shell=bash disable=SC2034  # the variables are for the scripts that source this
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=SCRIPTDIR/../toolchain/env.sh
. "$repo/toolchain/env.sh"
# shellcheck source=SCRIPTDIR/../toolchain/log.sh
. "$repo/toolchain/log.sh"
CLUSTER_NAME=stateful-app
export LOCAL_CLUSTER_HOME="${LOCAL_CLUSTER_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/stateful-app-cluster}"
export KWOK_WORKDIR="$LOCAL_CLUSTER_HOME/kwok"
export KUBECONFIG="$LOCAL_CLUSTER_HOME/kubeconfig"
cluster_dir="$KWOK_WORKDIR/clusters/$CLUSTER_NAME"
kube_bin="$TOOLCHAIN_CACHE/kubernetes-$KUBERNETES_VERSION/bin"
etcd_bin="$TOOLCHAIN_CACHE/etcd-$ETCD_VERSION/bin"
kwok_bin="$TOOLCHAIN_CACHE/kwok-$KWOK_VERSION/bin"
# Addresses: kube-apiserver's default Service range; fake (kwok) pod IPs moved off it; the real
# node's pod range on its bridge, whose first address is the node's IP (kubelet, NodePorts, DNS).
SERVICE_CIDR=10.0.0.0/24
DNS_SERVICE_IP=10.0.0.10
FAKE_POD_CIDR=10.245.0.0/16
REAL_POD_CIDR=10.244.0.0/24
REAL_NODE_IP=10.244.0.1
# The real node (cluster/real-node.sh): one per machine, owned by the cluster home named in the lock.
REAL_NODE=real-1
REAL_NODE_TAINT_KEY=stateful-app/real-node
REAL_NODE_LABELS=stateful-app/real-node=true,storage-node=true
REAL_NODE_PVS=3
REAL_NODE_LOCK=/run/stateful-app-real-node
BRIDGE=sa-real0
IMAGE_REGISTRY=stateful-app.local
# The asset tier's default local PV path (components/assets.py host_path), on the real node's disk.
ASSET_HOST_PATH=/mnt/assets
COREDNS_HEALTH_PORT=19153
COREDNS_READY_PORT=19181
# Writes cluster/templates/$1 to $2 with each ${NAME} in it replaced by that shell variable's value
# (locals included); a name that is not set stops the script instead of writing an empty value.
render_template() {
  local template="$repo/cluster/templates/$1" text name
  text=$(<"$template")
  for name in $(grep -o '\${[A-Za-z_][A-Za-z0-9_]*}' "$template" | sort -u | tr -d '${}'); do
    [[ -v $name ]] || die "$template: \${$name} is not set"
    text=${text//"\${$name}"/"${!name}"}
  done
  printf '%s\n' "$text" >"$2"
}

# The toolchain's kubectl, never another one on PATH (kwokctl runs the first kubectl it finds).
kubectl() { "$kube_bin/kubectl" --kubeconfig "$KUBECONFIG" "$@"; }

kwokctl() { PATH="$kube_bin:$PATH" "$kwok_bin/kwokctl" --name "$CLUSTER_NAME" "$@"; }

# A live process (a zombie, as an orphan of kwokctl can stay unreaped, or a dead pid is not).
alive() {
  local state
  [[ -n ${1:-} && -r /proc/$1/stat ]] || return 1
  state=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)
  [[ -n $state && $state != Z && $state != X ]]
}

# A process stopped by a signal (SIGSTOP, a debugger): paused on purpose, not broken.
stopped() {
  [[ -n ${1:-} && -r /proc/$1/stat ]] || return 1
  [[ $(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) == [Tt] ]]
}

# The control plane's processes, started by kwokctl (pid files in $cluster_dir/pids).
CONTROL_PLANE=(etcd kube-apiserver kube-controller-manager kube-scheduler kwok-controller)
dead_components() {
  local c
  for c in "${CONTROL_PLANE[@]}"; do
    alive "$(cat "$cluster_dir/pids/$c.pid" 2>/dev/null)" || echo "$c"
  done
}
# Starts the dead components again (kwokctl starts those without a live pid file). Under a lock:
# cluster/up.sh and the watchdog may both try at once. The lock's descriptor is closed for kwokctl,
# or the components it starts would inherit it and hold the lock for their lifetime.
restart_components() {
  (
    flock -w 120 8 || exit 1
    local dead c
    dead=$(dead_components)
    [[ -z $dead ]] && exit 0
    for c in $dead; do rm -f "$cluster_dir/pids/$c.pid"; done
    kwokctl start cluster --timeout 60s --wait 30s 8>&-
  ) 8>"$cluster_dir/restart-components.lock"
}

# sign_cert OUT CN CA_DIR EXTENSIONS: a key and a certificate for CN signed by CA_DIR/ca.{crt,key},
# written to OUT.key and OUT.crt (kept while newer than the CA). EXTENSIONS: openssl x509 extension
# lines, e.g. "subjectAltName=IP:10.0.0.1" and "extendedKeyUsage=serverAuth".
sign_cert() {
  local out=$1 cn=$2 ca=$3
  [[ -s $out.crt && $out.crt -nt $ca/ca.crt ]] && return 0
  mkdir -p "$(dirname "$out")"
  (umask 077 && openssl req -new -newkey rsa:2048 -nodes -keyout "$out.key" -subj "/CN=$cn" -out "$out.csr" 2>/dev/null)
  openssl x509 -req -in "$out.csr" -CA "$ca/ca.crt" -CAkey "$ca/ca.key" -set_serial "0x$(openssl rand -hex 16)" \
    -days 365 -sha256 -out "$out.crt" -extfile <(printf '%s\n' "${@:4}") 2>/dev/null
  rm -f "$out.csr"
}

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
