"""The load balancer's generated config under the image's real nginx (tests/upstream_probe.py, in
a private network namespace) in front of two stand-in web pods: round robin per request (also for
pages slower than nginx's re-resolution of the pods' name), and an
application's own 503 (its database is down) passed to the client as it is: not retried on the
other pods (which would multiply the wait by the tries) and not taking the pod out of rotation
(one such answer would otherwise leave the pod unused for fail_timeout, and the same answer from
every pod would turn into nginx's own 502 "no live upstreams"). A dead or frozen pod is still
retried on the next one: the e2e traffic tests delete, kill and freeze real pods under load."""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest
from upstream_probe import WEB_NAME

from components.nginx import LISTEN_PORT, Upstream, load_balancer_config

ROOT = Path(__file__).resolve().parents[1]
ASSETS = "assets-pods.ns.svc.cluster.local"


@pytest.fixture(scope="module")
def probed(tmp_path_factory: pytest.TempPathFactory) -> dict:
    work = tmp_path_factory.mktemp("nginx-upstream")
    config = load_balancer_config(Upstream("web", WEB_NAME, 9000), Upstream("assets", ASSETS, 9000))
    (work / "nginx.conf").write_text(config)
    # The probe's stand-in cluster DNS answers on 127.0.0.1 (RESOLVER_INCLUDE, as pods write it,
    # re-resolving more often than the pods' 2 s so that a slow page outlives a re-resolution).
    (work / "resolver.conf").write_text("resolver 127.0.0.1 valid=1s ipv6=off;\n")
    (work / "hosts").write_text("127.0.0.1 localhost\n")
    probe = [sys.executable, str(ROOT / "tests" / "upstream_probe.py"), str(work), str(LISTEN_PORT)]
    result = subprocess.run(["unshare", "-n", *probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_pages_alternate_between_the_pods(probed: dict) -> None:
    assert sorted(probed["before"]) == ["pod-a"] * 3 + ["pod-b"] * 3, probed["before"]
    assert all(a != b for a, b in pairwise(probed["before"])), probed["before"]


def test_pages_slower_than_a_re_resolution_alternate_too(probed: dict) -> None:
    # Re-resolving the same two addresses keeps the round robin where it was.
    assert sorted(probed["slow"]) == ["pod-a"] * 2 + ["pod-b"] * 2, probed["slow"]
    assert all(a != b for a, b in pairwise(probed["slow"])), probed["slow"]


def test_an_application_503_reaches_the_client_from_one_pod(probed: dict) -> None:
    received = probed["received"]
    assert probed["post"] == 503
    assert received.get("pod-a POST /", 0) + received.get("pod-b POST /", 0) == 1, received
    assert probed["busy"] == 503
    assert received.get("pod-a GET /busy", 0) + received.get("pod-b GET /busy", 0) == 1, received


def test_a_pod_that_answered_503_stays_in_rotation(probed: dict) -> None:
    after = probed["after_busy"]
    assert sorted(after) == ["pod-a"] * 3 + ["pod-b"] * 3, after
