# Sourced by cluster/real-node.sh: the real node's add-ons, supervised like kube-proxy and CoreDNS.
#   kube-network-policies  enforces NetworkPolicies on the real node's pods (docs/network-policies.md)
#   metrics-server         resource metrics for HorizontalPodAutoscalers (docs/autoscaling.md)
# Both run as host processes with a ServiceAccount token of their own (least privilege), never
# with the admin credentials. Built by toolchain/build-addons.sh.
# shellcheck shell=bash disable=SC2154  # node_dir, run_dir, pki, ... come from real-node.sh

netpol_bin="$TOOLCHAIN_CACHE/kube-network-policies-$KUBE_NETWORK_POLICIES_VERSION/bin/kube-network-policies"
metrics_bin="$TOOLCHAIN_CACHE/metrics-server-$METRICS_SERVER_VERSION/bin/metrics-server"
credentials="$node_dir/credentials"
ADDONS=(kube-network-policies metrics-server)
NETPOL_QUEUE=100
NETPOL_METRICS=127.0.0.1:19080
# metrics-server serves the aggregated API metrics.k8s.io on the node address (kube-apiserver
# reaches it there: --enable-aggregator-routing, cluster/up.sh).
METRICS_SERVER_PORT=10260
METRICS_SERVER_HEALTH="https://$REAL_NODE_IP:$METRICS_SERVER_PORT/readyz"

# ---------------------------------------------------------------------------------------------
# Credentials: a ServiceAccount in kube-system with a token Secret, the token and the cluster CA
# written to $credentials/NAME (the files an in-cluster client reads) plus a kubeconfig using them.
service_account() { # service_account NAME
  local name=$1 dir="$credentials/$1" token="" server
  kubectl apply -f - >/dev/null <<EOF
apiVersion: v1
kind: ServiceAccount
metadata: {name: $name, namespace: kube-system, labels: {app.kubernetes.io/managed-by: stateful-app}}
---
apiVersion: v1
kind: Secret
type: kubernetes.io/service-account-token
metadata:
  name: $name-token
  namespace: kube-system
  annotations: {kubernetes.io/service-account.name: $name}
EOF
  for _ in $(seq 60); do # the token controller fills it within a second or so
    token=$(kubectl get secret -n kube-system "$name-token" -o jsonpath='{.data.token}' 2>/dev/null || true)
    [[ -n $token ]] && break
    sleep 0.5
  done
  [[ -n $token ]] || die "no token in Secret kube-system/$name-token"
  mkdir -p "$dir"
  (umask 077 && base64 -d <<<"$token" >"$dir/token")
  cp "$pki/ca.crt" "$dir/ca.crt"
  server=$(kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}')
  cat >"$dir/kubeconfig" <<EOF
apiVersion: v1
kind: Config
clusters: [{name: local, cluster: {server: "$server", certificate-authority: "$dir/ca.crt"}}]
users: [{name: $name, user: {tokenFile: "$dir/token"}}]
contexts: [{name: $name, context: {cluster: local, user: $name}}]
current-context: $name
EOF
}

# The permissions each add-on needs, nothing more (as upstream's manifests grant them).
addon_rbac() {
  kubectl apply -f - >/dev/null <<EOF
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: stateful-app:kube-network-policies}
rules:
- {apiGroups: [""], resources: [pods, namespaces], verbs: [list, watch]}
- {apiGroups: [networking.k8s.io], resources: [networkpolicies], verbs: [list, watch]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: stateful-app:kube-network-policies}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: stateful-app:kube-network-policies}
subjects: [{kind: ServiceAccount, name: kube-network-policies, namespace: kube-system}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: stateful-app:metrics-server}
rules:
- {apiGroups: [""], resources: [nodes/metrics], verbs: [get]}
- {apiGroups: [""], resources: [pods, nodes], verbs: [get, list, watch]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: stateful-app:metrics-server}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: stateful-app:metrics-server}
subjects: [{kind: ServiceAccount, name: metrics-server, namespace: kube-system}]
---
# An aggregated API server checks its callers with the API server (TokenReview,
# SubjectAccessReview) and reads the front proxy's CA from extension-apiserver-authentication.
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: stateful-app:metrics-server:auth-delegator}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: system:auth-delegator}
subjects: [{kind: ServiceAccount, name: metrics-server, namespace: kube-system}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: stateful-app:metrics-server:auth-reader, namespace: kube-system}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: extension-apiserver-authentication-reader}
subjects: [{kind: ServiceAccount, name: metrics-server, namespace: kube-system}]
---
# Who may read pod and node metrics: what view/edit/admin aggregate (kubectl top, the HPA).
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: stateful-app:aggregated-metrics-reader
  labels:
    rbac.authorization.k8s.io/aggregate-to-view: "true"
    rbac.authorization.k8s.io/aggregate-to-edit: "true"
    rbac.authorization.k8s.io/aggregate-to-admin: "true"
