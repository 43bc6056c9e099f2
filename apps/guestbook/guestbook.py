"""A small guestbook: the stateful web app the web tier runs with `make up APP=guestbook` on the
embedded cluster (its image built and imported on first use; the nginx page stays the default),
and the stand-in app of examples/python.

GET / names the pod that served the page, shows the asset tier's image, lists the latest entries
from MongoDB and has a form; POST / adds one entry and redirects back (post/redirect/get). When
the database cannot be reached the page still renders, with a "database unreachable: <reason>"
panel instead of the entries. GET /healthz answers without touching the database, so a database
outage never takes the web tier out of the load balancer.

Configuration comes from what WebTier gives the pod: $MONGODB_URI_FILE (the application user's
connection string, as a file), or $MONGODB_URI; $PORT, $POD_NAME, $ASSETS_PATH. Only the standard
library and pymongo.
"""

from __future__ import annotations

import html
import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

import pymongo
from pymongo.errors import PyMongoError

COLLECTION = "entries"
LATEST = 20
MAX_NAME, MAX_TEXT = 60, 500
MAX_BODY = 4096
# A page must render within a few seconds even with the database away: bounded driver timeouts.
TIMEOUT_MS = 2000


def database_uri(environ: dict[str, str]) -> str | None:
    """The connection string: the file WebTier mounts, else $MONGODB_URI (None: none given)."""
    path = environ.get("MONGODB_URI_FILE")
    if path:
        with open(path, encoding="utf-8") as uri_file:
            return uri_file.read().strip()
    return environ.get("MONGODB_URI") or None


@dataclass
class Entry:
    name: str
    text: str
    at: datetime


class Book:
    """The entries in MongoDB: the user's own database (the URI's path), collection entries."""

    def __init__(self, uri: str | None) -> None:
        self.client: pymongo.MongoClient[dict[str, Any]] | None = None
        self.problem = "no connection string ($MONGODB_URI_FILE or $MONGODB_URI)" if not uri else ""
        if uri:
            try:
                client: pymongo.MongoClient[dict[str, Any]] = pymongo.MongoClient(
                    uri,
                    appname="guestbook",
                    serverSelectionTimeoutMS=TIMEOUT_MS,
                    connectTimeoutMS=TIMEOUT_MS,
                    socketTimeoutMS=TIMEOUT_MS + 1000,
                )
                self.collection = client.get_default_database()[COLLECTION]
                self.client = client
            except (PyMongoError, ValueError) as error:  # a malformed URI or no database in it
                self.problem = _reason(error)

    def latest(self, count: int = LATEST) -> list[Entry]:
        """The newest entries first; raises Unreachable with the reason."""
        # _id breaks ties: entries within one millisecond keep their insertion order.
        newest = [("at", -1), ("_id", -1)]
        docs = self._run(lambda: list(self.collection.find().sort(newest).limit(count)))
        return [Entry(str(d.get("name", "")), str(d.get("text", "")), d.get("at")) for d in docs]

    def add(self, name: str, text: str) -> None:
        entry = {"name": name[:MAX_NAME], "text": text[:MAX_TEXT], "at": datetime.now(UTC)}
        self._run(lambda: self.collection.insert_one(entry))

    def _run(self, operation: Any) -> Any:
        if self.client is None:
            raise Unreachable(self.problem)
        try:
            return operation()
        except PyMongoError as error:
            raise Unreachable(_reason(error)) from None


class Unreachable(Exception):
    """The database could not be used; the message is the reason shown on the page."""


def _reason(error: Exception) -> str:
    text = str(error).split(", Timeout:")[0].split(", Topology Description:")[0]
    return f"{type(error).__name__}: {text}"[:300]


def page(pod: str, assets_path: str, entries: list[Entry] | None, problem: str | None) -> str:
    """The whole HTML page (escaped throughout)."""
    esc = html.escape
    if problem is not None:
        body = f'<div class="unreachable" id="db-status">database unreachable: {esc(problem)}</div>'
    elif not entries:
        body = '<p id="db-status" class="ok">No entries yet: be the first.</p>'
    else:
        rows = "".join(
            f'<li class="entry"><b>{esc(e.name)}</b>: {esc(e.text)}'
            f" <small>{esc(e.at.strftime('%Y-%m-%d %H:%M:%S') if e.at else '')}</small></li>"
            for e in entries
        )
        body = f'<p id="db-status" class="ok">Latest entries</p><ul id="entries">{rows}</ul>'
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>guestbook</title>'
        "<style>.unreachable{background:#fdd;border:1px solid #c00;padding:.5em}</style>"
        "</head><body>"
        f'<h1>Guestbook, served by pod <span id="pod">{esc(pod)}</span></h1>'
        f'<img id="cats" src="{esc(assets_path)}cats.png" alt="cats from the asset tier">'
        f"{body}"
        '<form method="post" action="/"><input name="name" placeholder="name" required '
        f'maxlength="{MAX_NAME}"><input name="text" placeholder="message" required '
        f'maxlength="{MAX_TEXT}"><button type="submit">Sign</button></form>'
        "</body></html>"
    )


class Handler(BaseHTTPRequestHandler):
    book: Book
    pod: str
    assets_path: str
    server_version = "guestbook"
    sys_version = ""

    def do_GET(self) -> None:
        if self.path == "/healthz":
            return self._send(200, "ok\n", "text/plain")
        if self.path.split("?")[0] != "/":
            return self._send(404, "not found\n", "text/plain")
        try:
            entries, problem = self.book.latest(), None
        except Unreachable as error:
            entries, problem = None, str(error)
        return self._send(200, page(self.pod, self.assets_path, entries, problem), "text/html")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if self.path != "/" or length > MAX_BODY:
            return self._send(400, "bad request\n", "text/plain")
        form = parse_qs(self.rfile.read(length).decode("utf-8", "replace"))
        name, text = (form.get(k, [""])[0].strip() for k in ("name", "text"))
        if not name or not text:
            return self._send(400, "name and message are required\n", "text/plain")
        try:
            self.book.add(name, text)
        except Unreachable as error:
            problem = str(error)
            return self._send(503, page(self.pod, self.assets_path, None, problem), "text/html")
        self.send_response(303)
        self.send_header("Location", "/")
        self.send_header("Content-Length", "0")
        self.end_headers()
        return None

    def _send(self, status: int, body: str, kind: str) -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        sys.stdout.write(f"{self.address_string()} {format % args}\n")


def serve(environ: dict[str, str]) -> None:
    Handler.book = Book(database_uri(environ))
    Handler.pod = environ.get("POD_NAME") or os.uname().nodename
    Handler.assets_path = environ.get("ASSETS_PATH", "/assets/")
    server = ThreadingHTTPServer(("", int(environ.get("PORT", "8080"))), Handler)
    server.daemon_threads = True
    print(f"guestbook listening on :{server.server_port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    serve(dict(os.environ))
