# Sourced by scripts/pulumi-home.sh: gives a Pulumi home the built plugins as installed plugins.
# shellcheck shell=bash
#
# On PATH, the engine calls plugins "ambient" and prints a warning for each one on every command.
# Installed with `pulumi plugin install KIND NAME VERSION --file DIR` they are ordinary plugins, and
# PULUMI_IGNORE_AMBIENT_PLUGINS (env.sh) keeps anything else on PATH out. The install is done once
# per set of built plugins into $TOOLCHAIN_CACHE/pulumi-plugins/<key>/plugins, and every Pulumi home
# of the project links its plugins directory there (the kubernetes plugin alone is ~250 MB).
# The kubernetes plugin is a development build (build-pulumi.sh) installed under the SDK's version
# 4.24.1: the engine loads the plugin version the SDK asks for. Language hosts are not plugins that
# can be installed (env.sh puts the built ones beside the built CLI).

# built_plugins: "KIND NAME VERSION DIR" lines for every plugin of the toolchain that is built.
built_plugins() {
  local line kind name version dir
  for line in "resource kubernetes $PULUMI_KUBERNETES_VERSION pulumi-resource-kubernetes-$PULUMI_KUBERNETES_VERSION" \
    "resource random $PULUMI_RANDOM_VERSION pulumi-resource-random-$PULUMI_RANDOM_VERSION" \
    "resource tls $PULUMI_TLS_VERSION pulumi-resource-tls-$PULUMI_TLS_VERSION"; do
    read -r kind name version dir <<<"$line"
    [[ -f $TOOLCHAIN_CACHE/$dir/.done ]] && echo "$kind $name $version $TOOLCHAIN_CACHE/$dir"
  done
}

# link_plugins PULUMI_HOME: installs the built plugins once, then links PULUMI_HOME/plugins to them.
link_plugins() {
  local home=$1 plugins key dir kind name version src lock
  plugins=$(built_plugins)
  key=$( (while read -r kind name version src; do
    echo "$kind $name $version $(cat "$src/.done" 2>/dev/null || true)"; done <<<"$plugins") | sha256sum | cut -c1-12)
  dir="$TOOLCHAIN_CACHE/pulumi-plugins/$key"
  mkdir -p "$TOOLCHAIN_CACHE/pulumi-plugins"
  exec {lock}>"$TOOLCHAIN_CACHE/pulumi-plugins/.lock"
  flock "$lock"  # another command may be installing the same set
  if [[ ! -f $dir/.done ]]; then
    rm -rf "$dir.tmp"
    mkdir -p "$dir.tmp/home"
    while read -r kind name version src; do
      [[ -n $kind ]] || continue
      PULUMI_HOME="$dir.tmp/home" pulumi plugin install "$kind" "$name" "$version" --file "$src/bin" >/dev/null
    done <<<"$plugins"
    rm -rf "$dir"
    mkdir -p "$dir.tmp/home/plugins"
    mv "$dir.tmp/home/plugins" "$dir.tmp/plugins"
    rm -rf "$dir.tmp/home"
    printf '%s\n' "$plugins" >"$dir.tmp/.done"
    mv "$dir.tmp" "$dir"
  fi
  exec {lock}>&-
  if [[ $(readlink "$home/plugins" 2>/dev/null) != "$dir/plugins" ]]; then
    rm -rf "$home/plugins"
    ln -s "$dir/plugins" "$home/plugins"
  fi
}
