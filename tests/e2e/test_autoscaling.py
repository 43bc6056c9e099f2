"""Web autoscaling for real on the embedded cluster: metrics-server (cluster/addons.sh) reads the
real node's kubelet, the HPA of `webAutoscaling` scales the web tier out under bounded load
through the NodePort and back in once the load stops, and `up` never fights it over `replicas`
(docs/autoscaling.md). The HPA's scale-down window is shortened in this test's stack only.

Skipped, with the reason, only when the cluster has no real node (fake nodes only)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from e2e.harness import Cluster
from e2e.real_node import (
    WEB_SELECTOR,
    ServedApp,
    assert_real_node_ready,
    missing_real_node,
    served_app,
)
from e2e.traffic import SteadyClients

pytestmark = pytest.mark.e2e

SCALE_DOWN_S = 15
AUTOSCALING = f"min=1,max=3,cpu=50,scaleDown={SCALE_DOWN_S}"
# Load bounds: keep-alive clients on the bridge address, at most this many requests or seconds.
LOAD_CLIENTS = 8
LOAD_MAX_REQUESTS = 400_000
LOAD_MAX_S = 180
SCALE_IN_TIMEOUT_S = 240
METRICS_TIMEOUT_S = 120


@pytest.fixture(scope="module")
def app(cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedApp]:
    if reason := missing_real_node(cluster):
        pytest.skip(reason)
    assert_real_node_ready(cluster)
    tmp = Path(tmp_path_factory.mktemp("autoscaling"))
    with served_app(cluster, tmp, 1, {"webAutoscaling": AUTOSCALING}) as served:
        yield served


def _web_replicas(app: ServedApp) -> int:
    deployment = app.kubectl.get("deployment", "web", app.namespace)
    assert deployment is not None, "no web Deployment"
    replicas: int = deployment["spec"]["replicas"]
    return replicas


def _pod_metrics(app: ServedApp) -> dict[str, str]:
    """Pod name -> CPU use of its nginx container, from the metrics API (kubectl top's source)."""
    path = f"/apis/metrics.k8s.io/v1beta1/namespaces/{app.namespace}/pods"
    listed = app.kubectl.run("get", "--raw", path, check=False)
    if listed.returncode != 0:
        return {}
    return {
        item["metadata"]["name"]: item["containers"][0]["usage"]["cpu"]
        for item in json.loads(listed.stdout)["items"]
        if item["containers"]
    }


def test_the_metrics_api_reports_the_web_pods(app: ServedApp):
    web = app.pod_names(WEB_SELECTOR)
    deadline = time.monotonic() + METRICS_TIMEOUT_S
    while not web <= set(metrics := _pod_metrics(app)) and time.monotonic() < deadline:
        time.sleep(2)
    assert web <= set(metrics), f"no metrics for {web - set(metrics)}: {metrics}"
    hpa = app.kubectl.get("hpa", "web", app.namespace)
    assert hpa is not None and hpa["spec"]["maxReplicas"] == 3, hpa


def test_load_scales_the_web_tier_out_then_back_in(app: ServedApp):
    first = app.pod_names(WEB_SELECTOR)
    started = time.monotonic()
    with SteadyClients(app.url, LOAD_CLIENTS, LOAD_MAX_REQUESTS, LOAD_MAX_S) as load:
        # Out: a reply from a pod that did not exist when the load started.
        served_by_new_pod = load.wait_until(lambda t: bool(set(t.served) - first), LOAD_MAX_S)
    load_ended = time.monotonic()
    scale_out_s = load_ended - started
    requests, failures = load.tally.requests, load.tally.failures
    assert served_by_new_pod, f"no new pod served within {LOAD_MAX_S} s ({requests} requests)"
    assert len(failures) <= requests // 1000, f"{len(failures)} failed: {failures[:5]}"
    replicas_at_peak = _web_replicas(app)
    deadline = load_ended + SCALE_IN_TIMEOUT_S
    while _web_replicas(app) > 1 and time.monotonic() < deadline:
        time.sleep(1)
    scale_in_s = time.monotonic() - load_ended
    print(
        f"\nautoscaling: load start -> a new pod serving {scale_out_s:.0f} s "
        f"({requests} requests, {replicas_at_peak} replicas); "
        f"load end -> scaled in to 1 {scale_in_s:.0f} s (scale-down window {SCALE_DOWN_S} s)"
    )
    assert _web_replicas(app) == 1, f"still {_web_replicas(app)} replicas {SCALE_IN_TIMEOUT_S} s after the load"


def test_a_second_up_with_the_hpa_at_5_changes_nothing(app: ServedApp):
    app.deployment.set("webAutoscaling", f"min=5,max=6,cpu=50,scaleDown={SCALE_DOWN_S}")
    app.deployment.up(quiet=True)
    app.wait_for_ready(WEB_SELECTOR, 5)
    assert _web_replicas(app) == 5
    _, events = app.deployment.up(quiet=True)
    changed = events.ops("update", "replace", "create", "delete", "create-replacement")
    assert changed == [], f"the second up changed {changed}"
    assert _web_replicas(app) == 5, "up reset the replica count the HPA set"
