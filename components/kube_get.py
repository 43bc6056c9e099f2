"""One authenticated GET against the cluster the kubernetes provider deploys to, without the
`kubernetes` Python client (importing it costs ~0.5 s on every `pulumi up`; this costs ~30 ms).

It follows kubectl's kubeconfig rules for what clusters commonly use: a kubeconfig given as a path
or as content (the provider's `kubernetes:kubeconfig`), else the KUBECONFIG list (first file to
name an entry wins) or ~/.kube/config, else the in-cluster service account; a named or current
context; the cluster's CA (file or data) or insecure-skip-tls-verify; client certificates, bearer
tokens (inline or tokenFile), basic auth and exec credential plugins; relative paths resolve against
the file that names them; HTTP(S)_PROXY/NO_PROXY apply as with urllib.

What it does not do (auth-provider, proxy-url, tls-server-name, impersonation) raises
`Unsupported` naming the kubeconfig key, so the caller can use a fuller client instead.
"""

from __future__ import annotations

import base64
import json
import os
import ssl
import subprocess
import tempfile
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

IN_CLUSTER = Path("/var/run/secrets/kubernetes.io/serviceaccount")
TIMEOUT_SECONDS = 15
UNSUPPORTED_USER_KEYS = ("auth-provider", "as", "as-groups", "as-uid", "as-user-extra")
UNSUPPORTED_CLUSTER_KEYS = ("proxy-url", "tls-server-name")


class Unsupported(Exception):
    """The kubeconfig needs something this reader does not implement (the message names it)."""


