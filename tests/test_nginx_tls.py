"""The load balancer's generated HTTPS config served by the image's real nginx (images/nginx.sh)
in a private network namespace (its own loopback, nothing else reachable), probed by a real TLS
client (tests/tls_probe.py) with a CA and server certificate made by openssl: TLS 1.3 with HTTP/2,
TLS 1.0/1.1 and CBC suites refused (the client offers them: SECLEVEL=0), AEAD TLS 1.2 accepted,
sessions resumed on 1.2 and 1.3, HSTS, and plain HTTP redirected on the client's host to the
paired HTTPS port. The e2e suite checks the same through the real node (tests/e2e/test_https.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from components.nginx import TLS_DIR, Https, Upstream, load_balancer_config

ROOT = Path(__file__).resolve().parents[1]
HTTP_PORT, HTTPS_PORT = 8080, 8443


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True)


def _certificates(directory: Path) -> Path:
    """A CA and a server certificate for 127.0.0.1 (tls.crt, tls.key), as the Secret holds them."""
    directory.mkdir()
    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes")
    ca, ca_key = directory / "ca.crt", directory / "ca.key"
    _openssl("req", "-x509", *ec, "-days", "1", "-subj", "/CN=probe CA", "-keyout", str(ca_key),
             "-out", str(ca))  # fmt: skip
    csr = directory / "tls.csr"
    _openssl("req", *ec, "-subj", "/CN=127.0.0.1", "-keyout", str(directory / "tls.key"),
             "-out", str(csr))  # fmt: skip
    ext = directory / "ext"
    ext.write_text("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n")
    _openssl("x509", "-req", "-in", str(csr), "-CA", str(ca), "-CAkey", str(ca_key), "-days", "1",
             "-extfile", str(ext), "-out", str(directory / "tls.crt"))  # fmt: skip
    return ca


@pytest.fixture(scope="module")
def probed(tmp_path_factory: pytest.TempPathFactory) -> dict:
    work = tmp_path_factory.mktemp("nginx-tls")
    ca = _certificates(work / "tls")
    web = Upstream("web", "web-pods.ns.svc.cluster.local", 9)  # nothing behind: /healthz only
    assets = Upstream("assets", "assets-pods.ns.svc.cluster.local", 9)
    https = Https(redirect=True, hsts=True, port_pairs=((HTTP_PORT, HTTPS_PORT),))
    config = load_balancer_config(web, assets, https=https).replace(f"{TLS_DIR}/", "/tmp/tls/")
    (work / "nginx.conf").write_text(config)
    (work / "resolver.conf").write_text("resolver 127.0.0.1 valid=5s ipv6=off;\n")
    hosts = work / "hosts"
    hosts.write_text(
        "127.0.0.1 localhost web-pods.ns.svc.cluster.local assets-pods.ns.svc.cluster.local\n"
    )
    # In the namespace: loopback up, nginx in the background, the probe once nginx listens
    # (bounded wait), then nginx stopped by its PID and waited for.
    script = f"""set -e
ip link set lo up
{ROOT}/images/nginx.sh --work {work} --hosts {hosts} -- -c /tmp/nginx.conf -g 'daemon off;' &
nginx=$!
for _ in $(seq 50); do
  curl -s -o /dev/null http://127.0.0.1:{HTTP_PORT}/healthz && break; sleep 0.1
done
status=0
{sys.executable} {ROOT}/tests/tls_probe.py 127.0.0.1 {HTTPS_PORT} {HTTP_PORT} {ca} || status=$?
kill -QUIT $nginx; wait $nginx || true
exit $status
"""
    result = subprocess.run(
        ["unshare", "-n", "sh", "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_tls_1_3_with_http2_and_the_ca_trusted(probed: dict) -> None:
    assert (probed["version"], probed["alpn"], probed["status"]) == ("TLSv1.3", "h2", 200)


def test_old_protocols_and_cbc_suites_are_refused(probed: dict) -> None:
    assert probed["client_speaks_1_0_and_1_1"], "control: the probe really offers them"
    assert probed["tls1_0_refused"] and probed["tls1_1_refused"], probed
    assert probed["tls1_2_cbc_refused"] and probed["tls1_2_aead_accepted"], probed


def test_sessions_are_resumed(probed: dict) -> None:
    assert probed["resumed_1_2"] and probed["resumed_1_3"], probed


def test_hsts_and_the_redirect_keep_the_clients_host(probed: dict) -> None:
    assert probed["hsts"] == "max-age=31536000"
    assert probed["redirect_status"] == 308
    assert probed["redirect_location"] == f"https://shop.test:{HTTPS_PORT}/assets/cats.png?size=big"
