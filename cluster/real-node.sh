#!/usr/bin/env bash
# The real worker node "real-1" of the local cluster: containerd + runc (Debian packages), the CNI
# bridge, kubelet and kube-proxy (toolchain/build-kube.sh), CoreDNS (cluster DNS, a host process
# on the bridge address), and the add-ons of cluster/addons.sh (NetworkPolicy enforcement,
# metrics-server), each kept running by cluster/supervise.sh. Pods run as real
# containers from local images only (images/build.sh; every registry points at 127.0.0.1:1) and
# have no route off the bridge. One real node per machine (a second cluster home gets none).
#   real-node.sh available   prints why a real node cannot run here and exits 1, else exits 0
#   real-node.sh up          starts (or repairs) the node; idempotent; writes real-node.env
#   real-node.sh check       one line per unhealthy daemon; exit 1 if any
#   real-node.sh down        stops everything and removes every trace (see README "Local cluster")
#   real-node.sh image guestbook   builds (if needed) and imports the guestbook image into the
#                            running node; real-node.env then names it (GUESTBOOK_IMAGE)
# Called by cluster/up.sh and cluster/down.sh; state in $LOCAL_CLUSTER_HOME/node.
set -euo pipefail

# shellcheck source=SCRIPTDIR/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

node_dir="$LOCAL_CLUSTER_HOME/node"
run_dir="$node_dir/run"
pki="$cluster_dir/pki"
sock="$node_dir/containerd.sock"
images="$repo/images/build.sh"
coredns_bin="$TOOLCHAIN_CACHE/coredns-$COREDNS_VERSION/bin/coredns"
# What this machine had before the node started (restored or removed by `down`).
before="$node_dir/before"
# Paths tools create on their own outside our state dir (removed on down unless they pre-existed).
TOOL_PATHS=(/run/containerd /run/netns /var/run/netns /var/lib/cni /var/log/containers /var/log/pods
  /var/lib/kubelet /etc/cni /opt/cni /usr/libexec/kubernetes "$ASSET_HOST_PATH")
# Kernel tunables the kubelet insists on (protectKernelDefaults: it only checks them; the values
# are shown to it through bind mounts in its own mount namespace, the host's stay untouched).
KUBELET_SYSCTLS=(vm/overcommit_memory=1 vm/panic_on_oom=0 kernel/panic=10 kernel/panic_on_oops=1
  kernel/keys/root_maxkeys=1000000 kernel/keys/root_maxbytes=25000000)
# shellcheck source=SCRIPTDIR/addons.sh
. "$repo/cluster/addons.sh"
DAEMONS=(containerd coredns kubelet kube-proxy "${ADDONS[@]}")

LOG_TAG=real-node

pid_of() { cat "$run_dir/$1.pid" 2>/dev/null || true; }

# The cluster home whose real node runs on this machine (empty if none).
owner() {
  local home
  home=$(cat "$REAL_NODE_LOCK" 2>/dev/null) || return 0
  if alive "$(cat "$home/node/run/containerd.pid.sup" 2>/dev/null)"; then echo "$home"; fi
}

