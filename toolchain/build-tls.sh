#!/usr/bin/env bash
# Builds pulumi-resource-tls (the plugin of the pulumi-tls SDK, for lbTlsGenerate) into
# $TOOLCHAIN_CACHE/pulumi-resource-tls-<version>/bin; a .done marker makes reruns instant. Go's
# output goes to <dir>.log. Prints the plugin's path.
#
# github.com/pulumi/pulumi-tls/provider/v5 is not on the Go module proxy (its version list, the v5.x
# tags and the pseudo-version of the 5.2.0 release commit all answer 403), so the plugin is rebuilt
# the way pulumi-tls builds it, as toolchain/build-pulumi.sh does for pulumi-random: the upstream
# Terraform provider github.com/hashicorp/terraform-provider-tls at commit eefba144662d (its v4.1.0
# release, served by the proxy with everything it imports; pulumi-tls 5.2.0-5.2.3 are built from it)
# through pulumi-terraform-bridge v3.123.0, with our own ProviderInfo giving pulumi-tls's package
# name and tokens (toolchain/pulumi/tls). Steps: build pulumi-tfgen-tls, generate schema.json and
# bridge-metadata.json into a temporary copy of the module, build the plugin with both embedded.
# ~30 min cold on the loaded 2-core machine (mostly the bridge, shared with random's build), ~2 warm.
set -euo pipefail
toolchain_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=versions.env
. "$toolchain_dir/versions.env"
TOOLCHAIN_CACHE="${TOOLCHAIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/stateful-app-toolchain}"
TF_MODULE=github.com/hashicorp/terraform-provider-tls
TF_MODULE_VERSION=v1.2.1-0.20250423195406-eefba144662d
dir="$TOOLCHAIN_CACHE/pulumi-resource-tls-$PULUMI_TLS_VERSION"
if [[ ! -f "$dir/.done" ]]; then
  grep -q "$TF_MODULE $TF_MODULE_VERSION" "$toolchain_dir/pulumi/tls/shim/go.mod" ||
    { echo "toolchain/pulumi/tls/shim/go.mod must require $TF_MODULE $TF_MODULE_VERSION" >&2; exit 1; }
  stage="$dir.tmp.$$" build=$(mktemp -d)
  trap 'rm -rf "$build" "$stage"' EXIT
  mkdir -p "$stage/bin"
  cp -R "$toolchain_dir/pulumi/tls/." "$build/"
  export GOTOOLCHAIN=local GOFLAGS=-buildvcs=false CGO_ENABLED=0
  ldflags="-X stateful-app/toolchain/pulumi/tls/provider.Version=$PULUMI_TLS_VERSION"
  if ! (
    cd "$build"
    go build -trimpath -ldflags "$ldflags" -o pulumi-tfgen-tls ./cmd/pulumi-tfgen-tls
    PULUMI_CONVERT=0 ./pulumi-tfgen-tls schema --skip-examples --quiet --out cmd/pulumi-resource-tls
    go build -trimpath -ldflags "$ldflags" -o "$stage/bin/pulumi-resource-tls" ./cmd/pulumi-resource-tls
  ) > "$dir.log" 2>&1; then
    echo "pulumi-resource-tls $PULUMI_TLS_VERSION build failed, see $dir.log" >&2
    exit 1
  fi
  echo "$TF_MODULE@$TF_MODULE_VERSION (TF tls v4.1.0) via pulumi-terraform-bridge v3.123.0 + own" \
    "ProviderInfo (toolchain/pulumi/tls), stamped $PULUMI_TLS_VERSION; not pulumi-tls's own build" \
    > "$stage/SOURCE"
  rm -rf "$dir"
  mv "$stage" "$dir"
  touch "$dir/.done"
fi
echo "$dir/bin/pulumi-resource-tls"
