"""Deploy benchmark: the real engine against the local cluster (make bench-deploy).

For the dev and prod stacks: wall time of the `pulumi up` command from empty, as a no-op, and of
`pulumi preview`; beside them, in the same run, `kubectl apply --server-side` of the same objects
rendered to YAML by the Kubernetes provider (renderYamlToDirectory), from empty and again as a
no-op, plus the time until its workloads are ready (what `up` waits for), and the ratios. On the
embedded cluster with a real node the nginx tiers' pods really start there (the stacks get the
same overlay as `make up`). Then where a no-op `up` spends its time (from the engine's own log
timestamps), and how `up` from empty grows with web replicas (3, 30, 300) on 50 fake nodes.
Each figure is one CLI command, as a user types it (not the Automation API, which adds calls);
no-op and preview figures are the median of REPEATS runs, from-empty ones of FROM_EMPTY_REPEATS.
Beside them, the floor: the same no-op `up` of a Python program with no resources; and the no-op
with the CLI's automatic debug log on (upstream's default; off in this project's homes).
    .venv/bin/python benchmarks/deploy.py [--skip-scaling | --only-scaling]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "cluster")]

from pulumi import automation as auto  # noqa: E402

from e2e import harness  # noqa: E402
from e2e.harness import Cluster, StackHandle, program_stack, start_cluster  # noqa: E402

UP = ("up", "--yes", "--skip-preview")


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


# Repeated figures (no-op commands, preview) are the median of this many runs: one run of a
# one-second command is at the mercy of whatever else the 2 cores are doing.
REPEATS = 5


def median_of(action: Callable[[], object]) -> float:
    return statistics.median(timed(action) for _ in range(REPEATS))


# From-empty figures are the median of this many deploys (each from an empty namespace): when the
# load balancer first asks the cluster DNS for web pods that are not ready yet, the negative answer
# is cached for the DNS TTL (5 s here), so one run varies by several seconds on both sides.
FROM_EMPTY_REPEATS = 3


def from_empty(deploy: Callable[[], object], teardown: Callable[[], object]) -> float:
    """Median time of `deploy` from empty; `teardown` empties the namespace between runs."""
    times = []
    for run in range(FROM_EMPTY_REPEATS):
        times.append(timed(deploy))
        if run < FROM_EMPTY_REPEATS - 1:
            teardown()
    return statistics.median(times)


def engine_figures(cluster: Cluster, app_stack: StackHandle) -> dict[str, float]:
    def teardown() -> None:
        app_stack.cli("destroy", "--yes", "--skip-preview")
        cluster.kubectl.remove_stack_leftovers(app_stack.namespace)

    cluster.kubectl.remove_stack_leftovers(app_stack.namespace)
    return {
        "pulumi up from empty": from_empty(lambda: app_stack.cli(*UP), teardown),
        "pulumi up no-op": median_of(lambda: app_stack.cli(*UP)),
        "pulumi preview": median_of(lambda: app_stack.cli("preview")),
        "pulumi up no-op, CLI's automatic debug log on": median_of(
            partial(cli_with_automatic_log, app_stack, *UP)
        ),
    }


def cli_with_automatic_log(app_stack: StackHandle, *args: str) -> None:
    """The same command with the CLI's upstream default: its automatic debug log written to
    PULUMI_HOME/logs (scripts/pulumi-home.sh turns it off in the homes this project uses)."""
    home = app_stack.pulumi_home.with_name("pulumi-home-logs")
    subprocess.run(
        ["bash", str(ROOT / "scripts" / "pulumi-home.sh"), str(home)],
        env={**os.environ, "KEEP_PULUMI_LOGS": "1"},
        check=True,
    )
    app_stack.cli(*args, pulumi_home=home)


def floor_figures(cluster: Cluster, tmp: Path) -> dict[str, float]:
    """The fixed cost of any `pulumi up` of a Python program here: a program with no resources on
    the same CLI, language host, virtualenv, file backend and passphrase secrets provider (whose
    key derivation, PBKDF2 with 1 000 000 rounds, the CLI runs on every command)."""
    workdir = tmp / "project"
    workdir.mkdir(parents=True)
    (workdir / "Pulumi.yaml").write_text(
        "name: floor\nruntime:\n  name: python\n  options:\n    virtualenv: .venv\n"
    )
    (workdir / "__main__.py").write_text("import pulumi\n")
    (workdir / ".venv").symlink_to(ROOT / ".venv")
    app_stack = harness.open_stack(cluster, workdir, "floor", tmp, "default")
    app_stack.cli(*UP)
    with_sdks = (
        "import pulumi, pulumi_kubernetes.core.v1, pulumi_kubernetes.apps.v1, pulumi_random\n"
    )
    figures = {"empty Python program: no-op up": median_of(lambda: app_stack.cli(*UP))}
    (workdir / "__main__.py").write_text(with_sdks)
    figures["+ importing the SDKs: no-op up"] = median_of(lambda: app_stack.cli(*UP))
    return figures


# Where a no-op `up` spends its time: (phase, log message that ends it). The engine logs JSON
# lines with timestamps (--logtostderr --logflow -v=7); each phase runs from the previous mark.
PHASES = (
    ("CLI start: binary, backend, stack, secrets", "OTLP receiver started"),
    ("language host start, plugin resolution", "langhost[python].Run("),
    ("Python start, imports, program until 1st resource", "ResourceMonitor.RegisterResource"),
    ("kubernetes provider start + Configure", "Provider["),
    ("check + diff of every resource", "run_pulumi_func completed"),
    ("Python interpreter exit", "Program exited with no error"),
    ("finish, checkpoint write", "checkpoint to"),
)


def noop_breakdown(app_stack: StackHandle) -> dict[str, float]:
    start = time.time()
    env = {**app_stack.env, "PULUMI_HOME": str(app_stack.pulumi_home)}
    command = ["pulumi", *UP, "--stack", app_stack.name, "--cwd", str(app_stack.workdir)]
    logged = subprocess.run(
        [*command, "--logtostderr", "--logflow", "-v=7"],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stderr
    end = time.time()
    marks: list[tuple[str, float]] = []
    for line in logged.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        stamp = datetime.fromisoformat(entry["time"][:26].rstrip("Z") + "+00:00").timestamp()
        marks.append((entry.get("msg", ""), stamp))
    figures, previous = {}, start
    for phase, message in PHASES:
        found = next((t for m, t in marks if message in m and t >= previous), None)
        if found is None:
            figures[phase] = float("nan")
            continue
        figures[phase], previous = found - previous, found
    figures["CLI exit"] = end - previous
    figures["total (with --logtostderr)"] = end - start
    return figures


def kubectl_figures(cluster: Cluster, stack: str, tmp: Path) -> dict[str, float]:
    """Renders the stack's objects to YAML with the provider, then applies them with kubectl."""
    render = program_stack(cluster, stack, tmp / "render")
    out = tmp / "yaml"
    render.stack.set_config("kubernetes:renderYamlToDirectory", auto.ConfigValue(str(out)))
    render.up(quiet=True)
    namespace = render.namespace
    manifests = sorted((out / "1-manifest").glob("*.yaml"))
    first = [m for m in manifests if "namespace" in m.name]
    rest = [m for m in manifests if m not in first]

    def apply() -> None:
        for group in (first, rest):
            args = [arg for m in group for arg in ("-f", str(m))]
            cluster.kubectl.run("apply", "--server-side", *args)

    def wait_ready() -> None:
        k = cluster.kubectl
        k.run("rollout", "status", "-n", namespace, "deployment", "--timeout=600s")
        k.run("rollout", "status", "-n", namespace, "statefulset/db", "--timeout=600s")

    cluster.kubectl.remove_stack_leftovers(namespace)
    applied, ready = [], []
    for run in range(FROM_EMPTY_REPEATS):
        applied.append(timed(apply))
        ready.append(timed(wait_ready))
        if run < FROM_EMPTY_REPEATS - 1:
            cluster.kubectl.remove_stack_leftovers(namespace)
    # The median run by total (apply + until ready), reported as its two parts.
    run = sorted(range(FROM_EMPTY_REPEATS), key=lambda i: applied[i] + ready[i])[
        FROM_EMPTY_REPEATS // 2
    ]
    figures = {"kubectl apply from empty": applied[run], "+ until ready": ready[run]}
    figures["kubectl apply no-op"] = median_of(apply)
    cluster.kubectl.remove_stack_leftovers(namespace)
    return figures


