"""Password rotation without an outage (components/rotation.py): the real agent under the real
mongosh against tests/replset_simulator.js, a SIMULATED replica set (its header says what it does
not model). The credentials Secret reaches each pod at its own time, as the kubelet refreshes
Secret volumes per pod: the primary first (the worst case), one secondary a second later and the
last one only after the primary has set the new password. Run with `make test-agent`."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from replset_harness import (
    REPLSET_SIM,
    Pods,
    simulated_pods,
    wait_until,
)

pytestmark = REPLSET_SIM
OLD_APP, NEW_APP = "GuestbookPassw0rd", "GuestbookRotated1"
NEW_ROOT = "rotatedRootPassw0rd"


def _users(password: str) -> dict[str, dict[str, object]]:
    roles = [{"role": "readWrite", "db": "guestbook"}]
    return {"guestbook": {"db": "guestbook", "roles": roles, "password": password}}


@pytest.fixture
def pods(tmp_path: Path) -> Iterator[Pods]:
    with simulated_pods(tmp_path, with_users=True) as pods:
        yield pods


def authenticates(pods: Pods, user: str, db: str, password: str) -> bool:
    """Whether mongosh logs in to the set as user@db with password (and can ping)."""
    hosts = ",".join(pods.sim.host(i) for i in range(3))
    uri = f"mongodb://{hosts}/{db}?replicaSet=rs0&authSource={db}&serverSelectionTimeoutMS=5000"
    script = "print('PING', db.runCommand({ping: 1}).ok)"
    return "PING 1" in pods.mongosh_client(uri, script, "-u", user, "-p", password).stdout


class Readiness:
    """Samples every member's readiness as the kubelet sees it: mongod PRIMARY or SECONDARY and
    the agent's status not `blocked` (components/mongo.py, AGENT_READY)."""

    def __init__(self, pods: Pods, members: int) -> None:
        self.pods, self.members = pods, members
        self.not_ready: list[tuple[float, list[str]]] = []
        self.samples = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.wait(0.1):
            state = self.pods.state()["members"]
            down = [
                f"{i}: {self.pods.status(i) or state[i]['state']}"
                for i in range(self.members)
                if self.pods.status(i).startswith("blocked")
                or state[i]["state"] not in ("PRIMARY", "SECONDARY")
            ]
            self.samples += 1
            if down:
                self.not_ready.append((time.monotonic(), down))

    def finish(self) -> None:
        self.stop.set()
        self.thread.join()


def test_a_password_rotation_keeps_every_member_ready(pods: Pods) -> None:
    pods.agent_env.update(ROTATION_SETTLE_MS="4000", AUTH_GRACE_MS="30000")
    pods.use_pod_secrets(3)
    pods.write_users(_users(OLD_APP))
    pods.deploy(3)
    primary = pods.state()["primary"]
    wait_until(lambda: "users in force: guestbook@guestbook" in pods.status(primary), pods)
    old_root = pods.password()
    lagging = next(i for i in range(3) if i != primary)
    early = 3 - primary - lagging
    readiness = Readiness(pods, 3)
    # `up` with dbCredentialsRotation + 1: the Secret changes, the gate runs again.
    pods.rotate_secret(NEW_ROOT, [primary])
    pods.write_users(_users(NEW_APP))
    gate = pods.start_gate(timeout_ms=60000)
    time.sleep(1)
    pods.rotate_secret(NEW_ROOT, [early])
    primary_log = lambda: "\n".join(pods.logs[primary])  # noqa: E731
    wait_until(lambda: "set to the credentials Secret's current one" in primary_log(), pods)
    assert gate.poll() is None, "the gate waits until the new root password is in force"
    time.sleep(2)  # the lagging pod authenticates with neither password for a while
    assert "waiting for an updated credentials Secret" in pods.status(lagging), pods.status(lagging)
    pods.rotate_secret(NEW_ROOT, [lagging])
    out, _ = gate.communicate(timeout=90)
    assert gate.returncode == 0, out
    wait_until(
        lambda: all(pods.status(i).startswith("ok") and "previous" not in pods.status(i)
                    for i in range(3)),
        pods,
    )  # fmt: skip
    wait_until(lambda: "users in force: guestbook@guestbook" in pods.status(primary), pods)
    readiness.finish()
    assert readiness.samples > 50 and not readiness.not_ready, readiness.not_ready[:5]
    assert authenticates(pods, "root", "admin", NEW_ROOT), "the new root password works"
    assert not authenticates(pods, "root", "admin", old_root), "the old one no longer does"
    assert authenticates(pods, "guestbook", "guestbook", NEW_APP)
    assert not authenticates(pods, "guestbook", "guestbook", OLD_APP)
    logs = "\n".join(line for lines in pods.logs.values() for line in lines)
    assert NEW_ROOT not in logs and old_root not in logs, "no password in any log"
