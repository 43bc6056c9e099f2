"""The guestbook app (apps/guestbook) without a database: the page, the form's validation and the
"database unreachable" panel, served by its real HTTP server on a loopback port. Its database
code against a wire-protocol server is in tests/test_guestbook_db.py (make test-agent)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guestbook_client import get, post, serve_book

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "apps" / "guestbook"))
import guestbook


@pytest.fixture
def unreachable() -> Iterator[str]:
    # A port nothing listens on: connection refused at once, bounded by the driver's timeouts.
    yield from serve_book(guestbook.Book("mongodb://app:pw@127.0.0.1:9/app?authSource=app"))


def test_page_names_the_pod_shows_the_asset_image_and_the_unreachable_panel(
    unreachable: str,
) -> None:
    status, body = get(unreachable + "/")
    assert status == 200, "an unreachable database is a panel, not an error page"
    assert '<span id="pod">web-abc-123</span>' in body
    assert '<img id="cats" src="/assets/cats.png"' in body
    assert (
        'class="unreachable" id="db-status">database unreachable: ServerSelectionTimeoutError'
        in body
    )
    assert "Connection refused" in body
    assert '<form method="post" action="/">' in body


def test_health_never_touches_the_database(unreachable: str) -> None:
    assert get(unreachable + "/healthz") == (200, "ok\n")


def test_a_post_without_a_database_says_why_and_a_bad_form_is_refused(unreachable: str) -> None:
    status, body = post(unreachable + "/", b"name=ada&text=hello")
    assert status == 503 and "database unreachable" in body
    assert post(unreachable + "/", b"name=&text=hello")[0] == 400
    assert post(unreachable + "/", b"x" * 5000)[0] == 400
    assert get(unreachable + "/other")[0] == 404


def test_entries_are_escaped() -> None:
    entry = guestbook.Entry(
        "<b>x</b>", "<script>alert(1)</script>", datetime(2026, 1, 2, tzinfo=UTC)
    )
    body = guestbook.page("pod", "/assets/", [entry], None)
    assert "<script>" not in body and "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "2026-01-02 00:00:00" in body


def test_the_uri_comes_from_the_file_the_web_tier_mounts(tmp_path: Path) -> None:
    uri_file = tmp_path / "uri"
    uri_file.write_text("mongodb://app:pw@db-0:27017/app?authSource=app\n")
    environ = {"MONGODB_URI_FILE": str(uri_file), "MONGODB_URI": "ignored"}
    assert guestbook.database_uri(environ) == "mongodb://app:pw@db-0:27017/app?authSource=app"
    assert guestbook.database_uri({"MONGODB_URI": "mongodb://x/y"}) == "mongodb://x/y"
    book = guestbook.Book(guestbook.database_uri({}))
    with pytest.raises(guestbook.Unreachable, match=r"no connection string"):
        book.latest()
    with pytest.raises(guestbook.Unreachable, match=r"ConfigurationError: No default database"):
        guestbook.Book("mongodb://127.0.0.1:9/").latest()
