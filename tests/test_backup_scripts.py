"""The backup and restore scripts (components/backup/*.sh) run for real under `sh` (dash, as in
the MongoDB image) and, for the asset scripts, under the nginx image's own busybox, with stand-in
`mongosh`/`mongodump`/`mongorestore` executables: they record their arguments and write or read
archive files, so naming, retention, failure exit codes and what reaches the tools are checked.
No MongoDB runs here: the member choice against the real mongosh is in tests/test_backup_source.py
(`make test-agent`, simulated set), and the tools' own behaviour is not tested anywhere here."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from backup_tools import PASSWORD, SCRIPTS, Tools, nginx_busybox

STAMPED = re.compile(r"^(db|assets)-\d{8}T\d{6}Z")


@pytest.fixture
def tools(tmp_path: Path) -> Tools:
    return Tools(tmp_path)


def backup_env(tools: Tools, backups: Path, **extra: str) -> dict[str, str]:
    return {
        "BACKUP_DIR": str(backups),
        "RETAIN": "3",
        "BACKUP_USER": "backup",
        "PASSWORD_FILE": str(tools.password),
        "HOSTS": "db-0.db:27017,db-1.db:27017,db-2.db:27017",
        "REPLICA_SET": "rs0",
        "STANDIN_SOURCE": "db-2.db:27017",
        **extra,
    }


def stamped(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if STAMPED.match(p.name))


def old_archives(backups: Path, count: int) -> list[str]:
    names = [f"db-2020010{i}T000000Z.archive.gz" for i in range(1, count + 1)]
    for name in names:
        (backups / name).write_text(f"old {name}")
    return names


def test_a_dump_from_the_chosen_member_is_named_by_time_and_marked_latest(
    tools: Tools, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    done = tools.run("backup_db.sh", **backup_env(tools, backups))
    assert done.returncode == 0, done.stderr
    (name,) = stamped(backups)
    assert re.fullmatch(r"db-\d{8}T\d{6}Z\.archive\.gz", name)
    assert (backups / name).read_text() == "dump of db-2.db:27017\n"
    assert (backups / "LATEST").read_text() == f"{name}\n"
    args = tools.calls("mongodump")
    assert {"--gzip", "--oplog", "--host=db-2.db:27017", "--username=backup"} <= set(args)
    assert "--authenticationDatabase=admin" in args
    assert [a for a in args if a.startswith("--archive=")] == [
        f"--archive={backups}/.{name}.partial"
    ], "written under a dot-name, renamed when complete"
    assert not any(PASSWORD in a for a in args), "the password never on the command line"
    assert tools.calls("mongodump-config") == [f'password: "{PASSWORD}"']
    assert [p.name for p in backups.iterdir() if p.name.startswith(".")] == []
    assert not list(tools.bin.glob("tmp.*")), "the password file is removed"


def test_only_the_newest_archives_are_kept(tools: Tools, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    old = old_archives(backups, 4)
    (backups / "notes.txt").write_text("not an archive")
    done = tools.run("backup_db.sh", **backup_env(tools, backups))
    assert done.returncode == 0, done.stderr
    kept = stamped(backups)
    assert len(kept) == 3 and kept[:2] == old[2:], kept
    assert (backups / "notes.txt").exists(), "only archives are pruned"
    assert "removed db-20200101T000000Z.archive.gz" in done.stdout
    last = done.stdout.splitlines()[-1]
    assert last.endswith(f"backup_db.sh: kept: {' '.join(reversed(kept))} "), last


def test_a_failed_dump_fails_the_job_and_keeps_every_earlier_archive(
    tools: Tools, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    old = old_archives(backups, 3)
    (backups / "LATEST").write_text(f"{old[-1]}\n")
    done = tools.run("backup_db.sh", **backup_env(tools, backups, RETAIN="1", STANDIN_EXIT="1"))
    assert done.returncode == 4
    assert "mongodump from db-2.db:27017 failed (exit 1)" in done.stderr
    assert stamped(backups) == old, "no partial archive, nothing pruned"
    assert [p.name for p in backups.iterdir() if p.name.startswith(".")] == []
    assert (backups / "LATEST").read_text() == f"{old[-1]}\n"


def test_no_member_to_dump_from_fails_before_mongodump(tools: Tools, tmp_path: Path) -> None:
    done = tools.run("backup_db.sh", **backup_env(tools, tmp_path, STANDIN_SOURCE=""))
    assert done.returncode == 3 and "no member of rs0 to dump from" in done.stderr
    assert tools.calls("mongodump") == []


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("RETAIN", "0", "RETAIN=0: must be"),
        ("RETAIN", "x", "RETAIN=x: must be"),
        ("BACKUP_USER", "", "BACKUP_USER is not set"),
    ],
)
def test_bad_settings_stop_before_any_work(
    tools: Tools, tmp_path: Path, key: str, value: str, message: str
) -> None:
    done = tools.run("backup_db.sh", **backup_env(tools, tmp_path, **{key: value}))
    assert done.returncode == 2 and message in done.stderr
    assert tools.calls("mongosh") == [] and tools.calls("mongodump") == []


def restore_env(tools: Tools, backups: Path, **extra: str) -> dict[str, str]:
    return {
        "BACKUP_DIR": str(backups),
        "ROOT_USER": "root",
        "PASSWORD_FILE": str(tools.password),
        "HOSTS": "db-0.db:27017,db-1.db:27017",
        "REPLICA_SET": "rs0",
        **extra,
    }


def test_a_restore_needs_the_archive_named_twice(tools: Tools, tmp_path: Path) -> None:
    old = old_archives(tmp_path, 2)
    unconfirmed = tools.run("restore_db.sh", **restore_env(tools, tmp_path, ARCHIVE=old[0]))
    assert unconfirmed.returncode == 5 and f"set CONFIRM={old[0]}" in unconfirmed.stderr
    wrong = tools.run(
        "restore_db.sh", **restore_env(tools, tmp_path, ARCHIVE=old[0], CONFIRM=old[1])
    )
    assert wrong.returncode == 5
    for bad in ("db-missing.archive.gz", "../etc/passwd", ""):
        refused = tools.run(
            "restore_db.sh", **restore_env(tools, tmp_path, ARCHIVE=bad, CONFIRM=bad)
        )
        assert refused.returncode == 6, (bad, refused.stderr)
        assert old[1] in refused.stderr or "not a path" in refused.stderr, "lists the choices"
    assert tools.calls("mongorestore") == []


def test_a_confirmed_restore_replays_the_chosen_archive(tools: Tools, tmp_path: Path) -> None:
    old = old_archives(tmp_path, 2)
    env = restore_env(tools, tmp_path, ARCHIVE=old[0], CONFIRM=old[0])
    done = tools.run("restore_db.sh", **env)
    assert done.returncode == 0, done.stderr
    args = tools.calls("mongorestore")
    assert {"--drop", "--oplogReplay", "--gzip", "--username=root"} <= set(args)
    assert "--host=rs0/db-0.db:27017,db-1.db:27017" in args
    assert tools.calls("mongorestore-read") == [f"old {old[0]}"], "read the chosen archive"
    assert not any(PASSWORD in a for a in args)
    failed = tools.run("restore_db.sh", **env, STANDIN_EXIT="3")
    assert failed.returncode == 7 and "mongorestore of" in failed.stderr


@pytest.fixture(params=["sh", "nginx-busybox"])
def file_tools(request: pytest.FixtureRequest, tmp_path: Path) -> Tools:
    applets = None
    if request.param == "nginx-busybox":
        applets = nginx_busybox()
        if applets is None:
            pytest.skip("the nginx image is not built (make deps)")
    return Tools(tmp_path, applets)


def test_asset_copies_and_a_restore_of_a_deleted_file(file_tools: Tools, tmp_path: Path) -> None:
    assets, backups = tmp_path / "assets", tmp_path / "backups"
    (assets / "img").mkdir(parents=True)
    backups.mkdir()
    (assets / "cats.png").write_bytes(b"\x89PNG cats")
    (assets / "img" / "dog.png").write_bytes(b"\x89PNG dog")
    for i in range(1, 4):
        (backups / f"assets-2020010{i}T000000Z").mkdir()
    env = {"SOURCE_DIR": str(assets), "BACKUP_DIR": str(backups), "RETAIN": "2"}
    done = file_tools.run("backup_files.sh", **env)
    assert done.returncode == 0, done.stderr
    kept = stamped(backups)
    assert len(kept) == 2 and kept[0] == "assets-20200103T000000Z", kept
    copy = backups / kept[1]
    assert (copy / "img" / "dog.png").read_bytes() == b"\x89PNG dog"
    assert (backups / "LATEST").read_text() == f"{kept[1]}\n"
    assert "copied 2 files" in done.stdout
    assert done.stdout.splitlines()[-1].endswith(f"kept: {kept[1]} {kept[0]} "), done.stdout

    (assets / "cats.png").unlink()
    (assets / "new.txt").write_text("added after the copy")
    restore = {"BACKUP_DIR": str(backups), "TARGET_DIR": str(assets), "BACKUP": kept[1]}
    refused = file_tools.run("restore_files.sh", **restore)
    assert refused.returncode == 5 and not (assets / "cats.png").exists()
    done = file_tools.run("restore_files.sh", **restore, CONFIRM=kept[1])
    assert done.returncode == 0, done.stderr
    assert (assets / "cats.png").read_bytes() == b"\x89PNG cats", "the deleted file is back"
    assert (assets / "new.txt").exists(), "files added since the copy stay"
    assert not list(assets.rglob("*.restoring"))


def test_a_failed_asset_copy_keeps_the_earlier_ones(file_tools: Tools, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / "assets-20200101T000000Z").mkdir()
    env = {"SOURCE_DIR": str(tmp_path / "absent"), "BACKUP_DIR": str(backups), "RETAIN": "1"}
    done = file_tools.run("backup_files.sh", **env)
    assert done.returncode == 4 and "copying" in done.stderr
    assert sorted(p.name for p in backups.iterdir()) == ["assets-20200101T000000Z"]


def test_scripts_are_posix_sh() -> None:
    """dash -n parses every script (no bashisms that the images' shells would choke on)."""
    if not shutil.which("dash"):
        pytest.skip("no dash")
    for script in SCRIPTS.glob("*.sh"):
        parsed = subprocess.run(["dash", "-n", str(script)], capture_output=True, text=True)
        assert parsed.returncode == 0, (script.name, parsed.stderr)
