"""Keyfile rotation without an outage (components/rotation.py, dbKeyfileRotation): each stage's
keyfile as the program renders it (KeyfileStage.generations, keyfile_text), rolled onto the
members as the StatefulSet does, with the real agent under the real mongosh against
tests/replset_simulator.js, a SIMULATED replica set whose members authenticate to each other only
when their keyfiles share a key (its header says what it does not model). Run with
`make test-agent`."""

from __future__ import annotations

import secrets
import string
from typing import Any

import pytest

from components import rotation
from components.mongo import ROOT_USER
from components.rotation import KeyfileStage
from replset_harness import PASSWORD, REPLSET_SIM, Pods, assert_safe, wait_until

pytestmark = REPLSET_SIM


@pytest.fixture
def keys() -> dict[int, str]:
    """Generation -> key: 756 letters and digits, like the program's pulumi-random keys."""
    alphabet = string.ascii_letters + string.digits
    return {g: "".join(secrets.choice(alphabet) for _ in range(756)) for g in (0, 1)}


def keyfile(keys: dict[int, str], stage: str) -> str:
    """The credentials Secret's keyfile at `stage`, built as components/database.py builds it."""
    return rotation.keyfile_text([keys[g] for g in KeyfileStage.parse(stage).generations()])


def deploy_on(pods: Pods, text: str) -> None:
    """Three members, every pod copying `text` as its keyfile."""
    for i in range(3):
        pods.pod_keyfiles[i] = text
    pods.deploy(3)


def largest_group(state: dict[str, Any]) -> int:
    """The most voting members one member can authenticate to (itself included)."""
    primary = state["primary"]
    config = state["members"][primary if primary is not None else 0]["config"]
    voting = {c["host"] for c in config["members"]}
    return max(len(set(m["peers"]) & voting) for m in state["members"])


def primary_with_majority(pods: Pods) -> bool:
    state = pods.state()
    p = state["primary"]
    return p is not None and len(set(state["members"][p]["peers"])) >= 2


def member_health(pods: Pods, primary: int) -> dict[str, int]:
    """rs.status() on the primary through mongosh as root: member host -> health."""
    uri = f"mongodb://{pods.sim.local(primary)}/admin?directConnection=true"
    script = "rs.status().members.forEach((m) => print('HEALTH', m.name, m.health))"
    out = pods.mongosh_client(uri, script, "-u", ROOT_USER, "-p", PASSWORD).stdout
    lines = [line.split() for line in out.splitlines() if line.startswith("HEALTH ")]
    assert lines, out
    return {host: int(health) for _, host, health in lines}


def test_the_two_stages_keep_a_primary_and_a_majority_at_every_step(
    pods: Pods, keys: dict[int, str]
) -> None:
    deploy_on(pods, keyfile(keys, "0"))
    steps: list[str] = []

    def while_down(i: int) -> None:
        # The pod is being replaced: the other two still elect or keep a primary between them.
        wait_until(lambda: primary_with_majority(pods), pods, timeout=30)
        steps.append(f"{i} down")

    def after_each(i: int) -> None:
        # Ready again: every member reaches every other (they share a key at every step).
        wait_until(lambda: primary_with_majority(pods), pods, timeout=30)
        assert largest_group(pods.state()) == 3, pods.describe()
        steps.append(f"{i} ready")

    for stage in ("1-add", "1"):
        text = keyfile(keys, stage)
        pods.roll_keyfile(text, while_down=while_down, after_each=after_each)
        wanted = len(KeyfileStage.parse(stage).generations())
        assert [m["keys"] for m in pods.state()["members"][:3]] == [wanted] * 3
    assert steps == [f"{i} {what}" for i in (2, 1, 0) for what in ("down", "ready")] * 2
    pods.wait_in_force(3)
    assert_safe(pods)

    # A member whose pod still copies the old keyfile cannot rejoin: no key in common.
    state = pods.state()
    p = state["primary"]
    stale = next(i for i in range(3) if i != p)
    pods.stop_pod(stale)
    pods.start_pod(stale, keyfile=keyfile(keys, "0"))
    stale_host = pods.sim.host(stale)
    wait_until(lambda: pods.state()["members"][stale]["peers"] == [stale_host], pods)
    assert member_health(pods, p)[stale_host] == 0
    before = pods.state()["members"][stale]["lastOp"]
    pods.sim.call(op="write", ops=5)
    other = 3 - p - stale
    wait_until(lambda: pods.state()["members"][other]["lastOp"] >= before + 5, pods)
    assert pods.state()["members"][stale]["lastOp"] == before, "it replicates nothing"
    # The same member with the stage's keyfile rejoins and catches up.
    pods.stop_pod(stale)
    pods.start_pod(stale, keyfile=keyfile(keys, "1"))
    wait_until(lambda: pods.state()["members"][stale]["lastOp"] >= before + 5, pods)
    assert member_health(pods, pods.state()["primary"])[stale_host] == 1


def test_skipping_the_add_stage_splits_the_set_during_the_roll(
    pods: Pods, keys: dict[int, str]
) -> None:
    # The program refuses this step (0 -> 1); here it is forced onto the pods.
    assert KeyfileStage(1) not in KeyfileStage(0).next_stages()
    deploy_on(pods, keyfile(keys, "0"))
    split: list[int] = []

    def after_each(i: int) -> None:
        if i == 2:  # the first pod on the new key alone reaches no one, and no one reaches it
            state = pods.state()
            assert state["members"][2]["peers"] == [pods.sim.host(2)], pods.describe()
            assert pods.sim.host(2) not in state["members"][0]["peers"]

    def while_down(i: int) -> None:
        if i == 1:  # member 1 replaced: 0 (old key) and 2 (new key) form no majority
            wait_until(
                lambda: pods.state()["primary"] is None and largest_group(pods.state()) == 1,
                pods,
                timeout=30,
            )
            split.append(i)

    pods.roll_keyfile(keyfile(keys, "1"), while_down=while_down, after_each=after_each)
    assert split == [1]
    assert pods.monitor.worst_excess_down >= 1, pods.monitor.violations
    with pytest.raises(AssertionError):
        assert_safe(pods)
    pods.wait_in_force(3)  # once every member runs the new key, the set is whole again
