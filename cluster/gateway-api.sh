#!/usr/bin/env bash
# Install the Gateway API CRDs (standard channel of sigs.k8s.io/gateway-api $GATEWAY_API_VERSION,
# copied from the Go module into the toolchain cache by toolchain/build-addons.sh) in the local
# cluster, so that its API server validates Gateway/HTTPRoute objects against their schemas.
# No Gateway controller runs there: such objects are accepted (or rejected), never routed.
# cluster/up.sh runs it on every new cluster; idempotent (on a running one: bash cluster/gateway-api.sh).
set -euo pipefail

# shellcheck source=SCRIPTDIR/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
crds="$TOOLCHAIN_CACHE/gateway-api-$GATEWAY_API_VERSION/crds"
[[ -d $crds ]] || { echo "[gateway-api] missing $crds: run toolchain/build-addons.sh gateway-api" >&2; exit 1; }
# Server-side: the CRDs are too large for client-side apply's last-applied annotation.
kubectl apply --server-side --field-manager=stateful-app -f "$crds" >/dev/null
# Every CustomResourceDefinition's name (one per file; one file is a ValidatingAdmissionPolicy).
names=$(awk 'FNR == 1 {crd = 0} /^kind: CustomResourceDefinition/ {crd = 1} crd && /^  name: / {print "crd/" $2; crd = 0}' "$crds"/*.yaml)
# shellcheck disable=SC2086  # one word per CRD
kubectl wait --for=condition=Established --timeout=60s $names >/dev/null
echo "[gateway-api] Gateway API $GATEWAY_API_VERSION CRDs (standard channel) installed" >&2
