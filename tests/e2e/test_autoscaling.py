"""Web autoscaling for real on the embedded cluster: metrics-server v0.8.0 (cluster/addons.sh)
reads the real node's kubelet, and the HPA that `webAutoscaling` makes scales the web tier out
under bounded load through the NodePort, then back in once the load stops; a later `up` never
fights it over `replicas` (docs/autoscaling.md). Only this test's stack shortens the HPA's
scale-down window (`scaleDown`) and makes the web pods' CPU request small (20m: a 50 % target is
10m a pod, which a few hundred requests a second exceed on the 2-core machine, and an idle nginx
stays far below).

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
    require_real_node,
    served_app,
)
from e2e.traffic import SteadyClients

pytestmark = pytest.mark.e2e

NAMESPACE = "stateful-app-autoscaling"
SCALE_DOWN_S = 15
CPU_PERCENT = 50
AUTOSCALING = f"min=1,max=3,cpu={CPU_PERCENT},scaleDown={SCALE_DOWN_S}"
WEB_RESOURCES = "cpu=20m/500m,memory=32Mi/128Mi"
# Load bounds: keep-alive clients on the bridge address, at most this many requests or seconds.
LOAD_CLIENTS = 6
LOAD_MAX_REQUESTS = 300_000
LOAD_MAX_S = 240
SCALE_IN_TIMEOUT_S = 300
METRICS_TIMEOUT_S = 120
HELD_BY_THE_HPA = 4
"""The replica count the last test has the HPA hold (through its min), never webReplicas (1)."""


@pytest.fixture(scope="module")
def app(cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedApp]:
    require_real_node(cluster)
    tmp = Path(tmp_path_factory.mktemp("autoscaling"))
    config = {"webAutoscaling": AUTOSCALING, "webResources": WEB_RESOURCES}
    with served_app(cluster, tmp, 1, config, namespace=NAMESPACE) as served:
        yield served


def _web_replicas(app: ServedApp) -> int:
    deployment = app.kubectl.get("deployment", "web", app.namespace)
    assert deployment is not None, "no web Deployment"
    replicas: int = deployment["spec"]["replicas"]
    return replicas


def _pod_cpu(app: ServedApp) -> dict[str, str]:
    """Pod name -> CPU use of its first container, from the metrics API (kubectl top's source)."""
    path = f"/apis/metrics.k8s.io/v1beta1/namespaces/{app.namespace}/pods"
    listed = app.kubectl.run("get", "--raw", path, check=False)
    if listed.returncode != 0:
        return {}
    return {
        item["metadata"]["name"]: item["containers"][0]["usage"]["cpu"]
        for item in json.loads(listed.stdout)["items"]
        if item["containers"]
    }


def _hpa_status(app: ServedApp) -> str:
    hpa = app.kubectl.get("hpa", "web", app.namespace) or {}
    return json.dumps(hpa.get("status", {}))


def test_the_metrics_api_reports_the_web_pods_and_the_hpa_reads_them(app: ServedApp) -> None:
    web = app.pod_names(WEB_SELECTOR)
    deadline = time.monotonic() + METRICS_TIMEOUT_S
    while not web <= set(cpu := _pod_cpu(app)) and time.monotonic() < deadline:
        time.sleep(2)
    assert web <= set(cpu), f"no metrics for {web - set(cpu)}: {cpu}"
    hpa = app.kubectl.get("hpa", "web", app.namespace)
    assert hpa is not None, "no HorizontalPodAutoscaler web"
    assert (hpa["spec"]["minReplicas"], hpa["spec"]["maxReplicas"]) == (1, 3), hpa["spec"]
    # The HPA computed a utilisation from those metrics (not "failed to get cpu utilization").
    while time.monotonic() < deadline + 60:
        current = (app.kubectl.get("hpa", "web", app.namespace) or {}).get("status", {})
        if any(m.get("resource", {}).get("current") for m in current.get("currentMetrics") or []):
            break
        time.sleep(2)
    else:
        pytest.fail(f"the HPA reads no CPU utilisation: {_hpa_status(app)}")


def test_load_scales_the_web_tier_out_then_back_in(app: ServedApp) -> None:
    first = app.pod_names(WEB_SELECTOR)
    assert len(first) == 1 and _web_replicas(app) == 1, first
    started = time.monotonic()
    with SteadyClients(app.url, LOAD_CLIENTS, LOAD_MAX_REQUESTS, LOAD_MAX_S) as load:
        # Out: a reply from a pod that did not exist when the load started.
        served_by_new_pod = load.wait_until(lambda t: bool(set(t.served) - first), LOAD_MAX_S)
        scale_out_s = time.monotonic() - started
    load_ended = time.monotonic()
    tally = load.tally
    assert served_by_new_pod, (
        f"no new pod served within {LOAD_MAX_S} s ({tally.requests} requests, "
        f"pods' CPU {_pod_cpu(app)}, HPA {_hpa_status(app)})"
    )
    # Pods come and go under load: at most one request in a thousand may fail.
    assert len(tally.failures) <= tally.requests // 1000, (
        f"{len(tally.failures)} of {tally.requests} failed: {tally.failures[:5]}"
    )
    peak = _web_replicas(app)
    assert peak > 1, peak
    while _web_replicas(app) > 1 and time.monotonic() < load_ended + SCALE_IN_TIMEOUT_S:
        time.sleep(1)
    scale_in_s = time.monotonic() - load_ended
    replicas = _web_replicas(app)
    assert replicas == 1, (
        f"still {replicas} replicas {SCALE_IN_TIMEOUT_S} s after the load: {_hpa_status(app)}"
    )
    app.wait_for_ready(WEB_SELECTOR, 1)
    rate = tally.requests / max(load_ended - started, 1e-3)
    print(
        f"\nautoscaling: load start -> a new pod serving {scale_out_s:.0f} s "
        f"({tally.requests} requests, ~{rate:.0f}/s, {len(tally.failures)} failed, "
        f"{peak} replicas at load end); load end -> scaled in to 1 replica {scale_in_s:.0f} s "
        f"(scale-down window {SCALE_DOWN_S} s)"
    )


def test_a_second_up_with_the_hpa_holding_another_count_changes_nothing(app: ServedApp) -> None:
    """webReplicas says 1; the HPA holds HELD_BY_THE_HPA pods; `up` must leave them alone."""
    held = HELD_BY_THE_HPA
    app.app_stack.set("webAutoscaling", f"min={held},max={held},cpu={CPU_PERCENT}")
    app.app_stack.up(quiet=True)
    app.wait_for_ready(WEB_SELECTOR, held)
    assert _web_replicas(app) == held
    result, events = app.app_stack.up(quiet=True, expect_no_changes=True)
    assert set(result.summary.resource_changes or {}) == {"same"}, result.summary.resource_changes
    changed = events.ops("update", "replace", "create", "delete", "create-replacement")
    assert changed == [], f"the second up changed {changed}"
    preview = app.app_stack.stack.preview(expect_no_changes=True, diff=True)
    assert set(preview.change_summary) == {"same"}, preview.change_summary
    assert _web_replicas(app) == held, "up reset the replica count the HPA set"
    assert len(app.wait_for_ready(WEB_SELECTOR, held)) == held
