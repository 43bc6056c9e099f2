"""The guestbook app (apps/guestbook) served by its real HTTP server on a loopback port, and a
bounded client for it. Used by tests/test_guestbook.py and tests/test_guestbook_db.py."""

from __future__ import annotations

import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "apps" / "guestbook"))
import guestbook


def serve_book(book: guestbook.Book) -> Iterator[str]:
    guestbook.Handler.book, guestbook.Handler.pod = book, "web-abc-123"
    guestbook.Handler.assets_path = "/assets/"
    server = ThreadingHTTPServer(("127.0.0.1", 0), guestbook.Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=15) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def post(url: str, body: bytes) -> tuple[int, str]:
    request = urllib.request.Request(url, data=body, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
