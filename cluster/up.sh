#!/usr/bin/env bash
# Start the local Kubernetes cluster "stateful-app" for integration tests: etcd, kube-apiserver,
# kube-controller-manager and kube-scheduler run as local processes (kwokctl, binary runtime, all
# binaries from toolchain/build-kube.sh, nothing downloaded), on loopback only, with
#   - node "control-plane" (fake), tainted node-role.kubernetes.io/control-plane:NoSchedule
#   - fake workers worker-1..worker-$NODES (default 5): kwok keeps them Ready and plays their pods
#   - one REAL worker "real-1" (cluster/real-node.sh: containerd, kubelet, kube-proxy, CoreDNS, a
#     CNI bridge; pods are real containers from local images), labelled storage-node=true and
#     stateful-app/real-node=true, tainted stateful-app/real-node=true:NoSchedule. Where it cannot
#     run (not root, no overlayfs, another cluster holds it, REAL_NODE_MODE=off) one line says
#     why and worker-1 is the storage node instead.
#   - default StorageClass local-static (no-provisioner, WaitForFirstConsumer) with a pool of static
#     local PVs per worker (see cluster/nodes.sh; real-1's are directories on this disk)
# State lives in $LOCAL_CLUSTER_HOME (default ${XDG_CACHE_HOME:-~/.cache}/stateful-app-cluster);
# the kubeconfig is $LOCAL_CLUSTER_HOME/kubeconfig. Idempotent: on a running cluster it checks
# every component (control plane, watchdog, real node), repairs what is down and reports what it
# cannot repair in one line (exit 1). A watchdog restarts dead control-plane processes; the real
# node's daemons are supervised too. No leader election (one instance of each).
# Env: NODES (workers, default 5), LOCAL_CLUSTER_HOME, DISABLE_QPS_LIMITS (default true),
#      REAL_NODE_MODE (auto: a real node where possible; off: fake nodes only).
# Stop with cluster/down.sh.
set -euo pipefail

# shellcheck source=SCRIPTDIR/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
NODES="${NODES:-5}"
start=$SECONDS

LOG_TAG=cluster/up

for b in "$kube_bin"/{kube-apiserver,kube-controller-manager,kube-scheduler,kubectl} "$etcd_bin/etcd" \
  "$kwok_bin"/{kwok,kwokctl}; do
  [[ -x $b ]] || die "missing $b: run toolchain/build-kube.sh first"
done
REAL_NODE_MODE="${REAL_NODE_MODE:-auto}"
[[ $REAL_NODE_MODE == auto || $REAL_NODE_MODE == off ]] || die "REAL_NODE_MODE=$REAL_NODE_MODE: use auto or off"

api_ready() { [[ -f $KUBECONFIG ]] && kubectl --request-timeout=3s get --raw=/readyz >/dev/null 2>&1; }

# The port a component was given on its command line (kwokctl picks free ports).
component_port() { # component_port NAME FLAG
  tr '\0' '\n' <"/proc/$(cat "$cluster_dir/pids/$1.pid")/cmdline" 2>/dev/null |
    sed -n "s/^--$2=\(.*:\)\{0,1\}\([0-9]*\)\$/\2/p" | sed -n 1p
}
# One line per control-plane component that is not running or does not answer its health check.
# While the API server does not answer, the components that depend on it are not judged.
control_plane_problems() {
  local c port pid
  for c in $(dead_components); do echo "$c: not running"; done
  for c in "${CONTROL_PLANE[@]}"; do
    pid=$(cat "$cluster_dir/pids/$c.pid" 2>/dev/null || true)
    if stopped "$pid"; then echo "$c: stopped by a signal (pid $pid; kill -CONT $pid resumes it)"; fi
  done
  alive "$(cat "$LOCAL_CLUSTER_HOME/watchdog.pid" 2>/dev/null)" || echo "watchdog: not running"
  api_ready || { echo "kube-apiserver: not ready"; return 0; }
  for c in kube-controller-manager kube-scheduler; do
    alive "$(cat "$cluster_dir/pids/$c.pid" 2>/dev/null)" || continue
    port=$(component_port "$c" secure-port)
    [[ -n $port ]] && curl -skf -m 3 -o /dev/null "https://127.0.0.1:$port/healthz" || echo "$c: unhealthy"
  done
  if alive "$(cat "$cluster_dir/pids/kwok-controller.pid" 2>/dev/null)"; then
    port=$(component_port kwok-controller server-address)
    [[ -n $port ]] && curl -sk -m 3 -o /dev/null "https://127.0.0.1:$port/healthz" ||
      curl -s -m 3 -o /dev/null "http://127.0.0.1:$port/healthz" || echo "kwok-controller: unhealthy"
  fi
}

