"""The stack's NetworkPolicies (components/network.py) enforced for real on the embedded cluster's
real node by kube-network-policies (cluster/addons.sh, docs/network-policies.md): every allowed
path works, every other path between the tiers is blocked, and each block is the enforcer's drop
verdict (its packet counter moves), not an unrelated failure.

Who plays whom:
- the client is a process on the machine running as an unprivileged user (the enforcer exempts
  the node's root processes, as upstream does, so that the kubelet's probes pass);
- the database members run on fake nodes (no MongoDB image here), so a real pod on the real node
  carrying the members' labels and listening on the MongoDB port stands in for one: the policies
  select it exactly as they select the members (what MongoDB itself would answer is not shown);
- another namespace's pod is a plain pod in a namespace without policies.

Skipped, with the reason, only when the cluster has no real node (fake nodes only)."""

from __future__ import annotations

import json
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from e2e.harness import Cluster, Kubectl
from e2e.real_node import (
    ASSETS_SELECTOR,
    LB_SELECTOR,
    WEB_SELECTOR,
    ServedApp,
    assert_real_node_ready,
    missing_real_node,
    served_app,
)

pytestmark = pytest.mark.e2e

LISTEN_PORT = 8080
MONGO_PORT = 27017
OUTSIDER_NAMESPACE = "netpol-outsider"
NOBODY = 65534
# A blocked connection is dropped (no reset): the attempt ends at this timeout.
BLOCKED_TIMEOUT_S = 2
RESTRICTED = {
    "runAsNonRoot": True,
    "runAsUser": 101,
    "allowPrivilegeEscalation": False,
    "readOnlyRootFilesystem": True,
    "capabilities": {"drop": ["ALL"]},
    "seccompProfile": {"type": "RuntimeDefault"},
}


@dataclass(frozen=True)
class Enforcer:
    """kube-network-policies' verdict counters (its Prometheus metrics on loopback)."""

    metrics_url: str

    def verdicts(self, verdict: str) -> int:
        with urllib.request.urlopen(self.metrics_url, timeout=5) as response:
            text = response.read().decode()
        return sum(
            int(float(line.rsplit(" ", 1)[1]))
            for line in text.splitlines()
            if line.startswith("kube_network_policies_packet_count{")
            and f'verdict="{verdict}"' in line
        )


def _pod(name: str, namespace: str, labels: dict[str, str], image: str, script: str) -> Any:
    """A restricted pod on the real node running a busybox script of the nginx image."""
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": name, "namespace": namespace, "labels": labels},
        "spec": {
            "nodeSelector": {"stateful-app/real-node": "true"},
            "tolerations": [{"key": "stateful-app/real-node", "operator": "Exists"}],
            "terminationGracePeriodSeconds": 1,
            "containers": [
                {
                    "name": "nginx",
                    "image": image,
                    "imagePullPolicy": "IfNotPresent",
                    "command": ["sh", "-c", script],
                    "securityContext": RESTRICTED,
                    "volumeMounts": [{"name": "tmp", "mountPath": "/tmp"}],
                }
            ],
            "volumes": [{"name": "tmp", "emptyDir": {}}],
        },
    }


def _apply(kubectl: Kubectl, *objects: Any) -> None:
    manifest = json.dumps({"apiVersion": "v1", "kind": "List", "items": list(objects)})
    subprocess.run(
        [kubectl.binary, "--kubeconfig", kubectl.kubeconfig, "apply", "-f", "-"],
        input=manifest,
        text=True,
        capture_output=True,
        check=True,
    )


def _pod_ip(kubectl: Kubectl, namespace: str, name: str) -> str:
    pod = kubectl.get("pod", name, namespace)
    assert pod and pod["status"].get("podIP"), f"{namespace}/{name} has no IP: {pod}"
    ip: str = pod["status"]["podIP"]
    return ip


@dataclass
class Tiers:
    """The deployed stack and a pod name + IP for each tier, the stand-in member included."""

    app: ServedApp
    enforcer: Enforcer
    pods: dict[str, str]
    ips: dict[str, str]

    def url(self, tier: str, port: int = LISTEN_PORT) -> str:
        return f"http://{self.ips[tier]}:{port}/"

    def reach_from(self, tier: str, url: str) -> str:
        """'connected' when the pod of `tier` got an HTTP answer from url (any status), else
        busybox wget's error (e.g. 'download timed out')."""
        namespace = OUTSIDER_NAMESPACE if tier == "outsider" else self.app.namespace
        wget = ("wget", "-q", "-T", str(BLOCKED_TIMEOUT_S), "-O", "/dev/null", url)
        result = self.app.kubectl.run(
            "exec", "-n", namespace, self.pods[tier], "-c", "nginx", "--", *wget, check=False
        )
        if result.returncode == 0 or "server returned error" in result.stderr:
            return "connected"
        return result.stderr.strip() or f"exit {result.returncode}"


