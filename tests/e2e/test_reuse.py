"""Reuse end to end: the pip-installed components (examples/python), the component package from
Pulumi YAML (examples/yaml), a StackReference to the app (examples/stack-reference), and the
Python language host exiting with a kill -9'd engine.

Everything is offline: each example's virtualenv reaches the project's packages through a .pth
file, the components' distribution is built from this checkout with pip --no-index, and the
language host's own `pip install` (plugin dependencies) runs with PIP_NO_INDEX."""

import base64
import os
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from e2e.harness import ROOT, Cluster, Kubectl, StackHandle, open_stack, program_stack
from e2e.real_node import require_real_node
from e2e.traffic import fetch
from embedded_config import REAL_NODE_LABEL, REAL_NODE_TAINT

pytestmark = pytest.mark.e2e

EXAMPLES = ROOT / "examples"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
OFFLINE_PIP = {"PIP_NO_INDEX": "1", "PIP_NO_BUILD_ISOLATION": "0"}  # "0" disables isolation


def offline_venv(path: Path) -> Path:
    """A virtualenv that sees the project's installed packages (pulumi, providers' SDKs, wheel)."""
    subprocess.run([sys.executable, "-m", "venv", str(path)], check=True)
    site = next(path.glob("lib/python3*/site-packages"))
    deps = next((ROOT / ".venv").glob("lib/python3*/site-packages"))
    (site / "project-deps.pth").write_text(f"{deps}\n")
    return path / "bin" / "python"


def copy_example(name: str, dest: Path) -> Path:
    ignore = shutil.ignore_patterns("venv", "__pycache__", "Pulumi.*.yaml")
    shutil.copytree(EXAMPLES / name, dest, ignore=ignore)
    return dest


def ready(kubectl: Kubectl, kind: str, name: str, namespace: str) -> bool:
    obj = kubectl.get(kind, name, namespace)
    if obj is None:
        return False
    want = obj["spec"].get("replicas", 1)
    status = obj.get("status", {})
    return status.get("readyReplicas") == want and status.get("updatedReplicas", want) == want


def uri_secret_of(kubectl: Kubectl, app_stack: str, namespace: str) -> str:
    """The Secret the web pods read $MONGODB_URI_FILE from (a mounted file, never an env value)."""
    obj = kubectl.get("deployment", app_stack, namespace)
    assert obj is not None
    spec = obj["spec"]["template"]["spec"]
    env = {e["name"]: e for e in spec["containers"][0]["env"]}
    path = env["MONGODB_URI_FILE"]["value"]
    mount = next(
        m for m in spec["containers"][0]["volumeMounts"] if path.startswith(m["mountPath"])
    )
    volume = next(v for v in spec["volumes"] if v["name"] == mount["name"])
    return str(volume["secret"]["secretName"])


def teardown(app_stack: StackHandle, kubectl: Kubectl) -> None:
    app_stack.stack.destroy(on_output=print)
    kubectl.remove_stack_leftovers(app_stack.namespace)