def ratios(rows: dict[str, float]) -> dict[str, float]:
    kubectl_up = rows["kubectl apply from empty"] + rows["+ until ready"]
    return {
        "ratio up / (apply + until ready)": rows["pulumi up from empty"] / kubectl_up,
        "ratio no-op up / no-op apply": rows["pulumi up no-op"] / rows["kubectl apply no-op"],
        "ratio, automatic debug log on": rows["pulumi up no-op, CLI's automatic debug log on"]
        / rows["kubectl apply no-op"],
    }


def scaling_figures(cluster: Cluster, tmp: Path) -> dict[str, float]:
    """Web pods (and the load balancer, whose readiness needs a web pod) on the 50 fake nodes:
    300 real nginx pods would not fit the one real node; what grows here is the engine's and the
    provider's work, which fake pods exercise alike."""
    subprocess.run(["bash", str(ROOT / "cluster" / "nodes.sh"), "50"], check=True, env=cluster.env)
    figures = {}
    try:
        for replicas in (3, 30, 300):
            app_stack = program_stack(cluster, "dev", tmp / f"scale-{replicas}")
            app_stack.set("webReplicas", str(replicas))
            for tier in ("web", "lb"):
                app_stack.set(f"{tier}NodeSelector", "type=kwok")
                app_stack.set(f"{tier}Tolerations", "")
            cluster.kubectl.remove_stack_leftovers(app_stack.namespace)
            figures[f"up from empty, {replicas} web replicas"] = timed(partial(app_stack.cli, *UP))
            app_stack.cli("destroy", "--yes", "--skip-preview")
    finally:
        subprocess.run(
            ["bash", str(ROOT / "cluster" / "nodes.sh"), "5"], check=True, env=cluster.env
        )
    return figures


