#!/usr/bin/env bash
# Builds the Pulumi engine toolchain (CLI, Python language host, kubernetes and random resource plugins)
# from Go modules, because the usual prebuilt downloads are unreachable here. Binaries go to
# $TOOLCHAIN_CACHE/<tool>-<version>/bin (outside the repo, see env.sh); a tool whose directory has a
# .done marker is reused, so a warm rerun takes seconds. Only the small wrapper modules under
# toolchain/pulumi/ live in the repo; anything copied at build time goes to a temporary directory.
#
# Usage: toolchain/build-pulumi.sh [cli|python-host|kubernetes|random|tls|yaml ...]   (default: all)
# Usually run through toolchain/build.sh, which builds what a command needs and numbers the steps.
#
# What the Go module proxy reachable from these machines actually serves (checked when this was written):
#   * github.com/pulumi/pulumi/pkg/v3 (the CLI): v3.276.0 is the newest release served (its zip downloads;
#     3.259.0 was the newest before). PULUMI_VERSION is 3.276.0; sdk/v3 is required at the same release.
#     toolchain/env.sh uses an official `pulumi` on PATH instead when one is compatible (build.sh then
#     skips the CLI and the stand-in host).
#   * github.com/pulumi/pulumi/sdk/python/cmd/pulumi-language-python/v3 (upstream Python host): untagged,
#     and the proxy serves neither commit hashes nor any pseudo-version of it that could be named (e.g.
#     v3.0.0-20260820084410-a05d88f24d05 for the 3.259.0 commit is refused; still 403 for 3.276.0). toolchain/pulumi/language-python
#     is therefore a small stand-in host built on sdk/v3 (see its main.go); it runs programs through the
#     upstream pulumi-language-python-exec script copied from the sdk/v3 module zip.
#   * github.com/pulumi/pulumi-kubernetes/provider/v4: untagged; the proxy serves no pseudo-version of any
#     release commit (pseudo-versions of the sdk/v4.34.0 and sdk/v4.32.0 tag commits 73278f1e8bef and
#     45c441756ffb are refused; nothing of 4.34.x after 4.34.0 is on the proxy at all). The only provider/v4 version it serves that we know of is the development commit
#     f47bc2d6f1996444d11c12b4ef083b82585f7c07 (2026-01-15, between releases 4.24.1 and 4.25.0), which the
#     checksum database does not know either (its go.sum lines were taken from the proxy with GONOSUMDB).
#     That is what is built, and it is stamped with its real identity, not as a release.
#   * github.com/pulumi/pulumi-random/provider/v4: no version is served (tags, commit hashes, and
#     pseudo-versions of the sdk/v4.21.1, v4.21.0, v4.19.0, v4.18.0 tag commits are all refused). So
#     toolchain/pulumi/random rebuilds it the way pulumi-random does, from what the proxy does serve: the
#     upstream Terraform provider github.com/terraform-providers/terraform-provider-random at commit
#     c6e90de46687 (its v3.6.0 release, v1.3.2-0.20231204135814-c6e90de46687; a test dependency of the
#     bridge) through github.com/pulumi/pulumi-terraform-bridge/v3 v3.123.0, with our own small
#     ProviderInfo using pulumi-random's name and tokens. pulumi-random 4.16.0 is the last release built from
#     that commit (4.15.0 took TF random v3.6.0; 4.16.1's SDK already has TF random 3.6.1's docs), so
#     PULUMI_RANDOM_VERSION and the pulumi-random PyPI pin are 4.16.0. Bridge v3.123.0 is the newest bridge whose pulumi pkg/v3 (v3.225.0) the checksum database
#     knows (v3.124.0 wants pkg/v3 v3.225.1: sumdb 404; v3.125.0+ are not served). Build steps: build
#     pulumi-tfgen-random, run it to generate schema.json + bridge-metadata.json into a temporary copy of
#     the module, then build the plugin there with both files embedded (nothing generated is in the repo).
set -euo pipefail

toolchain_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=versions.env
. "$toolchain_dir/versions.env"
# shellcheck source=python-host-id.sh
. "$toolchain_dir/python-host-id.sh"
# shellcheck source=build-lib.sh
. "$toolchain_dir/build-lib.sh"
TOOLCHAIN_CACHE="${TOOLCHAIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/stateful-app-toolchain}"
wrappers="$toolchain_dir/pulumi"

