"""The embedded cluster itself (cluster/up.sh): its real node runs real containers from the local
images and serves them through a NodePort on its bridge address, its DNS answers cluster names only,
its pods reach nothing off the bridge, it survives a stalled API server and killed components, and
`cluster/down.sh` leaves the machine as it found it.

This module sorts before the stack tests, so its first test can bring a cluster up and down on a
machine where none runs yet; the others share the session's cluster."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import urllib.request
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from e2e.harness import ROOT, Cluster, Kubectl, toolchain_env
from e2e.host_state import HostState
from embedded_config import cluster_home, real_node

pytestmark = pytest.mark.e2e
NAMESPACE = "cluster-e2e"
NGINX_CONF = """pid /tmp/nginx.pid;
error_log /dev/stderr warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path /tmp/client; proxy_temp_path /tmp/proxy; fastcgi_temp_path /tmp/fastcgi;
  uwsgi_temp_path /tmp/uwsgi; scgi_temp_path /tmp/scgi;
  server { listen 8080; location / { return 200 "served by $hostname\\n"; } }
}
"""


def _script(name: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(ROOT / "cluster" / name)], env=env, capture_output=True, text=True
    )


def _real_node(home: Path) -> dict[str, str]:
    node = real_node(home)
    assert node, f"no real node: {home}/real-node.env missing (see cluster/up.sh's output)"
    return node


def _nginx_pod(name: str, image: str, uid: int) -> dict[str, object]:
    """A pod as the program makes them: non-root, read-only root, /tmp emptyDir, busybox init."""
    restricted = {
        "runAsNonRoot": True,
        "runAsUser": uid,
        "allowPrivilegeEscalation": False,
        "readOnlyRootFilesystem": True,
        "capabilities": {"drop": ["ALL"]},
        "seccompProfile": {"type": "RuntimeDefault"},
    }
    mounts = [{"name": "tmp", "mountPath": "/tmp"}]
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": name, "namespace": NAMESPACE, "labels": {"app": "probe"}},
        "spec": {
            "nodeSelector": {"stateful-app/real-node": "true"},
            "tolerations": [{"key": "stateful-app/real-node", "operator": "Exists"}],
            "initContainers": [
                {
                    "name": "seed",
                    "image": image,
                    "imagePullPolicy": "IfNotPresent",
                    "command": ["sh", "-c", "cp /etc/nginx/mime.types /tmp/seeded"],
                    "securityContext": restricted,
                    "volumeMounts": mounts,
                }
            ],
            "containers": [
                {
                    "name": "nginx",
                    "image": image,
                    "imagePullPolicy": "IfNotPresent",
                    "command": ["nginx", "-c", "/etc/nginx/app/nginx.conf", "-g", "daemon off;"],
                    "ports": [{"containerPort": 8080}],
                    "readinessProbe": {"httpGet": {"path": "/", "port": 8080}, "periodSeconds": 1},
                    "securityContext": restricted,
                    "volumeMounts": [
                        *mounts,
                        {"name": "config", "mountPath": "/etc/nginx/app", "readOnly": True},
                    ],
                }
            ],
            "volumes": [
                {"name": "tmp", "emptyDir": {}},
                {"name": "config", "configMap": {"name": "probe-nginx"}},
            ],
        },
    }


def _apply(kubectl: Kubectl, *objects: Mapping[str, object]) -> None:
    manifest = json.dumps({"apiVersion": "v1", "kind": "List", "items": list(objects)})
    result = subprocess.run(
        [kubectl.binary, "--kubeconfig", kubectl.kubeconfig, "apply", "-f", "-"],
        input=manifest,
        text=True,
        capture_output=True,
    )
    assert result.returncode == 0, result.stderr


def _deploy_probe(kubectl: Kubectl, image: str, digest_ref: str) -> None:
    kubectl.run("delete", "namespace", NAMESPACE, "--ignore-not-found", "--wait=true")
    kubectl.run("create", "namespace", NAMESPACE)
    config = {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": "probe-nginx", "namespace": NAMESPACE},
        "data": {"nginx.conf": NGINX_CONF},
    }
    service = {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": "probe", "namespace": NAMESPACE},
        "spec": {"type": "NodePort", "selector": {"app": "probe"}, "ports": [{"port": 8080}]},
    }
    # By tag as uid 101 (the image's user), by digest as an arbitrary high uid.
    _apply(
        kubectl,
        config,
        service,
        _nginx_pod("by-tag", image, 101),
        _nginx_pod("by-digest", digest_ref, 10001),
    )
    kubectl.run("wait", "-n", NAMESPACE, "--for=condition=Ready", "pod", "--all", "--timeout=90s")


def _get(url: str, timeout: float = 5) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        body: str = response.read().decode()
        return body


def test_down_leaves_the_machine_as_it_found_it() -> None:
    env = toolchain_env()
    home = str(cluster_home())
    if os.path.exists(os.path.join(home, "kubeconfig")):
        pytest.skip(f"a cluster already runs in {home}: the machine's 'before' is unknown")
    before = HostState.capture_stable(home)
    try:
        up = _script("up.sh", env)
        assert up.returncode == 0, up.stderr
        node = _real_node(Path(home))
        kubectl = Kubectl(_kubectl_binary(env), os.path.join(home, "kubeconfig"))
        # Real containers, shims, network namespaces, volumes and cgroups exist while it runs.
        _deploy_probe(kubectl, node["NGINX_IMAGE"].split("@")[0], node["NGINX_IMAGE"])
        during = HostState.capture(home)
        assert any("sa-real0" in line for line in before.differences(during)), "no bridge seen"
    finally:
        down = _script("down.sh", env)
    assert down.returncode == 0, down.stderr
    after = HostState.capture(home)
    assert before.differences(after) == []


def _kubectl_binary(env: dict[str, str]) -> str:
    for directory in env["PATH"].split(":"):
        candidate = Path(directory) / "kubectl"
        if candidate.exists() and "stateful-app-toolchain" in directory:
            return str(candidate)
    raise AssertionError("the toolchain's kubectl is not on PATH (make toolchain)")


@pytest.fixture(scope="module")
def probe(cluster: Cluster) -> Iterator[dict[str, str]]:
    """The session cluster's real node with the probe pods and their NodePort Service."""
    node = _real_node(cluster.home)
    _deploy_probe(cluster.kubectl, node["NGINX_IMAGE"].split("@")[0], node["NGINX_IMAGE"])
    yield node
    cluster.kubectl.run("delete", "namespace", NAMESPACE, "--wait=false", check=False)


