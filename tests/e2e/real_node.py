"""The application served for real: the dev stack deployed on the local cluster's real node
(cluster/up.sh), reached through its NodePort on the node's bridge address. Shared by the
traffic tests (test_traffic.py) and the data-plane benchmark (benchmarks/dataplane.py).

Where the machine cannot run containers, cluster/up.sh starts fake nodes only and writes no
real-node.env; `missing_real_node` then says why: tests skip (`require_real_node`), the
benchmark stops."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import ssl
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from e2e.harness import ROOT, Cluster, Kubectl, StackHandle, program_stack
from e2e.traffic import Reply, fetch, pods_on_new_connections, trusting

WEB_SELECTOR = "app.kubernetes.io/name=nginx,app.kubernetes.io/instance=web"
APP_WEB_SELECTOR = "app.kubernetes.io/name=web-app,app.kubernetes.io/instance=web"  # app mode
ASSETS_SELECTOR = "app.kubernetes.io/name=nginx,app.kubernetes.io/instance=assets"
LB_SELECTOR = "app.kubernetes.io/name=nginx,app.kubernetes.io/instance=lb"
READY_TIMEOUT_S = 120
NAMESPACE = "stateful-app-traffic"
BUNDLED_IMAGE = ROOT / "components" / "static" / "cats.png"  # what the asset tier seeds
# Where browser screenshots are kept after the run (outside the repo).
ARTIFACTS = Path(os.environ.get("E2E_ARTIFACTS", Path(tempfile.gettempdir()) / "stateful-app-e2e"))


def assert_bundled_image(body: bytes) -> None:
    bundled = BUNDLED_IMAGE.read_bytes()
    assert body == bundled, f"{len(body)} bytes served, not the {len(bundled)} of cats.png"


def missing_real_node(cluster: Cluster) -> str | None:
    """Why the cluster has no real node (cluster/up.sh fell back to fake nodes only), or None."""
    if cluster.real_node:
        return None
    return f"the local cluster has no real node (fake nodes only: no {cluster.home}/real-node.env)"


def assert_real_node_ready(cluster: Cluster) -> None:
    """A real node that up.sh reported but that is not Ready is a broken cluster, not a skip."""
    name = cluster.real_node["REAL_NODE"]
    found = cluster.kubectl.get("node", name)
    conditions = {
        c["type"]: c["status"] for c in (found or {}).get("status", {}).get("conditions", [])
    }
    assert conditions.get("Ready") == "True", f"real node {name} is not Ready: {conditions}"


def require_real_node(cluster: Cluster) -> None:
    """Skips the test, saying why, on a cluster without a real node; fails on one that is not
    Ready."""
    if reason := missing_real_node(cluster):
        pytest.skip(reason)
    assert_real_node_ready(cluster)


@dataclass
class ServedApp:
    """A deployed stack whose nginx tiers run on the real node."""

    app_stack: StackHandle
    kubectl: Kubectl
    url: str
    node_ip: str
    nginx_image: str
    first_reply: Reply | str
    """What the URL answered the moment `up` returned (or the error), as a user would see it."""
    seconds_to_serve: float
    """From `up` returning until the URL first answered 200."""
    ca_certificate: str = ""
    """The stack's exported caCertificate (lbTlsGenerate), else empty."""
    tls: ssl.SSLContext | None = None
    """A client context trusting only that CA (for an https URL)."""

    @property
    def namespace(self) -> str:
        return self.app_stack.namespace

    def pods(self, selector: str) -> list[dict[str, Any]]:
        """Every pod matching selector (key=value,...), terminating ones included."""
        listed = self.kubectl.run("get", "pods", "-n", self.namespace, "-l", selector, "-o", "json")
        return json.loads(listed.stdout)["items"]

    def pod_names(self, selector: str) -> set[str]:
        """The Ready, not terminating pods matching selector."""
        return {p["metadata"]["name"] for p in self.pods(selector) if is_serving(p)}

    def wait_for_ready(
        self, selector: str, count: int, timeout: float = READY_TIMEOUT_S
    ) -> set[str]:
        """Waits until exactly `count` pods match, all Ready and none terminating."""
        deadline = time.monotonic() + timeout
        while True:
            every = self.pods(selector)
            ready = {p["metadata"]["name"] for p in every if is_serving(p)}
            if len(ready) == count == len(every):
                return ready
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"{selector}: {len(ready)} of {count} pods Ready after {timeout} s"
                )
            time.sleep(0.5)

    def wait_until_every_pod_serves(self, count: int, timeout: float = 60) -> None:
        """Waits until pages through the URL come from `count` different pods (the load
        balancer has found them all), so each test starts from a serving application."""
        deadline = time.monotonic() + timeout
        seen: set[str | None] = set()
        while len(seen - {None}) < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.url} served from {seen} only after {timeout} s")
            try:
                seen |= set(pods_on_new_connections(self.url, 2 * count, self.tls))
            except OSError:
                time.sleep(0.5)

    def delete_pod(self, name: str) -> None:
        """Deletes a pod the way a rollout, a drain or `kubectl delete` does (gracefully)."""
        self.kubectl.run("delete", "pod", name, "-n", self.namespace, "--wait=false")


