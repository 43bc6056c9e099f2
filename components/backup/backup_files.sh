#!/bin/sh
# Scheduled copy of the asset volume (the assets-backup CronJob, in the nginx image: busybox sh).
# Copies every file of SOURCE_DIR (mounted read-only) into BACKUP_DIR/assets-<time>/, then keeps
# the newest RETAIN copies. A failed copy exits non-zero and leaves earlier copies untouched.
set -eu
. "${0%/*}/lib.sh"
require SOURCE_DIR BACKUP_DIR RETAIN
check_retain "$RETAIN"
name=assets-$(stamp)
partial=$BACKUP_DIR/.$name.partial
trap 'rm -rf "$partial"' EXIT
mkdir "$partial"
cp -a "$SOURCE_DIR/." "$partial/" || fail 4 "copying $SOURCE_DIR failed; earlier copies are untouched"
mv "$partial" "$BACKUP_DIR/$name"
mark_latest "$BACKUP_DIR" "$name"
say "copied $(find "$BACKUP_DIR/$name" -type f | wc -l) files into $name"
keep_newest "$BACKUP_DIR" assets "$RETAIN"