# Dead components are started again. A live one that stays unhealthy for 30 s is killed and
# started again (the API server first: the others are only judged once it answers); a stall that
# ends within 30 s is waited out, and a process stopped by a signal is reported, never killed.
repair_control_plane() {
  local problems deadline c
  problems=$(control_plane_problems)
  [[ -z $problems ]] && return 0
  log "repairing: ${problems//$'\n'/; }"
  start_watchdog
  [[ -z $(dead_components) ]] || restart_components >&2 || true
  deadline=$((SECONDS + 30))
  while problems=$(control_plane_problems); [[ -n $problems ]]; do
    if ((SECONDS >= deadline)); then
      [[ $problems == *"stopped by a signal"* ]] && return 1
      if [[ $problems == *"kube-apiserver: not ready"* ]]; then
        kill -9 "$(cat "$cluster_dir/pids/kube-apiserver.pid")" 2>/dev/null || true
      fi
      for c in $(sed -n 's/^\(kube-[a-z-]*\|kwok-controller\): unhealthy$/\1/p' <<<"$problems"); do
        kill -9 "$(cat "$cluster_dir/pids/$c.pid")" 2>/dev/null || true
      done
      restart_components >&2 || true
      until api_ready || ((SECONDS >= deadline + 60)); do sleep 1; done
      break
    fi
    sleep 1
  done
  problems=$(control_plane_problems)
  [[ -z $problems ]] || return 1
  log "repaired in $((SECONDS - start))s"
}

start_watchdog() {
  alive "$(cat "$LOCAL_CLUSTER_HOME/watchdog.pid" 2>/dev/null)" && return 0
  # The cluster home on its command line tells its watchdog from other clusters' (cluster/down.sh).
  setsid bash "$repo/cluster/watchdog.sh" "$LOCAL_CLUSTER_HOME" </dev/null >>"$LOCAL_CLUSTER_HOME/watchdog.log" 2>&1 &
  echo $! >"$LOCAL_CLUSTER_HOME/watchdog.pid"
}

# The real node: started or repaired (mode auto), else one line saying why not.
real_node() {
  local reason
  if [[ $REAL_NODE_MODE == off ]]; then
    log "real node: off (REAL_NODE_MODE=off); fake nodes only"
    return 0
  fi
  if ! reason=$("$repo/cluster/real-node.sh" available); then
    log "real node: not available here ($reason); fake nodes only"
    return 0
  fi
  "$repo/cluster/real-node.sh" check >/dev/null 2>&1 && return 0
  "$repo/cluster/real-node.sh" up
}

if [[ -d $cluster_dir ]]; then
  if repair_control_plane; then
    if [[ $REAL_NODE_MODE == off || ! -d $LOCAL_CLUSTER_HOME/node ]] ||
      "$repo/cluster/real-node.sh" check >/dev/null 2>&1; then
      log "cluster $CLUSTER_NAME is running, every component healthy (kubeconfig: $KUBECONFIG)"
      echo "$KUBECONFIG"
      exit 0
    fi
    log "real node: $("$repo/cluster/real-node.sh" check | tr '\n' ';')"
  elif [[ $(control_plane_problems) == *"stopped by a signal"* ]]; then
    die "cluster $CLUSTER_NAME is paused: $(control_plane_problems | grep 'stopped by a signal' | tr '\n' ';')"
  elif ! api_ready; then
    # State left from a crash or reboot that a restart did not bring back: start afresh.
    log "cluster $CLUSTER_NAME does not answer after a restart; removing it and creating a new one"
    "$repo/cluster/down.sh"
  else
    die "cluster $CLUSTER_NAME is broken: $(control_plane_problems | tr '\n' ';') (logs: $cluster_dir/logs)"
  fi
fi

# Fixed ports per cluster home (a block of six derived from its path, in 20000-23999), when free.
# kwokctl would pick them downward from 32767 for every cluster on the machine alike: a component
# restarted later could then find its port taken by another cluster's component.
port_options() {
  local base port
  base=$((20000 + $(cksum <<<"$LOCAL_CLUSTER_HOME" | cut -d' ' -f1) % 400 * 10))
  for port in $(seq "$base" $((base + 5))); do
    ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || return 0 # taken: let kwokctl choose
  done
  printf '  %s: %s\n' etcdPort "$base" etcdPeerPort $((base + 1)) kubeApiserverPort $((base + 2)) \
    kubeControllerManagerPort $((base + 3)) kubeSchedulerPort $((base + 4)) kwokControllerPort $((base + 5))
}

