# Sourced by the local machinery's scripts (cluster/, toolchain/, images/): one way to report.
# shellcheck shell=bash
# LOG_TAG (set by each script) prefixes its lines; they go to stderr, so stdout stays for results.
log() { printf '[%s] %s\n' "${LOG_TAG:-${0##*/}}" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