class HttpError(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(f"HTTP {status} {reason}")
        self.status = status
        self.reason = reason


@dataclass
class Entry:
    """A cluster or user entry, with the directory its relative paths are relative to."""

    fields: dict[str, Any]
    base: Path

    def path(self, key: str) -> str | None:
        value = self.fields.get(key)
        return str(self.base / os.path.expanduser(value)) if value else None


@dataclass
class Endpoint:
    server: str
    cluster: Entry
    user: Entry
    headers: dict[str, str] = field(default_factory=dict)


def get_json(path: str, kubeconfig: str | None = None, context: str | None = None) -> Any:
    """GET `path` (e.g. /api/v1/namespaces/ns/secrets/name); returns the decoded body.
    Raises HttpError for an HTTP error status, Unsupported, or OSError/ValueError otherwise."""
    return request_json("GET", path, kubeconfig, context)


def request_json(
    method: str,
    path: str,
    kubeconfig: str | None = None,
    context: str | None = None,
    body: Mapping[str, Any] | None = None,
) -> Any:
    """`method` on `path` with an optional JSON body (e.g. DeleteOptions); the decoded answer.
    Raises as get_json does; an HttpError carries the API server's own message."""
    endpoint = resolve(kubeconfig, context)
    data = None if body is None else json.dumps(body).encode()
    headers = {**endpoint.headers, **({"Content-Type": "application/json"} if data else {})}
    request = urllib.request.Request(
        endpoint.server.rstrip("/") + path, data=data, headers=headers, method=method
    )
    with tempfile.TemporaryDirectory(prefix="kube-get-") as scratch:
        opener = urllib.request.build_opener(
            urllib.request.HTTPSHandler(context=_tls(endpoint, Path(scratch)))
        )
        try:
            with opener.open(request, timeout=TIMEOUT_SECONDS) as response:
                return json.load(response)
        except urllib.error.HTTPError as e:
            raise HttpError(e.code, _status_message(e)) from None


def _status_message(error: urllib.error.HTTPError) -> str:
    """The message of the API server's Status body, else the HTTP reason."""
    try:
        return str(json.load(error).get("message") or error.reason)
    except (ValueError, AttributeError, OSError):
        return str(error.reason)


def resolve(kubeconfig: str | None, context: str | None) -> Endpoint:
    """The server, cluster and user entries and auth headers the provider would use."""
    documents = _documents(kubeconfig)
    if not documents:
        return _in_cluster()
    context_name = context or next(
        (d["current-context"] for d, _ in documents if d.get("current-context")), None
    )
    if not context_name:
        raise ValueError("the kubeconfig names no current-context and none was configured")
    ctx = _named(documents, "contexts", "context", context_name).fields
    cluster = _named(documents, "clusters", "cluster", ctx.get("cluster", ""))
    user = (
        _named(documents, "users", "user", ctx["user"])
        if ctx.get("user")
        else Entry({}, Path.cwd())
    )
    for entry, keys in ((cluster, UNSUPPORTED_CLUSTER_KEYS), (user, UNSUPPORTED_USER_KEYS)):
        if found := [k for k in keys if entry.fields.get(k)]:
            raise Unsupported(f"kubeconfig key {found[0]!r} is not supported by this reader")
    if not cluster.fields.get("server"):
        raise ValueError(f"kubeconfig cluster {ctx.get('cluster')!r} has no server")
    endpoint = Endpoint(cluster.fields["server"], cluster, user)
    _authenticate(endpoint)
    return endpoint


def _documents(kubeconfig: str | None) -> list[tuple[dict[str, Any], Path]]:
    """(parsed kubeconfig, directory of its file) in precedence order; [] means none exists."""
    if kubeconfig:
        if is_path(kubeconfig):
            path = Path(os.path.expanduser(kubeconfig))
            return [(_load(path.read_text(), kubeconfig), path.parent)]
        return [(_load(kubeconfig, "kubernetes:kubeconfig"), Path.cwd())]  # inline content
    listed = os.environ.get("KUBECONFIG")
    paths = [p for p in listed.split(os.pathsep) if p] if listed else ["~/.kube/config"]
    files = [Path(os.path.expanduser(p)) for p in paths]
    return [(_load(f.read_text(), str(f)), f.parent) for f in files if f.is_file()]


def is_path(kubeconfig: str) -> bool:
    """Whether the provider's `kubeconfig` value names a file (else it is the content itself)."""
    try:
        return "\n" not in kubeconfig and Path(os.path.expanduser(kubeconfig)).is_file()
    except OSError:  # e.g. one-line JSON content longer than a file name may be
        return False


def _load(text: str, where: str) -> dict[str, Any]:
    document = yaml.safe_load(text) or {}
    if not isinstance(document, dict):
        raise ValueError(f"kubeconfig {where} is not a mapping")
    return document


def _named(documents: list[tuple[dict[str, Any], Path]], kind: str, key: str, name: str) -> Entry:
    for document, base in documents:
        for item in document.get(kind) or []:
            if item.get("name") == name:
                return Entry(item.get(key) or {}, base)
    raise ValueError(f"kubeconfig has no {kind[:-1]} named {name!r}")


def _in_cluster() -> Endpoint:
    host, port = (
        os.environ.get("KUBERNETES_SERVICE_HOST"),
        os.environ.get("KUBERNETES_SERVICE_PORT"),
    )
    if not (host and port and (IN_CLUSTER / "token").is_file()):
        raise ValueError("no kubeconfig found (KUBECONFIG, ~/.kube/config) and not inside a pod")
    host = f"[{host}]" if ":" in host else host
    cluster = Entry({"certificate-authority": "ca.crt"}, IN_CLUSTER)
    user = Entry({"tokenFile": "token"}, IN_CLUSTER)
    endpoint = Endpoint(f"https://{host}:{port}", cluster, user)
    _authenticate(endpoint)
    return endpoint


def _authenticate(endpoint: Endpoint) -> None:
    user = endpoint.user
    if user.fields.get("exec"):
        user.fields.update(_exec_credential(user.fields["exec"], endpoint))
    token = user.fields.get("token")
    if not token and (token_file := user.path("tokenFile")):
        token = Path(token_file).read_text().strip()
    if token:
        endpoint.headers["Authorization"] = f"Bearer {token}"
    elif user.fields.get("username"):
        pair = f"{user.fields['username']}:{user.fields.get('password', '')}".encode()
        endpoint.headers["Authorization"] = "Basic " + base64.b64encode(pair).decode()


def _exec_credential(spec: Mapping[str, Any], endpoint: Endpoint) -> dict[str, str]:
    """Runs a client.authentication.k8s.io exec plugin non-interactively, as kubectl does."""
    api_version = spec.get("apiVersion", "client.authentication.k8s.io/v1")
    request: dict[str, Any] = {"interactive": False}
    if spec.get("provideClusterInfo"):
        cluster = endpoint.cluster.fields
        request["cluster"] = {
            "server": endpoint.server,
            "certificate-authority-data": cluster.get("certificate-authority-data"),
            "insecure-skip-tls-verify": bool(cluster.get("insecure-skip-tls-verify")),
        }
    env = {
        **os.environ,
        **{e["name"]: e["value"] for e in spec.get("env") or []},
        "KUBERNETES_EXEC_INFO": json.dumps(
            {"apiVersion": api_version, "kind": "ExecCredential", "spec": request}
        ),
    }
    command = [spec["command"], *(spec.get("args") or [])]
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL
    )
    if done.returncode != 0:
        raise ValueError(
            f"exec credential plugin {spec['command']!r} failed: {done.stderr.strip()}"
        )
    status = (json.loads(done.stdout) or {}).get("status") or {}
    return {
        key: status[source]
        for key, source in (
            ("token", "token"),
            ("client-certificate-data", "clientCertificateData"),
            ("client-key-data", "clientKeyData"),
        )
        if status.get(source)
    }


def _tls(endpoint: Endpoint, scratch: Path) -> ssl.SSLContext:
    """TLS as the kubeconfig says; client key material given as data goes through a private
    scratch directory (ssl loads certificate chains only from files) removed after the request."""
    cluster, user = endpoint.cluster, endpoint.user
    context = ssl.create_default_context(cafile=cluster.path("certificate-authority"))
    if data := cluster.fields.get("certificate-authority-data"):
        context.load_verify_locations(cadata=_pem(data))
    if cluster.fields.get("insecure-skip-tls-verify"):
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    cert = _client_file(user, "certificate", scratch)
    if cert:
        context.load_cert_chain(cert, _client_file(user, "key", scratch))
    return context


def _client_file(user: Entry, kind: str, scratch: Path) -> str | None:
    """The path of the user's client-`kind` (certificate or key), written to scratch if inline."""
    if data := user.fields.get(f"client-{kind}-data"):
        target = scratch / f"client.{kind}"
        target.write_text(_pem(data))
        return str(target)
    return user.path(f"client-{kind}")


def _pem(data: str) -> str:
    """PEM text from a kubeconfig *-data field (base64 of PEM); exec plugins return PEM as is."""
    return data if "-----BEGIN" in data else base64.b64decode(data).decode()