# The aggregation layer's front proxy (kube-apiserver -> metrics-server's metrics.k8s.io): a CA of
# its own and a client certificate; aggregated API servers trust the caller identity headers
# (X-Remote-*) only from a client with this CA and name.
front_proxy_certs() {
  local dir=$1
  if [[ ! -s $dir/ca.crt ]]; then
    mkdir -p "$dir"
    (umask 077 && openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/ca.key" -out "$dir/ca.crt" \
      -subj /CN=stateful-app-front-proxy-ca -days 365 -addext basicConstraints=critical,CA:TRUE \
      -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null)
  fi
  sign_cert "$dir/client" front-proxy-client "$dir" extendedKeyUsage=clientAuth
}

if [[ ! -d $cluster_dir ]]; then
  mkdir -p "$LOCAL_CLUSTER_HOME"
  rm -f "$KUBECONFIG"
  front_proxy="$LOCAL_CLUSTER_HOME/front-proxy"
  front_proxy_certs "$front_proxy"
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
$(port_options)
componentsPatches:
# The API server dials kubelets by address, never by node name (no DNS lookup of a node name),
# and authenticates to the real node's kubelet with the admin client certificate.
- name: kube-apiserver
  extraArgs:
  - {key: kubelet-preferred-address-types, value: "InternalIP,Hostname"}
  - {key: kubelet-client-certificate, value: $cluster_dir/pki/admin.crt}
  - {key: kubelet-client-key, value: $cluster_dir/pki/admin.key}
# The aggregation layer (cluster/addons.sh registers metrics-server): the front proxy's identity,
# and aggregated APIs dialled at their endpoint address (the real node's), not through a Service IP.
  - {key: requestheader-client-ca-file, value: $front_proxy/ca.crt}
  - {key: requestheader-allowed-names, value: front-proxy-client}
  - {key: requestheader-username-headers, value: X-Remote-User}
  - {key: requestheader-group-headers, value: X-Remote-Group}
  - {key: requestheader-extra-headers-prefix, value: X-Remote-Extra-}
  - {key: proxy-client-cert-file, value: $front_proxy/client.crt, override: true}
  - {key: proxy-client-key-file, value: $front_proxy/client.key, override: true}
  - {key: enable-aggregator-routing, value: "true"}
# One instance each: no leader election, so an API server stall cannot make them exit.
- name: kube-controller-manager
  extraArgs: [{key: leader-elect, value: "false"}]
- name: kube-scheduler
  extraArgs: [{key: leader-elect, value: "false"}]
# kwok plays only the nodes annotated fake (never the real node), and gives fake pods IPs off
# the Service range.
- name: kwok-controller
  extraArgs:
  - {key: manage-all-nodes, value: "false", override: true}
  - {key: manage-nodes-with-annotation-selector, value: kwok.x-k8s.io/node=fake}
  - {key: cidr, value: $FAKE_POD_CIDR}
EOF
  log "creating cluster $CLUSTER_NAME (kube $KUBERNETES_VERSION, etcd $ETCD_VERSION, kwok $KWOK_VERSION)"
  # kwokctl's own INFO lines go to a log (printed only when it fails), as the toolchain's do.
  if ! PATH="$kube_bin:$PATH" kwokctl --config "$LOCAL_CLUSTER_HOME/kwokctl.yaml" create cluster \
    --runtime binary --kubeconfig "$KUBECONFIG" --timeout 120s --wait 60s >"$LOCAL_CLUSTER_HOME/kwokctl.log" 2>&1; then
    tail -n 30 "$LOCAL_CLUSTER_HOME/kwokctl.log" >&2
    die "kwokctl create cluster failed (log: $LOCAL_CLUSTER_HOME/kwokctl.log)"
  fi
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
"$repo/cluster/gateway-api.sh"

start_watchdog
real_node
"$repo/cluster/nodes.sh" "$NODES" >&2

until kubectl wait --for=condition=Ready node/control-plane --timeout=30s >/dev/null 2>&1; do
  ((SECONDS < deadline)) || die "nodes did not become Ready"
done
# Pods need the namespace's default ServiceAccount (ServiceAccount admission): wait for it.
until kubectl get serviceaccount default -n default >/dev/null 2>&1; do
  ((SECONDS < deadline)) || die "default ServiceAccount was not created"
  sleep 0.5
done

real=fake-only
[[ -f $LOCAL_CLUSTER_HOME/real-node.env ]] && real="real node $REAL_NODE at $REAL_NODE_IP"
log "cluster $CLUSTER_NAME ready in $((SECONDS - start))s: $(kubectl get nodes --no-headers | wc -l) nodes ($real)"
log "  export KUBECONFIG=$KUBECONFIG"
echo "$KUBECONFIG"
