"""Application users: the real agent (components/replset_users.js, loaded by replset_agent.js)
under the real mongosh, against tests/replset_simulator.js, a SIMULATED replica set whose users,
roles and documents are modelled by tests/replset_simulator_users.js (its header says what it
does not model). Clients are the real mongosh too, authenticating with SCRAM-SHA-256 as the
application user through the URI the program builds. Run with `make test-agent`."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from components import app_users
from components.app_users import AppUser
from replset_harness import REPLSET_SIM, Pods, simulated_pods

pytestmark = REPLSET_SIM
GUESTBOOK: dict[str, Any] = {
    "guestbook": {
        "db": "guestbook",
        "roles": [{"role": "readWrite", "db": "guestbook"}],
        "password": "GuestbookPassw0rd",
    }
}


@pytest.fixture
def pods(tmp_path: Path) -> Iterator[Pods]:
    with simulated_pods(tmp_path, with_users=True) as pods:
        yield pods


def wait_for(condition: Callable[[], bool], pods: Pods, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, pods.describe()
        time.sleep(0.2)


def as_user(pods: Pods, members: int, name: str, password: str, script: str) -> str:
    """Runs script in mongosh connected with the URI the program builds for the application
    user `name` (whose database here is named like the user)."""
    hosts = [pods.sim.host(i) for i in range(members)]
    uri = app_users.connection_string(AppUser(name, name), password, hosts, "rs0")
    result = pods.mongosh_client(uri + "&serverSelectionTimeoutMS=5000", script)
    return result.stdout + result.stderr


def primary_status(pods: Pods) -> str:
    primary = pods.state()["primary"]
    return "" if primary is None else pods.status(primary)


def test_the_app_user_reads_and_writes_its_database_and_nothing_else(pods: Pods) -> None:
    pods.write_users(GUESTBOOK)
    pods.deploy(3)
    wait_for(lambda: "users in force: guestbook@guestbook" in primary_status(pods), pods)
    assert any(
        "users: created guestbook@guestbook" in line
        for lines in pods.logs.values()
        for line in lines
    )
    password = GUESTBOOK["guestbook"]["password"]
    out = as_user(
        pods,
        3,
        "guestbook",
        password,
        "db.entries.insertOne({name: 'ada', text: 'hello'}); "
        "const rows = db.entries.find().toArray().map(({name, text}) => ({name, text})); "
        "print('ENTRIES', JSON.stringify(rows))",
    )
    assert 'ENTRIES [{"name":"ada","text":"hello"}]' in out, out
    out = as_user(
        pods, 3, "guestbook", password, "db.getSiblingDB('admin').system.users.find().toArray()"
    )
    assert "not authorized on admin to execute command" in out, out
    out = as_user(pods, 3, "guestbook", password, "db.getSiblingDB('other').x.insertOne({a: 1})")
    assert "not authorized on other" in out, out
    out = as_user(pods, 3, "guestbook", password, "rs.status()")
    assert "not authorized on admin" in out, out
    out = as_user(pods, 3, "guestbook", "WrongPassword", "db.entries.find().toArray()")
    assert "Authentication failed" in out, out


def test_changed_roles_take_effect_and_a_new_password_is_applied(pods: Pods) -> None:
    pods.write_users(GUESTBOOK)
    pods.deploy(1)
    wait_for(lambda: "users in force" in primary_status(pods), pods)
    read_only = {"guestbook": {**GUESTBOOK["guestbook"], "password": "NewPassw0rd"}}
    read_only["guestbook"]["roles"] = [{"role": "read", "db": "guestbook"}]
    pods.write_users(read_only)
    wait_for(lambda: "password of guestbook@guestbook set" in "\n".join(pods.logs[0]), pods)
    logs = "\n".join(pods.logs[0])
    assert "users: roles of guestbook@guestbook set to read@guestbook" in logs, logs
    assert "users: password of guestbook@guestbook set from its Secret" in logs, logs
    out = as_user(pods, 1, "guestbook", "NewPassw0rd", "db.entries.insertOne({a: 1})")
    assert "not authorized on guestbook" in out, out
    out = as_user(
        pods, 1, "guestbook", "NewPassw0rd", "print('N', db.entries.find().toArray().length)"
    )
    assert "N 0" in out, out


def test_a_removed_user_is_kept_unless_the_stack_says_drop(pods: Pods) -> None:
    reports = {
        "reports": {
            "db": "reports",
            "roles": [{"role": "read", "db": "reports"}],
            "password": "ReportsPassw0rd",
        }
    }
    pods.write_users({**GUESTBOOK, **reports})
    pods.deploy(1)
    wait_for(lambda: "users in force: guestbook@guestbook, reports@reports" in pods.status(0), pods)
    pods.write_users(GUESTBOOK)
    wait_for(
        lambda: "kept unlisted reports@reports (dropRemovedUsers is off)" in pods.status(0), pods
    )
    out = as_user(pods, 1, "reports", "ReportsPassw0rd", "print('N', db.x.find().toArray().length)")
    assert "N 0" in out, "kept: it still works"
    pods.write_users(GUESTBOOK, drop_removed=True)
    wait_for(lambda: any("users: dropped reports@reports" in line for line in pods.logs[0]), pods)
    wait_for(lambda: pods.status(0).endswith("users in force: guestbook@guestbook"), pods)


def test_a_role_mongodb_does_not_have_is_reported_and_retried(pods: Pods) -> None:
    bad = {"guestbook": {**GUESTBOOK["guestbook"], "roles": [{"role": "readWriteAll", "db": "x"}]}}
    pods.write_users(bad)
    pods.deploy(1)
    wait_for(lambda: "RoleNotFound" in pods.status(0), pods)
    assert pods.status(0).startswith("error "), "the membership is fine; users failed this pass"
    pods.write_users(GUESTBOOK)
    wait_for(lambda: "users in force: guestbook@guestbook" in pods.status(0), pods)
