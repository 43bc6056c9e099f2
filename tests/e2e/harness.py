"""End-to-end harness: the real Pulumi engine and providers (built by `make toolchain`) against
the local cluster (cluster/up.sh), through the Automation API.

Each stack runs from a copy of the project in a temporary directory, with its own file backend,
PULUMI_HOME and passphrase, so the repo's stack files are never modified."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from pulumi import automation as auto

from embedded_config import overlay, real_node

ROOT = Path(__file__).resolve().parents[2]
PROJECT_FILES = ("Pulumi.yaml", "__main__.py", "requirements.txt", "components", "stacks")
# Operations that would swap an object for a new one (and with a claim, its data).
REPLACING = {"replace", "create-replacement", "delete-replaced", "discard-replaced"}
DATA_KINDS = ("PersistentVolumeClaim", "PersistentVolume", "StatefulSet", "Namespace")


def toolchain_env() -> dict[str, str]:
    """The environment toolchain/env.sh sets up (PATH to the built binaries and Pulumi flags)."""
    out = subprocess.run(
        ["bash", "-c", f'. "{ROOT}/toolchain/env.sh" && env -0'],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(item.split("=", 1) for item in out.split("\0") if "=" in item)


@dataclass
class Kubectl:
    binary: str
    kubeconfig: str

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [self.binary, "--kubeconfig", self.kubeconfig, *args]
        return subprocess.run(command, check=check, capture_output=True, text=True)

    def items(self, kind: str, namespace: str | None = None) -> list[dict[str, Any]]:
        scope = ["-n", namespace] if namespace else []
        return json.loads(self.run("get", kind, *scope, "-o", "json").stdout)["items"]

    def remove_stack_leftovers(self, namespace: str) -> None:
        """Deletes what a stack (or prod's retained data, or a crashed run) left in the cluster:
        the namespace with its claims and the asset PV, then frees the pool volumes they held."""
        self.run("delete", "namespace", namespace, "--wait=true", check=False)
        self.run("delete", "pv", f"{namespace}-assets", "--wait=true", check=False)
        self.recycle_pool_volumes()

    def recycle_pool_volumes(self) -> None:
        """Makes Released volumes of the cluster's static pool Available again by dropping their
        claimRef, as the local static provisioner does after wiping a disk (dev destroys release
        their member volumes; without this, repeated runs would drain the pool)."""
        for volume in self.items("pv"):
            pool = "stateful-app/pv-node" in volume["metadata"].get("labels", {})
            if pool and volume["status"].get("phase") == "Released":
                patch = '[{"op": "remove", "path": "/spec/claimRef"}]'
                self.run("patch", "pv", volume["metadata"]["name"], "--type=json", "-p", patch)

    def get(self, kind: str, name: str, namespace: str | None = None) -> dict[str, Any] | None:
        scope = ["-n", namespace] if namespace else []
        result = self.run("get", kind, name, *scope, "-o", "json", check=False)
        return json.loads(result.stdout) if result.returncode == 0 else None


@dataclass
class Cluster:
    kubeconfig: str
    kubectl: Kubectl
    env: dict[str, str]
    home: Path

    @property
    def real_node(self) -> dict[str, str]:
        """cluster/up.sh's facts about the real node; empty on a fake-only cluster."""
        return real_node(self.home)

    @property
    def storage_node(self) -> str:
        """The node labelled storage-node=true: the real node when there is one."""
        return self.real_node.get("REAL_NODE", "worker-1")

    def import_image(self, name: str) -> None:
        """Builds (when missing) and imports an image into the real node on request, as
        `make up APP=<name>` does (cluster/real-node.sh image); real_node then names it."""
        command = ["bash", str(ROOT / "cluster" / "real-node.sh"), "image", name]
        subprocess.run(command, check=True, env=self.env)

    @property
    def node_address(self) -> str:
        """Where NodePorts answer (and the exported URL points): the real node's address."""
        return self.real_node.get("REAL_NODE_IP", "localhost")


def start_cluster() -> tuple[Cluster, bool]:
    """Starts the local cluster unless it runs; says whether this call started it."""
    env = toolchain_env()
    home = env.get("LOCAL_CLUSTER_HOME") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "stateful-app-cluster"
    )
    kubeconfig = os.path.join(home, "kubeconfig")
    already_up = os.path.exists(kubeconfig)
    subprocess.run(["bash", str(ROOT / "cluster" / "up.sh")], check=True, env=env)
    kubectl = Kubectl(shutil.which("kubectl", path=env["PATH"]) or "kubectl", kubeconfig)
    return Cluster(kubeconfig, kubectl, env, Path(home)), not already_up


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    """The local cluster; stopped at the end if this session started it."""
    running, started = start_cluster()
    running.kubectl.recycle_pool_volumes()
    yield running
    running.kubectl.recycle_pool_volumes()
    if started:
        subprocess.run(["bash", str(ROOT / "cluster" / "down.sh")], check=True, env=running.env)


