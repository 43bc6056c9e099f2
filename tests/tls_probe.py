"""What a TLS client sees of an HTTPS server (run by tests/test_nginx_tls.py inside a private
network namespace, against the load balancer's nginx): prints one JSON object.

    python tests/tls_probe.py HOST HTTPS_PORT HTTP_PORT CA_FILE
"""

from __future__ import annotations

import http.client
import json
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
from pathlib import Path


def _connect(host: str, port: int, context: ssl.SSLContext, **kwargs: object) -> ssl.SSLSocket:
    raw = socket.create_connection((host, port), timeout=5)
    return context.wrap_socket(raw, server_hostname=host, **kwargs)  # type: ignore[arg-type]


def _refused(host: str, port: int, context: ssl.SSLContext) -> bool:
    try:
        _connect(host, port, context).close()
    except ssl.SSLError:
        return True
    return False


def only(version: ssl.TLSVersion, ciphers: str | None = None) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    context.set_ciphers(ciphers or "DEFAULT:@SECLEVEL=0")  # let the client offer old suites
    context.minimum_version = context.maximum_version = version
    return context


def speaks(version: ssl.TLSVersion) -> bool:
    """Control: a client of only(version) completes a handshake with a loopback server of that
    version, so a refusal elsewhere is the server's doing, not this client's."""
    with tempfile.TemporaryDirectory() as tmp:
        key, crt = Path(tmp, "k"), Path(tmp, "c")
        files = ("-keyout", str(key), "-out", str(crt))
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-subj",
                "/CN=old",
                *files,
            ],
            check=True,
            capture_output=True,
        )
        server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        server.load_cert_chain(crt, key)
        server.set_ciphers("DEFAULT:@SECLEVEL=0")
        server.minimum_version = server.maximum_version = version
        with socket.create_server(("127.0.0.1", 0)) as listener:
            listener.settimeout(10)
            accepted: list[bool] = []

            def serve() -> None:
                conn, _ = listener.accept()
                try:
                    with server.wrap_socket(conn, server_side=True):
                        accepted.append(True)
                except ssl.SSLError:
                    accepted.append(False)

            thread = threading.Thread(target=serve)
            thread.start()
            ok = not _refused("127.0.0.1", listener.getsockname()[1], only(version))
            thread.join(timeout=15)
    return ok and accepted == [True]


def _resumed(host: str, port: int, ca: str, version: ssl.TLSVersion) -> bool:
    context = ssl.create_default_context(cafile=ca)
    context.minimum_version = context.maximum_version = version
    with _connect(host, port, context) as first:
        first.sendall(b"GET /healthz HTTP/1.1\r\nHost: probe\r\nConnection: close\r\n\r\n")
        while first.recv(4096):  # TLS 1.3 session tickets arrive after the handshake
            pass
        session = first.session
    with _connect(host, port, context, session=session) as second:
        return bool(second.session_reused)


def main(host: str, https_port: int, http_port: int, ca: str) -> None:
    trusted = ssl.create_default_context(cafile=ca)
    trusted.set_alpn_protocols(["h2", "http/1.1"])
    with _connect(host, https_port, trusted) as tls:
        handshake = {"version": tls.version(), "alpn": tls.selected_alpn_protocol()}
    http1 = ssl.create_default_context(cafile=ca)  # http.client speaks HTTP/1.1 only
    https = http.client.HTTPSConnection(host, https_port, timeout=5, context=http1)
    https.request("GET", "/healthz")
    answer = https.getresponse()
    plain = http.client.HTTPConnection(host, http_port, timeout=5)
    plain.request("GET", "/assets/cats.png?size=big", headers={"Host": f"shop.test:{http_port}"})
    redirect = plain.getresponse()
    print(
        json.dumps(
            {
                **handshake,
                "status": answer.status,
                "hsts": answer.getheader("Strict-Transport-Security"),
                "client_speaks_1_0_and_1_1": speaks(ssl.TLSVersion.TLSv1)
                and speaks(ssl.TLSVersion.TLSv1_1),
                "tls1_0_refused": _refused(host, https_port, only(ssl.TLSVersion.TLSv1)),
                "tls1_1_refused": _refused(host, https_port, only(ssl.TLSVersion.TLSv1_1)),
                "tls1_2_cbc_refused": _refused(
                    host, https_port, only(ssl.TLSVersion.TLSv1_2, "ECDHE-ECDSA-AES128-SHA")
                ),
                "tls1_2_aead_accepted": not _refused(
                    host, https_port, only(ssl.TLSVersion.TLSv1_2, "ECDHE-ECDSA-AES128-GCM-SHA256")
                ),
                "resumed_1_2": _resumed(host, https_port, ca, ssl.TLSVersion.TLSv1_2),
                "resumed_1_3": _resumed(host, https_port, ca, ssl.TLSVersion.TLSv1_3),
                "redirect_status": redirect.status,
                "redirect_location": redirect.getheader("Location"),
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
