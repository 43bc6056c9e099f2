# PULUMI_PYTHON_HOST_ID: <pulumi version>-<hash of the stand-in Python host's source>, the name of its
# cache directory, so editing toolchain/pulumi/language-python rebuilds it (sourced by build-pulumi.sh
# and env.sh; needs PULUMI_VERSION from versions.env).
_host_src=$(cd "$(dirname "${BASH_SOURCE[0]}")/pulumi/language-python" && pwd)
PULUMI_PYTHON_HOST_ID="$PULUMI_VERSION-$(cat "$_host_src"/*.go "$_host_src"/*.py "$_host_src/go.mod" "$_host_src/go.sum" | sha256sum | cut -c1-12)"
unset _host_src