@pytest.fixture(scope="module")
def tiers(cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tiers]:
    if reason := missing_real_node(cluster):
        pytest.skip(reason)
    assert_real_node_ready(cluster)
    node = cluster.real_node
    enforcer = Enforcer(f"http://{node['NETPOL_METRICS']}/metrics")
    kubectl = cluster.kubectl
    with served_app(cluster, Path(tmp_path_factory.mktemp("netpol")), web_replicas=1) as app:
        policies = {p["metadata"]["name"]: p for p in kubectl.items("networkpolicy", app.namespace)}
        assert "default-deny" in policies, f"the stack made no policies: {sorted(policies)}"
        member_labels = policies["allow-db"]["spec"]["podSelector"]["matchLabels"]
        image = app.nginx_image
        kubectl.run("delete", "namespace", OUTSIDER_NAMESPACE, "--ignore-not-found", "--wait=true")
        kubectl.run("create", "namespace", OUTSIDER_NAMESPACE)
        # Named unlike the StatefulSet's pods (<set>-<ordinal>), so the StatefulSet never adopts it.
        member = "stand-in-member"
        serve = f"echo member > /tmp/index.html && exec httpd -f -p {MONGO_PORT} -h /tmp"
        _apply(
            kubectl,
            _pod(member, app.namespace, member_labels, image, serve),
            _pod("outsider", OUTSIDER_NAMESPACE, {"app": "outsider"}, image, "exec sleep 3600"),
        )
        for namespace, name in ((app.namespace, member), (OUTSIDER_NAMESPACE, "outsider")):
            kubectl.run("wait", "-n", namespace, "--for=condition=Ready", f"pod/{name}", "--timeout=90s")
        pods = {
            tier: sorted(app.pod_names(selector))[0]
            for tier, selector in (("lb", LB_SELECTOR), ("web", WEB_SELECTOR), ("assets", ASSETS_SELECTOR))
        }
        ips = {tier: _pod_ip(kubectl, app.namespace, name) for tier, name in pods.items()}
        pods["db"], ips["db"] = member, _pod_ip(kubectl, app.namespace, member)
        pods["outsider"] = "outsider"
        try:
            yield Tiers(app, enforcer, pods, ips)
        finally:
            kubectl.run("delete", "pod", member, "-n", app.namespace, "--wait=false", check=False)
            kubectl.run("delete", "namespace", OUTSIDER_NAMESPACE, "--wait=false", check=False)


def _as_client(url: str, uid: int = NOBODY) -> int | str:
    """The HTTP status a client on the machine gets (or curl's error), as user `uid`."""
    result = subprocess.run(
        ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--connect-timeout",
         str(BLOCKED_TIMEOUT_S), "-m", "5", url],
        capture_output=True,
        text=True,
        user=uid,
        group=uid,
        extra_groups=[],
    )
    return int(result.stdout) if result.returncode == 0 else f"curl exit {result.returncode}"


def assert_blocked(tiers: Tiers, attempt: Any) -> None:
    """attempt() fails by timing out, and the enforcer counted a drop meanwhile."""
    drops = tiers.enforcer.verdicts("drop")
    started = time.monotonic()
    outcome = attempt()
    assert outcome != "connected" and not isinstance(outcome, int), outcome
    assert time.monotonic() - started >= BLOCKED_TIMEOUT_S - 0.5, f"not a drop: {outcome}"
    assert tiers.enforcer.verdicts("drop") > drops, "no drop verdict counted"


def test_a_client_reaches_the_lb_through_the_nodeport(tiers: Tiers):
    accepts = tiers.enforcer.verdicts("accept")
    assert _as_client(tiers.app.url) == 200
    assert tiers.enforcer.verdicts("accept") > accepts, "the connection was never judged"


def test_a_client_cannot_reach_a_web_pod_directly(tiers: Tiers):
    web = tiers.url("web")
    assert _as_client(web, uid=0) == 200, "the web pod does not serve (root is exempt)"
    assert_blocked(tiers, lambda: _as_client(web))


def test_the_lb_reaches_the_web_and_asset_tiers(tiers: Tiers):
    assert tiers.reach_from("lb", tiers.url("web")) == "connected"
    assert tiers.reach_from("lb", tiers.url("assets")) == "connected"


def test_pods_resolve_names_through_cluster_dns(tiers: Tiers):
    accepts = tiers.enforcer.verdicts("accept")
    name = "kubernetes.default.svc.cluster.local"
    for tier in ("lb", "web", "assets"):
        result = tiers.app.kubectl.run(
            "exec", "-n", tiers.app.namespace, tiers.pods[tier], "-c", "nginx", "--",
            "nslookup", name, check=False,
        )
        assert "10.0.0.1" in result.stdout, f"{tier}: {result.stdout}{result.stderr}"
    assert tiers.enforcer.verdicts("accept") > accepts, "DNS was never judged"


def test_the_web_tier_cannot_reach_the_asset_tier(tiers: Tiers):
    assert_blocked(tiers, lambda: tiers.reach_from("web", tiers.url("assets")))


def test_only_the_web_tier_reaches_a_database_member(tiers: Tiers):
    member = tiers.url("db", MONGO_PORT)
    assert tiers.reach_from("web", member) == "connected"
    assert_blocked(tiers, lambda: tiers.reach_from("lb", member))


@pytest.mark.parametrize("tier", ["web", "assets", "db"])
def test_a_pod_in_another_namespace_cannot_reach_an_inner_tier(tiers: Tiers, tier: str):
    port = MONGO_PORT if tier == "db" else LISTEN_PORT
    assert_blocked(tiers, lambda: tiers.reach_from("outsider", tiers.url(tier, port)))


def test_a_pod_in_another_namespace_reaches_the_lb_like_any_client(tiers: Tiers):
    # allow-lb admits anyone on the HTTP port: the lb is the public entry.
    assert tiers.reach_from("outsider", tiers.url("lb")) == "connected"
