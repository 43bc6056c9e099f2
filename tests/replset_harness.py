"""Drives tests/replset_simulator.js (a SIMULATED MongoDB replica set speaking the wire protocol)
and the real replica-set agent and membership gate under the real mongosh CLI.

`Pods` plays the part of Kubernetes for the database tier, in the order the program imposes:
the members ConfigMap changes first (a file every agent reads), then the membership gate Job
runs, then the StatefulSet scales (pods stopped in parallel; with whenScaled: Delete their
claims are gone, so a pod that comes back starts on an empty volume). A monitor samples the
simulated set every 50 ms and records the invariants docs/database-operations.md promises.
Pods may read their own copies of the members ConfigMap and the credentials Secret
(use_pod_member_files, use_pod_secrets), which a test updates pod by pod, as the kubelet does.
A pod may start with a keyfile of its own (start_pod, roll_keyfile: the text the program writes,
read as YAML like mongod reads it); without one every member shares the simulator's key.
"""

from __future__ import annotations

import functools
import json
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from components.db_version import Series
from components.mongo import MONGOSH_NODE_OPTIONS, step_down_command

REPO = Path(__file__).resolve().parent.parent
MONGOSH = REPO / "tests" / "mongosh" / "node_modules" / ".bin" / "mongosh"
SIMULATOR = REPO / "tests" / "replset_simulator.js"
# AGENT_UNDER_TEST: run another agent script (e.g. an older one, to see a test fail on it).
AGENT = Path(os.environ.get("AGENT_UNDER_TEST", REPO / "components" / "replset_agent.js"))
USERS_SCRIPT = REPO / "components" / "replset_users.js"
# GATE_UNDER_TEST: run another gate script (e.g. an older one, to see a test fail on it).
GATE = Path(os.environ.get("GATE_UNDER_TEST", REPO / "components" / "replset_gate.js"))
RESOLVER = REPO / "tests" / "replset_resolver.js"
PASSWORD = "s3cretPassw0rd"
SLOTS = 7


def mongosh_available() -> bool:
    return MONGOSH.exists()


# The marks of every test module that runs the real mongosh against the simulator (make test-agent).
REPLSET_SIM = [
    pytest.mark.replset_sim,
    pytest.mark.skipif(not mongosh_available(), reason="mongosh not installed: make mongosh"),
]


@contextmanager
def simulated_pods(tmp: Path, with_users: bool = False) -> Iterator[Pods]:
    """A fresh simulated set and its pods, both stopped afterwards (a test's `pods` fixture)."""
    sim = Simulator()
    pods = Pods(tmp, sim, with_users=with_users)
    try:
        yield pods
    finally:
        pods.close()
        sim.close()


def _replace(path: Path, text: str) -> None:
    tmp = path.with_suffix(".new")
    tmp.write_text(text)
    tmp.replace(path)


class Simulator:
    """The simulated replica set: SLOTS members, all stopped until started."""

    def __init__(
        self,
        init_ms: int = 800,
        local_ports: dict[int, int] | None = None,
        tls: tuple[Path, Path] | None = None,
    ) -> None:
        """local_ports: members whose `local` (the pod's own 127.0.0.1:27017) is a fixed port.
        tls: (certificate, key) PEM files: every member then speaks TLS only."""
        env = {**os.environ, "SIM_LOCAL_PORTS": json.dumps(local_ports or {})}
        if tls:
            env.update(SIM_TLS_CERT=str(tls[0]), SIM_TLS_KEY=str(tls[1]))
        self.proc = subprocess.Popen(
            ["node", str(SIMULATOR), str(SLOTS), str(init_ms)],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout
        self.initial = json.loads(self.proc.stdout.readline())
        self.lock = threading.Lock()
        self.stderr: list[str] = []
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        assert self.proc.stderr
        for line in self.proc.stderr:
            self.stderr.append(line.rstrip())

    def call(self, **request: Any) -> dict[str, Any]:
        with self.lock:
            assert self.proc.stdin and self.proc.stdout
            self.proc.stdin.write(json.dumps(request) + "\n")
            self.proc.stdin.flush()
            answer = json.loads(self.proc.stdout.readline())
        if not answer["ok"]:
            raise RuntimeError(answer["error"])
        return answer["result"]

    def host(self, i: int) -> str:
        return str(self.initial["members"][i]["host"])

    def local(self, i: int) -> str:
        return str(self.initial["members"][i]["local"])

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=10)


