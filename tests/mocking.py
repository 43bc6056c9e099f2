"""Pulumi mocks shared by the unit tests and the benchmark.

They record every registered resource with its wire-form inputs and simulate what the API server
would fill in (auto-names, Service node ports)."""

from __future__ import annotations

import asyncio
import base64
import copy
import hashlib
import runpy
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pulumi
import yaml
from pulumi.runtime.mocks import MockMonitor

from components import mocked_cluster
from components.database import KeptCredentials, credentials_secret_name

ROOT = Path(__file__).resolve().parent.parent
STACKS = ("dev", "test", "prod")


@dataclass
class Registered:
    """One resource as the engine received it."""

    type: str
    name: str
    inputs: dict[str, Any]

    @property
    def kind(self) -> str:
        return self.type.rsplit(":", 1)[-1]

    @property
    def k8s_name(self) -> str:
        return str(self.inputs.get("metadata", {}).get("name", ""))

    def manifest(self) -> dict[str, Any]:
        """The object as kubectl would see it: apiVersion and kind from the type token."""
        _, group_version, kind = self.type.split(":")
        group, version = group_version.split("/")
        api_version = version if group == "core" else f"{group}.k8s.io/{version}"
        if group in ("apps", "policy", "batch"):
            api_version = f"{group}/{version}"
        return {"apiVersion": api_version, "kind": kind, **self.inputs}


def _plain(value: Any) -> Any:
    """Wire numbers arrive as floats; give whole numbers back their int type."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


# What pulumi-tls would compute (PEM-shaped stand-ins: no key is generated under mocks).
TLS_OUTPUTS = {
    "tls:index/privateKey:PrivateKey": {"privateKeyPem": "-----BEGIN PRIVATE KEY-----mock"},
    "tls:index/selfSignedCert:SelfSignedCert": {"certPem": "-----BEGIN CERTIFICATE-----mock-ca"},
    "tls:index/certRequest:CertRequest": {"certRequestPem": "-----BEGIN CERTIFICATE REQUEST-----"},
    "tls:index/locallySignedCert:LocallySignedCert": {"certPem": "-----BEGIN CERTIFICATE-----mock"},
}


def random_result(name: str, keepers: Any, length: int) -> str:
    """A RandomPassword's result under mocks: alphanumeric, distinct per resource and keepers
    (a new generation is a new value), the same on every run."""
    digest = hashlib.sha256(f"{name}|{_plain(keepers)}".encode()).hexdigest()
    return (digest * (length // len(digest) + 1))[:length]


class RecordingMocks(pulumi.runtime.Mocks):
    def __init__(self) -> None:
        self.resources: list[Registered] = []
        self.retained_on_delete: set[str] = set()
        self.custom_timeouts: dict[str, tuple[str, str]] = {}
        self.depends_on: dict[str, list[str]] = {}  # resource name -> names it depends on
        self.cluster: FakeCluster | None = None  # what the program's cluster reads see
        self._next_port = 30100

    def new_resource(self, args: pulumi.runtime.MockResourceArgs) -> tuple[str | None, dict]:
        state = dict(args.inputs)
        self.resources.append(Registered(args.typ, args.name, _plain(args.inputs)))
        if args.typ.startswith("kubernetes:"):
            metadata = dict(state.get("metadata") or {})
            metadata.setdefault("name", f"{args.name}-abc123")  # Pulumi auto-naming
            state["metadata"] = metadata
            if args.typ == "kubernetes:core/v1:Service":
                state["spec"] = self._allocate_node_ports(dict(state.get("spec") or {}))
        if args.typ == "random:index/randomPassword:RandomPassword":
            state["result"] = random_result(
                args.name, args.inputs.get("keepers"), int(args.inputs.get("length", 16))
            )
        state.update(TLS_OUTPUTS.get(args.typ, {}))
        return f"{args.name}-id", state

    def _allocate_node_ports(self, spec: dict[str, Any]) -> dict[str, Any]:
        if spec.get("type") in ("NodePort", "LoadBalancer"):
            ports = []
            for port in spec.get("ports", []):
                self._next_port += 1
                ports.append({"nodePort": self._next_port, **port})
            spec["ports"] = ports
        return spec

    def call(self, args: pulumi.runtime.MockCallArgs) -> tuple[dict, list[tuple[str, str]] | None]:
        """The program's cluster reads (components/mocked_cluster.py) go to self.cluster."""
        if args.token == mocked_cluster.GET_TOKEN and self.cluster:
            found = self.cluster.get(args.args["path"])
            return ({"object": found} if found is not None else {}), []
        if args.token == mocked_cluster.DELETE_TOKEN and self.cluster:
            self.cluster.delete(args.args["path"], args.args.get("body") or {})
        return {}, []

    def of_kind(self, kind: str) -> list[Registered]:
        return [r for r in self.resources if r.type.startswith("kubernetes:") and r.kind == kind]

    def named(self, kind: str, name: str) -> Registered:
        found = [r for r in self.of_kind(kind) if r.k8s_name == name]
        assert len(found) == 1, f"expected one {kind} named {name!r}, found {len(found)}"
        return found[0]

    def kubernetes(self) -> list[Registered]:
        return [r for r in self.resources if r.type.startswith("kubernetes:")]


