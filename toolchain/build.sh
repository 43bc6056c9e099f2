#!/usr/bin/env bash
# Builds the parts of the toolchain a command needs, one numbered line per step that is missing
# (with what it took on the 2-core machines, Go's output in a log file), nothing when all is cached.
#   toolchain/build.sh GROUP...   groups:
#     engine   the Pulumi CLI and stand-in Python host (only when no compatible official CLI is on
#              PATH, see env.sh), the kubernetes, random and tls providers: what `make up` needs
#     cluster  the embedded control plane, the real node's binaries and its add-ons: only when
#              KUBECONFIG is not set (`make up`), or for the e2e suite
#     yaml     the Pulumi YAML language host (examples/yaml, the e2e suite)
#     all      all of them (`make toolchain`)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=env.sh
. "$here/env.sh"
# shellcheck source=build-lib.sh
. "$here/build-lib.sh"

steps=()  # "SCRIPT TOOL" pairs, in build order
for group in "$@"; do
  case $group in
    engine)
      [[ $STATEFUL_APP_CLI == built ]] && steps+=("build-pulumi.sh cli" "build-pulumi.sh python-host")
      steps+=("build-pulumi.sh kubernetes" "build-pulumi.sh random" "build-pulumi.sh tls") ;;
    yaml) steps+=("build-pulumi.sh yaml") ;;
    cluster)
      steps+=("build-kube.sh etcd" "build-kube.sh kwok" "build-kube.sh kubernetes" "build-kube.sh coredns")
      steps+=("build-addons.sh gateway-api" "build-addons.sh kube-network-policies" "build-addons.sh metrics-server") ;;
    all) exec "$0" engine yaml cluster ;;
    *) echo "unknown toolchain group '$group' (expected engine, cluster, yaml or all)" >&2; exit 2 ;;
  esac
done

missing=()
for step in "${steps[@]}"; do
  # shellcheck disable=SC2086  # "SCRIPT TOOL"
  [[ -n $(TOOLCHAIN_LIST_MISSING=1 bash "$here/"$step) ]] && missing+=("$step")
done
((${#missing[@]})) || exit 0

TOOLCHAIN_STEP_FILE=$(mktemp)
trap 'rm -f "$TOOLCHAIN_STEP_FILE"' EXIT
export TOOLCHAIN_STEP_FILE TOOLCHAIN_STEP_TOTAL=${#missing[@]}
echo "[toolchain] building $TOOLCHAIN_STEP_TOTAL missing tools from Go modules into $TOOLCHAIN_CACHE" \
  "(once per machine and version; later runs reuse them)" >&2
start=$SECONDS
for step in "${missing[@]}"; do
  # shellcheck disable=SC2086
  bash "$here/"$step
done
echo "[toolchain] done in $(human_duration $((SECONDS - start)))" >&2