def main(skip_scaling: bool, only_scaling: bool) -> None:
    cluster, started = start_cluster()
    try:
        with tempfile.TemporaryDirectory(prefix="stateful-app-bench-") as tmp_dir:
            tmp = Path(tmp_dir)
            for stack in () if only_scaling else ("dev", "prod"):
                app_stack = program_stack(cluster, stack, tmp / stack / "engine")
                rows = engine_figures(cluster, app_stack)
                breakdown = noop_breakdown(app_stack) if stack == "dev" else {}
                app_stack.cli("destroy", "--yes", "--skip-preview")
                cluster.kubectl.remove_stack_leftovers(app_stack.namespace)
                rows |= kubectl_figures(cluster, stack, tmp / stack / "kubectl")
                for label, seconds in rows.items():
                    print(f"{stack:<5} {label:<50} {seconds:8.2f} s", flush=True)
                for label, ratio in ratios(rows).items():
                    print(f"{stack:<5} {label:<50} {ratio:8.2f} x", flush=True)
                for label, seconds in breakdown.items():
                    print(f"{stack:<5} no-op up: {label:<40} {seconds:8.2f} s", flush=True)
            if not only_scaling:
                for label, seconds in floor_figures(cluster, tmp / "floor").items():
                    print(f"floor {label:<50} {seconds:8.2f} s", flush=True)
            if not skip_scaling:
                for label, seconds in scaling_figures(cluster, tmp / "scale").items():
                    print(f"dev   {label:<40} {seconds:8.1f} s", flush=True)
    finally:
        if started:
            subprocess.run(["bash", str(ROOT / "cluster" / "down.sh")], check=True, env=cluster.env)


if __name__ == "__main__":
    main("--skip-scaling" in sys.argv, "--only-scaling" in sys.argv)
