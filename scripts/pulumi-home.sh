#!/usr/bin/env bash
# Prepares a PULUMI_HOME private to this project (make up's, and each e2e/benchmark stack's):
#   scripts/pulumi-home.sh DIR
# Since 3.2xx the CLI writes an automatic debug log of every command to $PULUMI_HOME/logs (all
# verbosity levels, gzip then encrypted with the stack's secrets provider; ~0.7 MB per `up` of this
# program), with no setting to turn it off. On 2 cores it costs ~0.25 s of a ~1.6 s no-op `up`
# (benchmarks/deploy.py prints both). A file where that directory would be turns it off: the CLI
# notes "automatic logging unavailable" (visible with -v) and carries on; -v/--logtostderr logging
# is unaffected. KEEP_PULUMI_LOGS=1 keeps the automatic log. A user's own ~/.pulumi is never touched.
# Its plugins directory links to the built plugins, installed once (toolchain/plugins.sh).
set -euo pipefail
home=${1:?usage: pulumi-home.sh DIR}
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=SCRIPTDIR/../toolchain/env.sh
. "$repo/toolchain/env.sh"
# shellcheck source=SCRIPTDIR/../toolchain/plugins.sh
. "$repo/toolchain/plugins.sh"
mkdir -p "$home"
link_plugins "$home"
if [ "${KEEP_PULUMI_LOGS:-}" = 1 ]; then
  [ -f "$home/logs" ] && rm -f "$home/logs"
elif [ ! -e "$home/logs" ]; then
  echo "Pulumi's automatic debug log is off for this PULUMI_HOME (scripts/pulumi-home.sh):" \
    "remove this file, or set KEEP_PULUMI_LOGS=1, to turn it back on." > "$home/logs"
fi
