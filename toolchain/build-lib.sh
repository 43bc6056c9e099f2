# Sourced by toolchain/build-kube.sh and toolchain/build-addons.sh: one tool's build into the cache.
# shellcheck shell=bash

# Path of the go.mod of MODULE@VERSION in GOMODCACHE (downloaded outside any module).
upstream_gomod() {
  (cd / && GOFLAGS='' go mod download -json "$1" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",$/\1/p')
}

# run_tool NAME VERSION BUILD_FUNCTION FILES...: BUILD_FUNCTION fills a temporary directory (binaries
# in its bin/), which is then renamed to $TOOLCHAIN_CACHE/NAME-VERSION. Up to date when the .done
# marker and every FILE (relative to that directory) are there; a new FILE rebuilds.
run_tool() {
  local name=$1 version=$2 fn=$3 dest="$TOOLCHAIN_CACHE/$1-$2" start=$SECONDS complete=true f
  for f in "${@:4}"; do [[ -e $dest/$f ]] || complete=false; done
  if [[ -f $dest/.done ]] && $complete; then
    log "$name $version: up to date ($dest)"
    return 0
  fi
  log "$name $version: building into $dest ..."
  rm -rf "$dest.tmp"
  mkdir -p "$dest.tmp/bin"
  "$fn" "$dest.tmp"
  rm -rf "$dest"
  mv "$dest.tmp" "$dest"
  date -u +%Y-%m-%dT%H:%M:%SZ >"$dest/.done"
  log "$name $version: built in $((SECONDS - start))s"
}
