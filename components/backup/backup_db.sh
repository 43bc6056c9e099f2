#!/bin/sh
# Scheduled MongoDB backup (the db-backup CronJob's container, in the stack's MongoDB image, which
# ships the database tools). Dumps the whole replica set with `mongodump --archive --gzip --oplog`
# from a SECONDARY when there is one (chosen by backup_source.js; else the primary), authenticated
# as BACKUP_USER (role `backup` only), into BACKUP_DIR/db-<time>.archive.gz, then keeps the newest
# RETAIN archives. Any failure exits non-zero and keeps every earlier archive, so the Job fails,
# stays listed, and the CronJob's last successful time stops moving.
set -eu
here=${0%/*}
. "$here/lib.sh"
require BACKUP_DIR RETAIN BACKUP_USER PASSWORD_FILE HOSTS REPLICA_SET
[ -r "$PASSWORD_FILE" ] || fail 2 "PASSWORD_FILE=$PASSWORD_FILE is not readable"
check_retain "$RETAIN"

answer=$(mongosh --nodb --quiet --norc "$here/backup_source.js") ||
  fail 3 "no member of $REPLICA_SET to dump from (${HOSTS})"
source=$(printf '%s\n' "$answer" | tail -n 1) # the chosen host is the last line mongosh prints
name=db-$(stamp).archive.gz
partial=$BACKUP_DIR/.$name.partial
umask 077
# The password reaches mongodump in a file (--config), never on its command line.
config=$(mktemp)
trap 'rm -f "$config" "$partial"' EXIT
printf 'password: "%s"\n' "$(cat "$PASSWORD_FILE")" >"$config"
say "dumping $REPLICA_SET from $source into $name"
# shellcheck disable=SC2046 # tls_options is empty or whole words
mongodump --config="$config" --host="$source" --username="$BACKUP_USER" $(tls_options) \
  --authenticationDatabase=admin --readPreference=secondaryPreferred \
  --archive="$partial" --gzip --oplog ||
  fail 4 "mongodump from $source failed (exit $?); earlier archives are untouched"
mv "$partial" "$BACKUP_DIR/$name"
mark_latest "$BACKUP_DIR" "$name"
say "wrote $name ($(wc -c <"$BACKUP_DIR/$name") bytes)"
keep_newest "$BACKUP_DIR" db "$RETAIN"
