#!/usr/bin/env bash
# Build the local cluster's add-ons from the Go module proxy (no prebuilt downloads) into
#   $TOOLCHAIN_CACHE/kube-network-policies-$KUBE_NETWORK_POLICIES_VERSION/bin/kube-network-policies
#   $TOOLCHAIN_CACHE/metrics-server-$METRICS_SERVER_VERSION/bin/metrics-server
#   $TOOLCHAIN_CACHE/gateway-api-$GATEWAY_API_VERSION/crds/*.yaml   (copied from the module, no build)
# Each from a wrapper module under toolchain/kube/<tool> (go.mod + go.sum only, generated here with
# `go get -tool` on a version bump). Idempotent like toolchain/build-kube.sh. Go's download and
# build chatter goes to $TOOLCHAIN_CACHE/logs/<tool>-<version>.log (its tail is shown on failure).
# Usage: toolchain/build-addons.sh [kube-network-policies|metrics-server|gateway-api ...]   (default: all)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=SCRIPTDIR/env.sh
. "$here/env.sh"
# shellcheck source=SCRIPTDIR/build-lib.sh
. "$here/build-lib.sh"

export CGO_ENABLED=0 GOTOOLCHAIN="${GOTOOLCHAIN:-local}" GOFLAGS="${GOFLAGS:--buildvcs=false}"
# shellcheck source=log.sh
. "$here/log.sh"
LOG_TAG=build-addons

# wrapper NAME MODULE VERSION PACKAGE: the wrapper module toolchain/kube/NAME requiring
# MODULE at VERSION with PACKAGE as its tool; regenerated only when the pin changed.
wrapper() {
  local name=$1 module=$2 version=$3 pkg=$4 dir="$here/kube/$1"
  if grep -qE "^(require )?[[:space:]]*$module v$version( // indirect)?\$" "$dir/go.mod" 2>/dev/null &&
    grep -qE "^(tool )?[[:space:]]*$pkg\$" "$dir/go.mod"; then return 0; fi
  log "generating $dir/go.mod for $module v$version"
  rm -rf "$dir"
  mkdir -p "$dir"
  # The go line of the module itself (go mod init would write this toolchain's exact release).
  (cd "$dir" && go mod init "stateful-app/toolchain/kube/$name" &&
    go mod edit -go="$(awk '$1 == "go" {print $2; exit}' "$(upstream_gomod "$module@v$version")")" &&
    go get -tool "$pkg@v$version")
  sed -i "1i // Wrapper module: builds $pkg at v$version (toolchain/build-addons.sh); generated, do not edit." \
    "$dir/go.mod"
}

# go_tool NAME MODULE VERSION PACKAGE OUT LDFLAGS: one `go build` of the wrapper's tool into OUT/bin/NAME.
go_tool() {
  local name=$1 module=$2 version=$3 pkg=$4 out=$5 ldflags=$6
  wrapper "$name" "$module" "$version" "$pkg"
  (cd "$here/kube/$name" && go build -trimpath -ldflags "-s -w $ldflags" -o "$out/bin/$name" "$pkg")
}

build_kube_network_policies() {
  # Its main package is cmd/ (upstream's Makefile and Dockerfile build ./cmd); it has no version stamp.
  go_tool kube-network-policies sigs.k8s.io/kube-network-policies "$KUBE_NETWORK_POLICIES_VERSION" \
    sigs.k8s.io/kube-network-policies/cmd "$1" ""
  "$1/bin/kube-network-policies" --help 2>&1 | grep -q nfqueue-id
}

build_metrics_server() {
  # The version stamp upstream's Makefile sets (client-go's version package).
  go_tool metrics-server sigs.k8s.io/metrics-server "$METRICS_SERVER_VERSION" \
    sigs.k8s.io/metrics-server/cmd/metrics-server "$1" \
    "-X k8s.io/client-go/pkg/version.gitVersion=v$METRICS_SERVER_VERSION"
  "$1/bin/metrics-server" --version
}

build_gateway_api() {
  local dir
  dir=$(cd / && GOFLAGS='' go mod download -json "sigs.k8s.io/gateway-api@v$GATEWAY_API_VERSION" |
    sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  [[ -d $dir/config/crd/standard ]] || { log "no config/crd/standard in $dir"; return 1; }
  mkdir -p "$1/crds"
  cp "$dir"/config/crd/standard/*.yaml "$1/crds/"
  chmod -R u+w "$1/crds"
  ls "$1/crds"
}

tools=("$@")
[[ ${#tools[@]} -gt 0 ]] || tools=(gateway-api kube-network-policies metrics-server)
for t in "${tools[@]}"; do
  case $t in
    kube-network-policies) run_tool kube-network-policies "$KUBE_NETWORK_POLICIES_VERSION" \
      build_kube_network_policies 120 bin/kube-network-policies ;;
    metrics-server) run_tool metrics-server "$METRICS_SERVER_VERSION" build_metrics_server 150 bin/metrics-server ;;
    gateway-api) run_tool gateway-api "$GATEWAY_API_VERSION" build_gateway_api 15 crds/gateway.networking.k8s.io_gateways.yaml ;;
    *) log "unknown tool '$t' (expected kube-network-policies, metrics-server or gateway-api)"; exit 2 ;;
  esac
done
