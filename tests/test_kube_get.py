"""components.kube_get and the kept-credentials reader against a real HTTPS server on loopback
(certificates made by openssl per session): every kubeconfig form the reader claims to cover."""

from __future__ import annotations

import base64
import json
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from components import kept_credentials, kube_get, volumes

SECRET_PATH = "/api/v1/namespaces/app/secrets/db-credentials"
SECRET_DATA = {"root-password": "S2VwdA==", "keyfile": "a2V5"}  # "Kept", "key"
TOKEN = "token-0123"


def _kube_reader(provider_config: dict[str, str]) -> kept_credentials.Reader:
    """The kept-credentials reader through the cluster (other tests may have set mocks)."""
    return kept_credentials.cluster_reader(
        provider_config,
        kept_credentials.kube_secret_reader(provider_config, "to look for kept credentials"),
    )


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A CA, a server certificate for 127.0.0.1 and kube.test, and a client certificate."""
    d = tmp_path_factory.mktemp("pki")
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    _openssl("req", "-x509", *ec, "-keyout", f"{d}/ca.key", "-out", f"{d}/ca.crt",
             "-subj", "/CN=test-ca", "-days", "2")  # fmt: skip
    for name, extra in (("server", "subjectAltName=IP:127.0.0.1,DNS:kube.test"), ("client", "")):
        _openssl("req", *ec, "-keyout", f"{d}/{name}.key", "-out", f"{d}/{name}.csr",
                 "-subj", f"/CN={name}-cn")  # fmt: skip
        ext = ["-extfile", f"{d}/{name}.ext"] if extra else []
        Path(f"{d}/{name}.ext").write_text(extra + "\n")
        _openssl("x509", "-req", "-in", f"{d}/{name}.csr", "-CA", f"{d}/ca.crt",
                 "-CAkey", f"{d}/ca.key", "-CAcreateserial", "-days", "2",
                 "-out", f"{d}/{name}.crt", *ext)  # fmt: skip
    _openssl("req", "-x509", *ec, "-keyout", f"{d}/other-ca.key", "-out", f"{d}/other-ca.crt",
             "-subj", "/CN=other-ca", "-days", "2")  # fmt: skip
    return d


class Server:
    def __init__(self, httpd: ThreadingHTTPServer) -> None:
        self.httpd = httpd
        self.seen: list[dict[str, Any]] = []

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.httpd.server_address[1]}"


@pytest.fixture(scope="module")
def server(pki: Path) -> Iterator[Server]:
    """An API server stand-in: the Secret at SECRET_PATH, 403 under /forbidden, else 404. It
    records each request's Authorization header and client certificate CN."""
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=str(pki / "ca.crt"))
    tls.load_cert_chain(pki / "server.crt", pki / "server.key")
    tls.verify_mode = ssl.CERT_OPTIONAL

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            peer = self.connection.getpeercert() or {}  # type: ignore[attr-defined]
            cn = dict(x[0] for x in peer.get("subject", ())).get("commonName")
            state.seen.append({"auth": self.headers.get("Authorization"), "cn": cn})
            status, body = (
                (200, {"kind": "Secret", "data": SECRET_DATA})
                if self.path == SECRET_PATH
                else (403, {"kind": "Status"})
                if self.path.startswith("/forbidden")
                else (404, {"kind": "Status"})
            )
            self.reply(status, body)

        def do_DELETE(self) -> None:
            """Records the DeleteOptions; 409 with a Status message under /conflict."""
            length = int(self.headers.get("Content-Length") or 0)
            state.seen.append({"delete": self.path, "body": json.loads(self.rfile.read(length))})
            conflict = self.path.startswith("/conflict")
            status, body = (
                (409, {"kind": "Status", "message": "Precondition failed: UID in precondition"})
                if conflict
                else (200, {"kind": "Status", "status": "Success"})
            )
            self.reply(status, body)

        def reply(self, status: int, body: dict[str, Any]) -> None:
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.socket = tls.wrap_socket(httpd.socket, server_side=True)
    state = Server(httpd)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    thread.join()