available() {
  local missing=() b
  ((EUID == 0)) || { echo "not root (containers need root here)"; return 1; }
  grep -qw overlay /proc/filesystems || { echo "the kernel has no overlayfs"; return 1; }
  [[ -d /sys/fs/cgroup/memory || -f /sys/fs/cgroup/cgroup.controllers ]] || { echo "no memory cgroup"; return 1; }
  [[ -d /proc/sys/net/bridge ]] || { echo "the kernel has no bridge netfilter"; return 1; }
  for b in "$kube_bin/kubelet" "$kube_bin/kube-proxy" "$coredns_bin" "$netpol_bin" "$metrics_bin"; do
    [[ -x $b ]] || missing+=("$b")
  done
  ((${#missing[@]} == 0)) || { echo "not built: ${missing[*]} (make toolchain)"; return 1; }
  local other
  other=$(owner)
  if [[ -n $other && $other != "$LOCAL_CLUSTER_HOME" ]]; then
    echo "the machine's real node already belongs to the cluster in $other"
    return 1
  fi
  if ip link show "$BRIDGE" >/dev/null 2>&1 && [[ -z $other ]] && [[ ! -d $node_dir ]]; then
    echo "bridge $BRIDGE exists but no cluster owns it (remove it: ip link del $BRIDGE)"
    return 1
  fi
  return 0
}

# Debian packages the node needs, installed once (apt-get update only when something is missing).
install_packages() {
  local pkgs=(containerd runc containernetworking-plugins iptables nftables conntrack) missing=() p
  for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  ((${#missing[@]} == 0)) && return 0
  log "installing Debian packages: ${missing[*]}"
  apt-get update -qq -o DPkg::Lock::Timeout=300
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=300 "${missing[@]}" >/dev/null
  # Debian's containerd service (where an init system runs) must not compete with ours.
  if command -v systemctl >/dev/null && systemctl is-active -q containerd 2>/dev/null; then
    log "note: the system's containerd service is running; ours uses its own socket and state"
  fi
}

# ---------------------------------------------------------------------------------------------
# Snapshot of what we change, taken once before the first start.
remember_host() {
  [[ -f $before/done ]] && return 0
  mkdir -p "$before"
  cat /proc/sys/net/ipv4/ip_forward >"$before/ip_forward"
  : >"$before/absent"
  for p in "${TOOL_PATHS[@]}"; do [[ -e $p ]] || echo "$p" >>"$before/absent"; done
  touch "$before/done"
}

write_configs() {
  mkdir -p "$run_dir" "$node_dir"/{containerd/root,containerd/state,net.d,cni/ipam,certs.d/_default} \
    "$node_dir"/{kubelet,pod-logs,volume-plugins,sysctl,disks}
  # Every registry (any host, via _default, and the usual ones by name) is 127.0.0.1:1: a pull
  # fails at once on loopback and nothing ever leaves the machine.
  local reg
  for reg in _default docker.io registry.k8s.io k8s.gcr.io gcr.io ghcr.io quay.io mcr.microsoft.com \
    public.ecr.aws "$IMAGE_REGISTRY"; do
    mkdir -p "$node_dir/certs.d/$reg"
    printf 'server = "http://127.0.0.1:1"\n[host."http://127.0.0.1:1"]\n  capabilities = ["pull", "resolve"]\n' \
      >"$node_dir/certs.d/$reg/hosts.toml"
  done
  render_template containerd.toml "$node_dir/containerd.toml"
  # Pods get a route to the Service range only (via the node), no default route: nothing off the
  # machine is even routable from a pod (the guard chains enforce it as well).
  render_template 10-stateful-app.conflist "$node_dir/net.d/10-stateful-app.conflist"
  render_template kubelet.yaml "$node_dir/kubelet.yaml"
  render_template kube-proxy.yaml "$node_dir/kube-proxy.yaml"
  render_template Corefile "$node_dir/Corefile"
  # The values the kubelet wants to read (its mount namespace sees these files).
  local kv
  for kv in "${KUBELET_SYSCTLS[@]}"; do
    mkdir -p "$node_dir/sysctl/$(dirname "${kv%%=*}")"
    echo "${kv#*=}" >"$node_dir/sysctl/${kv%%=*}"
  done
}

# ---------------------------------------------------------------------------------------------
# Network: the bridge with the node address, forwarding, and the guard chains.
ipt() { iptables -w 5 "$@"; }

guard_rules() { # the rules of the guard chains, as arguments of `iptables -A`
  cat <<EOF
SA-GUARD-FWD -i $BRIDGE -o $BRIDGE -j RETURN
SA-GUARD-FWD -i $BRIDGE -j REJECT --reject-with icmp-port-unreachable
SA-GUARD-FWD -o $BRIDGE -j REJECT --reject-with icmp-net-prohibited
SA-GUARD-IN -i $BRIDGE -m conntrack --ctstate ESTABLISHED,RELATED -j RETURN
SA-GUARD-IN -i $BRIDGE -d $REAL_NODE_IP -p udp --dport 53 -j RETURN
SA-GUARD-IN -i $BRIDGE -d $REAL_NODE_IP -p tcp --dport 53 -j RETURN
SA-GUARD-IN -i $BRIDGE -p tcp -j REJECT --reject-with tcp-reset
SA-GUARD-IN -i $BRIDGE -j REJECT --reject-with icmp-port-unreachable
SA-GUARD-OUT -d $FAKE_POD_CIDR -p tcp -j REJECT --reject-with tcp-reset
SA-GUARD-OUT -d $FAKE_POD_CIDR -j REJECT --reject-with icmp-net-unreachable
SA-GUARD-OUT -d $SERVICE_CIDR -p tcp -j REJECT --reject-with tcp-reset
SA-GUARD-OUT -d $SERVICE_CIDR -j REJECT --reject-with icmp-net-unreachable
EOF
}

network_up() {
  if ! ip link show "$BRIDGE" >/dev/null 2>&1; then
    ip link add "$BRIDGE" type bridge
    ip addr add "$REAL_NODE_IP/${REAL_POD_CIDR#*/}" dev "$BRIDGE"
  fi
  ip link set "$BRIDGE" up
  # Pods reach Services and NodePorts through DNAT back onto the bridge: that is forwarding.
  echo 1 >/proc/sys/net/ipv4/ip_forward
  # Guard chains (rebuilt from scratch, so a rerun never duplicates a rule):
  # FORWARD: pods talk to pods on the bridge only; traffic to fake pod IPs or anything off the
  #   machine is refused at once (a Service whose endpoints are fake fails fast, locally, with
  #   "connection refused" as for a Service without endpoints; a TCP reset would not reach the pod
  #   through the Service's NAT);
  # INPUT: pods reach the host only for DNS (replies to the host's own connections pass);
  # OUTPUT: the host never sends to fake pod IPs or to Service IPs kube-proxy did not translate.
  local chain hook
  for chain in SA-GUARD-FWD:FORWARD SA-GUARD-IN:INPUT SA-GUARD-OUT:OUTPUT; do
    hook=${chain#*:} chain=${chain%:*}
    ipt -N "$chain" 2>/dev/null || ipt -F "$chain"
    ipt -C "$hook" -j "$chain" 2>/dev/null || ipt -I "$hook" 1 -j "$chain"
  done
  while read -r -a rule; do ipt -A "${rule[@]}"; done < <(guard_rules)
}

network_down() {
  local chain hook
  for chain in SA-GUARD-FWD:FORWARD SA-GUARD-IN:INPUT SA-GUARD-OUT:OUTPUT; do
    hook=${chain#*:} chain=${chain%:*}
    while ipt -D "$hook" -j "$chain" 2>/dev/null; do :; done
    ipt -F "$chain" 2>/dev/null || true
    ipt -X "$chain" 2>/dev/null || true
  done
  ip link del "$BRIDGE" 2>/dev/null || true
  [[ -f $before/ip_forward ]] && cat "$before/ip_forward" >/proc/sys/net/ipv4/ip_forward
}

# Everything kube-proxy and the kubelet add to iptables (KUBE-* chains and the jumps to them),
# in every table and in both iptables backends, v4 and v6.
kube_chains_down() {
  local tool table chain rules rule
  for tool in iptables ip6tables iptables-legacy ip6tables-legacy; do
    command -v "$tool" >/dev/null || continue
    # A legacy tool initialises the kernel's legacy tables: only where they exist already.
    [[ $tool == ip6tables-legacy && ! -s /proc/net/ip6_tables_names ]] && continue
    [[ $tool == iptables-legacy && ! -s /proc/net/ip_tables_names ]] && continue
    for table in filter nat mangle raw; do
      rules=$("$tool" -w 5 -t "$table" -S 2>/dev/null || true)
      [[ $rules == *KUBE-* ]] || continue
      # Delete the jumps from built-in chains, then flush and delete the KUBE-* chains.
      while read -r -a rule; do
        [[ ${rule[0]:-} == -A && ${rule[1]} != KUBE-* && " ${rule[*]} " == *" -j KUBE-"* ]] || continue
        "$tool" -w 5 -t "$table" -D "${rule[@]:1}" 2>/dev/null || true
      done <<<"$rules"
      for chain in $(awk '$1 == "-N" && $2 ~ /^KUBE-/ {print $2}' <<<"$rules"); do
        "$tool" -w 5 -t "$table" -F "$chain" 2>/dev/null || true
      done
      for chain in $(awk '$1 == "-N" && $2 ~ /^KUBE-/ {print $2}' <<<"$rules"); do
        "$tool" -w 5 -t "$table" -X "$chain" 2>/dev/null || true
      done
    done
  done
}

# ---------------------------------------------------------------------------------------------
# Daemons, each under cluster/supervise.sh (restarted when it exits).
# Supervisors of this node's daemon NAME, found by their command line (whatever the pid files say).
supervisors() { pgrep -f -- "supervise\.sh $1 $run_dir/$1\.pid " || true; }

start_daemon() { # start_daemon NAME COMMAND...
  local name=$1 running
  shift
  alive "$(cat "$run_dir/$name.pid.sup" 2>/dev/null)" && return 0
  running=$(supervisors "$name" | head -n 1)
  if [[ -n $running ]]; then # a supervisor whose pid file was lost: adopt it
    echo "$running" >"$run_dir/$name.pid.sup"
    return 0
  fi
  setsid bash "$repo/cluster/supervise.sh" "$name" "$run_dir/$name.pid" "$node_dir/$name.log" -- "$@" \
    </dev/null >/dev/null 2>&1 7>&- &
  echo $! >"$run_dir/$name.pid.sup"
}

stop_daemon() { # TERM the supervisors (each stops its daemon), then make sure all are gone
  local name=$1 sups pid p
  sups="$(cat "$run_dir/$name.pid.sup" 2>/dev/null || true) $(supervisors "$name")"
  pid=$(pid_of "$name")
  for p in $sups; do alive "$p" && kill -TERM "$p" 2>/dev/null; done
  for _ in $(seq 60); do
    local left=""
    for p in $sups $pid; do alive "$p" && left=1; done
    [[ -z $left ]] && break
    sleep 0.25
  done
  for p in $sups $pid; do alive "$p" && kill -KILL "$p" 2>/dev/null; done
  rm -f "$run_dir/$name.pid.sup" "$run_dir/$name.pid"
}

start_kubelet() {
  # The kubelet's root dir is a shared bind mount: the volume mounts the kubelet makes inside its
  # own mount namespace then propagate to the host, where containerd can see them.
  if ! mountpoint -q "$node_dir/kubelet"; then
    mount --bind "$node_dir/kubelet" "$node_dir/kubelet"
    mount --make-shared "$node_dir/kubelet"
  fi
  # /proc/sys binds stay in the kubelet's namespace even where the host's mounts are shared.
  local binds="mount --make-rprivate /proc; " kv
  for kv in "${KUBELET_SYSCTLS[@]}"; do
    binds+="mount --bind $node_dir/sysctl/${kv%%=*} /proc/sys/${kv%%=*}; "
  done
  start_daemon kubelet unshare --mount --propagation unchanged sh -c "set -e; $binds exec \"\$0\" \"\$@\"" \
    "$kube_bin/kubelet" --config="$node_dir/kubelet.yaml" --kubeconfig="$KUBECONFIG" \
    --root-dir="$node_dir/kubelet" --cert-dir="$node_dir/kubelet/pki" --hostname-override="$REAL_NODE" \
    --node-ip="$REAL_NODE_IP" --node-labels="$REAL_NODE_LABELS" \
    --pod-infra-container-image="$PAUSE_IMAGE_TAG" --v=1
}

ctr_k8s() { ctr --address "$sock" --namespace k8s.io "$@"; }

# Imports a local image (ref = name:tag@sha256:digest) and gives it a second record named
# name@sha256:digest: a CRI pull creates both, `ctr images import` only the tag, and the kubelet
# resolves a digest reference through that record (without it: ImagePullBackOff).
import_image() {
  local dir ref tagged by_digest
  dir=$("$images" --dir "$1")
  ref=$(cat "$dir/ref")
  tagged=${ref%@*}
  by_digest="${tagged%:*}@${ref#*@}"
  if [[ $(ctr_k8s images ls "name==$tagged" | awk 'NR == 2 {print $3}') != "${ref#*@}" ]]; then
    ctr_k8s images import "$dir/image.tar" >/dev/null
    log "imported $ref"
  fi
  grep -qxF "$by_digest" <<<"$(ctr_k8s images ls -q)" || ctr_k8s images tag "$tagged" "$by_digest" >/dev/null
}

# What every node gets: the pause image (the kubelet's sandboxes) and nginx (the nginx tiers);
# images imported on request (`real-node.sh image NAME`) are imported again by a repairing `up`.
import_images() {
  local name
  for name in pause nginx $(requested_images); do import_image "$name"; done
}

# The images imported on request (their names, from $node_dir/images/NAME).
requested_images() {
  local file
  for file in "$node_dir"/images/*; do [[ -f $file ]] && basename "$file"; done
  return 0
}

# `real-node.sh image guestbook`: builds the image if it is not built (images/build.sh), imports it
# into the running node and records its ref in real-node.env as GUESTBOOK_IMAGE (what
# `make up APP=guestbook` and the e2e deploy it by). Only the node's own images (pause, nginx)
# come with every `up`: a fresh machine builds the guestbook only when it is asked for.
image() {
  local name=${1:-} start=$SECONDS
  [[ $name == guestbook ]] || die "image '$name': only the guestbook is imported on request"
  [[ -f $LOCAL_CLUSTER_HOME/real-node.env ]] && healthy containerd >/dev/null 2>&1 ||
    die "the real node is not running (cluster/up.sh starts it)"
  "$images" "$name"
  import_image "$name"
  mkdir -p "$node_dir/images"
  "$images" --ref "$name" >"$node_dir/images/$name"
  write_env
  log "$(cat "$node_dir/images/$name") on $REAL_NODE in $((SECONDS - start))s"
}

wait_for() { # wait_for SECONDS WHAT COMMAND...
  local deadline=$((SECONDS + $1)) what=$2
  shift 2
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || die "$what did not come up (logs: $node_dir/*.log)"
    sleep 0.3
  done
}

# ---------------------------------------------------------------------------------------------
healthy() { # healthy DAEMON: the daemon answers its health check
  case $1 in
    containerd) ctr --address "$sock" version ;;
    kubelet) [[ $(curl -sf -m 2 http://127.0.0.1:10248/healthz) == ok ]] ;;
    kube-proxy) curl -sf -m 2 -o /dev/null http://127.0.0.1:10256/healthz ;;
    coredns) [[ $(curl -sf -m 2 "http://127.0.0.1:$COREDNS_HEALTH_PORT/health") == OK ]] ;;
    kube-network-policies) curl -sf -m 2 -o /dev/null "http://$NETPOL_METRICS/metrics" && netpol_queue_bound ;;
    metrics-server) [[ $(curl -sf -m 2 --cacert "$pki/ca.crt" "https://$REAL_NODE_IP:$METRICS_SERVER_PORT/livez") == ok ]] ;;
  esac
}

check() {
  local bad=0 d
  for d in "${DAEMONS[@]}"; do
    if ! alive "$(cat "$run_dir/$d.pid.sup" 2>/dev/null)"; then
      echo "$d: not supervised (not started)"
      bad=1
    elif ! healthy "$d" >/dev/null 2>&1; then
      echo "$d: unhealthy (log: $node_dir/$d.log)"
      bad=1
    fi
  done
  local ready
  ready=$(kubectl get node "$REAL_NODE" -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null || true)
  [[ $ready == True ]] || { echo "node $REAL_NODE: not Ready (${ready:-absent})"; bad=1; }
  return $bad
}

up() {
  local start=$SECONDS reason
  reason=$(available) || die "$reason"
  [[ -f $KUBECONFIG ]] || die "the control plane is not up ($KUBECONFIG missing)"
  install_packages
  mkdir -p "$node_dir"
  echo "$LOCAL_CLUSTER_HOME" >"$REAL_NODE_LOCK"
  remember_host
  PAUSE_IMAGE_TAG=$("$images" --ref pause)
  PAUSE_IMAGE_TAG=${PAUSE_IMAGE_TAG%@*}
  serving_certs
  write_configs
  network_up
  [[ -d $ASSET_HOST_PATH ]] || mkdir -p "$ASSET_HOST_PATH"

  start_daemon containerd containerd --config "$node_dir/containerd.toml"
  wait_for 30 containerd healthy containerd
  import_images
  start_daemon coredns "$coredns_bin" -conf "$node_dir/Corefile" -dns.port 53
  # Cluster DNS as the usual Service kube-system/kube-dns, its endpoint the host's DNS server.
  kubectl apply -f - >/dev/null <<EOF
apiVersion: v1
kind: Service
metadata:
  name: kube-dns
  namespace: kube-system
  labels: {k8s-app: kube-dns, kubernetes.io/name: CoreDNS}
spec:
  clusterIP: $DNS_SERVICE_IP
  ports:
  - {name: dns, port: 53, protocol: UDP}
  - {name: dns-tcp, port: 53, protocol: TCP}
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: kube-dns-host
  namespace: kube-system
  labels: {kubernetes.io/service-name: kube-dns, endpointslice.kubernetes.io/managed-by: stateful-app}
addressType: IPv4
endpoints:
- addresses: [$REAL_NODE_IP]
  conditions: {ready: true}
ports:
- {name: dns, port: 53, protocol: UDP}
- {name: dns-tcp, port: 53, protocol: TCP}
EOF
  start_kubelet
  start_daemon kube-proxy "$kube_bin/kube-proxy" --config="$node_dir/kube-proxy.yaml" --v=1
  wait_for 60 "cluster DNS" healthy coredns
  wait_for 60 kubelet healthy kubelet
  wait_for 60 kube-proxy healthy kube-proxy
  wait_for 90 "node $REAL_NODE Ready" kubectl wait --for=condition=Ready "node/$REAL_NODE" --timeout=5s
  # An interrupted `down` leaves the node cordoned (the kubelet re-registers it as it is).
  kubectl uncordon "$REAL_NODE" >/dev/null
  addons_up
  local_volumes
  write_env
  log "$REAL_NODE Ready at $REAL_NODE_IP (bridge $BRIDGE) in $((SECONDS - start))s"
}

# A few pool volumes on the real node's disk (class local-static, like the fake workers').
local_volumes() {
  local k existing manifest=""
  existing=" $(kubectl get pv -l "stateful-app/pv-node=$REAL_NODE" -o name | tr '\n' ' ') "
  for ((k = 1; k <= REAL_NODE_PVS; k++)); do
    mkdir -p "$node_dir/disks/pv-$k"
    [[ $existing == *" persistentvolume/$REAL_NODE-pv-$k "* ]] && continue
    manifest+="---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: $REAL_NODE-pv-$k
  labels: {stateful-app/pv-node: $REAL_NODE}
spec:
  capacity: {storage: 5Gi}
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: local-static
  volumeMode: Filesystem
  local: {path: $node_dir/disks/pv-$k}
  nodeAffinity:
    required:
      nodeSelectorTerms:
      - matchExpressions:
        - {key: kubernetes.io/hostname, operator: In, values: [$REAL_NODE]}
"
  done
  [[ -z $manifest ]] || kubectl apply -f - >/dev/null <<<"$manifest"
}

write_env() {
  local nginx pause
  nginx=$("$images" --ref nginx)
  pause=$("$images" --ref pause)
  cat >"$LOCAL_CLUSTER_HOME/real-node.env.tmp" <<EOF
# Written by cluster/real-node.sh: the real node of the local cluster (shell-sourceable).
REAL_NODE=$REAL_NODE
REAL_NODE_IP=$REAL_NODE_IP
REAL_NODE_LABEL=stateful-app/real-node=true
REAL_NODE_TAINT=$REAL_NODE_TAINT_KEY=true:NoSchedule
NGINX_IMAGE=$nginx
PAUSE_IMAGE=$pause
ASSET_HOST_PATH=$ASSET_HOST_PATH
DNS_SERVICE_IP=$DNS_SERVICE_IP
BRIDGE=$BRIDGE
NETPOL_METRICS=$NETPOL_METRICS
EOF
  local name
  for name in $(requested_images); do
    echo "${name^^}_IMAGE=$(cat "$node_dir/images/$name")" >>"$LOCAL_CLUSTER_HOME/real-node.env.tmp"
  done
  mv "$LOCAL_CLUSTER_HOME/real-node.env.tmp" "$LOCAL_CLUSTER_HOME/real-node.env"
}

# ---------------------------------------------------------------------------------------------
down() {
  [[ -d $node_dir ]] || return 0
  local start=$SECONDS d
  rm -f "$LOCAL_CLUSTER_HOME/real-node.env"
  addons_api_down
  # Pods first, while kubelet and containerd still run: deleted through the API, the kubelet stops
  # them the normal way (network torn down by CNI, volumes unmounted); what remains is killed.
  if healthy kubelet >/dev/null 2>&1 && kubectl --request-timeout=5s cordon "$REAL_NODE" >/dev/null 2>&1; then
    kubectl delete pods -A --field-selector "spec.nodeName=$REAL_NODE" --grace-period=1 --wait=false \
      --request-timeout=10s >/dev/null 2>&1 || true
    for _ in $(seq 60); do
      [[ -z $(ctr_k8s tasks ls -q 2>/dev/null) ]] && break
      sleep 0.25
    done
  fi
  if healthy containerd >/dev/null 2>&1; then
    stop_daemon kubelet
    local ids
    ids=$(ctr_k8s tasks ls -q 2>/dev/null || true)
    for d in $ids; do ctr_k8s tasks kill -s KILL "$d" >/dev/null 2>&1 || true; done
    for _ in $(seq 20); do [[ -z $(ctr_k8s tasks ls -q 2>/dev/null) ]] && break; sleep 0.25; done
    for d in $(ctr_k8s tasks ls -q 2>/dev/null); do ctr_k8s tasks delete -f "$d" >/dev/null 2>&1 || true; done
    for d in $(ctr_k8s containers ls -q 2>/dev/null); do ctr_k8s containers delete "$d" >/dev/null 2>&1 || true; done
  fi
  for d in "${ADDONS[@]}" kubelet kube-proxy coredns containerd; do stop_daemon "$d"; done
  # Daemons and shims that outlived their supervisors (their command line names our state dir,
  # or the add-on binaries, which run for this node only).
  local pids
  pids=$(pgrep -f -- "$node_dir/(containerd\.toml|Corefile|kubelet\.yaml|kube-proxy\.yaml)|containerd-shim.*-address $sock|^($netpol_bin|$metrics_bin) " || true)
  [[ -z $pids ]] || kill -KILL $pids 2>/dev/null || true
  [[ -x $kube_bin/kube-proxy ]] && "$kube_bin/kube-proxy" --cleanup >/dev/null 2>&1 || true
  kube_chains_down
  netpol_rules_down
  network_down
  # Mounts under our state dir (kubelet volumes, container rootfs, the shared bind), deepest first.
  local m
  for m in $(awk -v p="$node_dir" '$5 == p || index($5, p "/") == 1 {print $5}' /proc/self/mountinfo | sort -r); do
    umount -l "$m" 2>/dev/null || true
  done
  # Network namespaces the CRI left (their bind mounts in /run/netns).
  for m in $(awk '$5 ~ "^/(var/)?run/netns/cni-" {print $5}' /proc/self/mountinfo); do
    umount -l "$m" 2>/dev/null || true
    rm -f "$m"
  done
  remove_cgroups
  # What the tools created outside our state dir: only paths recorded as absent before the start.
  local p
  while read -r p; do
    [[ -n $p && -e $p ]] && rm -rf "$p"
  done < <(cat "$before/absent" 2>/dev/null)
  rm -rf "$node_dir"
  [[ $(cat "$REAL_NODE_LOCK" 2>/dev/null) == "$LOCAL_CLUSTER_HOME" ]] && rm -f "$REAL_NODE_LOCK"
  log "$REAL_NODE stopped and removed ($((SECONDS - start))s)"
}

# The kubelet's cgroups (kubepods and below) in every hierarchy, deepest first (a cgroup whose
# last process just exited may stay busy for a moment: retried for up to 5 s).
remove_cgroups() {
  local dir left
  for _ in $(seq 20); do
    left=""
    for dir in /sys/fs/cgroup/*/kubepods /sys/fs/cgroup/kubepods; do
      [[ -d $dir ]] || continue
      find "$dir" -depth -type d -exec rmdir {} + 2>/dev/null || true
      [[ -d $dir ]] && left+=" $dir"
    done
    [[ -z $left ]] && return 0
    sleep 0.25
  done
  log "warning: cgroups left (processes still in them?):$left"
}

case ${1:-} in
  available) available ;;
  up)
    mkdir -p "$LOCAL_CLUSTER_HOME"
    # One `up` at a time (cluster/up.sh from several sessions); the lock is not passed to daemons.
    exec 7>"$LOCAL_CLUSTER_HOME/real-node-up.lock"
    flock -w 300 7 || die "another real-node.sh up holds $LOCAL_CLUSTER_HOME/real-node-up.lock"
    up
    ;;
  image)
    exec 7>"$LOCAL_CLUSTER_HOME/real-node-up.lock"
    flock -w 300 7 || die "another real-node.sh up holds $LOCAL_CLUSTER_HOME/real-node-up.lock"
    image "${2:-}"
    ;;
  check) check ;;
  down) down ;;
  *) echo "usage: $0 available|up|check|down|image guestbook" >&2; exit 2 ;;
esac