def first_answers(
    url: str, timeout: float = 60, context: ssl.SSLContext | None = None
) -> tuple[Reply | str, float]:
    """The URL's first answer (or error), and the seconds until it first answered 200."""
    start = time.monotonic()
    first: Reply | str | None = None
    while time.monotonic() - start < timeout:
        try:
            reply: Reply | str = fetch(url, context=context)
        except OSError as error:
            reply = f"{type(error).__name__}: {error}"
        first = first or reply
        if isinstance(reply, Reply) and reply.status == 200:
            break
        time.sleep(0.2)
    return first or "no answer", time.monotonic() - start


def is_serving(pod: dict[str, Any]) -> bool:
    """Ready and not terminating: a pod that Services and load balancers send traffic to."""
    conditions = pod.get("status", {}).get("conditions", [])
    ready = any(c["type"] == "Ready" and c["status"] == "True" for c in conditions)
    return ready and "deletionTimestamp" not in pod["metadata"]


@contextmanager
def served_app(
    cluster: Cluster,
    tmp: Path,
    web_replicas: int,
    config: Mapping[str, str] | None = None,
    namespace: str = NAMESPACE,
    before_up: Callable[[StackHandle], None] | None = None,
    ca_file: Path | None = None,
    app: str | None = None,
    every_pod_serves: bool = True,
) -> Iterator[ServedApp]:
    """Deploys the dev stack with the embedded cluster's placement (program_stack adds
    cluster/embedded_config.py's keys), `web_replicas` web pods and any more config keys;
    destroys it afterwards. It gets its own namespace and NodePorts that Kubernetes picks, so it
    never meets a dev stack deployed by `make up` or by another suite on the same cluster.
    before_up runs once the namespace's leftovers are gone, right before the `up`. The client
    trusts the stack's generated CA (output caCertificate), else ca_file (a CA the caller made,
    read after before_up). With app (e.g. guestbook), the web tier runs that application
    (cluster/embedded_config.py APPS), its image imported into the real node first. Unless
    every_pod_serves is False, it waits until pages through the URL came from every web pod
    (the load balancer has found them all)."""
    if app:
        cluster.import_image(app)
    node = cluster.real_node
    app_stack = replace(program_stack(cluster, "dev", tmp, app), namespace=namespace)
    app_stack.set("namespace", namespace)
    app_stack.stack.remove_config("stateful-app:lbNodePort")
    app_stack.set("webReplicas", str(web_replicas))
    for key, value in (config or {}).items():
        app_stack.set(key, value)
    cluster.kubectl.remove_stack_leftovers(app_stack.namespace)
    try:
        if before_up:
            before_up(app_stack)
        result, _ = app_stack.up(quiet=True)
        url = result.outputs["url"].value
        ca = result.outputs["caCertificate"].value if "caCertificate" in result.outputs else ""
        ca = ca or (ca_file.read_text() if ca_file else "")
        tls = trusting(ca) if ca else None
        first, seconds = first_answers(url, context=tls)
        served = ServedApp(
            app_stack,
            cluster.kubectl,
            url,
            node["REAL_NODE_IP"],
            node["NGINX_IMAGE"],
            first,
            seconds,
            ca,
            tls,
        )
        served.wait_for_ready(APP_WEB_SELECTOR if app else WEB_SELECTOR, web_replicas)
        if every_pod_serves:
            served.wait_until_every_pod_serves(web_replicas)
        yield served
    finally:
        app_stack.stack.destroy(on_output=lambda _: None)
        cluster.kubectl.remove_stack_leftovers(app_stack.namespace)


# Where the kubelet (cgroupfs driver) puts pod cgroups: cgroup v1's cpuacct hierarchy, or v2.
POD_CGROUP_ROOTS = (
    "/sys/fs/cgroup/cpu,cpuacct/kubepods",
    "/sys/fs/cgroup/cpuacct/kubepods",
    "/sys/fs/cgroup/kubepods",
    "/sys/fs/cgroup/kubepods.slice",
)


def pod_cpu_file(uid: str) -> Path:
    """The CPU usage file of a pod's cgroup: cpuacct.usage (v1, ns) or cpu.stat (v2)."""
    names = (f"pod{uid}", f"pod{uid.replace('-', '_')}", f"pod{uid.replace('-', '_')}.slice")
    for root in POD_CGROUP_ROOTS:
        for directory, _, files in os.walk(root):
            if directory.endswith(names):
                for name in ("cpuacct.usage", "cpu.stat"):
                    if name in files:
                        return Path(directory) / name
    raise FileNotFoundError(f"no cgroup of pod {uid} under {', '.join(POD_CGROUP_ROOTS)}")


def signal_nginx(app: ServedApp, pod: str, signum: signal.Signals) -> None:
    """Sends signum to the nginx processes of a web pod, found through the pod's cgroup."""
    uid = next(p["metadata"]["uid"] for p in app.pods(WEB_SELECTOR) if p["metadata"]["name"] == pod)
    pids = [
        int(pid)
        for procs in pod_cpu_file(uid).parent.rglob("cgroup.procs")
        for pid in procs.read_text().split()
    ]
    nginx = [pid for pid in pids if Path(f"/proc/{pid}/comm").read_text().strip() == "nginx"]
    assert nginx, f"no nginx process in pod {pod}"
    for pid in nginx:
        with contextlib.suppress(ProcessLookupError):  # a worker already gone with its master
            os.kill(pid, signum)
