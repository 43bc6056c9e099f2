"""NetworkPolicies enforced for real: the dev stack on the embedded cluster's real node, where
kube-network-policies v0.8.0 judges the first packet of every connection (cluster/addons.sh,
docs/network-policies.md). Each allowed path answers, every other path times out, and the same
probes answer once the stack is updated with networkPolicies=false, so a blocked path is blocked
by the policies and not by anything else.

Probes run where the traffic starts: inside a tier's pod (`kubectl exec` of busybox's wget in the
nginx container), in a pod of another namespace, or on the node as an unprivileged user (the
enforcer exempts the node's root processes, as upstream does for the kubelet's probes). The
database members run on fake nodes, so the test adds a real listener on the real node: a pod with
the database tier's labels (so every policy treats it as a member) serving HTTP on 27017.

Skipped, with the reason, only when the cluster has no real node (fake nodes only)."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Callable, Iterator
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
    require_real_node,
    served_app,
)

pytestmark = pytest.mark.e2e

NAMESPACE = "stateful-app-netpol"
OUTSIDER_NAMESPACE = "stateful-app-netpol-outsider"
DB_LABELS = {"app.kubernetes.io/name": "mongodb", "app.kubernetes.io/instance": "db"}
PROBE_LABEL = "stateful-app-e2e/probe"
DB_PORT = 27017
HTTP_PORT = 8080
NOBODY = 65534
BLOCKED_WAIT_S = 3
"""How long a probe waits for an answer; a dropped connection times out after this."""
ALLOWED_WITHIN_S = 60
"""An allowed path may need a moment (a new pod's address reaching the enforcer): polled."""
POLICIES = {
    "default-deny",
    "allow-lb",
    "allow-web",
    "allow-assets",
    "allow-db",
    "allow-db-gate",
}


@dataclass(frozen=True)
class Attempt:
    """One connection attempt and what came of it."""

    path: str
    answered: bool
    """An HTTP answer came back (any status: the connection was made)."""
    timed_out: bool
    detail: str
    seconds: float

    def __str__(self) -> str:
        outcome = "answered" if self.answered else "timed out" if self.timed_out else "failed"
        return f"{self.path}: {outcome} in {self.seconds:.1f} s ({self.detail.strip()[:200]})"


@dataclass(frozen=True)
class Peer:
    """A pod traffic can start from or go to."""

    namespace: str
    name: str
    ip: str
    container: str


def _pod(kubectl: Kubectl, namespace: str, selector: str) -> Peer:
    listed = kubectl.run("get", "pods", "-n", namespace, "-l", selector, "-o", "json")
    pods = [
        p
        for p in json.loads(listed.stdout)["items"]
        if p["status"].get("podIP") and "deletionTimestamp" not in p["metadata"]
    ]
    assert len(pods) == 1, f"{selector}: {[p['metadata']['name'] for p in pods]}"
    pod = pods[0]
    container = pod["spec"]["containers"][0]["name"]
    return Peer(namespace, pod["metadata"]["name"], pod["status"]["podIP"], container)


def from_pod(kubectl: Kubectl, source: Peer, url: str) -> Attempt:
    """GET url from inside source's pod (busybox wget in its first container)."""
    started = time.monotonic()
    result = kubectl.run(
        "exec",
        "-n",
        source.namespace,
        source.name,
        "-c",
        source.container,
        "--",
        "wget",
        "-q",
        "-T",
        str(BLOCKED_WAIT_S),
        "-O",
        "/dev/null",
        url,
        check=False,
    )
    text = result.stdout + result.stderr
    answered = result.returncode == 0 or "server returned error" in text
    return Attempt(
        f"{source.name} -> {url}",
        answered,
        "timed out" in text,
        text or f"rc {result.returncode}",
        time.monotonic() - started,
    )


def from_node(url: str, uid: int = NOBODY) -> Attempt:
    """GET url from a process on the node (curl) running as uid."""
    started = time.monotonic()
    result = subprocess.run(
        ["curl", "-sS", "-m", str(BLOCKED_WAIT_S), "-o", "/dev/null", "-w", "%{http_code}", url],
        capture_output=True,
        text=True,
        user=uid,
        group=uid,
        extra_groups=[],
        cwd="/",
        check=False,
    )
    return Attempt(
        f"node (uid {uid}) -> {url}",
        result.returncode == 0,
        result.returncode == 28,  # curl: operation timed out
        f"rc {result.returncode} {result.stdout} {result.stderr}",
        time.monotonic() - started,
    )


def answers(probe: Callable[[], Attempt], within: float = ALLOWED_WITHIN_S) -> Attempt:
    """Tries until the path answers or `within` seconds pass; the last attempt."""
    deadline = time.monotonic() + within
    while True:
        attempt = probe()
        if attempt.answered or time.monotonic() > deadline:
            return attempt
        time.sleep(1)


def assert_allowed(probe: Callable[[], Attempt]) -> None:
    attempt = answers(probe)
    assert attempt.answered, f"allowed path refused for {ALLOWED_WITHIN_S} s: {attempt}"


def assert_blocked(probe: Callable[[], Attempt]) -> None:
    """Blocked means dropped: no answer, and the client gave up at its timeout (a refusal or a
    name that does not resolve would say nothing about the policies)."""
    attempt = probe()
    assert not attempt.answered, f"blocked path answered: {attempt}"
    assert attempt.timed_out, f"expected a timeout, got: {attempt}"
    assert attempt.seconds >= BLOCKED_WAIT_S - 0.5, f"gave up too early: {attempt}"


def _real_node_pod(
    name: str, namespace: str, image: str, labels: dict[str, str], command: str
) -> dict[str, Any]:
    """A pod on the real node that restricted Pod Security admits."""
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {
            "name": name,
            "namespace": namespace,
            "labels": {**labels, PROBE_LABEL: name},
        },
        "spec": {
            "nodeSelector": {"stateful-app/real-node": "true"},
            "tolerations": [{"key": "stateful-app/real-node", "operator": "Exists"}],
            "terminationGracePeriodSeconds": 1,
            "automountServiceAccountToken": False,
            "securityContext": {
                "runAsNonRoot": True,
                "runAsUser": 101,
                "runAsGroup": 101,
                "seccompProfile": {"type": "RuntimeDefault"},
            },
            "containers": [
                {
                    "name": "probe",
                    "image": image,
                    "imagePullPolicy": "IfNotPresent",
                    "command": ["sh", "-c", command],
                    "resources": {
                        "requests": {"cpu": "10m", "memory": "16Mi"},
                        "limits": {"cpu": "100m", "memory": "32Mi"},
                    },
                    "securityContext": {
                        "allowPrivilegeEscalation": False,
                        "readOnlyRootFilesystem": True,
                        "capabilities": {"drop": ["ALL"]},
                    },
                    "volumeMounts": [{"name": "www", "mountPath": "/www"}],
                }
            ],
            "volumes": [{"name": "www", "emptyDir": {"sizeLimit": "1Mi"}}],
        },
    }