export GOTOOLCHAIN=local GOFLAGS=-buildvcs=false CGO_ENABLED=0

# Module versions actually built (see the header). The kubernetes provider is a development commit.
K8S_PROVIDER_MODULE=github.com/pulumi/pulumi-kubernetes/provider/v4
K8S_PROVIDER_COMMIT=f47bc2d6f1996444d11c12b4ef083b82585f7c07
K8S_PROVIDER_MODULE_VERSION=v4.0.0-20260115033456-f47bc2d6f199
K8S_PROVIDER_STAMP="4.25.0-dev.20260115033456+f47bc2d6f199"
# pulumi-resource-random: TF random v3.6.0 (commit c6e90de46687) via the bridge, see the header.
RANDOM_BRIDGE_MODULE=github.com/pulumi/pulumi-terraform-bridge/v3
RANDOM_BRIDGE_VERSION=v3.123.0
RANDOM_TF_MODULE=github.com/terraform-providers/terraform-provider-random
RANDOM_TF_MODULE_VERSION=v1.3.2-0.20231204135814-c6e90de46687
# pulumi-resource-tls: TF tls v4.1.0 (commit eefba144662d) via the same bridge, see build_tls.
TLS_TF_MODULE=github.com/hashicorp/terraform-provider-tls
TLS_TF_MODULE_VERSION=v1.2.1-0.20250423195406-eefba144662d

# require_version DIR MODULE VERSION: the wrapper go.mod must pin MODULE at VERSION.
require_version() {
  if ! grep -Eq "^[[:space:]]*(require[[:space:]]+)?$2 $3( |$)" "$1/go.mod"; then
    echo "error: $1/go.mod does not require $2 $3; update it (go get $2@$3 && go mod tidy)" >&2
    return 1
  fi
}