rules:
- {apiGroups: [metrics.k8s.io], resources: [pods, nodes], verbs: [get, list, watch]}
EOF
}

# ---------------------------------------------------------------------------------------------
# Certificates from the cluster CA (kwokctl's pki): the kubelet's serving certificate, so that
# metrics-server verifies the kubelet (no --kubelet-insecure-tls), and metrics-server's own.
serving_certs() {
  local usage=(keyUsage=digitalSignature,keyEncipherment extendedKeyUsage=serverAuth)
  sign_cert "$node_dir/certs/kubelet" "$REAL_NODE" "$pki" "${usage[@]}" \
    "subjectAltName=IP:$REAL_NODE_IP,DNS:$REAL_NODE"
  # kube-apiserver checks it against the APIService's service name.
  sign_cert "$node_dir/certs/metrics-server" metrics-server.kube-system.svc "$pki" "${usage[@]}" \
    "subjectAltName=DNS:metrics-server.kube-system.svc,IP:$REAL_NODE_IP"
}

# ---------------------------------------------------------------------------------------------
# NetworkPolicy enforcement. kube-network-policies decides in user space on the first packet of
# each connection, which netfilter queues to it (NFQUEUE). Upstream queues with the nftables
# `queue` statement, which this kernel lacks (CONFIG_NFT_QUEUE unset: its nftables batch fails and
# it installs no rule), so the same packets are queued here with the xtables NFQUEUE target
# (CONFIG_NETFILTER_XT_TARGET_NFQUEUE), mirroring upstream's rules: connections already accepted
# pass, so does traffic from the node's root processes (the kubelet's probes, upstream's rule
# too), the rest of the traffic to, from and between pods is queued. Fail closed: while no
# enforcer listens on the queue, those packets are dropped (upstream's default). The verdict is
# always kube-network-policies'; these rules only deliver the packets.
netpol_rules() { # the rules of the chains, as arguments of `iptables -t mangle -A`
  cat <<EOF
SA-NETPOL-OUT -o $BRIDGE -m conntrack --ctstate ESTABLISHED,RELATED -j RETURN
SA-NETPOL-OUT -o $BRIDGE -m owner --uid-owner 0 -j RETURN
SA-NETPOL-OUT -o $BRIDGE -j NFQUEUE --queue-num $NETPOL_QUEUE
SA-NETPOL-IN -i $BRIDGE -m conntrack --ctstate ESTABLISHED,RELATED -j RETURN
SA-NETPOL-IN -i $BRIDGE -j NFQUEUE --queue-num $NETPOL_QUEUE
EOF
}
# Chains and the built-in chain each hangs on: POSTROUTING sees every packet to a pod (from a
# pod on the bridge, with br_netfilter, or from the node); INPUT the packets pods send the node
# (cluster DNS), which never reach POSTROUTING.
NETPOL_CHAINS=(SA-NETPOL-OUT:POSTROUTING SA-NETPOL-IN:INPUT)

netpol_queue_bound() { # the enforcer listens on its queue
  awk -v q="$NETPOL_QUEUE" '$1 == q {found = 1} END {exit !found}' /proc/net/netfilter/nfnetlink_queue
}