def _apply(kubectl: Kubectl, tmp: Path, manifest: dict[str, Any]) -> None:
    path = tmp / f"{manifest['metadata']['name']}.json"
    path.write_text(json.dumps(manifest))
    kubectl.run("apply", "-f", str(path))


@dataclass
class Tiers:
    app: ServedApp
    lb: Peer
    web: Peer
    assets: Peer
    db: Peer
    """The test's listener with the database tier's labels, on 27017."""
    outsider: Peer
    """A pod in another namespace (no policies there)."""

    @property
    def kubectl(self) -> Kubectl:
        return self.app.kubectl

    def url(self, target: Peer, port: int = HTTP_PORT) -> str:
        return f"http://{target.ip}:{port}/"

    @property
    def db_url(self) -> str:
        return self.url(self.db, DB_PORT)


@pytest.fixture(scope="module")
def tiers(cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tiers]:
    require_real_node(cluster)
    tmp = Path(tmp_path_factory.mktemp("netpol"))
    kubectl = cluster.kubectl
    kubectl.run("delete", "namespace", OUTSIDER_NAMESPACE, "--wait=true", check=False)
    try:
        with served_app(cluster, tmp, 1, namespace=NAMESPACE) as app:
            image = app.nginx_image
            listener = "echo db-listener > /www/index.html && exec httpd -f -p 27017 -h /www"
            _apply(
                kubectl, tmp, _real_node_pod("db-listener", NAMESPACE, image, DB_LABELS, listener)
            )
            restricted = {"pod-security.kubernetes.io/enforce": "restricted"}
            outsider_namespace = {
                "apiVersion": "v1",
                "kind": "Namespace",
                "metadata": {"name": OUTSIDER_NAMESPACE, "labels": restricted},
            }
            _apply(kubectl, tmp, outsider_namespace)
            outsider = _real_node_pod("outsider", OUTSIDER_NAMESPACE, image, {}, "exec sleep 3600")
            _apply(kubectl, tmp, outsider)
            for namespace, pod in ((NAMESPACE, "db-listener"), (OUTSIDER_NAMESPACE, "outsider")):
                kubectl.run(
                    "wait", "--for=condition=Ready", f"pod/{pod}", "-n", namespace, "--timeout=120s"
                )
            yield Tiers(
                app,
                _pod(kubectl, NAMESPACE, LB_SELECTOR),
                _pod(kubectl, NAMESPACE, WEB_SELECTOR),
                _pod(kubectl, NAMESPACE, ASSETS_SELECTOR),
                _pod(kubectl, NAMESPACE, f"{PROBE_LABEL}=db-listener"),
                _pod(kubectl, OUTSIDER_NAMESPACE, f"{PROBE_LABEL}=outsider"),
            )
    finally:
        kubectl.run("delete", "namespace", OUTSIDER_NAMESPACE, "--wait=true", check=False)


