# Shared by the backup and restore scripts in this directory (POSIX sh: dash in the MongoDB image,
# busybox in the nginx image). Sourced, never run.
#
# Backups are named <kind>-<UTC yyyymmddThhmmssZ><suffix>, so name order is time order; each is
# written under a dot-name and renamed when complete, so a listing never shows a partial one.
# Exit codes: 2 configuration, 3 nothing to dump from, 4 the copy or dump failed, 5 a restore
# without its confirmation, 6 no such backup, 7 the restore failed.

say() { echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) ${0##*/}: $*"; }

fail() {
  code=$1
  shift
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) ${0##*/} ERROR: $*" >&2
  exit "$code"
}

# require NAME...: each environment variable is set and not empty.
require() {
  for name in "$@"; do
    eval "value=\${$name:-}"
    [ -n "$value" ] || fail 2 "$name is not set"
  done
}

stamp() { date -u +%Y%m%dT%H%M%SZ; }

# tls_options: the database tools' TLS options when TLS_CA_FILE is set (dbTls on): TLS, the
# members' certificates verified with that CA. Unquoted by callers: the path holds no spaces.
tls_options() {
  [ -z "${TLS_CA_FILE:-}" ] || echo "--ssl --sslCAFile=$TLS_CA_FILE"
}

# backups DIR KIND: the complete backups of KIND in DIR, newest first, one name a line.
backups() {
  ls -1 "$1" | grep -E "^$2-[0-9]{8}T[0-9]{6}Z" | sort -r
}

# check_retain N: N is a whole number of at least 1 (checked before any work).
check_retain() {
  case $1 in '' | *[!0-9]* | 0) fail 2 "RETAIN=$1: must be a whole number of at least 1" ;; esac
}

# keep_newest DIR KIND N: removes every complete backup of KIND in DIR but the newest N, then
# names those kept, newest first, on a last `kept:` line (scripts/backups.py reads it).
keep_newest() {
  backups "$1" "$2" | sed "1,$3d" | while IFS= read -r old; do
    rm -rf "${1:?}/$old"
    say "removed $old (keeping the newest $3)"
  done
  say "kept: $(backups "$1" "$2" | tr '\n' ' ')"
}

# mark_latest DIR NAME: DIR/LATEST names the newest complete backup (replaced atomically).
mark_latest() {
  echo "$2" >"$1/.LATEST.new"
  mv -f "$1/.LATEST.new" "$1/LATEST"
}

# chosen DIR KIND NAME CONFIRM: checks a restore request; prints the backup's path.
chosen() {
  [ -n "$3" ] || fail 6 "no backup named; choose one of: $(backups "$1" "$2" | tr '\n' ' ')"
  case $3 in */* | .*) fail 6 "$3: a backup name, not a path" ;; esac
  [ -e "$1/$3" ] || fail 6 "$3 not found in $1; choose one of: $(backups "$1" "$2" | tr '\n' ' ')"
  [ "$4" = "$3" ] || fail 5 "restoring $3 replaces what is there now: set CONFIRM=$3 to go ahead"
  echo "$1/$3"
}