def _kubeconfig(
    cluster: dict[str, Any], user: dict[str, Any], context: str = "main"
) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Config",
        "current-context": context,
        "contexts": [{"name": context, "context": {"cluster": "c", "user": "u"}}],
        "clusters": [{"name": "c", "cluster": cluster}],
        "users": [{"name": "u", "user": user}],
    }


def _b64_file(path: Path) -> str:
    return base64.b64encode(path.read_bytes()).decode()


def _get(kubeconfig: str | None = None, context: str | None = None) -> Any:
    return kube_get.get_json(SECRET_PATH, kubeconfig, context)


@pytest.fixture(autouse=True)
def no_ambient_kubeconfig(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("KUBECONFIG", raising=False)
    monkeypatch.delenv("KUBERNETES_SERVICE_HOST", raising=False)
    for proxy in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(proxy, raising=False)


def test_token_and_ca_file_relative_to_the_kubeconfig(
    server: Server, pki: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ca.crt").write_bytes((pki / "ca.crt").read_bytes())
    config = _kubeconfig(
        {"server": server.url, "certificate-authority": "ca.crt"}, {"token": TOKEN}
    )
    (tmp_path / "config").write_text(yaml.safe_dump(config))
    monkeypatch.setenv("KUBECONFIG", str(tmp_path / "config"))
    monkeypatch.chdir(pki)  # relative paths resolve against the kubeconfig's directory, not cwd
    assert _get()["data"] == SECRET_DATA
    assert server.seen[-1]["auth"] == f"Bearer {TOKEN}"


def test_client_certificate_data_inline_content_and_named_context(
    server: Server, pki: Path
) -> None:
    user = {
        "client-certificate-data": _b64_file(pki / "client.crt"),
        "client-key-data": _b64_file(pki / "client.key"),
    }
    cluster = {"server": server.url, "certificate-authority-data": _b64_file(pki / "ca.crt")}
    config = _kubeconfig(cluster, user, context="other")
    config["current-context"] = "missing"  # the configured context wins over current-context
    assert _get(yaml.safe_dump(config), context="other")["data"] == SECRET_DATA
    assert server.seen[-1] == {"auth": None, "cn": "client-cn"}


def test_kubeconfig_list_first_file_wins_and_token_file(
    server: Server, pki: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "token").write_text("from-file\n")
    first = _kubeconfig({"server": server.url}, {"tokenFile": "token"})
    del first["clusters"]  # this file's context points at a cluster only the second file has
    second = _kubeconfig(
        {"server": server.url, "certificate-authority": str(pki / "ca.crt")}, {"token": "not-me"}
    )
    second["current-context"] = "ignored"
    (tmp_path / "a").write_text(yaml.safe_dump(first))
    (tmp_path / "b").write_text(yaml.safe_dump(second))
    monkeypatch.setenv("KUBECONFIG", f"{tmp_path / 'missing'}:{tmp_path / 'a'}:{tmp_path / 'b'}")
    assert _get()["data"] == SECRET_DATA
    assert server.seen[-1]["auth"] == "Bearer from-file"


def test_exec_credential_plugin(server: Server, pki: Path, tmp_path: Path) -> None:
    plugin = tmp_path / "plugin.py"
    plugin.write_text(
        "import json, os\n"
        "info = json.loads(os.environ['KUBERNETES_EXEC_INFO'])\n"
        "token = os.environ['PREFIX'] + str(info['spec']['interactive'])\n"
        "print(json.dumps({'kind': 'ExecCredential', 'status': {'token': token}}))\n"
    )
    user = {
        "exec": {
            "apiVersion": "client.authentication.k8s.io/v1",
            "command": sys.executable,
            "args": [str(plugin)],
            "env": [{"name": "PREFIX", "value": "exec-"}],
        }
    }
    cluster = {"server": server.url, "certificate-authority": str(pki / "ca.crt")}
    assert _get(yaml.safe_dump(_kubeconfig(cluster, user)))["data"] == SECRET_DATA
    assert server.seen[-1]["auth"] == "Bearer exec-False"


def test_reader_maps_404_to_first_deploy_and_other_errors_to_messages(
    server: Server, pki: Path
) -> None:
    cluster = {"server": server.url, "certificate-authority": str(pki / "ca.crt")}
    read = _kube_reader({"kubeconfig": yaml.safe_dump(_kubeconfig(cluster, {}))})
    assert read("app", "db-credentials") is not None
    assert read("app", "absent") is None
    assert read("gone", "db-credentials") is None
    server_prefix = {
        "server": server.url + "/forbidden",
        **{k: v for k, v in cluster.items() if k != "server"},
    }
    forbidden = _kube_reader({"kubeconfig": yaml.safe_dump(_kubeconfig(server_prefix, {}))})
    with pytest.raises(RuntimeError, match=r"Secret app/db-credentials .* failed: HTTP 403"):
        forbidden("app", "db-credentials")


def test_an_untrusted_server_is_refused(server: Server, pki: Path) -> None:
    cluster = {"server": server.url, "certificate-authority": str(pki / "other-ca.crt")}
    read = _kube_reader({"kubeconfig": yaml.safe_dump(_kubeconfig(cluster, {}))})
    with pytest.raises(RuntimeError, match=r"cannot reach the cluster .*CERTIFICATE_VERIFY_FAILED"):
        read("app", "db-credentials")


def test_no_kubeconfig_outside_a_pod_says_so() -> None:
    read = _kube_reader({})
    with pytest.raises(RuntimeError, match=r"no kubeconfig found .* not inside a pod"):
        read("app", "db-credentials")


@pytest.mark.parametrize(
    ("section", "key", "value"),
    [("users", "auth-provider", {"name": "oidc"}), ("clusters", "proxy-url", "http://127.0.0.1:1")],
)
def test_what_the_reader_leaves_out_is_named(section: str, key: str, value: Any) -> None:
    config = _kubeconfig({"server": "https://127.0.0.1:1"}, {})
    config[section][0][section[:-1]][key] = value
    with pytest.raises(kube_get.Unsupported, match=f"'{key}'"):
        kube_get.resolve(yaml.safe_dump(config), None)


def test_unsupported_kubeconfigs_fall_back_to_the_kubernetes_client(
    server: Server, pki: Path
) -> None:
    """tls-server-name is outside kube_get: the reader uses the kubernetes client instead."""
    cluster = {
        "server": server.url,
        "certificate-authority": str(pki / "ca.crt"),
        "tls-server-name": "kube.test",
    }
    config = yaml.safe_dump(_kubeconfig(cluster, {"token": TOKEN}))
    with pytest.raises(kube_get.Unsupported):
        kube_get.resolve(config, None)
    kept = _kube_reader({"kubeconfig": config})("app", "db-credentials")
    assert kept is not None and kept.root_password == "Kept" and kept.keyfile == "key"
    assert server.seen[-1]["auth"] == f"Bearer {TOKEN}"


def test_delete_sends_its_options_and_reports_the_api_servers_message(
    server: Server, pki: Path
) -> None:
    cluster = {"server": server.url, "certificate-authority": str(pki / "ca.crt")}
    view = volumes.KubeView(kubeconfig=yaml.safe_dump(_kubeconfig(cluster, {})))
    options = {"propagationPolicy": "Orphan", "preconditions": {"uid": "u-1"}}
    view.delete("/apis/apps/v1/namespaces/app/statefulsets/db", options)
    assert server.seen[-1] == {
        "delete": "/apis/apps/v1/namespaces/app/statefulsets/db",
        "body": options,
    }
    assert view.get("/absent") is None
    with pytest.raises(kube_get.HttpError, match="HTTP 409 Precondition failed: UID"):
        view.delete("/conflict/db", options)
