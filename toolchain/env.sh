# Source this file to run the project's Pulumi and cluster tools offline. Built binaries live outside
# the repo in $TOOLCHAIN_CACHE/<tool>-<version>/bin (never committed).
#
# The Pulumi CLI: an official `pulumi` already on PATH is used when it is a 3.x release not older than
# the Python SDK pin (PULUMI_SDK_VERSION): a CLI newer than its SDKs is the supported direction, and
# official CLIs bundle their own Python host. Otherwise (or with STATEFUL_APP_BUILD_CLI=1) the CLI
# built from the Go module proxy (PULUMI_VERSION) and the stand-in Python host are used.
# STATEFUL_APP_CLI says which (official|built); toolchain/build.sh skips what is not needed.
#
# Plugins are not put on PATH: the engine would call each one "ambient" and warn on every command.
# Resource plugins are installed into each Pulumi home (scripts/pulumi-home.sh, toolchain/plugins.sh);
# the language hosts (python, yaml) cannot be installed that way ("bundled with Pulumi"), so the built
# CLI gets them where an official CLI has its own: beside its binary, in a bundle directory of hard
# links ($TOOLCHAIN_CACHE/pulumi-bundle-<cli>-<host>/bin; hard, as the engine resolves symlinks).
_toolchain_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=versions.env
. "$_toolchain_dir/versions.env"
# shellcheck source=python-host-id.sh
. "$_toolchain_dir/python-host-id.sh"
export TOOLCHAIN_CACHE="${TOOLCHAIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/stateful-app-toolchain}"
export PULUMI_SKIP_UPDATE_CHECK=true PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true
export PULUMI_IGNORE_AMBIENT_PLUGINS=true

# official_pulumi_compatible PATH_TO_PULUMI: its version is 3.x and >= PULUMI_SDK_VERSION.
official_pulumi_compatible() {
  local v
  v=$("$1" version 2>/dev/null) || return 1
  v=${v#v}
  [[ $v == 3.* ]] && [[ $(printf '%s\n%s\n' "$PULUMI_SDK_VERSION" "${v%%[-+]*}" | sort -V | head -n1) == "$PULUMI_SDK_VERSION" ]]
}

if [[ -z ${STATEFUL_APP_CLI:-} ]]; then
  STATEFUL_APP_CLI=built
  _official=$(PATH=$(printf '%s' "$PATH" | tr ':' '\n' | grep -v "^$TOOLCHAIN_CACHE/" | paste -sd:) command -v pulumi || true)
  if [[ ${STATEFUL_APP_BUILD_CLI:-} != 1 && -n $_official ]] && official_pulumi_compatible "$_official"; then
    STATEFUL_APP_CLI=official
  fi
  export STATEFUL_APP_CLI
fi

# bundle_cli: (re)links the built CLI and language hosts that exist into the bundle directory.
bundle_cli() {
  local bundle="$TOOLCHAIN_CACHE/pulumi-bundle-$PULUMI_PYTHON_HOST_ID/bin" src
  mkdir -p "$bundle"
  for src in "pulumi-$PULUMI_VERSION/bin/pulumi" "pulumi-language-python-$PULUMI_PYTHON_HOST_ID/bin/pulumi-language-python" \
    "pulumi-language-python-$PULUMI_PYTHON_HOST_ID/bin/pulumi-language-python-exec" \
    "pulumi-language-yaml-$PULUMI_YAML_VERSION/bin/pulumi-language-yaml"; do
    [[ -f $TOOLCHAIN_CACHE/$src && ! $TOOLCHAIN_CACHE/$src -ef $bundle/${src##*/} ]] || continue
    ln -f "$TOOLCHAIN_CACHE/$src" "$bundle/" 2>/dev/null || cp -f "$TOOLCHAIN_CACHE/$src" "$bundle/"
  done
}

_dirs=("kubernetes-$KUBERNETES_VERSION" "etcd-$ETCD_VERSION" "kwok-$KWOK_VERSION" "coredns-$COREDNS_VERSION")
if [[ $STATEFUL_APP_CLI == built ]]; then
  _dirs+=("pulumi-bundle-$PULUMI_PYTHON_HOST_ID")
  bundle_cli
fi
for _tool in "${_dirs[@]}"; do
  case ":$PATH:" in *":$TOOLCHAIN_CACHE/$_tool/bin:"*) ;; *) PATH="$TOOLCHAIN_CACHE/$_tool/bin:$PATH" ;; esac
done
export PATH
unset _tool _toolchain_dir _dirs _official
