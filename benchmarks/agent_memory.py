"""Memory of mongosh running the replica-set agent and the membership gate: what sizes the
replset-agent container (components/database.py AGENT_RESOURCES).

The real mongosh 2.3.1 CLI (npm package, the release in mongo:7.0.14; on the machine's Node.js,
while the image ships a single-executable build of the same release) runs the agent against the
simulated replica set (tests/replset_simulator.js): a 3-member first deploy, then many passes,
then 3 -> 5 -> 3. RSS is sampled from /proc every 50 ms; the figure that matters is the peak.
Also reports how fast mongosh's own log (under $HOME/.mongodb) grows, since the agent is one
long-running process writing into a size-limited emptyDir.

    make bench-agent            # PASSES=300 by default; MONGOSH_LOG=1 lets mongosh log
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from components.database import AGENT_RESOURCES  # noqa: E402
from components.mongo import MONGOSH_NODE_OPTIONS  # noqa: E402
from replset_harness import GATE, Pods, Simulator, mongosh  # noqa: E402

PASSES = int(os.environ.get("PASSES", "300"))
LOG = os.environ.get("MONGOSH_LOG") == "1"  # HOME writable, as without the pod's HOME=/dev/null
# AGENT_NODE_OPTIONS= (empty) measures mongosh without the pod's heap cap
INTERVAL_MS = 100


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class Sampler:
    def __init__(self) -> None:
        self.peaks: dict[int, int] = {}
        self.pids: list[int] = []
        self.stop = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while not self.stop.wait(0.05):
            for pid in list(self.pids):
                self.peaks[pid] = max(self.peaks.get(pid, 0), rss_kib(pid))


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="agent-memory-"))
    if LOG:
        os.environ["AGENT_HOME"] = str(tmp)  # let mongosh log, to show what HOME=/dev/null avoids
    sim = Simulator()
    pods = Pods(tmp, sim, interval_ms=INTERVAL_MS)
    sampler = Sampler()
    try:
        pods.deploy(3)
        sampler.pids.extend(agent.pid for agent in pods.agents.values())
        started = time.monotonic()
        timeline = []  # (seconds, max RSS of the three agents in MiB): flat means no leak
        for _ in range(5):
            time.sleep(PASSES * INTERVAL_MS / 1000 / 5)
            rss = max(rss_kib(a.pid) for a in pods.agents.values()) / 1024
            timeline.append(f"{time.monotonic() - started:.0f}s:{rss:.0f}")
        steady = {i: rss_kib(a.pid) for i, a in pods.agents.items()}
        pods.scale(5)
        sampler.pids.extend(pods.agents[i].pid for i in (3, 4))
        pods.scale(3)
        elapsed = time.monotonic() - started
        gate_env = {
            "DESIRED_MEMBERS": ",".join(sim.host(i) for i in range(3)),
            "CANDIDATE_MEMBERS": ",".join(sim.host(i) for i in range(7)),
            "PASSWORD_FILE": str(pods.password_file),
            "CONNECT_TIMEOUT_MS": "500",
            "HOME": str(tmp),
        }
        gate = mongosh(GATE, gate_env)
        sampler.pids.append(gate.pid)
        gate.communicate(timeout=60)
        time.sleep(0.1)
        sampler.stop.set()
        agent_peak = max(sampler.peaks.get(a, 0) for a in sampler.pids[:-1]) / 1024
        gate_peak = sampler.peaks.get(gate.pid, 0) / 1024
        logs = sum(f.stat().st_size for f in (tmp / ".mongodb").rglob("*") if f.is_file())
        passes = len(pods.agents) * elapsed * 1000 / INTERVAL_MS
        cap = os.environ.get("AGENT_NODE_OPTIONS", MONGOSH_NODE_OPTIONS) or "none"
        print(f"mongosh running the agent, {PASSES} passes then 3 -> 5 -> 3 (heap cap: {cap}):")
        print(f"  RSS over the first {PASSES} passes (MiB): {' '.join(timeline)}")
        print(f"  steady RSS after {PASSES} passes: {max(steady.values()) / 1024:.0f} MiB")
        print(f"  peak RSS (any agent):             {agent_peak:.0f} MiB")
        print(f"  peak RSS of the membership gate:  {gate_peak:.0f} MiB")
        print(
            f"  container request/limit:          {AGENT_RESOURCES.memory_request}"
            f" / {AGENT_RESOURCES.memory_limit}"
        )
        per_day = logs / passes * 86400 / 10 / 1024**2
        print(f"  mongosh's own log {'on' if LOG else 'off (HOME=/dev/null, as in the pod)'}")
        if LOG:
            print(
                f"  it wrote {logs / 1024:.0f} KiB for ~{passes:.0f} passes, i.e."
                f" {per_day:.1f} MiB a day per agent at one pass every 10 s"
            )
    finally:
        pods.close()
        sim.close()


if __name__ == "__main__":
    main()
