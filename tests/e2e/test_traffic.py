"""Real traffic through the real NodePort: the dev stack's nginx tiers run as containers on the
local cluster's real node, and these tests use the exported URL as a user's browser would.

Skipped, with the reason, only when the cluster has no real node (fake nodes only)."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from e2e.browser import view_page
from e2e.harness import Cluster
from e2e.real_node import (
    ARTIFACTS,
    ASSETS_SELECTOR,
    WEB_SELECTOR,
    ServedApp,
    assert_bundled_image,
    require_real_node,
    served_app,
    signal_nginx,
)
from e2e.traffic import Reply, SteadyClients, fetch, pods_on_new_connections, pods_on_one_connection

pytestmark = pytest.mark.e2e

WEB_REPLICAS = 3
FROZEN_POD_REQUESTS = 20
REFRESHES = 30


@pytest.fixture(scope="module")
def app(cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedApp]:
    require_real_node(cluster)
    with served_app(cluster, Path(tmp_path_factory.mktemp("traffic")), WEB_REPLICAS) as served:
        yield served


class TestTraffic:
    def test_url_answers_as_soon_as_up_returns(self, app: ServedApp) -> None:
        """A user opens the printed URL right away: it is on the real node and it serves."""
        assert app.url.startswith(f"http://{app.node_ip}:"), app.url
        first = app.first_reply
        late = f"{first}; it served {app.seconds_to_serve:.1f} s later"
        assert isinstance(first, Reply) and first.status == 200, late

    def test_page_names_the_web_pod_that_served_it(self, app: ServedApp) -> None:
        reply = fetch(app.url)
        assert reply.status == 200, reply
        assert reply.pod in app.pod_names(WEB_SELECTOR), reply.body

    def test_image_is_the_bundled_cats_png(self, app: ServedApp) -> None:
        reply = fetch(f"{app.url}assets/cats.png")
        assert reply.status == 200, reply.status
        assert reply.headers.get("content-type") == "image/png", reply.headers
        assert_bundled_image(reply.body)

    def test_redirect_keeps_the_clients_port(self, app: ServedApp) -> None:
        """/assets without its slash redirects; the client must land on the same host:port."""
        reply = fetch(f"{app.url}assets")
        location = reply.headers.get("location", "")
        assert reply.status == 301, reply
        assert location in ("/assets/", f"{app.url}assets/"), location

    def test_refreshes_on_new_connections_reach_every_web_pod(self, app: ServedApp) -> None:
        served = pods_on_new_connections(app.url, REFRESHES)
        assert set(served) == app.pod_names(WEB_SELECTOR), served

    def test_refreshes_on_one_keep_alive_connection_reach_every_web_pod(
        self, app: ServedApp
    ) -> None:
        served = pods_on_one_connection(app.url, REFRESHES)
        assert set(served) == app.pod_names(WEB_SELECTOR), served

    def test_deleting_a_web_pod_under_load_fails_no_request(self, app: ServedApp) -> None:
        before = app.pod_names(WEB_SELECTOR)
        victim = sorted(before)[0]
        with SteadyClients(app.url, 4, max_requests=40_000, max_seconds=90, pause_s=0.002) as load:
            assert load.wait_until(lambda t: t.served[victim] >= 20, timeout=20), load.tally
            app.delete_pod(victim)
            after = app.wait_for_ready(WEB_SELECTOR, WEB_REPLICAS) - before
            (newcomer,) = after
            # The load balancer follows pods: the replacement gets traffic while clients run.
            reached = load.wait_until(lambda t: t.served[newcomer] >= 20, timeout=30)
        tally = load.tally
        assert not tally.failures, (
            f"{len(tally.failures)} of {tally.requests}: {tally.failures[:5]}"
        )
        assert reached, f"the new pod {newcomer} got no traffic: {tally.served}"
        assert set(tally.served) == before | {newcomer}, tally.served

    def test_a_frozen_web_pod_costs_a_request_seconds_not_a_minute(self, app: ServedApp) -> None:
        """SIGSTOP a web pod's nginx: connections still open (the kernel accepts them) but nothing
        answers. The load balancer gives up on it after lbUpstreamTimeout (5 s) and retries another
        pod, so every request succeeds and none waits near nginx's default 60 s."""
        frozen = sorted(app.pod_names(WEB_SELECTOR))[0]
        signal_nginx(app, frozen, signal.SIGSTOP)
        slowest, served = 0.0, set()
        try:
            for _ in range(FROZEN_POD_REQUESTS):  # bounded: at most 20 x 10 s
                start = time.monotonic()
                reply = fetch(app.url, timeout=10)
                slowest = max(slowest, time.monotonic() - start)
                assert reply.status == 200, reply
                served.add(reply.pod)
        finally:
            signal_nginx(app, frozen, signal.SIGCONT)
        assert frozen not in served, f"the frozen pod {frozen} cannot have answered"
        assert slowest < 5 + 2, f"a request waited {slowest:.1f} s behind the frozen pod"

    def test_asset_tier_recovers_after_its_pod_is_deleted(self, app: ServedApp) -> None:
        (old,) = app.pod_names(ASSETS_SELECTOR)
        app.delete_pod(old)
        (new,) = app.wait_for_ready(ASSETS_SELECTOR, 1)
        assert new != old
        deadline = time.monotonic() + 30
        while (reply := fetch(f"{app.url}assets/cats.png")).status != 200:
            assert time.monotonic() < deadline, f"still HTTP {reply.status} from the new pod {new}"
            time.sleep(0.5)
        assert_bundled_image(reply.body)

    def test_a_browser_shows_the_page_with_its_image(self, app: ServedApp) -> None:
        view = view_page(app.url, ARTIFACTS / "dev-page.png")
        pod = view.heading.removeprefix("Served by pod ").strip()
        assert pod in app.pod_names(WEB_SELECTOR), view.heading
        (image,) = view.images
        assert image["src"].endswith("/cats.png") and image["complete"], image
        assert image["naturalWidth"] > 0, f"the image did not load: {image}"
        assert view.screenshot.read_bytes().startswith(b"\x89PNG"), view.screenshot
        print(f"screenshot: {view.screenshot}")
