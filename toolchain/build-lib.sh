# Sourced by the toolchain/build-*.sh scripts: one tool's build into the cache, one line per step.
# shellcheck shell=bash

# Path of the go.mod of MODULE@VERSION in GOMODCACHE (downloaded outside any module).
upstream_gomod() {
  (cd / && GOFLAGS='' go mod download -json "$1" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",$/\1/p')
}

# tool_missing NAME VERSION FILES...: true when $TOOLCHAIN_CACHE/NAME-VERSION lacks its .done marker
# or one of FILES (relative to that directory).
tool_missing() {
  local dest="$TOOLCHAIN_CACHE/$1-$2" f
  [[ -f $dest/.done ]] || return 0
  for f in "${@:3}"; do [[ -e $dest/$f ]] || return 0; done
  return 1
}

# run_tool NAME VERSION BUILD_FUNCTION EXPECTED_SECONDS FILES...: BUILD_FUNCTION fills a temporary
# directory (binaries in its bin/), which is then renamed to $TOOLCHAIN_CACHE/NAME-VERSION. Up to
# date when tool_missing says so. Go's download and compile output goes to a log file (its tail is
# shown on failure); the terminal gets one line per step, numbered across scripts by
# toolchain/build.sh (TOOLCHAIN_STEP_FILE, TOOLCHAIN_STEP_TOTAL). EXPECTED_SECONDS is what the step
# took on the 2-core machines (docs/state-and-toolchain.md). With TOOLCHAIN_LIST_MISSING=1 it only
# prints NAME when the tool is missing (build.sh counts the steps that way).
run_tool() {
  local name=$1 version=$2 fn=$3 expected=$4 dest="$TOOLCHAIN_CACHE/$1-$2" start=$SECONDS
  tool_missing "$name" "$version" "${@:5}" || return 0
  if [[ ${TOOLCHAIN_LIST_MISSING:-} == 1 ]]; then echo "$name"; return 0; fi
  local logfile="$TOOLCHAIN_CACHE/logs/$name-$version.log" step="$name"
  if [[ -n ${TOOLCHAIN_STEP_FILE:-} ]]; then
    local index=$(($(cat "$TOOLCHAIN_STEP_FILE" 2>/dev/null || echo 0) + 1))
    echo "$index" >"$TOOLCHAIN_STEP_FILE"
    step="$index/${TOOLCHAIN_STEP_TOTAL:-?}"
  fi
  mkdir -p "$TOOLCHAIN_CACHE/logs"
  printf '[toolchain %s] %s %s: building, ~%s on 2 cores (log: %s)\n' "$step" "$name" "$version" \
    "$(human_duration "$expected")" "$logfile" >&2
  rm -rf "$dest.tmp"
  mkdir -p "$dest.tmp/bin"
  # A subshell so that errexit holds inside the build function and its temporary files go with it.
  if ! ("$fn" "$dest.tmp") >"$logfile" 2>&1; then
    rm -rf "$dest.tmp"
    printf '[toolchain %s] %s %s: FAILED after %ss; last lines of %s:\n' "$step" "$name" "$version" \
      "$((SECONDS - start))" "$logfile" >&2
    tail -n 25 "$logfile" >&2
    return 1
  fi
  rm -rf "$dest"
  mv "$dest.tmp" "$dest"
  date -u +%Y-%m-%dT%H:%M:%SZ >"$dest/.done"
  printf '[toolchain %s] %s %s: built in %s\n' "$step" "$name" "$version" "$(human_duration $((SECONDS - start)))" >&2
}

human_duration() {
  if (($1 < 90)); then echo "$1 s"; else echo "$((($1 + 30) / 60)) min"; fi
}
