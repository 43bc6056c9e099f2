"""Data-plane benchmark (make bench-dataplane): real requests through the real node's NodePorts.

Deploys the dev stack with WEB_PODS web pods on the local cluster's real node (as the traffic
e2e tests do), and beside the generated load balancer, in the same namespace and on the same node:
- the seed tutorial's load-balancer config (benchmarks/tutorial-lb.conf, only its listen port and
  upstream host names adapted: the same web and asset Services, by their cluster DNS names) in a
  pod that is a copy of the generated one's (same image, resources, security) but for its config;
- one web pod on its own (the ceiling: what any load balancer in front of it can at best reach).
The generated load balancer serves HTTPS too (lbTls with a generated certificate, plain HTTP not
redirected), measured beside HTTP, both on keep-alive connections and with a new connection per
request (`Connection: close`: a TCP, and for HTTPS a full TLS, handshake each time).
Each gets a NodePort Service; wrk (Debian package) drives each through the node's bridge address
for a bounded time, in rounds that alternate the targets (the machine is shared; medians are
shown). Per target: requests/s, p50/p99 latency, the CPU the load balancer's pod used per request
(its cgroup's cpuacct) and each web pod's share of the pages (every page names its pod). Then,
behind each load balancer, a web pod is lost under load, counting failed requests: deleted
(`kubectl delete pod`, a graceful stop) and killed (SIGKILL to its nginx, as in a crash).
    .venv/bin/python benchmarks/dataplane.py [--seconds 10] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "cluster")]

from e2e.harness import start_cluster  # noqa: E402
from e2e.real_node import (  # noqa: E402
    LB_SELECTOR,
    WEB_SELECTOR,
    ServedApp,
    assert_real_node_ready,
    missing_real_node,
    pod_cpu_file,
    served_app,
    signal_nginx,
)

WEB_PODS = 3
GENERATED = "generated LB"
TUTORIAL_NAME = "tutorial LB config"
HTTP_NEW = "generated LB, new connection per request"
HTTPS = "generated LB, HTTPS"
HTTPS_NEW = "generated LB, HTTPS, new connection per request"
CONNECTIONS = 32
TUTORIAL = "tutorial-lb"
CEILING = "one-web-pod"
CEILING_LABEL = "stateful-app/benchmark-target"
WRK_SCRIPT = ROOT / "benchmarks" / "dataplane.lua"
TUTORIAL_CONFIG = ROOT / "benchmarks" / "tutorial-lb.conf"
# HTTPS beside HTTP on the same load balancer: a generated certificate, no redirect.
TLS_CONFIG = {"lbTls": "enabled", "lbTlsGenerate": "true", "lbHttpRedirect": "false"}


def tutorial_config(namespace: str) -> str:
    """The tutorial's config; only the listen port (the unprivileged image's 8080) and the
    upstream host names (the stack's web and asset Services) change."""
    text = TUTORIAL_CONFIG.read_text()
    adapted = (
        text.replace("listen 80;", "listen 8080;")
        .replace("http://webserver;", f"http://web.{namespace}.svc.cluster.local;")
        .replace("http://assetserver/", f"http://assets.{namespace}.svc.cluster.local/")
    )
    assert adapted.count(f".{namespace}.svc.cluster.local") == 2, "tutorial-lb.conf changed"
    return adapted


def apply(app: ServedApp, *objects: dict[str, Any]) -> None:
    manifest = json.dumps({"apiVersion": "v1", "kind": "List", "items": list(objects)})
    k = app.kubectl
    command = [k.binary, "--kubeconfig", k.kubeconfig, "apply", "-n", app.namespace, "-f", "-"]
    subprocess.run(command, input=manifest, check=True, capture_output=True, text=True)


def node_port_service(name: str, selector: dict[str, str]) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": name},
        "spec": {
            "type": "NodePort",
            "selector": selector,
            "ports": [{"name": "http", "port": 80, "targetPort": 8080}],
        },
    }


