"""Runs inside a private network namespace (tests/test_nginx_upstream.py): two stand-in web pods
on 127.0.0.2 and 127.0.0.3 (Python's HTTP server; each page names its pod, /slow takes
SLOW_PAGE_S, a POST and /busy are answered 503 as by an application whose database is down), a
stand-in cluster DNS on 127.0.0.1:53 answering the web pods' name with both addresses (A records
only, one question per query; every other name NXDOMAIN), the image's real nginx with the
generated load-balancer config (WORK/nginx.conf), and bounded requests through it. Prints one
JSON line: which pod served each request and how many requests each pod received.

    python tests/upstream_probe.py WORK PORT
"""

from __future__ import annotations

import http.client
import json
import socket
import struct
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

NGINX = Path(__file__).resolve().parents[1] / "images" / "nginx.sh"
PODS = {"pod-a": "127.0.0.2", "pod-b": "127.0.0.3"}
WEB_NAME = "web-pods.ns.svc.cluster.local"
SLOW_PAGE_S = 1.2  # longer than the test's re-resolution interval (resolver valid=1s)
received: Counter[str] = Counter()  # "<pod> <method> <path>" -> requests that reached the pod


def handler(pod: str) -> type[BaseHTTPRequestHandler]:
    class Pod(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as the load balancer's upstream expects

        def do_GET(self) -> None:
            if self.path == "/healthz":
                return self._send(200, "ok")
            received[f"{pod} GET {self.path}"] += 1
            if self.path == "/slow":
                time.sleep(SLOW_PAGE_S)
            if self.path == "/busy":
                return self._send(503, f"{pod}: database unreachable")
            return self._send(200, f"Served by pod {pod}")

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            received[f"{pod} POST {self.path}"] += 1
            return self._send(503, f"{pod}: database unreachable")

        def _send(self, status: int, text: str) -> None:
            data = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    return Pod


def answer_dns(sock: socket.socket, names: dict[str, list[str]]) -> None:
    """A records for `names` (TTL 60 s), NXDOMAIN for any other name: what nginx's resolver asks."""
    while True:
        query, client = sock.recvfrom(512)
        labels, at = [], 12
        while query[at]:
            labels.append(query[at + 1 : at + 1 + query[at]].decode())
            at += 1 + query[at]
        question = query[12 : at + 5]  # the name, its terminating 0, type and class
        addresses = names.get(".".join(labels).lower(), [])
        flags = 0x8180 if addresses else 0x8183  # response, recursion available; rcode 3: NXDOMAIN
        header = query[:2] + struct.pack(">HHHHH", flags, 1, len(addresses), 0, 0)
        records = b"".join(
            struct.pack(">HHHIH", 0xC00C, 1, 1, 60, 4) + socket.inet_aton(a) for a in addresses
        )
        sock.sendto(header + question + records, client)


def request(port: int, method: str, path: str) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request(method, path, body="name=a&text=b" if method == "POST" else None)
        answer = conn.getresponse()
        return answer.status, answer.read().decode()
    finally:
        conn.close()


def served_by(port: int, count: int, path: str = "/") -> list[str]:
    """The pod named by each of `count` pages (or the status when a page names none)."""
    pods = []
    for _ in range(count):
        status, body = request(port, "GET", path)
        pods.append(body.removeprefix("Served by pod ") if status == 200 else str(status))
    return pods


def wait_ready(port: int) -> None:
    """Until a web pod answers through the load balancer (its readiness path), at most 10 s."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            if request(port, "GET", "/readyz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit("the load balancer never became ready")


def main(work: Path, port: int) -> None:
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    dns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    dns.bind(("127.0.0.1", 53))
    names = {WEB_NAME: list(PODS.values())}
    threading.Thread(target=answer_dns, args=(dns, names), daemon=True).start()
    servers = {pod: ThreadingHTTPServer((ip, 9000), handler(pod)) for pod, ip in PODS.items()}
    for server in servers.values():
        threading.Thread(target=server.serve_forever, daemon=True).start()
    options = ["--work", str(work), "--hosts", str(work / "hosts"), "--"]
    nginx = subprocess.Popen([str(NGINX), *options, "-c", "/tmp/nginx.conf", "-g", "daemon off;"])
    try:
        wait_ready(port)
        result: dict[str, object] = {"before": served_by(port, 6)}
        result["slow"] = served_by(port, 4, "/slow")  # each outlives a re-resolution
        result["post"] = request(port, "POST", "/")[0]
        result["busy"] = request(port, "GET", "/busy")[0]
        result["after_busy"] = served_by(port, 6)
        result["received"] = dict(received)
    finally:
        nginx.send_signal(3)  # SIGQUIT: graceful stop
        nginx.wait(timeout=10)
    print(json.dumps(result))


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
