#!/usr/bin/env bash
# Runs the pulumi CLI offline with a local file backend and a passphrase secrets provider.
#   scripts/pulumi-local.sh STACK <pulumi args...>
# With no KUBECONFIG in the environment it starts the embedded local cluster (cluster/up.sh) and
# deploys there, with the stack's config plus cluster/embedded_config.py's keys (nginx tiers on
# the real node, database on fake nodes, local images) in a merged stack file under $STATE_DIR:
# the repo's stack files stay as a user's cluster needs them. State and the generated passphrase
# live outside the repo in $STATE_DIR.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
stack=${1:?usage: pulumi-local.sh STACK pulumi-args...}
shift
# shellcheck source=SCRIPTDIR/../toolchain/env.sh
. "$repo/toolchain/env.sh"
command -v pulumi >/dev/null || { echo "pulumi is not built: run 'make toolchain'" >&2; exit 1; }

export STATE_DIR="${STATE_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/stateful-app}"
mkdir -p "$STATE_DIR/backend"
if [ -z "${PULUMI_HOME:-}" ]; then
  export PULUMI_HOME="$STATE_DIR/pulumi-home"
  bash "$repo/scripts/pulumi-home.sh" "$PULUMI_HOME" # our own home: no automatic debug log
fi
export PULUMI_BACKEND_URL="${PULUMI_BACKEND_URL:-file://$STATE_DIR/backend}"
if [ -z "${PULUMI_CONFIG_PASSPHRASE:-}" ] && [ -z "${PULUMI_CONFIG_PASSPHRASE_FILE:-}" ]; then
  if [ ! -s "$STATE_DIR/passphrase" ]; then
    (umask 077; head -c 32 /dev/urandom | base64 > "$STATE_DIR/passphrase")
  fi
  export PULUMI_CONFIG_PASSPHRASE_FILE="$STATE_DIR/passphrase"
fi

embedded=false
if [ -z "${KUBECONFIG:-}" ]; then
  bash "$repo/cluster/up.sh" >&2
  export KUBECONFIG="${LOCAL_CLUSTER_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/stateful-app-cluster}/kubeconfig"
  embedded=true
fi

cd "$repo"
[ -x .venv/bin/python ] || make -s deps >&2
pulumi stack select --create "$stack" >/dev/null
if $embedded; then
  case "${1:-}" in
    up | preview | refresh | destroy)
      merged="$STATE_DIR/Pulumi.$stack.embedded.yaml"
      .venv/bin/python cluster/embedded_config.py "stacks/Pulumi.$stack.yaml" "$merged"
      exec pulumi "$@" --config-file "$merged"
      ;;
  esac
fi
exec pulumi "$@"
