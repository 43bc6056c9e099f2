"""Stand-in `mongosh`/`mongodump`/`mongorestore` executables for running the backup scripts
(components/backup/*.sh) for real: they record their arguments and write or read archive files.
Used by tests/test_backup_scripts.py and tests/test_backup_source.py."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent.parent / "components" / "backup"
PASSWORD = "Backup0Passw0rd"

# Stand-ins: each appends "<tool> <arg>" lines to $STANDIN_LOG.
MONGOSH = """#!/bin/sh
echo "mongosh $*" >>"$STANDIN_LOG"
[ -n "${STANDIN_SOURCE:-}" ] || { echo "no member answers" >&2; exit 1; }
echo "$STANDIN_SOURCE"
"""
MONGODUMP = """#!/bin/sh
for a in "$@"; do echo "mongodump $a" >>"$STANDIN_LOG"; done
for a in "$@"; do
  case $a in
    --archive=*) archive=${a#--archive=} ;;
    --config=*) sed 's/^/mongodump-config /' "${a#--config=}" >>"$STANDIN_LOG" ;;
    --host=*) host=${a#--host=} ;;
  esac
done
echo "dump of $host" >"$archive"
exit "${STANDIN_EXIT:-0}"
"""
MONGORESTORE = """#!/bin/sh
for a in "$@"; do echo "mongorestore $a" >>"$STANDIN_LOG"; done
for a in "$@"; do
  case $a in --archive=*) sed 's/^/mongorestore-read /' "${a#--archive=}" >>"$STANDIN_LOG" ;; esac
done
exit "${STANDIN_EXIT:-0}"
"""


def nginx_busybox() -> Path | None:
    """The nginx image's busybox applets (images/build.sh caches its rootfs), when built."""
    found = subprocess.run(
        ["bash", str(SCRIPTS.parent.parent / "images" / "build.sh"), "--dir", "nginx"],
        capture_output=True,
        text=True,
        check=False,
    )
    applets = Path(found.stdout.strip()) / "rootfs" / "usr" / "bin"
    return applets if found.returncode == 0 and (applets / "busybox").exists() else None


class Tools:
    """A PATH with the stand-ins first; runs a script and returns its process and the log."""

    def __init__(self, tmp: Path, applets: Path | None = None) -> None:
        self.bin = tmp / "standins"
        self.bin.mkdir()
        for name, body in (
            ("mongosh", MONGOSH),
            ("mongodump", MONGODUMP),
            ("mongorestore", MONGORESTORE),
        ):
            (self.bin / name).write_text(body)
            (self.bin / name).chmod(0o755)
        self.log = tmp / "standins.log"
        self.applets = applets
        self.password = tmp / "password"
        self.password.write_text(PASSWORD + "\n")

    def run(self, script: str, **env: str) -> subprocess.CompletedProcess[str]:
        path = f"{self.bin}:{self.applets or os.environ['PATH']}"
        shell = [str(self.applets / "busybox"), "sh"] if self.applets else ["sh"]
        self.log.write_text("")
        return subprocess.run(
            [*shell, str(SCRIPTS / script)],
            env={"PATH": path, "STANDIN_LOG": str(self.log), "TMPDIR": str(self.bin), **env},
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )

    def calls(self, tool: str) -> list[str]:
        prefix = f"{tool} "
        return [
            line[len(prefix) :]
            for line in self.log.read_text().splitlines()
            if line.startswith(prefix)
        ]
