"""The e2e traffic clients (tests/e2e/traffic.py) against a small local HTTP server on loopback
that plays three web pods taking turns: what they count is what the server really did."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from e2e.traffic import (
    KeepAlive,
    Reply,
    SteadyClients,
    fetch,
    pods_on_new_connections,
    pods_on_one_connection,
)

PODS = ("web-a", "web-b", "web-c")


class TakingTurns(BaseHTTPRequestHandler):
    """Each request names the next pod; /close answers and closes the connection; /fail 502s."""

    protocol_version = "HTTP/1.1"
    turns = itertools.cycle(PODS)
    lock = threading.Lock()

    def do_GET(self) -> None:
        with self.lock:
            pod = next(self.turns)
        status = 502 if self.path == "/fail" else 200
        body = f"<h1>Served by pod {pod}</h1>".encode()
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        if self.path == "/close":
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), TakingTurns)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_reply_names_the_pod_of_the_page() -> None:
    assert Reply(200, b"<h1>Served by pod web-7c9f-x2</h1>", {}).pod == "web-7c9f-x2"
    assert Reply(200, b"\x89PNG", {}).pod is None


def test_only_http_urls_are_accepted() -> None:
    with pytest.raises(ValueError, match="url='ftp://x/'"):
        fetch("ftp://x/")


def test_new_connections_count_every_pod(server: str) -> None:
    served = pods_on_new_connections(f"{server}/", 30)
    assert served == dict.fromkeys(PODS, 10)


def test_one_connection_is_really_one(server: str) -> None:
    with KeepAlive(f"{server}/") as connection:
        pods = [connection.get().pod for _ in range(6)]
    assert connection.connections == 1 and set(pods) == set(PODS)
    assert set(pods_on_one_connection(f"{server}/", 9)) == set(PODS)


def test_a_server_that_closes_the_connection_is_not_keep_alive(server: str) -> None:
    with pytest.raises(ConnectionError, match="2 used"):
        pods_on_one_connection(f"{server}/close", 2)


def test_steady_clients_count_failures_and_stop_at_their_bounds(server: str) -> None:
    with SteadyClients(f"{server}/fail", clients=2, max_requests=20, max_seconds=5) as load:
        assert load.wait_until(lambda t: t.requests >= 20, timeout=5)
    assert load.tally.requests <= 22 and not load.tally.served  # each client may be one over
    assert load.tally.failures and all("HTTP 502" in f for f in load.tally.failures)
    with SteadyClients(f"{server}/", clients=2, max_requests=30, max_seconds=5) as load:
        assert load.wait_until(lambda t: t.requests >= 30, timeout=5)
    assert not load.tally.failures and set(load.tally.served) == set(PODS)