class RecordingMonitor(MockMonitor):
    """Also records resource options that Mocks.new_resource does not see."""

    def __init__(self, mocks: RecordingMocks) -> None:
        super().__init__(mocks)
        self.recorder = mocks

    def RegisterResource(self, request: Any) -> Any:
        if request.retainOnDelete:
            self.recorder.retained_on_delete.add(request.name)
        timeouts = request.customTimeouts
        if timeouts.create or timeouts.update:
            self.recorder.custom_timeouts[request.name] = (timeouts.create, timeouts.update)
        self.recorder.depends_on[request.name] = [
            u.rsplit("::", 1)[-1] for u in request.dependencies
        ]
        return super().RegisterResource(request)


def use_mocks(recorder: RecordingMocks, stack: str) -> None:
    pulumi.runtime.set_mocks(
        recorder,
        project="stateful-app",
        stack=stack,
        preview=False,
        monitor=RecordingMonitor(recorder),
    )


def _wait(awaitable: Awaitable[Any]) -> Any:
    # The program ran to completion on this thread's event loop (pulumi's mocks run it there), so
    # an Output's value is one run_until_complete away: no SDK internals needed.
    return asyncio.get_event_loop().run_until_complete(awaitable)


def resolve(output: Any) -> Any:
    """The value of an Output after the program ran under mocks."""
    return _wait(pulumi.Output.from_input(output).future())


def is_secret(output: Any) -> bool:
    return bool(_wait(pulumi.Output.from_input(output).is_secret()))


# How a secret value travels to the engine in the resource protocol (Pulumi's documented wire
# format: a map with this signature key and value around "value"), so a test of what the program
# sends reads it from the recorded inputs without the SDK's private names.
SECRET_SIGNATURE = ("4dabf18193072939515e22adb298388d", "1b47061264138c4ac30d75fd1eb44270")


def sent_as_secret(value: Any) -> bool:
    key, signature = SECRET_SIGNATURE
    return isinstance(value, dict) and value.get(key) == signature


def unwrap_secrets(value: Any) -> Any:
    """The inputs as the object Kubernetes receives: every secret envelope opened."""
    if sent_as_secret(value):
        return unwrap_secrets(value["value"])
    if isinstance(value, dict):
        return {key: unwrap_secrets(item) for key, item in value.items()}
    if isinstance(value, list):
        return [unwrap_secrets(item) for item in value]
    return value


def stack_config(stack: str) -> dict[str, str]:
    """A stack file's config as the engine passes it: 'project:key' -> string."""
    data = yaml.safe_load((ROOT / "stacks" / f"Pulumi.{stack}.yaml").read_text())["config"]
    return {
        key: str(value).lower() if isinstance(value, bool) else str(value)
        for key, value in data.items()
    }


