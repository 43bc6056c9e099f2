"""HTTPS at the load balancer on the local cluster's real node, through its NodePorts on the
node's bridge address, as clients see it: the generated certificate (lbTlsGenerate) trusted
through the exported CA by curl, Python's ssl module and a headless Chromium; old protocols and
weak ciphers refused; sessions resumed; plain HTTP redirected on the client's host; and the
user's own Secret (lbTlsSecret), refused by name while missing, then served."""

from __future__ import annotations

import os
import socket
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from e2e.browser import view_page
from e2e.harness import ROOT, Cluster, StackHandle
from e2e.real_node import ServedApp, require_real_node, served_app
from e2e.traffic import fetch, trusting
from tls_probe import only, speaks

pytestmark = pytest.mark.e2e
ARTIFACTS = Path(os.environ.get("E2E_ARTIFACTS", "/tmp/stateful-app-e2e"))
GENERATED = {"lbTls": "enabled", "lbTlsGenerate": "true", "lbHsts": "true"}


@pytest.fixture(scope="module")
def app(cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedApp]:
    require_real_node(cluster)
    tmp = Path(tmp_path_factory.mktemp("https"))
    with served_app(cluster, tmp, 2, GENERATED, namespace="stateful-app-https") as served:
        yield served


def _ca_file(app: ServedApp, tmp_path: Path) -> Path:
    path = tmp_path / "ca.crt"
    path.write_text(app.ca_certificate)
    return path


def _curl(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["curl", "-sS", "-v", "--max-time", "10", *args], capture_output=True, text=True
    )


def _node_ports(app: ServedApp) -> dict[str, int]:
    service = app.kubectl.get("service", "lb", app.namespace) or {}
    return {p["name"]: p["nodePort"] for p in service["spec"]["ports"]}


def _handshake(app: ServedApp, context: ssl.SSLContext) -> ssl.SSLSocket:
    parts = urlsplit(app.url)
    raw = socket.create_connection((parts.hostname, parts.port), timeout=10)
    return context.wrap_socket(raw, server_hostname=parts.hostname)


