"""The guestbook's database code (apps/guestbook, pymongo) against a server speaking the MongoDB
wire protocol: tests/replset_simulator.js, a SIMULATED replica set (no MongoDB can run here),
whose users, roles and documents tests/replset_simulator_users.js models (its header lists what
it does not: query operators, projections, indexes, update/delete, getMore batches, ...). The
application user is created by the real agent under the real mongosh, as in the pod; the
guestbook authenticates as that user with SCRAM-SHA-256 through the URI the program builds.
Run with `make test-agent` (marker replset_sim)."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from components import app_users
from components.app_users import AppUser
from guestbook_client import get, post, serve_book
from replset_harness import Pods, Simulator, mongosh_available

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "apps" / "guestbook"))
import guestbook

pytestmark = [
    pytest.mark.replset_sim,
    pytest.mark.skipif(not mongosh_available(), reason="mongosh not installed: make mongosh"),
]
PASSWORD = "Gu3stbook/Pass:word%"  # URL-encoded in the URI


@pytest.fixture
def book_uri(tmp_path: Path) -> Iterator[tuple[Pods, str]]:
    sim = Simulator()
    pods = Pods(tmp_path, sim, with_users=True)
    roles = [{"role": "readWrite", "db": "guestbook"}]
    pods.write_users({"guestbook": {"db": "guestbook", "roles": roles, "password": PASSWORD}})
    try:
        pods.deploy(3)
        deadline = time.monotonic() + 60
        while not any("users in force: guestbook@guestbook" in pods.status(i) for i in range(3)):
            assert time.monotonic() < deadline, pods.describe()
            time.sleep(0.2)
        hosts = [sim.host(i) for i in range(3)]
        yield (
            pods,
            app_users.connection_string(AppUser("guestbook", "guestbook"), PASSWORD, hosts, "rs0"),
        )
    finally:
        pods.close()
        sim.close()


def test_entries_are_added_and_listed_newest_first(book_uri: tuple[Pods, str]) -> None:
    _, uri = book_uri
    book = guestbook.Book(uri)
    assert book.latest() == []
    for i in range(25):
        book.add(f"guest {i}", f"message {i}")
    latest = book.latest()
    assert len(latest) == guestbook.LATEST
    assert [e.name for e in latest[:3]] == ["guest 24", "guest 23", "guest 22"]
    assert latest[0].at is not None


def test_the_page_lists_a_posted_entry_then_shows_the_outage(book_uri: tuple[Pods, str]) -> None:
    pods, uri = book_uri
    for url in serve_book(guestbook.Book(uri)):
        status, body = post(url + "/", b"name=Ada&text=%3Cb%3Ehello%3C%2Fb%3E")
        assert status == 200 and '<ul id="entries">' in body, "303 to / and the list"
        assert "<b>Ada</b>: &lt;b&gt;hello&lt;/b&gt;" in body
        for i in range(3):
            pods.stop_pod(i)  # every member down: no primary, nothing answers
        status, body = get(url + "/")
        assert status == 200 and "database unreachable: " in body
        assert '<span id="pod">web-abc-123</span>' in body