def deploy_tutorial_lb(app: ServedApp) -> None:
    """The tutorial's nginx.conf in a copy of the generated load balancer's pod: same image,
    resources, security context and placement; nginx's pid and temp files (the config sets
    none) go to writable emptyDirs, as the read-only root filesystem requires."""
    generated = app.kubectl.get("deployment", "lb", app.namespace)
    assert generated, "the stack has no lb Deployment"
    pod = generated["spec"]["template"]
    labels = {"app.kubernetes.io/name": "nginx", "app.kubernetes.io/instance": TUTORIAL}
    (container,) = pod["spec"]["containers"]
    config_mount = next(m for m in container["volumeMounts"] if m["name"] == "nginx-config")
    config_path = f"{config_mount['mountPath']}/nginx.conf"
    container["command"] = ["nginx", "-c", config_path, "-g", "pid /tmp/nginx.pid; daemon off;"]
    container.pop("lifecycle", None)  # the tutorial has no graceful stop
    for probe in ("readinessProbe", "livenessProbe"):  # the tutorial config has no /healthz
        container[probe] = {"tcpSocket": {"port": 8080}, "periodSeconds": 5}
    container["volumeMounts"].append({"name": "nginx-temp", "mountPath": "/var/lib/nginx"})
    volumes = [v for v in pod["spec"]["volumes"] if v["name"] != "nginx-config"]
    volumes += [
        {"name": "nginx-config", "configMap": {"name": TUTORIAL}},
        {"name": "nginx-temp", "emptyDir": {}},
    ]
    pod["spec"]["volumes"] = volumes
    pod["spec"].pop("affinity", None)
    pod["metadata"] = {"labels": labels}
    apply(
        app,
        {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": TUTORIAL},
            "data": {"nginx.conf": tutorial_config(app.namespace)},
        },
        {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "metadata": {"name": TUTORIAL, "labels": labels},
            "spec": {"replicas": 1, "selector": {"matchLabels": labels}, "template": pod},
        },
        node_port_service(TUTORIAL, labels),
        *tutorial_policies(labels),
    )
    app.wait_for_ready(f"app.kubernetes.io/instance={TUTORIAL}", 1)


