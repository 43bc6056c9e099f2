#!/bin/sh
# Restores one archive written by backup_db.sh into the replica set: `mongorestore --drop
# --oplogReplay` through the set's primary, as the root user (--oplogReplay needs more than the
# `restore` role). ARCHIVE names the archive (see LATEST and the listing); CONFIRM must repeat it,
# because --drop replaces every collection the archive holds.
set -eu
here=${0%/*}
. "$here/lib.sh"
require BACKUP_DIR ROOT_USER PASSWORD_FILE HOSTS REPLICA_SET
archive=$(chosen "$BACKUP_DIR" db "${ARCHIVE:-}" "${CONFIRM:-}")
umask 077
config=$(mktemp)
trap 'rm -f "$config"' EXIT
printf 'password: "%s"\n' "$(cat "$PASSWORD_FILE")" >"$config"
say "restoring $ARCHIVE into $REPLICA_SET (--drop --oplogReplay)"
# shellcheck disable=SC2046 # tls_options is empty or whole words
mongorestore --config="$config" --host="$REPLICA_SET/$HOSTS" --username="$ROOT_USER" $(tls_options) \
  --authenticationDatabase=admin --archive="$archive" --gzip --drop --oplogReplay ||
  fail 7 "mongorestore of $ARCHIVE failed (exit $?)"
say "restored $ARCHIVE"
