"""Deploy benchmark: the real engine against the local cluster (make bench-deploy).

For the dev and prod stacks: wall time of the `pulumi up` command from empty, as a no-op, and of
`pulumi preview`; beside them, in the same run, `kubectl apply --server-side` of the same objects
rendered to YAML by the Kubernetes provider (renderYamlToDirectory), from empty and again as a
no-op, plus the time until its workloads are ready (what `up` waits for), and the ratios. On the
embedded cluster with a real node the nginx tiers' pods really start there (the stacks get the
same overlay as `make up`). Then where a no-op `up` spends its time (from the engine's own log
timestamps), and how `up` from empty grows with web replicas (3, 30, 300) on 50 fake nodes.
Each figure is one CLI command, as a user types it (not the Automation API, which adds calls);
no-op and preview figures are the median of REPEATS runs.
    .venv/bin/python benchmarks/deploy.py [--skip-scaling | --only-scaling]
"""

from __future__ import annotations

import json
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

from e2e.harness import Cluster, Deployment, deploy_stack, start_cluster  # noqa: E402

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


def engine_figures(cluster: Cluster, deployment: Deployment) -> dict[str, float]:
    cluster.kubectl.remove_stack_leftovers(deployment.namespace)
    figures = {
        "pulumi up from empty": timed(lambda: deployment.cli(*UP)),
        "pulumi up no-op": median_of(lambda: deployment.cli(*UP)),
        "pulumi preview": median_of(lambda: deployment.cli("preview")),
    }
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


def noop_breakdown(deployment: Deployment) -> dict[str, float]:
    start = time.time()
    env = {**deployment.env, "PULUMI_HOME": str(deployment.pulumi_home)}
    command = ["pulumi", *UP, "--stack", deployment.name, "--cwd", str(deployment.workdir)]
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
    render = deploy_stack(cluster, stack, tmp / "render")
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
    figures = {"kubectl apply from empty": timed(apply), "+ until ready": timed(wait_ready)}
    figures["kubectl apply no-op"] = median_of(apply)
    cluster.kubectl.remove_stack_leftovers(namespace)
    return figures


def ratios(rows: dict[str, float]) -> dict[str, float]:
    kubectl_up = rows["kubectl apply from empty"] + rows["+ until ready"]
    return {
        "ratio up / (apply + until ready)": rows["pulumi up from empty"] / kubectl_up,
        "ratio no-op up / no-op apply": rows["pulumi up no-op"] / rows["kubectl apply no-op"],
    }


def scaling_figures(cluster: Cluster, tmp: Path) -> dict[str, float]:
    """Web pods (and the load balancer, whose readiness needs a web pod) on the 50 fake nodes:
    300 real nginx pods would not fit the one real node; what grows here is the engine's and the
    provider's work, which fake pods exercise alike."""
    subprocess.run(["bash", str(ROOT / "cluster" / "nodes.sh"), "50"], check=True, env=cluster.env)
    figures = {}
    try:
        for replicas in (3, 30, 300):
            deployment = deploy_stack(cluster, "dev", tmp / f"scale-{replicas}")
            deployment.set("webReplicas", str(replicas))
            for tier in ("web", "lb"):
                deployment.set(f"{tier}NodeSelector", "type=kwok")
                deployment.set(f"{tier}Tolerations", "")
            cluster.kubectl.remove_stack_leftovers(deployment.namespace)
            figures[f"up from empty, {replicas} web replicas"] = timed(partial(deployment.cli, *UP))
            deployment.cli("destroy", "--yes", "--skip-preview")
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
                deployment = deploy_stack(cluster, stack, tmp / stack / "engine")
                rows = engine_figures(cluster, deployment)
                breakdown = noop_breakdown(deployment) if stack == "dev" else {}
                deployment.cli("destroy", "--yes", "--skip-preview")
                cluster.kubectl.remove_stack_leftovers(deployment.namespace)
                rows |= kubectl_figures(cluster, stack, tmp / stack / "kubectl")
                for label, seconds in rows.items():
                    print(f"{stack:<5} {label:<50} {seconds:8.2f} s", flush=True)
                for label, ratio in ratios(rows).items():
                    print(f"{stack:<5} {label:<50} {ratio:8.2f} x", flush=True)
                for label, seconds in breakdown.items():
                    print(f"{stack:<5} no-op up: {label:<40} {seconds:8.2f} s", flush=True)
            if not skip_scaling:
                for label, seconds in scaling_figures(cluster, tmp / "scale").items():
                    print(f"dev   {label:<40} {seconds:8.1f} s", flush=True)
    finally:
        if started:
            subprocess.run(["bash", str(ROOT / "cluster" / "down.sh")], check=True, env=cluster.env)


if __name__ == "__main__":
    main("--skip-scaling" in sys.argv, "--only-scaling" in sys.argv)
