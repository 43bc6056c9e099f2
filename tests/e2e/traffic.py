"""HTTP clients that look at the data plane the way users do: a page per new connection (a user
hitting refresh in a fresh browser), many pages over one keep-alive connection (one browser tab),
and a few steady clients while pods come and go. Every page of the web tier names its pod, so each
reply says which pod served it (the nginx demo page's "Served by pod NAME", the guestbook's
"served by pod <span id="pod">NAME</span>").

Requests go only where the caller points them (the real node's bridge address or loopback), and
every loop is bounded in count and time."""

from __future__ import annotations

import http.client
import re
import ssl
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

POD_NAME = re.compile(rb"[Ss]erved by pod (?:<span id=\"pod\">)?([A-Za-z0-9.-]+)")
TIMEOUT_S = 10.0


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    headers: dict[str, str]

    @property
    def pod(self) -> str | None:
        """The pod named by the web tier's page, if this is that page."""
        found = POD_NAME.search(self.body)
        return found.group(1).decode() if found else None


def _split(url: str) -> tuple[str, int, str]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"url={url!r}: must be http(s)://host[:port]/path")
    default_port = 443 if parts.scheme == "https" else 80
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return parts.hostname, parts.port or default_port, target


def trusting(ca_pem: str) -> ssl.SSLContext:
    """A client TLS context that trusts only this CA (and checks the host name against it)."""
    return ssl.create_default_context(cadata=ca_pem)


def _connect(
    url: str, timeout: float, context: ssl.SSLContext | None
) -> tuple[http.client.HTTPConnection, str]:
    host, port, path = _split(url)
    if url.startswith("https:"):
        if context is None:
            raise ValueError(f"url={url!r}: an https URL needs a TLS context (see trusting)")
        return http.client.HTTPSConnection(host, port, timeout=timeout, context=context), path
    return http.client.HTTPConnection(host, port, timeout=timeout), path


def _read(connection: http.client.HTTPConnection, path: str, close: bool) -> Reply:
    connection.request("GET", path, headers={"Connection": "close"} if close else {})
    response = connection.getresponse()
    body = response.read()
    return Reply(response.status, body, {k.lower(): v for k, v in response.getheaders()})


def fetch(url: str, timeout: float = TIMEOUT_S, context: ssl.SSLContext | None = None) -> Reply:
    """One GET on a new TCP connection (TLS with context for https), closed afterwards."""
    connection, path = _connect(url, timeout, context)
    try:
        return _read(connection, path, close=True)
    finally:
        connection.close()


class KeepAlive:
    """One client connection reused for every request, as a browser tab does. `connections`
    counts the TCP connections it needed: 1 unless the server closed one (http.client then
    reconnects on the next request) or the caller closed it after an error."""

    def __init__(
        self, url: str, timeout: float = TIMEOUT_S, context: ssl.SSLContext | None = None
    ) -> None:
        self._connection, self.path = _connect(url, timeout, context)
        self.connections = 0

    def get(self, path: str | None = None) -> Reply:
        if self._connection.sock is None:
            self.connections += 1
            self._connection.connect()
        return _read(self._connection, path or self.path, close=False)

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> KeepAlive:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def pods_on_new_connections(
    url: str, requests: int, context: ssl.SSLContext | None = None
) -> Counter[str | None]:
    """Which pod served each of `requests` pages, each on a new connection."""
    return Counter(fetch(url, context=context).pod for _ in range(requests))


def pods_on_one_connection(
    url: str, requests: int, context: ssl.SSLContext | None = None
) -> Counter[str | None]:
    """Which pod served each of `requests` pages, all on one keep-alive connection."""
    with KeepAlive(url, context=context) as connection:
        pods = Counter(connection.get().pod for _ in range(requests))
    if connection.connections != 1:
        raise ConnectionError(f"the server closed the connection: {connection.connections} used")
    return pods


@dataclass
class LoadTally:
    """What steady clients saw: pods that served them and every failed request, with why."""

    served: Counter[str | None] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def requests(self) -> int:
        return sum(self.served.values()) + len(self.failures)

    def record(self, reply: Reply | None, error: str | None) -> None:
        with self.lock:
            if reply is not None and reply.status == 200 and reply.pod:
                self.served[reply.pod] += 1
            else:
                status = f"HTTP {reply.status}" if reply is not None else error
                self.failures.append(f"{time.strftime('%H:%M:%S')} {status}")


class SteadyClients:
    """`clients` threads, each sending GETs over its own keep-alive connection (a new one only
    when the server closes it, as browsers do), `pause_s` apart, until stopped or
    `max_requests` / `max_seconds` is reached. A request fails if it errors, times out, or
    answers anything but 200 with a page naming a pod."""

    def __init__(
        self,
        url: str,
        clients: int = 4,
        max_requests: int = 20_000,
        max_seconds: float = 90,
        pause_s: float = 0.0,
    ) -> None:
        self.url, self.clients, self.pause_s = url, clients, pause_s
        self.max_requests, self.max_seconds = max_requests, max_seconds
        self.tally = LoadTally()
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._run, daemon=True) for _ in range(clients)]

    def _run(self) -> None:
        deadline = time.monotonic() + self.max_seconds
        with KeepAlive(self.url) as connection:
            while not self._stop.is_set() and time.monotonic() < deadline:
                if self.tally.requests >= self.max_requests:
                    break
                try:
                    self.tally.record(connection.get(), None)
                except (OSError, http.client.HTTPException) as error:
                    self.tally.record(None, f"{type(error).__name__}: {error}")
                    connection.close()  # the next request opens a new connection
                self._stop.wait(self.pause_s)

    def __enter__(self) -> SteadyClients:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=TIMEOUT_S + 5)

    def wait_until(self, condition: Callable[[LoadTally], bool], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition(self.tally):
                return True
            time.sleep(0.2)
        return condition(self.tally)