def fresh_mocks(stack: str = "dev") -> RecordingMocks:
    """Installs new recording mocks with empty config (for a component under test)."""
    recorder = RecordingMocks()
    use_mocks(recorder, stack)
    pulumi.runtime.set_all_config({})
    return recorder


def run(fn: Callable[[], Any]) -> Any:
    """Runs fn inside the Pulumi runtime and waits until every registration is done."""
    result: dict[str, Any] = {}

    @pulumi.runtime.test
    def body() -> None:
        result["value"] = fn()

    body()
    return result.get("value")


@dataclass
class Program:
    """The outcome of running __main__.py for one stack under mocks."""

    mocks: RecordingMocks
    outputs: dict[str, Any]


# A TLS Secret as cert-manager or `kubectl create secret tls` writes it (base64 data).
VALID_TLS_SECRET = {
    "tls.crt": base64.b64encode(b"-----BEGIN CERTIFICATE-----\nMIIB\n").decode(),
    "tls.key": base64.b64encode(b"-----BEGIN PRIVATE KEY-----\nMIIE\n").decode(),
}


@dataclass
class FakeCluster:
    """The live objects a program run under mocks reads (components/mocked_cluster.py), by API
    path, plus Secrets found by name in any namespace (base64 data); records each DELETE with the
    names of the resources registered by then."""

    objects: dict[str, dict[str, Any]] = field(default_factory=dict)
    deleted: list[tuple[str, dict[str, Any], list[str]]] = field(default_factory=list)
    recorder: RecordingMocks | None = None
    secrets: dict[str, Mapping[str, str]] = field(default_factory=dict)

    def get(self, path: str) -> dict[str, Any] | None:
        found = self.objects.get(path)
        if found is None and "/secrets/" in path:
            data = self.secrets.get(path.rsplit("/", 1)[-1])
            found = {"data": dict(data)} if data is not None else None
        return copy.deepcopy(found) if found is not None else None

    def delete(self, path: str, body: Mapping[str, Any]) -> None:
        registered = [r.name for r in self.recorder.resources] if self.recorder else []
        self.deleted.append((path, dict(body), registered))
        self.objects.pop(path, None)


def run_program(
    stack: str,
    overrides: dict[str, str] | None = None,
    kept_credentials: KeptCredentials | None = None,
    cluster: FakeCluster | None = None,
    tls_secret: Mapping[str, str] | None = VALID_TLS_SECRET,
) -> Program:
    """Runs __main__.py under mocks with a stack file's config plus overrides ('key': value).
    The cluster holds no kept credentials Secret unless kept_credentials is given, and no claims
    or StatefulSet unless `cluster` has them (the program's cluster reads are answered by the
    mocks, components/mocked_cluster.py); the TLS Secret a stack names holds tls_secret's data
    (None: it does not exist)."""
    recorder = RecordingMocks()
    live = cluster or FakeCluster()
    live.recorder = recorder
    recorder.cluster = live
    use_mocks(recorder, stack)
    config = stack_config(stack)
    config.update({f"stateful-app:{key}": value for key, value in (overrides or {}).items()})
    if kept_credentials is not None:
        plain = kept_credentials  # plain strings in these tests (Inputs in general)
        kept = mocked_cluster.kept_credentials(
            "",
            str(plain.root_password),
            str(plain.keyfile),
            {user: str(password) for user, password in plain.user_passwords.items()},
        )
        live.secrets.setdefault(credentials_secret_name("db"), kept["data"])
    if tls_secret is not None and config.get("stateful-app:lbTlsSecret"):
        live.secrets.setdefault(config["stateful-app:lbTlsSecret"], tls_secret)
    pulumi.runtime.set_all_config(config)
    namespace = run(lambda: runpy.run_path(str(ROOT / "__main__.py"), run_name="__main__"))
    app = namespace["app"]
    outputs = {
        "namespace": resolve(app.namespace),
        "url": resolve(app.url),
        "db_hosts": resolve(app.db_hosts),
        "db_connection_string": app.db_connection_string,
        "ca_certificate": resolve(app.ca_certificate),
        "db_ca_certificate": resolve(app.db_ca_certificate),
    }
    return Program(recorder, outputs)