def test_python_program_installs_the_components_and_deploys_its_own_service(
    cluster: Cluster, tmp_path: Path
) -> None:
    project = copy_example("python", tmp_path / "orders")
    python = offline_venv(project / "venv")
    # What requirements.txt does (this checkout by path), offline.
    subprocess.run(
        [python, "-m", "pip", "install", "-q", "--no-index", "--no-build-isolation", str(ROOT)],
        check=True,
    )
    subprocess.run([python, "-m", "pip", "check"], check=True)
    probe = "import importlib.metadata as m, stateful_app_components as c; "
    probe += "print(m.version('stateful-app-components'), c.__file__)"
    version, location = subprocess.run(
        [python, "-c", probe], check=True, capture_output=True, text=True
    ).stdout.split()
    assert version == VERSION and "site-packages/stateful_app_components" in location

    # The service's own image (the guestbook stands in for the orders app) on the real node,
    # where its web pods run as real containers; the members stay on fake nodes.
    require_real_node(cluster)
    cluster.import_image("guestbook")
    node = cluster.real_node
    ns = "orders-e2e"
    app_stack = open_stack(cluster, project, "e2e", tmp_path, ns)
    app_stack.set("namespace", ns)
    app_stack.set("webImage", node["GUESTBOOK_IMAGE"])
    app_stack.set("webNodeSelector", REAL_NODE_LABEL)
    app_stack.set("webTolerations", REAL_NODE_TAINT)
    try:
        result, _ = app_stack.up()
        kubectl = cluster.kubectl
        assert ready(kubectl, "statefulset", "orders-db", ns)
        assert ready(kubectl, "deployment", "orders-web", ns)
        assert ready(kubectl, "deployment", "orders-lb", ns)
        for service in ("orders-db", "orders-web", "orders-lb"):
            assert kubectl.get("service", service, ns) is not None
        web = kubectl.get("deployment", "orders-web", ns)
        assert web is not None
        container = web["spec"]["template"]["spec"]["containers"][0]
        assert (container["name"], container["image"]) == ("app", node["GUESTBOOK_IMAGE"])
        assert uri_secret_of(kubectl, "orders-web", ns) == "orders-db-connection"
        # Its own user on its own database, never root (root stays in orders-db-credentials).
        secret = kubectl.get("secret", "orders-db-connection", ns)
        assert secret is not None
        uri = urlsplit(base64.b64decode(secret["data"]["uri"]).decode())
        assert (uri.username, uri.path) == ("orders", "/orders"), uri.path
        assert parse_qs(uri.query) == {"replicaSet": ["orders"], "authSource": ["orders"]}
        # The app answers from every web pod (on the real node's bridge): its page names the pod
        # and, with the members on fake nodes, says the database is unreachable and why.
        pods = [
            p for p in kubectl.items("pods", ns) if p["metadata"]["name"].startswith("orders-web")
        ]
        assert len(pods) == 3, [p["metadata"]["name"] for p in pods]
        for pod in pods:
            assert pod["status"]["hostIP"] == node["REAL_NODE_IP"], pod["spec"].get("nodeName")
            reply = fetch(f"http://{pod['status']['podIP']}:8080/")
            body = reply.body.decode()
            assert reply.status == 200 and reply.pod == pod["metadata"]["name"], body[:300]
            assert "database unreachable: " in body and "Latest entries" not in body, body[:600]
        member_nodes = {
            kubectl.get("pod", f"orders-db-{i}", ns)["spec"]["nodeName"]  # type: ignore[index]
            for i in range(3)
        }
        assert len(member_nodes) == 3, "anti_affinity=required: three members on three nodes"
        assert result.outputs["mongo"].secret
        assert result.outputs["url"].value == f"http://orders-lb.{ns}.svc.cluster.local/"
    finally:
        teardown(app_stack, cluster.kubectl)


def provider_copy(tmp: Path) -> Path:
    """The component package as `pulumi package add` finds it, its requirements pointing to this
    checkout by absolute path (the copy is elsewhere)."""
    provider = tmp / "pkg" / "provider"
    shutil.copytree(
        ROOT / "provider", provider, ignore=shutil.ignore_patterns("venv", "__pycache__")
    )
    (provider / "requirements.txt").write_text(f"{ROOT}\n")
    offline_venv(provider / "venv")
    return provider