def test_pods_run_the_local_image_by_tag_and_by_digest(cluster: Cluster, probe: dict[str, str]):
    name, digest = probe["NGINX_IMAGE"].split("@")
    for pod in cluster.kubectl.items("pods", NAMESPACE):
        status = pod["status"]["containerStatuses"][0]
        assert pod["spec"]["nodeName"] == "real-1", pod["metadata"]["name"]
        assert status["imageID"].endswith(digest), f"{pod['metadata']['name']}: {status}"
        assert status["image"].startswith("stateful-app.local/nginx-debian:"), status["image"]
    events = cluster.kubectl.run("get", "events", "-n", NAMESPACE, "-o", "json").stdout
    reasons = {event["reason"] for event in json.loads(events)["items"]}
    assert "Pulling" not in reasons and "Pulled" in reasons, reasons  # "already present"
    assert name.startswith("stateful-app.local/nginx-debian:")


def _wait_for_answer(url: str, seconds: float = 20) -> None:
    """Until kube-proxy has programmed a new Service (it syncs at most once a second)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            _get(url, timeout=2)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def test_nodeport_on_the_bridge_address_reaches_both_pods(cluster: Cluster, probe: dict[str, str]):
    service = cluster.kubectl.get("service", "probe", NAMESPACE)
    assert service is not None
    port = service["spec"]["ports"][0]["nodePort"]
    _wait_for_answer(f"http://{probe['REAL_NODE_IP']}:{port}/")
    seen = {_get(f"http://{probe['REAL_NODE_IP']}:{port}/").split()[-1] for _ in range(30)}
    assert seen == {"by-tag", "by-digest"}


def test_cluster_dns_answers_cluster_names_and_nothing_else(
    cluster: Cluster, probe: dict[str, str]
):
    exec_ = ("exec", "-n", NAMESPACE, "by-tag", "-c", "nginx", "--", "nslookup")
    inside = cluster.kubectl.run(*exec_, "kubernetes.default.svc.cluster.local", check=False)
    assert "10.0.0.1" in inside.stdout, inside.stdout + inside.stderr
    outside = cluster.kubectl.run(*exec_, "example.com.", check=False)
    assert "NXDOMAIN" in outside.stdout + outside.stderr, outside.stdout + outside.stderr


def test_a_service_with_only_fake_endpoints_fails_fast_inside_the_machine(
    cluster: Cluster, probe: dict[str, str]
):
    guard = subprocess.run(["iptables", "-S", "SA-GUARD-FWD"], capture_output=True, text=True)
    assert "REJECT" in guard.stdout, "guard chain missing: refusing to send pod traffic"
    kubectl = cluster.kubectl
    kubectl.run("create", "deployment", "fake", "-n", NAMESPACE, "--image=stateful-app.local/x:1")
    kubectl.run(
        "patch",
        "deployment",
        "fake",
        "-n",
        NAMESPACE,
        "-p",
        '{"spec":{"template":{"spec":{"nodeSelector":{"type":"kwok"}}}}}',
    )
    kubectl.run("expose", "deployment", "fake", "-n", NAMESPACE, "--port=80")
    kubectl.run("rollout", "status", "deployment/fake", "-n", NAMESPACE, "--timeout=60s")
    service = kubectl.get("service", "fake", NAMESPACE)
    assert service is not None
    started = time.monotonic()
    result = kubectl.run(
        "exec",
        "-n",
        NAMESPACE,
        "by-tag",
        "-c",
        "nginx",
        "--",
        "wget",
        "-T",
        "5",
        "-q",
        "-O-",
        f"http://{service['spec']['clusterIP']}/",
        check=False,
    )
    elapsed = time.monotonic() - started
    assert result.returncode != 0
    assert elapsed < 4, f"took {elapsed:.1f}s: the connection was not refused locally"


def _pid(cluster: Cluster, component: str) -> int:
    home = cluster.home
    files = [
        home / "node" / "run" / f"{component}.pid",
        home / "kwok" / "clusters" / "stateful-app" / "pids" / f"{component}.pid",
    ]
    for path in files:
        if path.exists():
            return int(path.read_text().strip())
    raise AssertionError(f"no pid file for {component}")


def _rollout(cluster: Cluster, name: str, on_real_node: bool) -> None:
    kubectl = cluster.kubectl
    kubectl.run("delete", "deployment", name, "-n", NAMESPACE, "--ignore-not-found", "--wait=true")
    image = _real_node(cluster.home)["NGINX_IMAGE"]
    kubectl.run("create", "deployment", name, "-n", NAMESPACE, f"--image={image}", "--replicas=2")
    placement = (
        {
            "nodeSelector": {"stateful-app/real-node": "true"},
            "tolerations": [{"key": "stateful-app/real-node", "operator": "Exists"}],
            "containers": [{"name": "nginx-debian", "command": ["sleep", "3600"]}],
            "terminationGracePeriodSeconds": 1,  # sleep as PID 1 ignores SIGTERM
        }
        if on_real_node
        else {"nodeSelector": {"type": "kwok"}}
    )
    patch = json.dumps({"spec": {"template": {"spec": placement}}})
    kubectl.run("patch", "deployment", name, "-n", NAMESPACE, "-p", patch)
    kubectl.run("rollout", "status", f"deployment/{name}", "-n", NAMESPACE, "--timeout=90s")


def test_a_45_second_api_server_stall_is_survived(cluster: Cluster, probe: dict[str, str]):
    others = ("kube-controller-manager", "kube-scheduler", "kwok-controller", "kubelet")
    pids = {component: _pid(cluster, component) for component in others}
    apiserver = _pid(cluster, "kube-apiserver")
    os.kill(apiserver, signal.SIGSTOP)
    try:
        time.sleep(45)
    finally:
        os.kill(apiserver, signal.SIGCONT)
    assert {component: _pid(cluster, component) for component in others} == pids, "restarted"
    assert all(os.path.exists(f"/proc/{pid}") for pid in pids.values())
    _rollout(cluster, "after-stall-fake", on_real_node=False)
    _rollout(cluster, "after-stall-real", on_real_node=True)


@pytest.mark.parametrize(
    "component", ["kube-controller-manager", "kwok-controller", "kubelet", "containerd", "coredns"]
)
def test_a_killed_component_is_restarted(cluster: Cluster, probe: dict[str, str], component: str):
    old = _pid(cluster, component)
    os.kill(old, signal.SIGKILL)
    up = _script("up.sh", cluster.env)
    assert up.returncode == 0, up.stderr
    assert _pid(cluster, component) != old
    assert "healthy" in up.stderr or "ready" in up.stderr, up.stderr
    _rollout(cluster, f"after-kill-{component}", on_real_node=True)


def test_a_claim_binds_to_the_real_nodes_disk(cluster: Cluster, probe: dict[str, str]):
    claim = {
        "apiVersion": "v1",
        "kind": "PersistentVolumeClaim",
        "metadata": {"name": "disk", "namespace": NAMESPACE},
        "spec": {
            "accessModes": ["ReadWriteOnce"],
            "storageClassName": "local-static",
            "resources": {"requests": {"storage": "1Gi"}},
        },
    }
    pod = _nginx_pod("writer", probe["NGINX_IMAGE"], 10001)
    spec = pod["spec"]
    assert isinstance(spec, dict)
    spec["securityContext"] = {"fsGroup": 10001}
    spec["volumes"].append({"name": "disk", "persistentVolumeClaim": {"claimName": "disk"}})
    spec["initContainers"][0]["command"] = ["sh", "-c", "echo written-in-a-pod > /disk/proof"]
    spec["initContainers"][0]["volumeMounts"].append({"name": "disk", "mountPath": "/disk"})
    _apply(cluster.kubectl, claim, pod)
    cluster.kubectl.run(
        "wait", "-n", NAMESPACE, "--for=condition=Ready", "pod/writer", "--timeout=90s"
    )
    bound = cluster.kubectl.get("pvc", "disk", NAMESPACE)
    assert bound is not None
    volume = cluster.kubectl.get("pv", bound["spec"]["volumeName"])
    assert volume is not None and volume["metadata"]["name"].startswith("real-1-pv-"), volume
    proof = Path(volume["spec"]["local"]["path"]) / "proof"
    assert proof.read_text() == "written-in-a-pod\n"
    cluster.kubectl.run("delete", "pod", "writer", "-n", NAMESPACE, "--wait=true")
    cluster.kubectl.run("delete", "pvc", "disk", "-n", NAMESPACE, "--wait=true")
    proof.unlink()
    cluster.kubectl.recycle_pool_volumes()