# mod_dir WRAPPER MODULE: directory of MODULE (as pinned by WRAPPER's go.mod/go.sum) in GOMODCACHE.
mod_dir() {
  (cd "$1" && go mod download -json "$2" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
}

build_pulumi() {
  local out=$1/bin
  require_version "$wrappers/cli" github.com/pulumi/pulumi/pkg/v3 "v$PULUMI_VERSION"
  require_version "$wrappers/cli" github.com/pulumi/pulumi/sdk/v3 "v$PULUMI_VERSION"
  (cd "$wrappers/cli" && go build -trimpath -tags osusergo,grpcnotrace \
    -ldflags "-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$PULUMI_VERSION" \
    -o "$out/pulumi" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi)
  echo "github.com/pulumi/pulumi/pkg/v3@v$PULUMI_VERSION (Go module proxy release)" \
    > "$out/../SOURCE"
}

# The stand-in Python host is our own code: its cache directory is keyed by a hash of its source
# (PULUMI_PYTHON_HOST_ID, see env.sh), so a change to it rebuilds it alone (~1 min), and env.sh puts
# it ahead of any older host on PATH.
build_python_host() {
  local out=$1/bin
  require_version "$wrappers/language-python" github.com/pulumi/pulumi/sdk/v3 "v$PULUMI_VERSION"
  (cd "$wrappers/language-python" && go build -trimpath -ldflags "-X main.version=$PULUMI_VERSION" \
    -o "$out/pulumi-language-python" .)
  # The host runs programs through this script, looked up next to the host binary.
  local sdk
  sdk=$(mod_dir "$wrappers/language-python" github.com/pulumi/pulumi/sdk/v3)
  cp "$sdk/python/cmd/pulumi-language-python-exec" "$out/pulumi-language-python-exec"
  chmod 755 "$out/pulumi-language-python-exec"
  echo "stand-in python host (toolchain/pulumi/language-python, source $PULUMI_PYTHON_HOST_ID) on sdk/v3@v$PULUMI_VERSION" \
    > "$out/../SOURCE"
}

build_kubernetes() {
  local out=$1/bin build src
  require_version "$wrappers/kubernetes" "$K8S_PROVIDER_MODULE" "$K8S_PROVIDER_MODULE_VERSION"
  echo "   WARNING: no release of $K8S_PROVIDER_MODULE is on the module proxy; building development commit" \
    "$K8S_PROVIDER_COMMIT (stamped $K8S_PROVIDER_STAMP) for SDK pin $PULUMI_KUBERNETES_VERSION" >&2
  build=$(mktemp -d)
  # shellcheck disable=SC2064  # expand now; run_tool runs this in a subshell, whose exit removes it
  trap "rm -rf '$build'" EXIT
  cp "$wrappers/kubernetes/go.mod" "$wrappers/kubernetes/go.sum" "$wrappers/kubernetes/main.go" "$build/"
  src=$(mod_dir "$build" "$K8S_PROVIDER_MODULE")/cmd/pulumi-resource-kubernetes
  cp "$src/schema.json" "$src/terraform-mapping.json" "$build/"
  chmod u+w "$build"/*.json
  (cd "$build" && go build -trimpath \
    -ldflags "-X github.com/pulumi/pulumi-kubernetes/provider/v4/pkg/version.Version=$K8S_PROVIDER_STAMP" \
    -o "$out/pulumi-resource-kubernetes" .)
  echo "$K8S_PROVIDER_MODULE@$K8S_PROVIDER_MODULE_VERSION (commit $K8S_PROVIDER_COMMIT, development build, not release $PULUMI_KUBERNETES_VERSION)" \
    > "$out/../SOURCE"
}

build_random() {
  local out=$1/bin build
  require_version "$wrappers/random" "$RANDOM_BRIDGE_MODULE" "$RANDOM_BRIDGE_VERSION"
  require_version "$wrappers/random" "$RANDOM_TF_MODULE" "$RANDOM_TF_MODULE_VERSION"
  require_version "$wrappers/random/shim" "$RANDOM_TF_MODULE" "$RANDOM_TF_MODULE_VERSION"
  build=$(mktemp -d)
  # shellcheck disable=SC2064  # expand now; run_tool runs this in a subshell, whose exit removes it
  trap "rm -rf '$build'" EXIT
  cp -R "$wrappers/random/." "$build/"
  local ldflags="-X stateful-app/toolchain/pulumi/random/provider.Version=$PULUMI_RANDOM_VERSION"
  echo "   building pulumi-tfgen-random ..."
  (cd "$build" && go build -trimpath -ldflags "$ldflags" -o "$build/pulumi-tfgen-random" ./cmd/pulumi-tfgen-random)
  echo "   generating schema.json and bridge-metadata.json ..."
  (cd "$build" && PULUMI_CONVERT=0 ./pulumi-tfgen-random schema --skip-examples --quiet \
    --out "$build/cmd/pulumi-resource-random")
  echo "   building pulumi-resource-random ..."
  (cd "$build" && go build -trimpath -ldflags "$ldflags" -o "$out/pulumi-resource-random" ./cmd/pulumi-resource-random)
  echo "$RANDOM_TF_MODULE@$RANDOM_TF_MODULE_VERSION (TF random v3.6.0, commit c6e90de46687) via" \
    "$RANDOM_BRIDGE_MODULE@$RANDOM_BRIDGE_VERSION + own ProviderInfo (toolchain/pulumi/random), stamped $PULUMI_RANDOM_VERSION" \
    > "$out/../SOURCE"
}

# pulumi-language-yaml: github.com/pulumi/pulumi-yaml v1.19.1 is served as a release (of later ones
# only v1.25.0, without Link too); its own go.mod (pulumi pkg/v3 v3.170.0) decides its dependencies,
# pinned by toolchain/pulumi/yaml/go.sum. Our main there serves upstream's host plus the no-op Link
# RPC that `pulumi package add` needs (upstream added it after these releases; see its main.go).
build_yaml() {
  local out=$1/bin
  require_version "$wrappers/yaml" github.com/pulumi/pulumi-yaml "v$PULUMI_YAML_VERSION"
  (cd "$wrappers/yaml" && go build -trimpath \
    -ldflags "-X github.com/pulumi/pulumi-yaml/pkg/version.Version=v$PULUMI_YAML_VERSION" \
    -o "$out/pulumi-language-yaml" .)
  echo "github.com/pulumi/pulumi-yaml@v$PULUMI_YAML_VERSION + Link (toolchain/pulumi/yaml/main.go)" > "$out/../SOURCE"
}

# pulumi-resource-tls (the plugin of the pulumi-tls SDK, for lbTlsGenerate).
# github.com/pulumi/pulumi-tls/provider/v5 is not on the Go module proxy (its version list, the v5.x
# tags and the pseudo-version of the 5.2.0 release commit all answer 403), so the plugin is rebuilt
# the way pulumi-tls builds it, as for pulumi-random: the upstream Terraform provider
# github.com/hashicorp/terraform-provider-tls at commit eefba144662d (its v4.1.0 release, served by the
# proxy with everything it imports; pulumi-tls 5.2.0-5.2.3 are built from it) through
# pulumi-terraform-bridge v3.123.0, with our own ProviderInfo giving pulumi-tls's package name and
# tokens (toolchain/pulumi/tls). Steps: build pulumi-tfgen-tls, generate schema.json and
# bridge-metadata.json into a temporary copy of the module, build the plugin with both embedded.
build_tls() {
  local out=$1/bin build ldflags="-X stateful-app/toolchain/pulumi/tls/provider.Version=$PULUMI_TLS_VERSION"
  require_version "$wrappers/tls/shim" "$TLS_TF_MODULE" "$TLS_TF_MODULE_VERSION"
  build=$(mktemp -d)
  # shellcheck disable=SC2064  # expand now; run_tool runs this in a subshell, whose exit removes it
  trap "rm -rf '$build'" EXIT
  cp -R "$wrappers/tls/." "$build/"
  (cd "$build" && go build -trimpath -ldflags "$ldflags" -o pulumi-tfgen-tls ./cmd/pulumi-tfgen-tls)
  (cd "$build" && PULUMI_CONVERT=0 ./pulumi-tfgen-tls schema --skip-examples --quiet --out cmd/pulumi-resource-tls)
  (cd "$build" && go build -trimpath -ldflags "$ldflags" -o "$out/pulumi-resource-tls" ./cmd/pulumi-resource-tls)
  echo "$TLS_TF_MODULE@$TLS_TF_MODULE_VERSION (TF tls v4.1.0) via $RANDOM_BRIDGE_MODULE@$RANDOM_BRIDGE_VERSION" \
    "+ own ProviderInfo (toolchain/pulumi/tls), stamped $PULUMI_TLS_VERSION; not pulumi-tls's own build" \
    > "$out/../SOURCE"
}

# Earlier toolchains put the Python host next to the CLI, where the engine looks before PATH: a
# cache kept from then would shadow the stand-in host.
rm -f "$TOOLCHAIN_CACHE/pulumi-$PULUMI_VERSION/bin/pulumi-language-python"{,-exec}
# Expected seconds per step: measured cold (empty Go caches) on the 2-core machines; see
# docs/state-and-toolchain.md.
tools=("$@")
[[ ${#tools[@]} -gt 0 ]] || tools=(cli python-host kubernetes random tls yaml)
for t in "${tools[@]}"; do
  case $t in
    cli) run_tool pulumi "$PULUMI_VERSION" build_pulumi 300 bin/pulumi ;;
    python-host) run_tool pulumi-language-python "$PULUMI_PYTHON_HOST_ID" build_python_host 40 \
      bin/pulumi-language-python bin/pulumi-language-python-exec ;;
    kubernetes) run_tool pulumi-resource-kubernetes "$PULUMI_KUBERNETES_VERSION" build_kubernetes 450 \
      bin/pulumi-resource-kubernetes ;;
    random) run_tool pulumi-resource-random "$PULUMI_RANDOM_VERSION" build_random 100 bin/pulumi-resource-random ;;
    tls) run_tool pulumi-resource-tls "$PULUMI_TLS_VERSION" build_tls 150 bin/pulumi-resource-tls ;;
    yaml) run_tool pulumi-language-yaml "$PULUMI_YAML_VERSION" build_yaml 235 bin/pulumi-language-yaml ;;
    *) echo "unknown tool '$t' (expected cli, python-host, kubernetes, random, tls or yaml)" >&2; exit 2 ;;
  esac
done
