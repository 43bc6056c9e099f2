"""The membership gate (components/replset_gate.js) under the real mongosh CLI against
tests/replset_simulator.js (a SIMULATED replica set) and, where names matter, the test resolver
tests/replset_resolver.js (the simulator has no DNS). Each failure mode is one the previous gate
passed on (run one with GATE_UNDER_TEST=<path> to see it). Run with `make test-agent`.
"""

from __future__ import annotations

import signal
import time

from replset_harness import REPLSET_SIM, Pods

pytestmark = REPLSET_SIM
UP = "127.0.0.1"


def without_agents(pods: Pods) -> None:
    """Nobody removes members: the set keeps what it has, so only the gate's judgement is tested."""
    for i in list(pods.agents):
        pods.agents.pop(i).send_signal(signal.SIGTERM)


def in_config(pods: Pods) -> int:
    state = pods.state()
    return max(len(m["config"]["members"]) for m in state["members"] if m["config"])


def test_first_deploy_passes_only_when_every_name_is_nxdomain(pods: Pods) -> None:
    pods.write_members(3)
    # One name the DNS server did not answer for: that pod may exist; nothing is proven.
    gate = pods.run_gate(timeout_ms=3000, dns={4: "EAI_AGAIN"})
    assert gate.returncode == 1, gate.stdout
    assert "getaddrinfo EAI_AGAIN m4.sim.test" in gate.stdout, gate.stdout
    gate = pods.run_gate(timeout_ms=20000, dns={})  # no pod yet: every name NXDOMAIN
    assert gate.returncode == 0, gate.stdout
    assert "every name is NXDOMAIN" in gate.stdout and "(3 of 3 looks in a row)" in gate.stdout


def test_a_dns_outage_is_not_an_empty_set(pods: Pods) -> None:
    pods.deploy(3)
    without_agents(pods)
    pods.write_members(1)
    gate = pods.run_gate(timeout_ms=3000, dns={i: "EAI_AGAIN" for i in range(7)})
    assert gate.returncode == 1, gate.stdout
    assert "gave up" in gate.stdout and "EAI_AGAIN" in gate.stdout, gate.stdout
    assert in_config(pods) == 3, "the gate changes nothing"


def test_members_in_startup_after_a_mass_restart_are_no_evidence(pods: Pods) -> None:
    pods.deploy(3)
    without_agents(pods)
    for i in range(3):
        pods.sim.call(op="stop", member=i)
    for i in range(3):  # all back, none has loaded its stored config yet
        pods.sim.call(op="start", member=i, password=pods.password(), startupMs=60000)
    assert {m["state"] for m in pods.state()["members"][:3]} == {"STARTUP"}
    pods.write_members(1)
    gate = pods.run_gate(timeout_ms=3000, dns={0: UP, 1: UP, 2: UP})
    assert gate.returncode == 1, gate.stdout
    assert "answering without a set name (STARTUP" in gate.stdout, gate.stdout


def test_a_removal_not_yet_majority_committed_holds_the_gate(pods: Pods) -> None:
    pods.deploy(5)
    primary = pods.state()["primary"]
    held = [i for i in (1, 2, 3, 0) if i != primary][:2]
    for i in held:  # two of the remaining four take no new config: no majority holds it
        pods.sim.call(op="holdConfig", member=i, hold=True)
    pods.write_members(4)  # the primary's agent removes member 4 (its reconfig times out)
    deadline = time.monotonic() + 60
    while len(pods.state()["members"][primary]["config"]["members"]) != 4:
        assert time.monotonic() < deadline, pods.describe()
        time.sleep(0.2)
    gate = pods.run_gate(timeout_ms=3000)
    assert gate.returncode == 1, gate.stdout
    assert "is not majority-committed yet (commitmentStatus false)" in gate.stdout, gate.stdout
    for i in held:
        pods.sim.call(op="holdConfig", member=i, hold=False)
    gate = pods.run_gate(timeout_ms=20000)  # now committed: the same gate passes
    assert gate.returncode == 0, gate.stdout
    assert "committed: no member outside the desired 4" in gate.stdout, gate.stdout


def test_one_passing_look_is_not_enough(pods: Pods) -> None:
    pods.deploy(3)
    without_agents(pods)
    pods.write_members(1)
    # A passing look (every name NXDOMAIN for a moment), then the truth: the set still has 3.
    gate = pods.start_gate(timeout_ms=5000, dns={}, interval_ms=1500)
    assert gate.stdout
    lines = []
    for line in gate.stdout:
        lines.append(line)
        if "every name is NXDOMAIN" in line:
            pods.set_dns({0: UP, 1: UP, 2: UP})
            break
    lines.extend(gate.stdout)
    assert gate.wait(timeout=60) == 1, "".join(lines)
    assert "still has" in "".join(lines), "".join(lines)
