"""The replica-set agent and the membership gate, run by the real mongosh CLI (the release the
mongo:7.0.14 image ships), against tests/replset_simulator.js, a SIMULATED replica set that speaks
the MongoDB wire protocol (see its header for what it models and what it does not).

`Pods` (tests/replset_harness.py) plays Kubernetes in the program's order: members ConfigMap,
membership gate Job, StatefulSet. Not faithful: elections take 0.3 s instead of ~10 s, passes
run every 0.3 s instead of 10 s, there is no DNS (the gate's name-based cases, with a test
resolver, are in tests/test_gate.py; the e2e suite covers the Job's place in the graph), and data
is an op counter. Run with `make test-agent` (marker replset_sim; also in CI).
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

from components import mongo
from replset_harness import (
    MONGOSH,
    REPLSET_SIM,
    RESOLVER,
    Pods,
    Simulator,
    assert_safe,
    wait_until,
)

pytestmark = REPLSET_SIM


def initiations(pods: Pods) -> list[str]:
    return [line for lines in pods.logs.values() for line in lines if "initiated rs0 with" in line]


@pytest.mark.parametrize("count", [1, 3, 5])
def test_first_deploy_initiates_once_from_member_zero(pods: Pods, count: int) -> None:
    pods.deploy(count)
    wait_until(lambda: all(pods.status(i).startswith("ok") for i in range(count)), pods)
    wait_until(lambda: bool(initiations(pods)), pods, timeout=10)  # the log reader may lag
    assert len(initiations(pods)) == 1 and initiations(pods)[0] in "\n".join(pods.logs[0])
    assert_safe(pods)


def test_readiness_fails_on_the_entrypoint_standalone_and_passes_in_the_set(
    tmp_path: Path,
) -> None:
    sim = Simulator(init_ms=20000)  # a long first start, to probe during it
    pods = Pods(tmp_path, sim)
    probe = [str(MONGOSH), f"mongodb://{sim.local(0)}/?directConnection=true"]
    probe += mongo.ready_command("rs0")[1:]
    try:
        pods.write_members(1)
        pods.start_pod(0)
        wait_until(lambda: pods.status(0).startswith("waiting"), pods, timeout=15)
        assert "initialising" in pods.status(0), pods.status(0)
        assert sim.call(op="state")["members"][0]["mode"] == "init", "the temporary standalone"
        assert subprocess.run(probe, capture_output=True).returncode == 1, "not ready during init"
        pods.wait_in_force(1, timeout=30)
        assert subprocess.run(probe, capture_output=True).returncode == 0, "ready in the set"
    finally:
        pods.close()
        sim.close()


def test_restart_of_the_primary_and_of_every_member(pods: Pods) -> None:
    pods.deploy(3)
    primary = pods.state()["primary"]
    pods.stop_pod(primary)
    pods.start_pod(primary)  # kept volume
    pods.wait_in_force(3)
    for i in range(3):
        pods.stop_pod(i)
    for i in range(3):
        pods.start_pod(i)
    pods.wait_in_force(3)
    assert len(initiations(pods)) == 1, "a restart never initiates again"


def test_three_to_five_to_three(pods: Pods) -> None:
    pods.deploy(3)
    pods.scale(5)
    pods.scale(3)
    assert_safe(pods)


def test_five_to_one(pods: Pods) -> None:
    pods.deploy(5)
    pods.scale(1)
    assert_safe(pods)


def test_seven_to_three_keeps_a_majority_and_a_primary(pods: Pods) -> None:
    pods.deploy(7)
    pods.scale(3)
    assert_safe(pods)


def test_the_gate_fails_with_an_explanation_when_members_cannot_be_removed(pods: Pods) -> None:
    pods.deploy(3)
    for i in range(3):
        pods.agents[i].send_signal(signal.SIGTERM)  # no agent will remove anything
    pods.write_members(1)
    gate = pods.run_gate(timeout_ms=3000)
    assert gate.returncode == 1
    assert "still has" in gate.stdout and "gave up" in gate.stdout, gate.stdout
    assert pods.state()["members"][2]["up"], "the gate changes nothing"


def test_destroy_and_up_over_kept_volumes(pods: Pods) -> None:
    pods.deploy(3)
    for i in range(3):
        pods.stop_pod(i)  # destroy: pods gone, claims kept (whenDeleted: Retain)
    for i in range(3):
        pods.start_pod(i)  # up: same credentials (the kept Secret), same volumes
    pods.wait_in_force(3)
    assert len(initiations(pods)) == 1


def test_wrong_credentials_are_reported_as_such(pods: Pods) -> None:
    pods.deploy(1)
    pods.stop_pod(0)
    pods.password_file.write_text("a-new-random-password\n")  # what a lost Secret would give
    pods.start_pod(0)
    # First a grace (AUTH_GRACE_MS): during a rotation this pod's copy of the Secret may lag.
    wait_until(lambda: "waiting for an updated credentials Secret" in pods.status(0), pods)
    wait_until(lambda: pods.status(0).startswith("blocked"), pods)
    assert pods.status(0).startswith("blocked authentication as root failed")
    assert "AuthenticationFailed (18)" in pods.status(0)
    assert any("ERROR" in line and "AuthenticationFailed" in line for line in pods.logs[0])


def test_a_member_deleted_mid_reconfig(pods: Pods) -> None:
    pods.deploy(3)
    pods.write_members(5)
    pods.start_pod(3)
    pods.start_pod(4)

    def member_three_added() -> bool:
        state = pods.state()
        p = state["primary"]
        return p is not None and len(state["members"][p]["config"]["members"]) >= 4

    wait_until(member_three_added, pods)
    pods.stop_pod(3)  # deleted by a person or an eviction mid-way
    time.sleep(1.5)
    pods.start_pod(3, wipe=True)  # the StatefulSet recreates it
    pods.replicas = 5
    pods.wait_in_force(5)
    assert_safe(pods)


def test_passes_stay_bounded_when_mongod_hangs(pods: Pods) -> None:
    pods.deploy(1)
    pods.sim.call(op="freeze", member=0, frozen=True)  # accepts requests, never answers
    wait_until(lambda: "does not answer" in pods.status(0), pods)
    assert pods.agents[0].poll() is None, "driver timeouts end each pass; the agent goes on"
    # A pass bound below the driver's timeouts: the watchdog ends the process (and kubelet
    # restarts the container) instead of leaving it stuck.
    pods.stop_pod(0)
    pods.sim.call(op="start", member=0, password=pods.password())
    pods.sim.call(op="freeze", member=0, frozen=True)
    pods.start_agent(0, PASS_TIMEOUT_MS="2000", CONNECT_TIMEOUT_MS="20000")
    agent = pods.agents[0]
    agent.wait(timeout=60)
    assert agent.returncode == 3
    assert pods.status(0).startswith("error pass exceeded 2000 ms"), pods.status(0)


def test_sigterm_ends_the_agent_at_once(pods: Pods) -> None:
    pods.deploy(1)
    agent = pods.agents[0]
    started = time.monotonic()
    agent.send_signal(signal.SIGTERM)
    agent.wait(timeout=5)
    assert time.monotonic() - started < 3 and agent.returncode == 0


def test_a_stale_member_is_detected_and_recovers_from_an_empty_volume(pods: Pods) -> None:
    pods.deploy(3)
    pods.stop_pod(2)
    pods.sim.call(op="write", ops=5000)  # beyond the simulated oplog window
    pods.start_pod(2)  # kept, now too old, volume
    wait_until(lambda: pods.status(2).startswith("blocked"), pods)
    assert "too stale to catch up" in pods.status(2), pods.describe()
    pods.stop_pod(2)
    pods.start_pod(2, wipe=True)  # the documented recovery: delete claim and pod
    pods.wait_in_force(3)


def test_removed_members_say_so_until_their_pods_go(pods: Pods) -> None:
    pods.deploy(3)
    pods.write_members(1)  # the ConfigMap changed; the gate has not let the StatefulSet scale yet
    wait_until(lambda: all(pods.status(i) == "ok REMOVED from the set" for i in (1, 2)), pods)
    # 30 s: it passes after GATE_CONFIRMATIONS looks in a row, seconds each on a loaded machine.
    assert pods.run_gate(timeout_ms=30000).returncode == 0, "now the pods may go"


def test_no_primary_without_a_majority_and_the_agents_force_nothing(pods: Pods) -> None:
    pods.deploy(3)
    pods.stop_pod(1)
    pods.stop_pod(2)
    time.sleep(2)
    state = pods.state()
    assert state["primary"] is None, "one member of three cannot elect itself"
    assert state["members"][0]["config"]["version"] == 1, "nobody reconfigured the set"
    assert pods.status(0).startswith("ok"), pods.status(0)
    pods.start_pod(1)
    pods.start_pod(2)
    pods.wait_in_force(3)


def _port_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def test_the_default_local_host_reaches_an_ipv4_only_mongod(tmp_path: Path) -> None:
    """LOCAL_MONGOD unset, as in the pod: member 0's mongod on 127.0.0.1:27017 only (the
    entrypoint's temporary mongod binds IPv4 alone), and `localhost` resolving to ::1 (the test
    resolver), where nothing listens. The agent must still initiate the set."""
    if not _port_free(mongo.PORT):
        pytest.skip(f"127.0.0.1:{mongo.PORT} is in use on this machine")
    sim = Simulator(local_ports={0: mongo.PORT})
    pods = Pods(tmp_path, sim)
    (tmp_path / "resolver.json").write_text(json.dumps({"localhost": "::1"}))
    pods.agent_env.update(
        LOCAL_MONGOD="",  # the agent's default
        NODE_OPTIONS=f"{mongo.MONGOSH_NODE_OPTIONS} --require {RESOLVER}",
        RESOLVER_FILE=str(tmp_path / "resolver.json"),
    )
    try:
        pods.deploy(1)
        wait_until(lambda: pods.status(0).startswith("ok PRIMARY"), pods, timeout=20)
    finally:
        pods.close()
        sim.close()


def test_a_new_primary_with_an_older_member_list_waits_for_its_copy(pods: Pods) -> None:
    """The kubelet refreshes each pod's copy of the members ConfigMap at its own time. After
    3 -> 5 put in force by member 0, member 0 fails over to member 1, whose copy still lists 3:
    acting on it would remove two healthy members. It waits (MEMBERS_SETTLE_MS) until its copy
    has caught up, and nobody is removed."""
    pods.agent_env["MEMBERS_SETTLE_MS"] = "5000"
    pods.use_pod_member_files()
    pods.deploy(3)
    wait_until(lambda: "members in force" in pods.status(0), pods, timeout=30)  # settled
    pods.write_members(5, pods=[0])  # the primary's copy first; new pods read the new one
    for i in (3, 4):
        pods.start_pod(i)
    pods.replicas = 5
    pods.wait_in_force(5)
    pods.stop_pod(0)  # a failover: member 1 (same priority and optime, lowest id) is elected
    wait_until(lambda: pods.state()["primary"] == 1, pods, timeout=30)
    wait_until(lambda: "became primary recently" in pods.status(1), pods, timeout=30)
    pods.write_members(5, pods=[1, 2])  # the kubelet catches up, within the wait
    pods.start_pod(0)
    pods.wait_in_force(5)
    time.sleep(2)  # more passes of the new primary, now past its wait
    logs = "\n".join(line for lines in pods.logs.values() for line in lines)
    assert "removed" not in logs, logs
    hosts = {m["host"] for m in pods.state()["members"][1]["config"]["members"]}
    assert hosts == {pods.sim.host(i) for i in range(5)}
    assert_safe(pods)
