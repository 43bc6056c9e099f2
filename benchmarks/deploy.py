"""Deploy benchmark: the real engine against the local cluster (make bench-deploy).

For the dev and prod stacks: wall time of `pulumi up` from empty, of a no-op `up` and of
`pulumi preview`; beside them, in the same run, `kubectl apply --server-side` of the same objects
rendered to YAML by the Kubernetes provider (renderYamlToDirectory), from empty and again as a
no-op, plus the time until its workloads are ready (what `up` waits for). Then how `up` from empty
grows with web replicas (3, 30, 300) on 50 fake nodes. Prints a table; takes ~15 minutes.
    .venv/bin/python benchmarks/deploy.py [--skip-scaling]
"""

from __future__ import annotations

import functools
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "cluster")]

from pulumi import automation as auto  # noqa: E402

from e2e.harness import Cluster, Deployment, deploy_stack, start_cluster  # noqa: E402


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def engine_figures(cluster: Cluster, deployment: Deployment) -> dict[str, float]:
    cluster.kubectl.remove_stack_leftovers(deployment.namespace)
    figures = {
        "up from empty": timed(lambda: deployment.up(quiet=True)),
        "no-op up": timed(lambda: deployment.up(quiet=True)),
        "preview": timed(lambda: deployment.stack.preview(on_output=lambda _: None)),
    }
    deployment.stack.destroy(on_output=lambda _: None)
    cluster.kubectl.remove_stack_leftovers(deployment.namespace)
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
    figures["kubectl apply no-op"] = timed(apply)
    cluster.kubectl.remove_stack_leftovers(namespace)
    return figures


def scaling_figures(cluster: Cluster, tmp: Path) -> dict[str, float]:
    subprocess.run(["bash", str(ROOT / "cluster" / "nodes.sh"), "50"], check=True, env=cluster.env)
    figures = {}
    try:
        for replicas in (3, 30, 300):
            deployment = deploy_stack(cluster, "dev", tmp / f"scale-{replicas}")
            deployment.set("webReplicas", str(replicas))
            cluster.kubectl.remove_stack_leftovers(deployment.namespace)
            up = functools.partial(deployment.up, quiet=True)
            figures[f"up from empty, {replicas} web replicas"] = timed(up)
            deployment.stack.destroy(on_output=lambda _: None)
    finally:
        subprocess.run(
            ["bash", str(ROOT / "cluster" / "nodes.sh"), "5"], check=True, env=cluster.env
        )
    return figures


def main(skip_scaling: bool) -> None:
    cluster, started = start_cluster()
    try:
        with tempfile.TemporaryDirectory(prefix="stateful-app-bench-") as tmp_dir:
            tmp = Path(tmp_dir)
            for stack in ("dev", "prod"):
                deployment = deploy_stack(cluster, stack, tmp / stack / "engine")
                rows = engine_figures(cluster, deployment)
                rows |= kubectl_figures(cluster, stack, tmp / stack / "kubectl")
                for label, seconds in rows.items():
                    print(f"{stack:<5} {label:<40} {seconds:8.1f} s", flush=True)
            if not skip_scaling:
                for label, seconds in scaling_figures(cluster, tmp / "scale").items():
                    print(f"dev   {label:<40} {seconds:8.1f} s", flush=True)
    finally:
        if started:
            subprocess.run(["bash", str(ROOT / "cluster" / "down.sh")], check=True, env=cluster.env)


if __name__ == "__main__":
    main("--skip-scaling" in sys.argv)