def mongosh(script: Path | None, env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    """mongosh with the environment the pod gives it (heap cap included) plus env."""
    command = [str(MONGOSH), "--nodb", "--quiet", "--norc", *args]
    if script:
        command.append(str(script))
    return subprocess.Popen(
        command,
        env={
            "PATH": os.environ["PATH"],
            "NODE_OPTIONS": os.environ.get("AGENT_NODE_OPTIONS", MONGOSH_NODE_OPTIONS),
            **env,  # may replace NODE_OPTIONS (the gate's test resolver)
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


@dataclass
class Monitor:
    """Samples the simulated set; records what a client would have seen."""

    sim: Simulator
    samples: int = 0
    worst_excess_down: int = 0  # voting members down beyond what the newest config tolerates
    violations: list[str] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        while not self.stop.wait(0.05):
            try:
                state = self.sim.call(op="state")
            except (ValueError, OSError):  # the simulator was closed under us
                return
            self.samples += 1
            configs = [m["config"] for m in state["members"] if m["up"] and m["config"]]
            if not configs:
                continue
            newest = max(configs, key=lambda c: c["version"])
            voting = [c["host"] for c in newest["members"]]
            tolerated = len(voting) - (len(voting) // 2 + 1)
            # Up: the members up that the best-connected one can authenticate to (sharing a
            # keyfile key); those it cannot reach are as down to it. One shared key: all up.
            up = max(
                (set(m["peers"]) & set(voting) for m in state["members"]),
                key=len,
                default=set(),
            )
            down = [h for h in voting if h not in up]
            excess = len(down) - tolerated
            if excess > self.worst_excess_down:
                self.worst_excess_down = excess
                self.violations.append(f"config v{newest['version']}: {down} down of {voting}")


# The agents' pass interval here (10 s in the pods): each pass is mongosh opening and
# authenticating connections, so at 300 ms three to seven agents kept both cores busy and every
# wait took longer; at 1 s the three slowest tests took 159 s instead of 199 s, still at 10x the
# pods' pace.
AGENT_INTERVAL_MS = 1000


class Pods:
    """The database tier's pods, members ConfigMap and gate Job, as Kubernetes would run them."""

    def __init__(
        self,
        tmp: Path,
        sim: Simulator,
        interval_ms: int = AGENT_INTERVAL_MS,
        with_users: bool = False,
        tls_ca_file: Path | None = None,
    ) -> None:
        """tls_ca_file: the CA the agents and the gate verify the members with (TLS_CA_FILE, as
        the tier sets it with dbTls on)."""
        self.tmp, self.sim, self.interval_ms = tmp, sim, interval_ms
        self.tls_env = {"TLS_CA_FILE": str(tls_ca_file)} if tls_ca_file else {}
        self.members_file = tmp / "members"
        # Application users: the users file (a key of the members ConfigMap) and the passwords
        # directory (the credentials Secret mounted whole); only agents of such Pods read them.
        self.users_file = tmp / "users.json"
        self.passwords_dir = tmp / "user-passwords"
        self.passwords_dir.mkdir()
        self.with_users = with_users
        self.password_file = tmp / "root-password"
        self.password_file.write_text(PASSWORD + "\n")
        # Each pod's own copy of the credentials Secret (use_pod_secrets): the kubelet refreshes
        # Secret volumes per pod, at different times. Without it every pod reads the files above.
        self.pod_secrets: dict[int, Path] = {}
        self.agent_env: dict[str, str] = {}  # more environment for every agent started
        # Each pod's own copy of the members ConfigMap (use_pod_member_files), which the kubelet
        # also refreshes per pod; None: every agent reads members_file.
        self.pod_members: dict[int, Path] | None = None
        self.previous_password = ""
        # The target FCV (a key of the members ConfigMap): the image's series unless held.
        self.fcv_file = tmp / "feature-compatibility-version"
        self.write_fcv("7.0")
        self.agents: dict[int, subprocess.Popen[str]] = {}
        self.pod_keyfiles: dict[int, str] = {}  # each pod's keyfile (the Secret's, copied at start)
        self.logs: dict[int, list[str]] = {}
        self.replicas = 0
        self.closed = False
        self.monitor = Monitor(sim)
        threading.Thread(target=self.monitor.run, daemon=True).start()

    # -- the ConfigMap and the StatefulSet
    def write_members(self, count: int, pods: list[int] | None = None) -> None:
        """The members ConfigMap lists `count` members; with use_pod_member_files, only `pods`
        (default: every pod) see the change now, the others when named in a later call."""
        text = "".join(self.sim.host(i) + "\n" for i in range(count))
        _replace(self.members_file, text)  # atomically, like the kubelet's symlink swap
        if self.pod_members is not None:
            for i in self.pod_members if pods is None else pods:
                _replace(self._members_file(i), text)

    def use_pod_member_files(self) -> None:
        self.pod_members = {}

    def _members_file(self, i: int) -> Path:
        """The members file pod i reads: its own copy (made from the ConfigMap as it is when the
        pod starts) or the shared one."""
        if self.pod_members is None:
            return self.members_file
        if i not in self.pod_members:
            self.pod_members[i] = self.tmp / f"members-{i}"
            _replace(self.pod_members[i], self.members_file.read_text())
        return self.pod_members[i]

    def write_fcv(self, fcv: str) -> None:
        _replace(self.fcv_file, fcv + "\n")

    def start_pod(
        self, i: int, wipe: bool = False, version: str | None = None, keyfile: str | None = None
    ) -> None:
        """keyfile: the pod's keyfile text from now on (kept across its restarts until another is
        given); none ever given: the simulator's shared key."""
        binary = {"version": version} if version else {}
        if keyfile is not None:
            self.pod_keyfiles[i] = keyfile
        keys = {"keys": keyfile_keys(self.pod_keyfiles[i])} if i in self.pod_keyfiles else {}
        self.sim.call(op="start", member=i, wipe=wipe, password=self.password(), **binary, **keys)
        self.start_agent(i)

    def start_agent(self, i: int, **overrides: str) -> None:
        env = {
            "REPLICA_SET": "rs0",
            "SELF_HOST": self.sim.host(i),
            "LOCAL_MONGOD": self.sim.local(i),
            "MEMBERS_FILE": str(self._members_file(i)),
            "FCV_FILE": str(self.fcv_file),
            **self._secret_env(i),
            "STATUS_FILE": str(self.status_file(i)),
            "PASS_INTERVAL_MS": str(self.interval_ms),
            "PASS_TIMEOUT_MS": "60000",  # 90 s in the pod; seven mongosh starting at once are slow
            "CONNECT_TIMEOUT_MS": "1000",
            "RECONFIG_TIMEOUT_MS": "2000",
            "HOME": os.environ.get("AGENT_HOME", "/dev/null"),  # as in the pod: no mongosh log
            # The pod's waits for a rotation, shortened like the pass interval.
            "ROTATION_SETTLE_MS": "2000",
            "AUTH_GRACE_MS": "2000",
            "MEMBERS_SETTLE_MS": "0",  # one members file for all agents unless a test says so
            **self._users_env(),
            **self.agent_env,
            **self.tls_env,
            **overrides,
        }
        agent = mongosh(AGENT, env)
        self.agents[i] = agent
        self.logs.setdefault(i, [])  # one log per member across its restarts
        args = (i, agent, overrides)
        threading.Thread(target=self._supervise, args=args, daemon=True).start()

    def _supervise(self, i: int, proc: subprocess.Popen[str], overrides: dict[str, str]) -> None:
        """Collects the agent's output; restarts it after a crash, as the kubelet would
        (restartPolicy Always, after the first crash-loop back-off of 10 s)."""
        assert proc.stdout
        for line in proc.stdout:
            self.logs[i].append(line.rstrip())
        if proc.wait() != 0 and self.agents.get(i) is proc and not self.closed:
            time.sleep(10)
            if self.agents.get(i) is proc and not self.closed:
                self.start_agent(i, **overrides)

    def _secret_env(self, i: int) -> dict[str, str]:
        secret = self.pod_secrets.get(i)
        current = secret / "root-password" if secret else self.password_file
        previous = current.with_name("root-password-previous")
        return {"PASSWORD_FILE": str(current), "PREVIOUS_PASSWORD_FILE": str(previous)}

    def use_pod_secrets(self, count: int) -> None:
        """Pods 0..count-1 (started after this) read their own copy of the credentials Secret."""
        for i in range(count):
            self.pod_secrets[i] = self.tmp / f"secret-{i}"
            self.pod_secrets[i].mkdir(exist_ok=True)
            _replace(self.pod_secrets[i] / "root-password", self.password() + "\n")

    def rotate_secret(self, password: str, pods: list[int]) -> None:
        """A new root password in the credentials Secret (the old one kept as the previous): what
        new pods and the gate read at once, and what `pods` see now (the others lag behind
        until rotate_secret names them too)."""
        if self.password() != password:
            self.previous_password = self.password()
            _replace(
                self.password_file.with_name("root-password-previous"),
                self.previous_password + "\n",
            )
            _replace(self.password_file, password + "\n")
        for i in pods:
            secret = self.pod_secrets[i]
            # Previous first: a pod never sees the new password without the old one beside it.
            _replace(secret / "root-password-previous", self.previous_password + "\n")
            _replace(secret / "root-password", password + "\n")

    def _users_env(self) -> dict[str, str]:
        if not self.with_users:
            return {}
        return {
            "USERS_FILE": str(self.users_file),
            "USERS_SCRIPT": str(USERS_SCRIPT),
            "USER_PASSWORDS_DIR": str(self.passwords_dir),
        }

    def write_users(self, users: dict[str, Any], drop_removed: bool = False) -> None:
        """users: name -> {"db", "roles": [{"role", "db"}], "password"}, written as the program
        writes them (components/app_users.py) and swapped in atomically like the kubelet."""
        for name, user in users.items():
            _replace(self.passwords_dir / f"user-{name}", user["password"] + "\n")
        spec = {
            "dropRemoved": drop_removed,
            "users": [
                {"user": name, "db": u["db"], "roles": u["roles"]} for name, u in users.items()
            ],
        }
        _replace(self.users_file, json.dumps(spec))

    def password(self) -> str:
        return self.password_file.read_text().strip()

    def status_file(self, i: int) -> Path:
        return self.tmp / f"status-{i}"

    def status(self, i: int) -> str:
        path = self.status_file(i)
        return path.read_text().strip() if path.exists() else ""

    def stop_pod(self, i: int) -> None:
        agent = self.agents.pop(i, None)
        if agent:
            agent.send_signal(signal.SIGTERM)
            agent.wait(timeout=10)
        self.sim.call(op="stop", member=i)

    def deploy(self, count: int) -> None:
        # The gate Job runs first on a real first deploy too, and passes because every member
        # name is NXDOMAIN; tests/test_gate.py checks that case, so deploys skip it here.
        self.write_members(count)
        threads = [threading.Thread(target=self.start_pod, args=(i,)) for i in range(count)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.replicas = count
        self.wait_in_force(count)

    def scale(self, count: int, gate_timeout_ms: int = 60000) -> None:
        """What one `pulumi up` with dbMembers=count does: ConfigMap, gate Job, StatefulSet."""
        self.write_members(count)
        gate = self.run_gate(timeout_ms=gate_timeout_ms)
        assert gate.returncode == 0, f"membership gate failed: {gate.stdout}"
        for i in range(count, self.replicas):
            self.stop_pod(i)  # Parallel pod management: all at once
            self.sim.call(op="wipe", member=i)  # whenScaled: Delete
        for i in range(self.replicas, count):
            self.start_pod(i)
        self.replicas = count
        self.wait_in_force(count)

    def run_gate(
        self, timeout_ms: int = 60000, dns: dict[int, str] | None = None, image: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        """image: the release the StatefulSet is about to roll out (e.g. "8.0"): the gate then
        checks the primary's FCV against it, as the tier's gate Job does."""
        proc = self.start_gate(timeout_ms, dns, image=image)
        out, _ = proc.communicate(timeout=timeout_ms / 1000 + 60)
        return subprocess.CompletedProcess(proc.args, proc.returncode, out, "")

    def start_gate(
        self,
        timeout_ms: int = 60000,
        dns: dict[int, str] | None = None,
        interval_ms: int = 300,
        image: str | None = None,
    ) -> subprocess.Popen[str]:
        """The gate Job's container. Without dns, candidates are the members' addresses (a
        stopped member refuses connections). With dns (slot -> "127.0.0.1" or a getaddrinfo
        error code; unlisted slots are NXDOMAIN), candidates are names answered by
        tests/replset_resolver.js, as the headless Service's DNS would; set_dns changes them."""
        desired = [self.sim.host(i) for i in range(int(self._desired_count()))]
        candidates = [self.sim.host(i) for i in range(SLOTS)]
        env = {
            "PASSWORD_FILE": str(self.password_file),
            "GATE_TIMEOUT_MS": str(timeout_ms),
            "GATE_INTERVAL_MS": str(interval_ms),
            "CONNECT_TIMEOUT_MS": "500",
            "HOME": str(self.tmp),
            **self.tls_env,
        }
        if image:
            series = Series.parse(image)
            env.update(FCV_LOWEST=str(series.lowest_fcv), FCV_HIGHEST=str(series))
        if dns is not None:
            self.set_dns(dns)
            candidates = [f"m{i}.sim.test:{self.sim.host(i).split(':')[1]}" for i in range(SLOTS)]
            node_options = os.environ.get("AGENT_NODE_OPTIONS", MONGOSH_NODE_OPTIONS)
            env["NODE_OPTIONS"] = f"{node_options} --require {RESOLVER}"
            env["RESOLVER_FILE"] = str(self.tmp / "resolver.json")
        env["DESIRED_MEMBERS"] = ",".join(desired)
        env["CANDIDATE_MEMBERS"] = ",".join(candidates)
        return mongosh(GATE, env)

    def mongosh_client(
        self, uri: str, script: str, *options: str
    ) -> subprocess.CompletedProcess[str]:
        """The real mongosh as a client from outside the pods: `script` against `uri`, with
        options (e.g. -u/-p) before it; bounded to 60 s."""
        command = [str(MONGOSH), uri, "--quiet", "--norc", *options, "--eval", script]
        env = {"PATH": os.environ["PATH"], "HOME": str(self.tmp)}
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)

    def step_down(self, i: int) -> subprocess.CompletedProcess[str]:
        """The mongod container's preStop hook, against member i's own mongod."""
        command = [str(MONGOSH), f"mongodb://{self.sim.local(i)}/?directConnection=true"]
        command += step_down_command(str(self.password_file))[1:]
        env = {"PATH": os.environ["PATH"], "HOME": str(self.tmp)}
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)

    def roll(self, version: str, fcv: str | None = None, timeout: float = 60) -> list[int | None]:
        """What one `up` with a new dbImage does: the members ConfigMap's FCV (the image's
        series unless `fcv` holds one), the gate Job for that release, then the StatefulSet's
        RollingUpdate: highest ordinal first, one pod at a time, each stopped after its preStop
        hook and Ready again before the next. Returns the primary seen before each pod stops."""
        series = ".".join(version.split(".")[:2])
        self.write_fcv(fcv or series)
        gate = self.run_gate(image=series)
        assert gate.returncode == 0, f"membership gate failed: {gate.stdout}"
        return self._rolling_update(lambda i: self.start_pod(i, version=version), timeout)

    def roll_keyfile(
        self,
        keyfile: str,
        timeout: float = 60,
        while_down: Callable[[int], None] | None = None,
        after_each: Callable[[int], None] | None = None,
    ) -> list[int | None]:
        """What one `up` with a new dbKeyfileRotation stage does: the credentials Secret's keyfile
        changes and the pod template's annotation with it, so the StatefulSet rolls every pod
        (as `roll`) and each copies the new keyfile when it starts. while_down(i): called while
        pod i is stopped (the seconds the StatefulSet takes to replace it); after_each(i): once
        it is Ready again. Returns the primary seen before each pod stops."""
        restart = functools.partial(self.start_pod, keyfile=keyfile)
        return self._rolling_update(restart, timeout, while_down, after_each)

    def _rolling_update(
        self,
        restart: Callable[[int], None],
        timeout: float,
        while_down: Callable[[int], None] | None = None,
        after_each: Callable[[int], None] | None = None,
    ) -> list[int | None]:
        """The StatefulSet's RollingUpdate: highest ordinal first, one pod at a time, each stopped
        after its preStop hook and Ready again before the next."""
        primaries = []
        for i in reversed(range(self.replicas)):
            primaries.append(self.state()["primary"])
            hook = self.step_down(i)
            assert hook.returncode == 0, hook.stdout + hook.stderr
            self.stop_pod(i)
            if while_down:
                while_down(i)
            restart(i)
            self.wait_ready(i, timeout)
            if after_each:
                after_each(i)
        return primaries

    def wait_ready(self, i: int, timeout: float = 60) -> None:
        """Until member i is PRIMARY or SECONDARY (its readiness probe)."""
        deadline = time.monotonic() + timeout
        while self.state()["members"][i]["state"] not in ("PRIMARY", "SECONDARY"):
            assert time.monotonic() < deadline, f"member {i} not ready: {self.describe()}"
            time.sleep(0.1)

    def set_dns(self, dns: dict[int, str]) -> None:
        table = {f"m{i}.sim.test": answer for i, answer in dns.items()}
        _replace(self.tmp / "resolver.json", json.dumps(table))

    def _desired_count(self) -> int:
        return len(self.members_file.read_text().split())

    # -- observations
    def state(self) -> dict[str, Any]:
        return self.sim.call(op="state")

    def wait_in_force(self, count: int, timeout: float = 60) -> dict[str, Any]:
        """Until the set's configuration is exactly members 0..count-1, all healthy."""
        want = [self.sim.host(i) for i in range(count)]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            state = self.state()
            p = state["primary"]
            if p is not None:
                config = state["members"][p]["config"]
                hosts = sorted(m["host"] for m in config["members"])
                healthy = all(
                    state["members"][i]["state"] in ("PRIMARY", "SECONDARY") for i in range(count)
                )
                if hosts == sorted(want) and healthy:
                    return state
            time.sleep(0.1)
        raise AssertionError(f"membership {count} not in force: {self.describe()}")

    def describe(self) -> str:
        state = self.state()
        members = [
            f"{m['id']}:{m['state'] if m['up'] else m['crashed'] or 'down'}"
            f"{'/v' + str(m['config']['version']) if m['config'] else ''}"
            for m in state["members"]
        ]
        logs = {i: lines[-6:] for i, lines in self.logs.items()}
        return f"primary={state['primary']} {members} logs={logs} sim={self.sim.stderr[-10:]}"

    def close(self) -> None:
        self.closed = True
        self.monitor.stop.set()
        time.sleep(0.1)  # let a sample in flight finish before the simulator goes
        for i in list(self.agents):
            agent = self.agents.pop(i)
            agent.kill()
            agent.wait()


def keyfile_keys(text: str) -> list[str]:
    """The keys mongod reads from a keyfile: YAML, one key or a sequence of keys, whitespace
    stripped (MongoDB manual, "Internal/Membership Authentication")."""
    loaded = yaml.safe_load(text)
    keys = loaded if isinstance(loaded, list) else [loaded]
    assert all(isinstance(k, str) for k in keys), f"keys must be strings: {keys!r}"
    return ["".join(k.split()) for k in keys]


def assert_safe(pods: Pods) -> None:
    """No moment with more voting members down than the configuration tolerates, and no
    stretch without a primary longer than an election (plus a step-down) takes."""
    assert pods.monitor.worst_excess_down == 0, pods.monitor.violations
    assert pods.state()["longestNoPrimaryMs"] < 3000, pods.describe()


def wait_until(condition: Callable[[], bool], pods: Pods, timeout: float = 60) -> None:
    """Polls condition; generous bound: mongosh needs seconds to start on a loaded machine."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, pods.describe()
        time.sleep(0.2)
