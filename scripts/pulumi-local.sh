#!/usr/bin/env bash
# Runs the pulumi CLI for one stack of this project, offline, with a local file backend and a
# passphrase secrets provider, everything of this machine outside the repo:
#   scripts/pulumi-local.sh STACK <pulumi args...>
# It builds the toolchain parts it needs (toolchain/build.sh: the engine; the embedded cluster only
# when KUBECONFIG is unset, which it then starts with cluster/up.sh and deploys to). $STATE_DIR
# (default ~/.local/state/stateful-app) holds the backend, the generated passphrase, the Pulumi home
# and the stack file the CLI is given (scripts/stack_file.py: the repo's stack file, this machine's
# secrets-provider salt, and the embedded cluster's keys there): no command writes to the repo.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
stack=${1:?usage: pulumi-local.sh STACK pulumi-args...}
shift
case "${1:-} ${2:-}" in
  "config set"* | "config rm"* | "config cp"* | "config set-all"* | "config rm-all"*)
    echo "pulumi-local.sh: edit stacks/Pulumi.$stack.yaml instead: it is the stack's config, and" \
      "'pulumi config $2' would write to a file generated for this machine (\$STATE_DIR/stacks)." >&2
    exit 2 ;;
esac
# shellcheck source=SCRIPTDIR/../toolchain/env.sh
. "$repo/toolchain/env.sh"
groups=(engine)
[[ -n ${KUBECONFIG:-} ]] || groups+=(cluster)
bash "$repo/toolchain/build.sh" "${groups[@]}"

export STATE_DIR="${STATE_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/stateful-app}"
mkdir -p "$STATE_DIR/backend"
if [[ -z ${PULUMI_HOME:-} ]]; then
  export PULUMI_HOME="$STATE_DIR/pulumi-home"
  bash "$repo/scripts/pulumi-home.sh" "$PULUMI_HOME" # our own home: installed plugins, no automatic debug log
fi
export PULUMI_BACKEND_URL="${PULUMI_BACKEND_URL:-file://$STATE_DIR/backend}"
if [[ -z ${PULUMI_CONFIG_PASSPHRASE:-} && -z ${PULUMI_CONFIG_PASSPHRASE_FILE:-} ]]; then
  if [[ ! -s $STATE_DIR/passphrase ]]; then
    (umask 077; head -c 32 /dev/urandom | base64 > "$STATE_DIR/passphrase")
  fi
  export PULUMI_CONFIG_PASSPHRASE_FILE="$STATE_DIR/passphrase"
fi
# A stack made elsewhere (shared backend and passphrase) has no salt here: use the one in its state.
export PULUMI_FALLBACK_TO_STATE_SECRETS_MANAGER=true

embedded=()
if [[ -z ${KUBECONFIG:-} ]]; then
  bash "$repo/cluster/up.sh" >&2
  export KUBECONFIG="${LOCAL_CLUSTER_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/stateful-app-cluster}/kubeconfig"
  embedded=(--embedded)
  # APP=guestbook (make up APP=guestbook): the web tier runs the guestbook image, built and
  # imported into the real node on first use (cluster/embedded_config.py says why not a stack).
  if [[ -n ${APP:-} ]]; then
    bash "$repo/cluster/real-node.sh" image "$APP" >&2
    embedded+=(--app "$APP")
  fi
elif [[ -n ${APP:-} ]]; then
  embedded=(--app "$APP") # refused by stack_file.py, with the reason
fi

cd "$repo"
[[ -x .venv/bin/python ]] || make -s deps >&2
# A new stack is created in a directory of the state dir, so that the salt `stack init` writes
# (the passphrase's, this machine's) lands there and not in stacks/.
if ! pulumi stack ls --json 2>/dev/null | grep -q "\"name\": \"$stack\""; then
  init="$STATE_DIR/stack-init"
  mkdir -p "$init"
  printf 'name: %s\nruntime: python\n' "$(sed -n 's/^name: *//p' Pulumi.yaml)" >"$init/Pulumi.yaml"
  pulumi stack init "$stack" --secrets-provider passphrase --no-select --cwd "$init" >&2
fi
stack_file=$(.venv/bin/python scripts/stack_file.py "$stack" "$STATE_DIR" "${embedded[@]}")
case "${1:-}" in
  up | preview | refresh | destroy | import | config | watch) exec pulumi "$@" --stack "$stack" --config-file "$stack_file" ;;
  *) exec pulumi "$@" --stack "$stack" ;;
esac
