#!/usr/bin/env bash
# Builds kube-score (github.com/zegl/kube-score, a third-party Kubernetes best-practice scanner) from
# the Go module proxy into $TOOLCHAIN_CACHE/kube-score-<version>/bin; a .done marker makes reruns
# instant. Go's download and build chatter goes to <dir>.log. Prints the binary's path.
#   toolchain/build-kube-score.sh   (used by tests/test_kube_score.py and `make kube-score`)
set -euo pipefail
toolchain_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=versions.env
. "$toolchain_dir/versions.env"
TOOLCHAIN_CACHE="${TOOLCHAIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/stateful-app-toolchain}"
dir="$TOOLCHAIN_CACHE/kube-score-$KUBE_SCORE_VERSION"
if [[ ! -f "$dir/.done" ]]; then
  stage="$dir.tmp.$$"
  rm -rf "$stage"
  mkdir -p "$stage/bin"
  # No replace directives in its go.mod, so a plain `go install module@version` builds the release.
  if ! GOTOOLCHAIN=local GOFLAGS=-buildvcs=false CGO_ENABLED=0 GOBIN="$stage/bin" \
      go install -trimpath "github.com/zegl/kube-score/cmd/kube-score@v$KUBE_SCORE_VERSION" \
      > "$dir.log" 2>&1; then
    rm -rf "$stage"
    echo "kube-score $KUBE_SCORE_VERSION build failed, see $dir.log" >&2
    exit 1
  fi
  echo "github.com/zegl/kube-score@v$KUBE_SCORE_VERSION (go install from the module proxy)" > "$stage/SOURCE"
  rm -rf "$dir"
  mv "$stage" "$dir"
  touch "$dir/.done"
fi
echo "$dir/bin/kube-score"
