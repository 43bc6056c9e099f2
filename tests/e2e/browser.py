"""A headless Chromium (Debian package `chromium`) driven over the DevTools protocol: load a page as
a user's browser would, report what it rendered and save a screenshot.

Chromium would otherwise talk to outside services on its own (updates, safe browsing, DNS
prefetch). Background networking is off, every host name resolves to nothing inside the browser,
and every request except those to the page's own host goes to a proxy on a closed loopback port,
so the only traffic it can make is to the page under test."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import websocket

CLOSED_LOOPBACK_PORT = "http://127.0.0.1:9"
# What the page shows a person: its heading, and whether its image really decoded.
PAGE_FACTS = """JSON.stringify({
  location: location.href,
  heading: (document.querySelector('h1') || {}).textContent || '',
  text: document.body ? document.body.innerText : '',
  images: Array.from(document.images).map(i => ({
    src: i.getAttribute('src'), complete: i.complete, naturalWidth: i.naturalWidth,
  })),
})"""


@dataclass(frozen=True)
class PageView:
    location: str
    heading: str
    images: list[dict[str, Any]]
    screenshot: Path
    text: str = ""
    """The page's visible text (document.body.innerText)."""


def chromium_binary() -> str | None:
    return shutil.which("chromium")


def chromium_flags(url: str, profile: Path) -> list[str]:
    host = urlsplit(url).hostname or ""
    return [
        "--headless",
        "--no-sandbox",  # runs as root here; the sandbox needs an unprivileged user
        "--disable-gpu",
        "--hide-scrollbars",
        "--window-size=720,360",
        f"--user-data-dir={profile}",
        "--remote-debugging-port=0",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-domain-reliability",
        "--disable-sync",
        "--disable-extensions",
        "--dns-prefetch-disable",
        f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {host}",
        f"--proxy-server={CLOSED_LOOPBACK_PORT}",
        f"--proxy-bypass-list={host}",
        "about:blank",
    ]


class DevTools:
    """One page target's DevTools session: commands and the events that arrive meanwhile."""

    def __init__(self, endpoint: str) -> None:
        self._socket = websocket.create_connection(endpoint, timeout=30)
        self._next_id = 0
        self.events: list[str] = []

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        self._socket.send(json.dumps({"id": self._next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self._socket.recv())
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message["result"]
            self.events.append(message.get("method", ""))

    def wait_for(self, event: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while event not in self.events:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no {event} within {timeout} s")
            self._socket.settimeout(max(0.1, deadline - time.monotonic()))
            self.events.append(json.loads(self._socket.recv()).get("method", ""))

    def close(self) -> None:
        self._socket.close()


def trust_ca(home: Path, ca_pem: str) -> None:
    """Makes Chromium (run with HOME=home) trust ca_pem for web servers: Chromium on Linux reads
    its roots from the NSS database $HOME/.pki/nssdb, written here with NSS's certutil."""
    certutil = shutil.which("certutil")
    if not certutil:
        raise RuntimeError("certutil is not installed (apt-get install libnss3-tools)")
    database = home / ".pki" / "nssdb"
    database.mkdir(parents=True)
    (home / "ca.pem").write_text(ca_pem)
    subprocess.run([certutil, "-N", "-d", f"sql:{database}", "--empty-password"], check=True)
    add = [certutil, "-A", "-d", f"sql:{database}", "-n", "stack-ca", "-t", "C,,"]
    subprocess.run([*add, "-i", str(home / "ca.pem")], check=True)


@contextmanager
def _browser(url: str, ca_pem: str | None = None) -> Iterator[DevTools]:
    binary = chromium_binary()
    if not binary:
        raise RuntimeError("chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="chromium-") as profile:
        env = dict(os.environ)
        if ca_pem:  # its own HOME, so only this run's NSS database holds the CA
            env["HOME"] = str(Path(profile, "home"))
            trust_ca(Path(env["HOME"]), ca_pem)
        # Its own process group: Chromium's helpers (renderer, GPU, crashpad) can outlive the
        # browser process for a moment and still write into the profile being removed.
        process = subprocess.Popen(
            [binary, *chromium_flags(url, Path(profile, "profile"))],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            env=env,
        )
        try:
            yield DevTools(_page_endpoint(Path(profile, "profile"), process))
        finally:
            _stop_group(process)


def _stop_group(process: subprocess.Popen[bytes]) -> None:
    """Stops the browser gracefully, then every process left in its group, and waits for them."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    deadline = time.monotonic() + 10
    while _live_members(process.pid):
        if time.monotonic() > deadline:
            raise RuntimeError(f"chromium's process group {process.pid} survived SIGKILL for 10 s")
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        time.sleep(0.05)


def _live_members(group: int) -> list[int]:
    """Processes of the group that still run (zombies, awaiting their reaper, write nothing)."""
    live = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()  # after "pid (comm)"
            if int(fields[2]) == group and fields[0] != "Z":
                live.append(int(stat.parent.name))
    return live


def _page_endpoint(profile: Path, process: subprocess.Popen[bytes]) -> str:
    """The page target's WebSocket, from the port Chromium writes to DevToolsActivePort."""
    port_file = profile / "DevToolsActivePort"
    deadline = time.monotonic() + 30
    while not port_file.exists() or not port_file.read_text().strip():
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"chromium did not start (exit code {process.poll()})")
        time.sleep(0.1)
    port = port_file.read_text().split()[0]
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as reply:
        targets = json.load(reply)
    return next(t["webSocketDebuggerUrl"] for t in targets if t["type"] == "page")


def view_page(
    url: str, screenshot: Path, timeout: float = 30, ca_pem: str | None = None
) -> PageView:
    """Opens url, waits for its load event (images included), saves a PNG screenshot. With
    ca_pem, the browser trusts that CA (and only the usual roots besides)."""
    with _browser(url, ca_pem) as page:
        page.call("Page.enable")
        page.call("Page.navigate", url=url)
        page.wait_for("Page.loadEventFired", timeout)
        facts = json.loads(
            page.call("Runtime.evaluate", expression=PAGE_FACTS, returnByValue=True)["result"][
                "value"
            ]
        )
        shot = page.call("Page.captureScreenshot", format="png")
        page.close()
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    screenshot.write_bytes(base64.b64decode(shot["data"]))
    return PageView(facts["location"], facts["heading"], facts["images"], screenshot, facts["text"])
