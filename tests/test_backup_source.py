"""Which member a scheduled backup dumps from: components/backup/backup_source.js under the real
mongosh (the mongo:7.0.14 image's release) against tests/replset_simulator.js, a SIMULATED replica
set, and backup_db.sh end to end with it and a stand-in mongodump (tests/test_backup_scripts.py).
`make test-agent` runs it. No MongoDB and no real mongodump run here."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from backup_tools import Tools
from replset_harness import MONGOSH, REPLSET_SIM, Pods

SOURCE = Path(__file__).resolve().parent.parent / "components" / "backup" / "backup_source.js"

pytestmark = REPLSET_SIM


def choose(pods: Pods, count: int) -> subprocess.CompletedProcess[str]:
    home = pods.tmp  # as the Job's HOME=/tmp: mongosh keeps its log there
    hosts = ",".join(pods.sim.host(i) for i in range(count))
    return subprocess.run(
        [str(MONGOSH), "--nodb", "--quiet", "--norc", str(SOURCE)],
        env={
            "PATH": os.environ["PATH"],
            "HOSTS": hosts,
            "REPLICA_SET": "rs0",
            "CONNECT_TIMEOUT_MS": "1000",
            "HOME": str(home),
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def state_of(pods: Pods, host: str) -> str:
    (member,) = [m for m in pods.state()["members"] if m["host"] == host]
    return str(member["state"])


def test_a_secondary_is_chosen_and_the_primary_only_when_it_is_alone(pods: Pods) -> None:
    pods.deploy(3)
    chosen = choose(pods, 3)
    assert chosen.returncode == 0, chosen.stderr
    assert state_of(pods, chosen.stdout.strip()) == "SECONDARY", pods.describe()

    primary = pods.state()["primary"]
    for i in range(3):
        if i != primary:
            pods.stop_pod(i)
    # Without a majority the primary steps down: the lone member is then a SECONDARY, which a
    # dump may still read from; until then it is chosen as the primary. Either way it is chosen.
    alone = choose(pods, 3)
    # mongosh prints console.error on stdout too: the chosen host is the last line.
    *reports, last = alone.stdout.strip().splitlines()
    assert alone.returncode == 0 and last == pods.sim.host(primary), alone.stdout
    assert len([r for r in reports if "does not answer" in r]) == 2, "the stopped are reported"


def test_a_single_member_set_dumps_from_its_primary(pods: Pods) -> None:
    pods.deploy(1)
    chosen = choose(pods, 1)
    assert chosen.stdout.strip() == pods.sim.host(0)
    assert state_of(pods, pods.sim.host(0)) == "PRIMARY"


def test_no_member_answering_fails_the_backup_before_mongodump(pods: Pods, tmp_path: Path) -> None:
    pods.deploy(1)
    pods.stop_pod(0)
    tools, home = Tools(tmp_path), tmp_path
    (tools.bin / "mongosh").unlink()  # the real mongosh, with the stand-in mongodump
    backups = tmp_path / "backups"
    backups.mkdir()
    env = {
        "BACKUP_DIR": str(backups),
        "RETAIN": "2",
        "BACKUP_USER": "backup",
        "PASSWORD_FILE": str(tools.password),
        "HOSTS": pods.sim.host(0),
        "REPLICA_SET": "rs0",
        "CONNECT_TIMEOUT_MS": "1000",
        "HOME": str(home),
    }
    tools.bin.joinpath("mongosh").symlink_to(MONGOSH)
    done = tools.run("backup_db.sh", **env)
    assert done.returncode == 3, (done.stdout, done.stderr)
    assert tools.calls("mongodump") == [] and list(backups.iterdir()) == []


def test_the_backup_dumps_from_the_secondary_mongosh_chose(pods: Pods, tmp_path: Path) -> None:
    pods.deploy(3)
    tools, home = Tools(tmp_path), tmp_path
    (tools.bin / "mongosh").unlink()
    tools.bin.joinpath("mongosh").symlink_to(MONGOSH)
    backups = tmp_path / "backups"
    backups.mkdir()
    env = {
        "BACKUP_DIR": str(backups),
        "RETAIN": "2",
        "BACKUP_USER": "backup",
        "PASSWORD_FILE": str(tools.password),
        "HOSTS": ",".join(pods.sim.host(i) for i in range(3)),
        "REPLICA_SET": "rs0",
        "HOME": str(home),
    }
    done = tools.run("backup_db.sh", **env)
    assert done.returncode == 0, (done.stdout, done.stderr)
    (host,) = [a.split("=", 1)[1] for a in tools.calls("mongodump") if a.startswith("--host=")]
    assert state_of(pods, host) == "SECONDARY"
    (archive,) = [p for p in backups.iterdir() if p.name.startswith("db-")]
    assert archive.read_text() == f"dump of {host}\n"


def login(pods: Pods, host: str, user: str, password: str, script: str) -> str:
    """Output of `script` run by the real mongosh logged in to `host` as `user` ('' if refused)."""
    uri = f"mongodb://{user}:{password}@{host}/?directConnection=true&authSource=admin"
    done = pods.mongosh_client(uri, script)
    return done.stdout.strip().splitlines()[-1] if done.returncode == 0 else ""


def test_the_agents_keep_a_backup_user_with_only_the_backup_role(pods: Pods) -> None:
    password = pods.tmp / "backup-password"
    password.write_text("FirstBackupPassw0rd\n")
    pods.write_members(3)
    for i in range(3):
        pods.sim.call(op="start", member=i, wipe=False, password=pods.password())
        pods.start_agent(i, BACKUP_PASSWORD_FILE=str(password))
    pods.replicas = 3
    state = pods.wait_in_force(3)
    secondary = next(m["host"] for m in state["members"] if m["state"] == "SECONDARY")
    ping = "db.runCommand({ping: 1}).ok"
    deadline = time.monotonic() + 60
    while login(pods, secondary, "backup", "FirstBackupPassw0rd", ping) != "1":
        assert time.monotonic() < deadline, pods.describe()
    roles = login(
        pods, secondary, "root", pods.password(),
        "JSON.stringify(db.getSiblingDB('admin').runCommand({usersInfo: 'backup'}).users[0].roles)",
    )  # fmt: skip
    assert roles == '[{"role":"backup","db":"admin"}]'

    password.write_text("SecondBackupPassw0rd\n")  # a new Secret value (e.g. after a destroy)
    deadline = time.monotonic() + 60
    while login(pods, secondary, "backup", "SecondBackupPassw0rd", ping) != "1":
        assert time.monotonic() < deadline, pods.describe()
    assert login(pods, secondary, "backup", "FirstBackupPassw0rd", ping) == ""
    created = [line for lines in pods.logs.values() for line in lines if "user backup" in line]
    assert len(created) == 2, created  # once created, once re-keyed: not on every pass