@dataclass
class Events:
    """Engine events of one operation: which resources were created, updated, replaced, and
    when each step started and finished (engine sequence numbers and timestamps)."""

    steps: list[tuple[str, str, str]] = field(default_factory=list)  # (op, type, name)
    started: dict[str, tuple[int, int]] = field(default_factory=dict)  # name: (sequence, time)
    finished: dict[str, tuple[int, int]] = field(default_factory=dict)

    def __call__(self, event: auto.EngineEvent) -> None:
        pre, done = event.resource_pre_event, event.res_outputs_event
        if pre is not None:
            meta = pre.metadata
            name = meta.urn.rsplit("::", 1)[-1]
            self.steps.append((str(meta.op.value), meta.type, name))
            self.started[name] = (event.sequence, event.timestamp)
        if done is not None:
            name = done.metadata.urn.rsplit("::", 1)[-1]
            self.finished[name] = (event.sequence, event.timestamp)

    def ops(self, *ops: str) -> list[tuple[str, str, str]]:
        return [step for step in self.steps if step[0] in ops]

    def replaced_data(self) -> list[tuple[str, str, str]]:
        return [s for s in self.ops(*REPLACING) if s[1].rsplit(":", 1)[-1] in DATA_KINDS]


@dataclass
class StackHandle:
    """A handle on one stack of a Pulumi project, opened but not deployed: its `up`, config and
    CLI, with the namespace its objects go to."""

    stack: auto.Stack
    name: str
    namespace: str
    workdir: Path
    env: dict[str, str]
    pulumi_home: Path

    def up(self, quiet: bool = False, **kwargs: Any) -> tuple[auto.UpResult, Events]:
        events = Events()
        result = self.stack.up(on_event=events, on_output=_silent if quiet else _log, **kwargs)
        return result, events

    def set(self, key: str, value: str) -> None:
        self.stack.set_config(key, auto.ConfigValue(value))

    def cli(self, *args: str, pulumi_home: Path | None = None) -> str:
        """Runs the pulumi CLI on this stack as a user would (the Automation API's export, for
        one, always adds --show-secrets); pulumi_home overrides the stack's own."""
        env = {**self.env, "PULUMI_HOME": str(pulumi_home or self.pulumi_home)}
        command = ["pulumi", *args, "--stack", self.name, "--cwd", str(self.workdir)]
        return subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout


def _silent(line: str) -> None:
    """Drops engine progress (benchmarks print only their figures)."""


def _log(line: str) -> None:
    """Engine progress, shown by pytest when a test fails (captured stdout)."""
    print(line, end="")


# What a stack file holds about its secrets provider (`make up` writes the salt of its passphrase).
SECRETS_PROVIDER_KEYS = ("encryptionsalt", "encryptedkey", "secretsprovider")