def test_the_stack_made_its_policies(tiers: Tiers) -> None:
    names = {p["metadata"]["name"] for p in tiers.kubectl.items("networkpolicy", NAMESPACE)}
    assert names == POLICIES, names


def test_client_to_lb_through_the_node_port_is_allowed(tiers: Tiers) -> None:
    assert_allowed(lambda: from_node(tiers.app.url))
    assert_allowed(lambda: from_node(tiers.url(tiers.lb)))  # the lb pod's own address too


def test_client_to_a_web_pod_directly_is_blocked(tiers: Tiers) -> None:
    # Control: the pod listens (the node's root is exempt, like the kubelet's probes).
    assert_allowed(lambda: from_node(tiers.url(tiers.web), uid=0))
    assert_blocked(lambda: from_node(tiers.url(tiers.web)))
    assert_blocked(lambda: from_node(tiers.url(tiers.assets)))


def test_lb_to_web_and_assets_is_allowed(tiers: Tiers) -> None:
    assert_allowed(lambda: from_pod(tiers.kubectl, tiers.lb, tiers.url(tiers.web)))
    assert_allowed(lambda: from_pod(tiers.kubectl, tiers.lb, tiers.url(tiers.assets)))


def test_dns_from_the_tiers_pods_is_allowed(tiers: Tiers) -> None:
    lb_service = tiers.kubectl.get("service", "lb", NAMESPACE)
    assert lb_service, "no lb Service"
    name = f"lb.{NAMESPACE}.svc.cluster.local"
    for pod in (tiers.lb, tiers.web, tiers.assets):
        found = tiers.kubectl.run(
            "exec", "-n", NAMESPACE, pod.name, "-c", pod.container, "--", "nslookup", name,
            check=False,
        )  # fmt: skip
        answer = found.stdout + found.stderr
        assert lb_service["spec"]["clusterIP"] in found.stdout, f"{pod.name}: {answer}"


def test_web_to_db_is_allowed_and_web_to_assets_is_blocked(tiers: Tiers) -> None:
    assert_allowed(lambda: from_pod(tiers.kubectl, tiers.web, tiers.db_url))
    assert_blocked(lambda: from_pod(tiers.kubectl, tiers.web, tiers.url(tiers.assets)))


def test_lb_to_db_is_blocked(tiers: Tiers) -> None:
    assert_blocked(lambda: from_pod(tiers.kubectl, tiers.lb, tiers.db_url))


def test_assets_reach_no_other_tier(tiers: Tiers) -> None:
    assert_blocked(lambda: from_pod(tiers.kubectl, tiers.assets, tiers.url(tiers.lb)))


def test_a_pod_of_another_namespace_reaches_the_lb_only(tiers: Tiers) -> None:
    assert_allowed(lambda: from_pod(tiers.kubectl, tiers.outsider, tiers.url(tiers.lb)))
    for target in (tiers.url(tiers.web), tiers.url(tiers.assets), tiers.db_url):
        assert_blocked(lambda: from_pod(tiers.kubectl, tiers.outsider, target))  # noqa: B023


def test_without_the_policies_every_blocked_path_answers(tiers: Tiers) -> None:
    """The control of every blocked path above: the same probes, the policies gone. Runs last
    (it updates the stack)."""
    tiers.app.app_stack.set("networkPolicies", "false")
    tiers.app.app_stack.up(quiet=True)
    assert tiers.kubectl.items("networkpolicy", NAMESPACE) == []
    k = tiers.kubectl
    assert_allowed(lambda: from_node(tiers.url(tiers.web)))
    assert_allowed(lambda: from_node(tiers.url(tiers.assets)))
    assert_allowed(lambda: from_pod(k, tiers.web, tiers.url(tiers.assets)))
    assert_allowed(lambda: from_pod(k, tiers.lb, tiers.db_url))
    assert_allowed(lambda: from_pod(k, tiers.assets, tiers.url(tiers.lb)))
    for target in (tiers.url(tiers.web), tiers.url(tiers.assets), tiers.db_url):
        assert_allowed(lambda: from_pod(k, tiers.outsider, target))  # noqa: B023