class TestGeneratedCertificate:
    def test_url_is_https_and_serves_at_once(self, app: ServedApp) -> None:
        assert app.url.startswith(f"https://{app.node_ip}:"), app.url
        assert app.ca_certificate.startswith("-----BEGIN CERTIFICATE-----")
        assert getattr(app.first_reply, "status", None) == 200, app.first_reply

    def test_curl_with_the_exported_ca_gets_200_over_tls_1_3(
        self, app: ServedApp, tmp_path: Path
    ) -> None:
        ca = _ca_file(app, tmp_path)
        result = _curl(
            "--cacert",
            str(ca),
            "--tlsv1.3",
            "-o",
            "/dev/null",
            "-w",
            "%{http_code} %{http_version}",
            app.url,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout == "200 2", f"HTTP/2 with 200: {result.stdout}"
        assert "SSL connection using TLSv1.3" in result.stderr, result.stderr
        untrusted = _curl("-o", "/dev/null", app.url)
        assert untrusted.returncode == 60, "without the CA curl must refuse the certificate"

    def test_tls_1_0_and_1_1_are_refused(self, app: ServedApp) -> None:
        for version in (ssl.TLSVersion.TLSv1, ssl.TLSVersion.TLSv1_1):
            assert speaks(version), f"control: the client speaks {version.name}"
            with pytest.raises(ssl.SSLError):
                _handshake(app, only(version)).close()

    def test_tls_1_2_offers_only_forward_secret_aead_ciphers(self, app: ServedApp) -> None:
        strong = trusting(app.ca_certificate)
        strong.maximum_version = ssl.TLSVersion.TLSv1_2
        with _handshake(app, strong) as tls:
            cipher = (tls.cipher() or ("",))[0]
            assert tls.version() == "TLSv1.2" and ("GCM" in cipher or "CHACHA" in cipher), cipher
        weak = trusting(app.ca_certificate)
        weak.maximum_version = ssl.TLSVersion.TLSv1_2
        weak.set_ciphers("ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:AES128-SHA")
        with pytest.raises(ssl.SSLError):
            _handshake(app, weak).close()

    @pytest.mark.parametrize("version", [ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3])
    def test_sessions_are_resumed(self, app: ServedApp, version: ssl.TLSVersion) -> None:
        context = trusting(app.ca_certificate)
        context.minimum_version = context.maximum_version = version
        with _handshake(app, context) as first:
            first.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            while first.recv(4096):  # TLS 1.3 tickets arrive after the handshake
                pass
            session = first.session
        parts = urlsplit(app.url)
        raw = socket.create_connection((parts.hostname, parts.port), timeout=10)
        with context.wrap_socket(raw, server_hostname=parts.hostname, session=session) as second:
            assert second.session_reused, f"{version.name}: the second handshake resumed"

    def test_plain_http_redirects_to_https_on_the_clients_host(self, app: ServedApp) -> None:
        ports = _node_ports(app)
        reply = fetch(f"http://{app.node_ip}:{ports['http']}/assets/cats.png?size=big")
        assert reply.status == 308, reply.status
        expected = f"https://{app.node_ip}:{ports['https']}/assets/cats.png?size=big"
        assert reply.headers["location"] == expected
        # Another host name the client used (a DNS name of the node) is kept too.
        result = _curl(
            "-o",
            "/dev/null",
            "-w",
            "%{redirect_url}",
            "-H",
            f"Host: shop.example:{ports['http']}",
            f"http://{app.node_ip}:{ports['http']}/",
        )
        assert result.stdout == f"https://shop.example:{ports['https']}/", result.stdout

    def test_hsts_on_https_answers(self, app: ServedApp) -> None:
        reply = fetch(app.url, context=app.tls)
        assert reply.status == 200 and reply.pod, reply.status
        assert reply.headers["strict-transport-security"] == "max-age=31536000"

    def test_a_browser_trusting_the_ca_loads_the_page(self, app: ServedApp) -> None:
        view = view_page(app.url, ARTIFACTS / "https-page.png", ca_pem=app.ca_certificate)
        assert view.location == app.url, view.location
        assert view.heading.startswith("Served by pod "), view.heading
        assert view.images and all(i["naturalWidth"] > 0 for i in view.images), view.images
        print(f"screenshot: {view.screenshot}")
        untrusting = view_page(app.url, ARTIFACTS / "https-page-untrusted.png")
        assert not untrusting.heading.startswith("Served by pod"), "the CA is what it trusts"


def test_a_named_secret_is_checked_then_served(
    cluster: Cluster, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """lbTlsSecret: `up` stops before creating anything while the Secret is missing; made with
    scripts/dev-tls-secret.sh (openssl, outside Pulumi state), it is what the LB serves."""
    require_real_node(cluster)
    namespace = "stateful-app-https-secret"
    tmp = Path(tmp_path_factory.mktemp("https-secret"))
    node_ip = cluster.real_node["REAL_NODE_IP"]
    env = {**cluster.env, "KUBECONFIG": cluster.kubeconfig}
    env["PATH"] = f"{Path(cluster.kubectl.binary).parent}:{env['PATH']}"

    def make_secret(app_stack: StackHandle) -> None:
        with pytest.raises(Exception, match=r"lbTlsSecret = 'shop-cert': Secret .* does not exist"):
            app_stack.up(quiet=True)
        assert cluster.kubectl.get("namespace", namespace) is None, "nothing was created"
        script = ROOT / "scripts" / "dev-tls-secret.sh"
        subprocess.run(
            ["bash", str(script), namespace, "shop-cert", str(tmp / "ca"), node_ip],
            check=True,
            env=env,
        )

    config = {"lbTls": "enabled", "lbTlsSecret": "shop-cert"}
    served = served_app(
        cluster,
        tmp,
        1,
        config,
        namespace=namespace,
        before_up=make_secret,
        ca_file=tmp / "ca" / "ca.crt",
    )
    with served as app:
        reply = fetch(app.url, context=app.tls)
        assert reply.status == 200 and reply.pod, reply.status
