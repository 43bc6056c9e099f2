"""The replica-set agent's decisions, one pass at a time, against simulated members.

tests/agent_sim.js runs the real AGENT_JS the way mongosh would (same globals: Mongo, quit,
print, require('fs')) against an in-memory replica set that enforces MongoDB's rules that matter
here (initiate once, one voting member change per reconfig, only the primary reconfigures)."""

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from components import mongo

SIM = Path(__file__).with_name("agent_sim.js")


def host(i: int) -> str:
    return f"db-{i}.db.ns.svc.cluster.local:27017"


def config(*ids: int, version: int = 1) -> dict[str, Any]:
    return {"_id": "rs0", "version": version, "members": [{"_id": i, "host": host(i)} for i in ids]}


def fresh(*ids: int, down: tuple[int, ...] = ()) -> dict[str, Any]:
    return {host(i): {"reachable": i not in down, "config": None, "primary": False} for i in ids}


def in_set(ids: tuple[int, ...], primary: int, extra: tuple[int, ...] = ()) -> dict[str, Any]:
    members = {
        host(i): {"reachable": True, "config": config(*ids), "primary": i == primary} for i in ids
    }
    members.update(fresh(*extra))
    return members


def agent_pass(tmp_path: Path, self: str, desired: int, members: dict[str, Any]) -> dict[str, Any]:
    agent = tmp_path / "agent.js"
    agent.write_text(mongo.AGENT_JS)
    scenario = tmp_path / "scenario.json"
    desired_hosts = [host(i) for i in range(desired)]
    scenario.write_text(json.dumps({"self": self, "desired": desired_hosts, "members": members}))
    result = subprocess.run(
        ["node", str(SIM), str(agent), str(scenario)], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def changes(state: dict[str, Any]) -> list[list[str]]:
    """Commands that change the replica set (reading the config changes nothing)."""
    return [c for c in state["commands"] if c[1] != "replSetGetConfig"]


def set_hosts(state: dict[str, Any], of: int) -> list[str]:
    return [m["host"] for m in state["members"][host(of)]["config"]["members"]]


def test_member_zero_initiates_once_all_members_answer(tmp_path: Path) -> None:
    state = agent_pass(tmp_path, "db-0", 3, fresh(0, 1, 2))
    assert state["commands"] == [[host(0), "replSetInitiate"]]
    assert set_hosts(state, 2) == [host(0), host(1), host(2)]
    again = agent_pass(tmp_path, "db-0", 3, state["members"])
    assert changes(again) == [], "a converged set is left alone (idempotent)"


@pytest.mark.parametrize("pod", ["db-1", "db-2"])
def test_other_members_never_initiate(tmp_path: Path, pod: str) -> None:
    assert agent_pass(tmp_path, pod, 3, fresh(0, 1, 2))["commands"] == []


def test_no_initiation_while_a_member_is_unreachable(tmp_path: Path) -> None:
    assert agent_pass(tmp_path, "db-0", 3, fresh(0, 1, 2, down=(2,)))["commands"] == []


def test_wiped_member_zero_never_starts_a_second_set(tmp_path: Path) -> None:
    members = in_set((0, 1, 2), primary=1)
    members[host(0)] = {"reachable": True, "config": None, "primary": False}
    assert agent_pass(tmp_path, "db-0", 3, members)["commands"] == []


def test_scale_up_adds_one_member_per_pass(tmp_path: Path) -> None:
    state = agent_pass(tmp_path, "db-1", 5, in_set((0, 1, 2), primary=1, extra=(3, 4)))
    assert state["commands"] == [[host(1), "replSetGetConfig"], [host(1), "replSetReconfig"]]
    assert set_hosts(state, 1) == [host(i) for i in range(4)]
    state = agent_pass(tmp_path, "db-1", 5, state["members"])
    assert set_hosts(state, 1) == [host(i) for i in range(5)]
    assert all("ok" in line for line in state["log"]), state["log"]


def test_scale_up_waits_for_the_new_member_to_answer(tmp_path: Path) -> None:
    members = in_set((0, 1, 2), primary=0)
    members.update(fresh(3, 4, down=(3, 4)))
    state = agent_pass(tmp_path, "db-0", 5, members)
    assert set_hosts(state, 0) == [host(0), host(1), host(2)]


def test_scale_down_removes_one_member_per_pass(tmp_path: Path) -> None:
    state = agent_pass(tmp_path, "db-0", 3, in_set((0, 1, 2, 3, 4), primary=0))
    assert set_hosts(state, 0) == [host(0), host(1), host(2), host(4)]
    state = agent_pass(tmp_path, "db-0", 3, state["members"])
    assert set_hosts(state, 0) == [host(0), host(1), host(2)]


def test_a_primary_being_removed_steps_down_first(tmp_path: Path) -> None:
    state = agent_pass(tmp_path, "db-4", 3, in_set((0, 1, 2, 3, 4), primary=4))
    assert state["commands"] == [[host(4), "replSetGetConfig"], [host(4), "replSetStepDown"]]


def test_secondaries_do_not_reconfigure(tmp_path: Path) -> None:
    state = agent_pass(tmp_path, "db-2", 5, in_set((0, 1, 2), primary=0, extra=(3, 4)))
    assert state["commands"] == []
