# Source this file to put the locally built toolchain on PATH and run Pulumi offline.
# Binaries live outside the repo in $TOOLCHAIN_CACHE/<tool>-<version>/bin (never committed).
_toolchain_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=versions.env
. "$_toolchain_dir/versions.env"
# shellcheck source=python-host-id.sh
. "$_toolchain_dir/python-host-id.sh"
export TOOLCHAIN_CACHE="${TOOLCHAIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/stateful-app-toolchain}"
for _tool in "pulumi-$PULUMI_VERSION" "pulumi-resource-kubernetes-$PULUMI_KUBERNETES_VERSION" \
    "pulumi-resource-random-$PULUMI_RANDOM_VERSION" "pulumi-resource-tls-$PULUMI_TLS_VERSION" "pulumi-language-yaml-$PULUMI_YAML_VERSION" \
    "kubernetes-$KUBERNETES_VERSION" "etcd-$ETCD_VERSION" "kwok-$KWOK_VERSION" \
    "coredns-$COREDNS_VERSION" "pulumi-language-python-$PULUMI_PYTHON_HOST_ID"; do
  case ":$PATH:" in *":$TOOLCHAIN_CACHE/$_tool/bin:"*) ;; *) PATH="$TOOLCHAIN_CACHE/$_tool/bin:$PATH" ;; esac
done
export PATH
export PULUMI_SKIP_UPDATE_CHECK=true PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true
unset _tool _toolchain_dir