def _drop_secrets_provider(stack_file: Path) -> None:
    """A private copy gets its own passphrase, so it must not carry another one's salt."""
    if not stack_file.exists():
        return
    document = yaml.safe_load(stack_file.read_text()) or {}
    if any(key in document for key in SECRETS_PROVIDER_KEYS):
        kept = {k: v for k, v in document.items() if k not in SECRETS_PROVIDER_KEYS}
        stack_file.write_text(yaml.safe_dump(kept, sort_keys=False))


def private_stack(
    workdir: Path, stack_name: str, tmp: Path, env: dict[str, str]
) -> tuple[auto.Stack, dict[str, str]]:
    """The project in workdir as stack_name, with the file backend tmp/backend (shared by the
    projects of one test, so StackReferences resolve), its own PULUMI_HOME and a passphrase per
    stack name; returns the stack and the environment its commands run with."""
    (tmp / "backend").mkdir(exist_ok=True)
    subprocess.run(
        ["bash", str(ROOT / "scripts" / "pulumi-home.sh"), str(tmp / "pulumi-home")], check=True
    )
    _drop_secrets_provider(workdir / "stacks" / f"Pulumi.{stack_name}.yaml")
    env = {
        "PULUMI_BACKEND_URL": f"file://{tmp / 'backend'}",
        "PULUMI_CONFIG_PASSPHRASE": f"e2e-{stack_name}-passphrase",
        **env,
    }
    # The Automation API puts the directory of its pulumi binary first on PATH; a directory holding
    # only that binary keeps env.sh's order for the plugins (a language host cached next to the CLI
    # by an older toolchain would otherwise shadow the current one).
    cli_root = tmp / "pulumi-cli"
    if not (cli_root / "bin" / "pulumi").exists():
        (cli_root / "bin").mkdir(parents=True)
        (cli_root / "bin" / "pulumi").symlink_to(
            shutil.which("pulumi", path=env["PATH"]) or "pulumi"
        )
    opts = auto.LocalWorkspaceOptions(
        work_dir=str(workdir),
        pulumi_home=str(tmp / "pulumi-home"),
        env_vars=env,
        pulumi_command=auto.PulumiCommand(root=str(cli_root)),
    )
    stack = auto.create_or_select_stack(stack_name=stack_name, work_dir=str(workdir), opts=opts)
    return stack, env


def open_stack(
    cluster: Cluster,
    workdir: Path,
    stack_name: str,
    tmp: Path,
    namespace: str,
    extra_env: dict[str, str] | None = None,
) -> StackHandle:
    """A stack of the Pulumi project in workdir against the cluster (see private_stack)."""
    env = {**cluster.env, "KUBECONFIG": cluster.kubeconfig, **(extra_env or {})}
    stack, env = private_stack(workdir, stack_name, tmp, env)
    return StackHandle(stack, stack_name, namespace, workdir, env, tmp / "pulumi-home")


def program_stack(
    cluster: Cluster, stack_name: str, tmp: Path, app: str | None = None
) -> StackHandle:
    """This program's stack_name from a private copy of the project, with what `make up` adds
    on the embedded cluster (see cluster/embedded_config.py), and with app what
    `make up APP=<app>` adds (its image imported first: Cluster.import_image)."""
    workdir = tmp / "project"
    workdir.mkdir(parents=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, workdir / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, workdir / name)
    (workdir / ".venv").symlink_to(ROOT / ".venv")
    app_stack = open_stack(cluster, workdir, stack_name, tmp, f"stateful-app-{stack_name}")
    stack_file = yaml.safe_load((workdir / "stacks" / f"Pulumi.{stack_name}.yaml").read_text())
    extra = overlay(stack_file.get("config") or {}, cluster.real_node, app)
    app_stack.stack.set_all_config(
        {f"stateful-app:{k}": auto.ConfigValue(v) for k, v in extra.items()}
    )
    return app_stack
