"""Version upgrades of the replica set under the real mongosh against tests/replset_simulator.js
(a SIMULATED replica set: binaries, feature compatibility versions and priorities as its header
says; not a MongoDB server). `Pods.roll` plays one `up` with a new dbImage in the program's order:
members ConfigMap (the target FCV), membership gate Job (the FCV the new image starts on), then
the StatefulSet's RollingUpdate, highest ordinal first, each pod's preStop hook before it stops.
Run with `make test-agent` (marker replset_sim)."""

from __future__ import annotations

from replset_harness import (
    REPLSET_SIM,
    Pods,
    assert_safe,
    wait_until,
)

pytestmark = REPLSET_SIM


def fcvs(pods: Pods, count: int) -> set[str]:
    return {m["fcv"] for m in pods.state()["members"][:count]}


def crashes(pods: Pods) -> list[str]:
    return [m["crashed"] for m in pods.state()["members"] if m["crashed"]]


def test_a_rolling_upgrade_replaces_the_primary_last_and_then_raises_the_fcv(pods: Pods) -> None:
    pods.deploy(3)
    assert pods.state()["primary"] == 0, "member 0, priority 2, initiated the set"
    pods.sim.call(op="resetTimeline")
    primaries = pods.roll("8.0.4")
    assert primaries == [0, 0, 0], "members 2 and 1 were replaced under primary 0, then 0 itself"
    wait_until(lambda: fcvs(pods, 3) == {"8.0"}, pods)
    wait_until(lambda: pods.state()["primary"] == 0, pods)  # priority takeover once caught up
    state = pods.state()
    assert not crashes(pods), crashes(pods)
    # Member 0's step-down (no primary), an updated member elected, member 0's takeover: the
    # only primary changes of the whole rollout.
    assert state["primaryChanges"] == 3, pods.describe()
    assert {m["version"] for m in state["members"][:3]} == {"8.0.4"}
    # Without the priorities the primary would now sit on member 1 or 2, and the next rollout
    # would replace it first, before the members after it.
    assert pods.roll("8.0.5") == [0, 0, 0], "again: member 0, the primary, replaced last"
    assert_safe(pods)


def test_the_fcv_waits_for_every_member_and_a_lowered_fcv_allows_a_downgrade(pods: Pods) -> None:
    pods.deploy(3)
    pods.write_fcv("8.0")  # the ConfigMap changes before the StatefulSet rolls
    for i in (2, 1):
        pods.step_down(i)
        pods.stop_pod(i)
        pods.start_pod(i, version="8.0.4")
        pods.wait_ready(i)
    host0 = pods.sim.host(0)
    wait_until(lambda: f"{host0} runs 7.0.14" in pods.status(0), pods)
    assert "FCV 7.0, 8.0 once no member runs an older release" in pods.status(0)
    assert fcvs(pods, 3) == {"7.0"}, "not raised while member 0 runs 7.0"
    pods.step_down(0)
    pods.stop_pod(0)
    pods.start_pod(0, version="8.0.4")
    wait_until(lambda: fcvs(pods, 3) == {"8.0"}, pods)
    # dbFeatureCompatibilityVersion 7.0 on the 8.0 image: the agents lower it, restarting nothing.
    pods.write_fcv("7.0")
    wait_until(lambda: fcvs(pods, 3) == {"7.0"}, pods)
    pods.roll("7.0.14")  # then the 7.0 image: every member starts on FCV 7.0 data
    pods.wait_in_force(3)
    assert not crashes(pods), crashes(pods)
    assert {m["version"] for m in pods.state()["members"][:3]} == {"7.0.14"}


def test_the_gate_holds_an_image_the_data_cannot_start_on(pods: Pods) -> None:
    pods.write_fcv("6.0")
    pods.write_members(1)
    pods.start_pod(0, version="6.0.19")
    pods.replicas = 1
    pods.wait_in_force(1)
    gate = pods.run_gate(timeout_ms=4000, image="8.0")
    assert gate.returncode == 1, gate.stdout
    assert "feature compatibility version is 6.0" in gate.stdout, gate.stdout
    assert "MongoDB 8.0 starts only on 7.0 to 8.0" in gate.stdout, gate.stdout
    assert pods.run_gate(image="7.0").returncode == 0, "one release up passes"
    # What the gate (and the program's check before it) prevents: an 8.0 binary on this data.
    pods.stop_pod(0)
    pods.sim.call(op="start", member=0, version="8.0.4")
    assert "UPGRADE PROBLEM" in (pods.state()["members"][0]["crashed"] or "")


def test_the_pre_stop_hook_hands_the_primary_over(pods: Pods) -> None:
    pods.deploy(3)
    secondary = pods.step_down(2)
    assert secondary.returncode == 0 and "stepped down" not in secondary.stdout
    assert pods.state()["primary"] == 0, "a secondary's hook changes nothing"
    hook = pods.step_down(0)
    assert hook.returncode == 0 and "stepped down before stopping" in hook.stdout, hook.stdout
    wait_until(lambda: pods.state()["primary"] in (1, 2), pods, timeout=10)


def test_the_pre_stop_hook_lets_a_lone_member_stop(pods: Pods) -> None:
    pods.deploy(1)
    hook = pods.step_down(0)
    assert hook.returncode == 0 and "no step-down" in hook.stdout, hook.stdout + hook.stderr