# The enforcer's in-cluster client reads /var/run/secrets/kubernetes.io/serviceaccount/{token,ca.crt}
# and KUBERNETES_SERVICE_{HOST,PORT} (rest.InClusterConfig, no kubeconfig flag): it runs in a mount
# namespace of its own whose /run is a directory holding those two files, so nothing is created
# on the host. NRI is off: containerd 1.6 has none (pod IPs come from the API server).
start_netpol() {
  local dir="$credentials/kube-network-policies" root="$node_dir/netpol-run" server hostport
  mkdir -p "$root/secrets/kubernetes.io/serviceaccount"
  cp "$dir/token" "$dir/ca.crt" "$root/secrets/kubernetes.io/serviceaccount/"
  server=$(kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}')
  hostport=${server#https://}
  start_daemon kube-network-policies env KUBERNETES_SERVICE_HOST="${hostport%:*}" \
    KUBERNETES_SERVICE_PORT="${hostport##*:}" \
    unshare --mount sh -c "set -e; mount --bind $root /run; exec \"\$0\" \"\$@\"" \
    "$netpol_bin" --hostname-override="$REAL_NODE" --nfqueue-id="$NETPOL_QUEUE" --disable-nri \
    --netfilter-bug-1766-fix=false --metrics-bind-address="$NETPOL_METRICS" --v=1
}

netpol_up() {
  local chain hook
  start_netpol
  wait_for 60 kube-network-policies healthy kube-network-policies
  # Queued only once the enforcer listens: before, the pods' packets would be dropped.
  for chain in "${NETPOL_CHAINS[@]}"; do
    hook=${chain#*:} chain=${chain%:*}
    ipt -t mangle -N "$chain" 2>/dev/null || ipt -t mangle -F "$chain"
    ipt -t mangle -C "$hook" -j "$chain" 2>/dev/null || ipt -t mangle -I "$hook" 1 -j "$chain"
  done
  while read -r -a rule; do ipt -t mangle -A "${rule[@]}"; done < <(netpol_rules)
}

netpol_rules_down() {
  local chain hook
  for chain in "${NETPOL_CHAINS[@]}"; do
    hook=${chain#*:} chain=${chain%:*}
    while ipt -t mangle -D "$hook" -j "$chain" 2>/dev/null; do :; done
    ipt -t mangle -F "$chain" 2>/dev/null || true
    ipt -t mangle -X "$chain" 2>/dev/null || true
  done
  # Upstream's own table, should a kernel with the queue statement have let it create one.
  nft delete table inet kube-network-policies 2>/dev/null || true
}

# ---------------------------------------------------------------------------------------------
# metrics-server: scrapes the real node's kubelet only (fake nodes have no kubelet; their
# addresses are not the machine's), verifying its certificate against the cluster CA.
start_metrics_server() {
  local kubeconfig="$credentials/metrics-server/kubeconfig"
  start_daemon metrics-server "$metrics_bin" --kubeconfig="$kubeconfig" \
    --authentication-kubeconfig="$kubeconfig" --authorization-kubeconfig="$kubeconfig" \
    --bind-address="$REAL_NODE_IP" --secure-port="$METRICS_SERVER_PORT" \
    --tls-cert-file="$node_dir/certs/metrics-server.crt" --tls-private-key-file="$node_dir/certs/metrics-server.key" \
    --kubelet-certificate-authority="$pki/ca.crt" --kubelet-preferred-address-types=InternalIP \
    --node-selector="${REAL_NODE_LABELS%%,*}" --metric-resolution=15s --v=1
}

# The aggregated API: a Service without selector whose endpoint is the node address, and the
# APIService that kube-apiserver serves metrics.k8s.io from (verifying metrics-server's certificate).
metrics_api() {
  kubectl apply -f - >/dev/null <<EOF
apiVersion: v1
kind: Service
metadata: {name: metrics-server, namespace: kube-system, labels: {k8s-app: metrics-server}}
spec:
  ports: [{name: https, port: 443, protocol: TCP, targetPort: $METRICS_SERVER_PORT}]
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: metrics-server-host
  namespace: kube-system
  labels: {kubernetes.io/service-name: metrics-server, endpointslice.kubernetes.io/managed-by: stateful-app}
addressType: IPv4
endpoints:
- addresses: [$REAL_NODE_IP]
  conditions: {ready: true}
ports: [{name: https, port: $METRICS_SERVER_PORT, protocol: TCP}]
---
apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata: {name: v1beta1.metrics.k8s.io, labels: {k8s-app: metrics-server}}
spec:
  group: metrics.k8s.io
  version: v1beta1
  groupPriorityMinimum: 100
  versionPriority: 100
  service: {name: metrics-server, namespace: kube-system, port: 443}
  caBundle: $(base64 -w0 <"$pki/ca.crt")
EOF
}

addons_up() {
  addon_rbac
  service_account kube-network-policies
  service_account metrics-server
  netpol_up
  start_metrics_server
  metrics_api
  wait_for 60 metrics-server healthy metrics-server
}

# The aggregated API must not outlive its server: kube-apiserver would keep reporting it
# unavailable (and discovery clients would warn) after the node is gone.
addons_api_down() {
  kubectl --request-timeout=5s delete apiservice v1beta1.metrics.k8s.io --ignore-not-found >/dev/null 2>&1 || true
}
