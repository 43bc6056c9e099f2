#!/bin/sh
# Restores one copy written by backup_files.sh into the asset volume (TARGET_DIR): every file of
# the copy is written back (through a temporary name and a rename, so nginx never serves half a
# file); files added since the copy stay. BACKUP names the copy; CONFIRM must repeat it.
set -eu
. "${0%/*}/lib.sh"
require BACKUP_DIR TARGET_DIR
copy=$(chosen "$BACKUP_DIR" assets "${BACKUP:-}" "${CONFIRM:-}")
say "restoring $BACKUP into $TARGET_DIR"
cd "$copy"
find . -type d | while IFS= read -r d; do mkdir -p "$TARGET_DIR/$d"; done
find . -type f | while IFS= read -r f; do
  cp -p "$f" "$TARGET_DIR/$f.restoring" && mv -f "$TARGET_DIR/$f.restoring" "$TARGET_DIR/$f" ||
    fail 7 "writing $f back failed"
done
say "restored $(find . -type f | wc -l) files from $BACKUP"