def test_yaml_program_uses_the_component_package(cluster: Cluster, tmp_path: Path) -> None:
    provider = provider_copy(tmp_path)
    project = copy_example("yaml", tmp_path / "catalog")
    spec = yaml.safe_load((project / "Pulumi.yaml").read_text())
    del spec["packages"]
    (project / "Pulumi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))

    ns = "catalog-e2e"
    app_stack = open_stack(cluster, project, "e2e", tmp_path, ns, extra_env=OFFLINE_PIP)
    # The README's first command, as a user runs it: the package's schema comes from the plugin.
    env = {**app_stack.env, "PULUMI_HOME": str(app_stack.pulumi_home)}
    added_run = subprocess.run(
        ["pulumi", "package", "add", str(provider)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    assert added_run.returncode == 0, added_run.stdout + added_run.stderr
    added = yaml.safe_load((project / "Pulumi.yaml").read_text())["packages"]["stateful-app"]
    assert Path(project, added).resolve() == provider.resolve()
    app_stack.set("namespace", ns)
    # This example's pods run wherever the scheduler puts them; the embedded cluster's real node is
    # tainted for the nginx tiers of the main program, so keep the asset volume on a fake node.
    app_stack.set("storageNode", "kubernetes.io/hostname=worker-1")
    try:
        result, events = app_stack.up()
        created = {step[1] for step in events.ops("create")}
        assert {
            f"stateful-app:index:{c}"
            for c in ("DatabaseTier", "AssetTier", "WebTier", "LoadBalancerTier")
        } <= created
        kubectl = cluster.kubectl
        assert ready(kubectl, "statefulset", "catalog-db", ns)
        for name in ("catalog-web", "catalog-assets", "catalog-lb"):
            assert ready(kubectl, "deployment", name, ns), name
        claim = kubectl.get("pvc", "catalog-assets-data", ns)
        assert claim is not None and claim["status"]["phase"] == "Bound"
        # Outputs wired across the package boundary: the db's Secret name into the web pods,
        # the web and asset Services into the load balancer's nginx.conf.
        assert uri_secret_of(kubectl, "catalog-web", ns) == "catalog-db-connection"
        configs = [
            c["data"].get("nginx.conf", "") for c in kubectl.items("configmaps", ns) if "data" in c
        ]
        assert any(f"server catalog-web-pods.{ns}.svc.cluster.local:8080" in c for c in configs)
        assert any(f"server catalog-assets-pods.{ns}.svc.cluster.local:8080" in c for c in configs)
        assert result.outputs["connectionString"].secret
        assert len(result.outputs["dbHosts"].value) == 3
    finally:
        teardown(app_stack, cluster.kubectl)


def test_stack_reference_reads_the_app_outputs_and_keeps_the_secret_secret(
    cluster: Cluster, tmp_path: Path
) -> None:
    app = program_stack(cluster, "test", tmp_path / "app")
    project = copy_example("stack-reference", tmp_path / "consumer")
    offline_venv(project / "venv")
    consumer = open_stack(cluster, project, "test", tmp_path / "app", app.namespace)
    consumer.set("appStack", "organization/stateful-app/test")
    try:
        app_result, _ = app.up(quiet=True)
        result, _ = consumer.up()
        assert result.outputs["appUrl"].value == app_result.outputs["url"].value
        assert result.outputs["dbHosts"].value == app_result.outputs["dbHosts"].value
        secret = result.outputs["dbConnectionString"]
        assert secret.secret and secret.value == app_result.outputs["dbConnectionString"].value
        assert consumer.cli("stack", "output", "dbConnectionString").strip() == "[secret]"
        state = consumer.cli("stack", "export")
        password = secret.value.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
        assert password not in state, "the secret is stored encrypted in the consumer's state"
    finally:
        consumer.stack.destroy(on_output=print)
        teardown(app, cluster.kubectl)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _command(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ")
    except OSError:
        return ""


def test_language_host_exits_when_the_engine_is_killed(cluster: Cluster, tmp_path: Path) -> None:
    app = program_stack(cluster, "dev", tmp_path / "app")
    env = {**app.env, "PULUMI_HOME": str(app.pulumi_home)}
    command = [
        "pulumi",
        "up",
        "--yes",
        "--skip-preview",
        "--stack",
        "dev",
        "--cwd",
        str(app.workdir),
    ]
    engine = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    hosts: list[int] = []
    program: list[int] = []
    started: list[int] = []
    try:
        # The engine may start a host for plugin queries before the one that runs the program.
        deadline = time.monotonic() + 120
        while not program and time.monotonic() < deadline:
            started = _children(engine.pid)
            hosts = [p for p in started if "pulumi-language-python" in _command(p)]
            program = [p for h in hosts for p in _children(h)]
            time.sleep(0.2)
        assert program, "the engine started no Python language host running the program"
        time.sleep(2)  # the program registers resources
        started = _children(engine.pid)  # the host and the provider plugins by now
        os.kill(engine.pid, signal.SIGKILL)
        engine.wait()
        deadline = time.monotonic() + 20
        alive = hosts + program
        while alive and time.monotonic() < deadline:
            alive = [p for p in alive if _running(p)]
            time.sleep(0.2)
        assert not alive, (
            f"still running after the engine was killed: {[_command(p) for p in alive]}"
        )
    finally:
        # The provider plugins the killed engine started do not watch it (upstream's, not ours).
        for pid in started:
            if _running(pid):
                os.kill(pid, signal.SIGKILL)
        cluster.kubectl.remove_stack_leftovers(app.namespace)


def _running(pid: int) -> bool:
    """Exists and is not a zombie (an exited child not yet reaped)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