def tutorial_policies(labels: dict[str, str]) -> list[dict[str, Any]]:
    """The namespace denies by default (enforced here): the tutorial's pod gets what allow-lb
    gives the generated one, clients in and the web and asset pods out, and they let it in."""
    http = [{"port": 8080, "protocol": "TCP"}]
    upstreams = {
        "matchLabels": {"app.kubernetes.io/name": "nginx"},
        "matchExpressions": [
            {"key": "app.kubernetes.io/instance", "operator": "In", "values": ["web", "assets"]}
        ],
    }
    policy = {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy"}
    return [
        {
            **policy,
            "metadata": {"name": TUTORIAL},
            "spec": {
                "podSelector": {"matchLabels": labels},
                "policyTypes": ["Ingress", "Egress"],
                "ingress": [{"ports": http}],
                "egress": [{"to": [{"podSelector": upstreams}], "ports": http}],
            },
        },
        {
            **policy,
            "metadata": {"name": f"{TUTORIAL}-upstreams"},
            "spec": {
                "podSelector": upstreams,
                "policyTypes": ["Ingress"],
                "ingress": [{"from": [{"podSelector": {"matchLabels": labels}}], "ports": http}],
            },
        },
    ]


def expose_one_web_pod(app: ServedApp, pod: str) -> None:
    app.kubectl.run("label", "pod", pod, "-n", app.namespace, f"{CEILING_LABEL}=ceiling")
    selector = {"app.kubernetes.io/instance": "web", CEILING_LABEL: "ceiling"}
    apply(app, node_port_service(CEILING, selector))


def url_of(app: ServedApp, service: str) -> str:
    found = app.kubectl.get("service", service, app.namespace)
    assert found, service
    return f"http://{app.node_ip}:{found['spec']['ports'][0]['nodePort']}/"


def cpu_seconds(path: Path) -> float:
    text = path.read_text()
    if path.name == "cpuacct.usage":
        return int(text) / 1e9
    usage = next(line for line in text.splitlines() if line.startswith("usage_usec"))
    return int(usage.split()[1]) / 1e6


@dataclass
class Run:
    """One wrk run's figures."""

    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    failed: int
    pods: dict[str, int]
    lb_cpu_s: float | None
    web_cpu_s: float

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    def per_request_us(self, cpu_s: float | None) -> float | None:
        return None if cpu_s is None or not self.requests else cpu_s / self.requests * 1e6


def wrk(url: str, seconds: float, new_connections: bool = False) -> dict[str, Any]:
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds:g}s", "--timeout", "5s"]
    if new_connections:  # wrk reconnects after every answer the server closes
        command += ["-H", "Connection: close"]
    out = subprocess.run(
        [*command, "-s", str(WRK_SCRIPT), url], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(next(line for line in out.splitlines() if line.startswith("{")))


@dataclass
class Target:
    name: str
    url: str
    lb_cpu: Path | None  # the load balancer pod's cgroup; None for the ceiling (no LB)
    new_connections: bool = False
    runs: list[Run] = field(default_factory=list)


def measure(target: Target, web_cpu: list[Path], seconds: float) -> Run:
    def cpu() -> tuple[float | None, float]:
        lb = cpu_seconds(target.lb_cpu) if target.lb_cpu else None
        return lb, sum(cpu_seconds(p) for p in web_cpu)

    lb_before, web_before = cpu()
    figures = wrk(target.url, seconds, target.new_connections)
    lb_after, web_after = cpu()
    errors = figures["errors"]
    return Run(
        requests=figures["requests"],
        seconds=figures["duration_us"] / 1e6,
        p50_ms=figures["p50_us"] / 1e3,
        p99_ms=figures["p99_us"] / 1e3,
        failed=figures["unnamed"] + sum(errors[k] for k in ("connect", "read", "write", "timeout")),
        pods=figures["pods"],
        lb_cpu_s=None if lb_before is None or lb_after is None else lb_after - lb_before,
        web_cpu_s=web_after - web_before,
    )


def pod_uid(app: ServedApp, selector: str) -> str:
    (pod,) = [p for p in app.pods(selector) if p["metadata"]["name"] in app.pod_names(selector)]
    return pod["metadata"]["uid"]


def shares(run: Run, pods: list[str]) -> str:
    total = sum(run.pods.values()) or 1
    return " ".join(f"{100 * run.pods.get(p, 0) / total:.1f}" for p in pods)


def median(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return statistics.median(known) if known else None


def show(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def print_table(targets: list[Target], web_pods: list[str]) -> None:
    print(f"\n{WEB_PODS} web pods, wrk -t2 -c{CONNECTIONS}, medians of {len(targets[0].runs)}")
    head = "| target | req/s | each round | p50 ms | p99 ms | LB CPU µs/req | web CPU µs/req |"
    print(f"{head} failed | web pods' shares % (ideal {100 / WEB_PODS:.1f} each) |")
    print("|---" * 9 + "|")
    for t in targets:
        runs = t.runs
        middle = sorted(runs, key=lambda r: r.rate)[len(runs) // 2]
        cells = [
            t.name,
            f"{median([r.rate for r in runs]):.0f}",
            " / ".join(f"{r.rate:.0f}" for r in runs),
            show(median([r.p50_ms for r in runs]), 2),
            show(median([r.p99_ms for r in runs]), 2),
            show(median([r.per_request_us(r.lb_cpu_s) for r in runs])),
            show(median([r.per_request_us(r.web_cpu_s) for r in runs])),
            str(sum(r.failed for r in runs)),
            shares(middle, web_pods) if t.lb_cpu else "(one pod)",
        ]
        print("| " + " | ".join(cells) + " |")
    rate = {t.name: median([r.rate for r in t.runs]) or 0 for t in targets}
    print(f"generated / tutorial requests/s: {rate[GENERATED] / rate[TUTORIAL_NAME]:.2f}x")
    print(f"HTTPS / HTTP, keep-alive: {rate[HTTPS] / rate[GENERATED]:.2f}x (target >= 0.8x)")
    print(f"HTTPS / HTTP, new connections: {rate[HTTPS_NEW] / rate[HTTP_NEW]:.2f}x")
    worst = max(
        abs(100 * r.pods.get(p, 0) / sum(r.pods.values()) - 100 / WEB_PODS) / (100 / WEB_PODS)
        for r in targets[0].runs
        for p in web_pods
    )
    print(f"generated LB: largest deviation of a web pod's share from 1/N: {100 * worst:.1f} %")


@contextmanager
def load_in_background(url: str, seconds: float) -> Iterator[dict[str, Any]]:
    result: dict[str, Any] = {}
    worker = threading.Thread(target=lambda: result.update(wrk(url, seconds)))
    worker.start()
    try:
        yield result
    finally:
        worker.join()


def kill_nginx(app: ServedApp, pod: str) -> None:
    """SIGKILLs the nginx processes of a pod's container (found through the pod's cgroup): the
    pod dies without any goodbye, as on a crash; the kubelet restarts the container."""
    signal_nginx(app, pod, signal.SIGKILL)


def restarts(app: ServedApp, pod: str) -> int:
    found = app.kubectl.get("pod", pod, app.namespace) or {}
    return sum(c["restartCount"] for c in found.get("status", {}).get("containerStatuses", []))


def web_pod_lost_under_load(app: ServedApp, target: Target, seconds: float, how: str) -> str:
    """wrk for `seconds`; a quarter of the way in, a web pod is deleted or its nginx killed."""
    before = app.pod_names(WEB_SELECTOR)
    victim = sorted(before)[0]
    restarted = restarts(app, victim)
    with load_in_background(target.url, seconds) as figures:
        time.sleep(seconds / 4)
        if how == "deleted":
            app.delete_pod(victim)
        else:
            kill_nginx(app, victim)
    errors = figures["errors"]
    failed = figures["unnamed"] + sum(errors[k] for k in ("connect", "read", "write", "timeout"))
    served_by = figures["pods"]
    newcomers = set(served_by) - before
    if how == "killed":
        deadline = time.monotonic() + 120
        while restarts(app, victim) == restarted and time.monotonic() < deadline:
            time.sleep(0.5)
    app.wait_for_ready(WEB_SELECTOR, WEB_PODS)
    app.wait_until_every_pod_serves(WEB_PODS)
    return (
        f"| {target.name} | {how} | {figures['requests']} | {failed} | "
        f"{served_by.get(victim, 0)} | {sum(served_by.get(p, 0) for p in newcomers)} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=10, help="length of each wrk run")
    parser.add_argument("--rounds", type=int, default=3, help="runs per target (median shown)")
    options = parser.parse_args()
    cluster, started = start_cluster()
    try:
        if reason := missing_real_node(cluster):
            sys.exit(f"dataplane benchmark needs the real node: {reason}")
        assert_real_node_ready(cluster)
        with (
            tempfile.TemporaryDirectory() as tmp,
            served_app(cluster, Path(tmp), WEB_PODS, TLS_CONFIG) as app,
        ):
            run_benchmark(app, options.seconds, options.rounds)
    finally:
        if started:
            subprocess.run(["bash", str(ROOT / "cluster" / "down.sh")], check=True, env=cluster.env)


def run_benchmark(app: ServedApp, seconds: float, rounds: int) -> None:
    deploy_tutorial_lb(app)
    web_pods = sorted(app.pod_names(WEB_SELECTOR))
    expose_one_web_pod(app, web_pods[0])
    web_cpu = [pod_cpu_file(p["metadata"]["uid"]) for p in app.pods(WEB_SELECTOR)]
    lb_cpu = pod_cpu_file(pod_uid(app, LB_SELECTOR))
    http_url = url_of(app, "lb")  # its first port: plain HTTP (app.url is the HTTPS one)
    targets = [
        Target(GENERATED, http_url, lb_cpu),
        Target(
            TUTORIAL_NAME,
            url_of(app, TUTORIAL),
            pod_cpu_file(pod_uid(app, f"app.kubernetes.io/instance={TUTORIAL}")),
        ),
        Target("one web pod directly (ceiling)", url_of(app, CEILING), None),
        Target(HTTP_NEW, http_url, lb_cpu, new_connections=True),
        Target(HTTPS, app.url, lb_cpu),
        Target(HTTPS_NEW, app.url, lb_cpu, new_connections=True),
    ]
    for target in targets:  # warm-up: connections, caches, DNS of the tutorial's upstreams
        wrk(target.url, 2, target.new_connections)
    for _ in range(rounds):
        for target in targets:
            target.runs.append(measure(target, web_cpu, seconds))
    print_table(targets, web_pods)
    length = seconds * 2
    print(f"\nA web pod lost {length / 4:g} s into {length:g} s of load (wrk -c{CONNECTIONS})")
    print("| load balancer | web pod | requests | failed | served by that pod | by a new pod |")
    print("|---|---|---|---|---|---|")
    for how in ("deleted", "killed"):
        for target in targets[:2]:
            print(web_pod_lost_under_load(app, target, length, how))


if __name__ == "__main__":
    main()
