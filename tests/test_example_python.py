"""examples/python (the orders service) under mocks: its own image in app mode, its own database
user, wired from DatabaseTier's outputs. `make e2e` deploys it for real (tests/e2e/test_reuse.py).

The example imports the pip-installed distribution `stateful_app_components`; here that name is
this checkout's `components` package (what the distribution is built from)."""

from __future__ import annotations

import runpy
import sys
from collections.abc import Iterator

import pulumi
import pytest

import components
import components.placement
from mocking import ROOT, RecordingMocks, RecordingMonitor, resolve, run

IMAGE = "registry.example.com/guestbook:1.0.0"


@pytest.fixture
def orders(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[RecordingMocks, dict]]:
    monkeypatch.setitem(sys.modules, "stateful_app_components", components)
    monkeypatch.setitem(sys.modules, "stateful_app_components.placement", components.placement)
    recorder = RecordingMocks()
    pulumi.runtime.set_mocks(
        recorder, project="orders", stack="dev", preview=False, monitor=RecordingMonitor(recorder)
    )
    pulumi.runtime.set_all_config(
        {
            "orders:webImage": IMAGE,
            "orders:webNodeSelector": "stateful-app/real-node=true",
            "orders:webTolerations": "stateful-app/real-node=true:NoSchedule",
        }
    )
    path = ROOT / "examples" / "python" / "__main__.py"
    namespace = run(lambda: runpy.run_path(str(path), run_name="__main__"))
    yield recorder, namespace


def test_the_web_tier_runs_the_services_image_in_app_mode(
    orders: tuple[RecordingMocks, dict],
) -> None:
    mocks, _ = orders
    spec = mocks.named("Deployment", "orders-web").inputs["spec"]["template"]["spec"]
    (app,) = spec["containers"]
    assert app["name"] == "app" and app["image"] == IMAGE, app["image"]
    assert app["readinessProbe"]["httpGet"]["path"] == "/healthz"
    assert spec["nodeSelector"] == {"stateful-app/real-node": "true"}
    assert spec["tolerations"][0]["key"] == "stateful-app/real-node"
    volume = next(v for v in spec["volumes"] if v["name"] == "database")
    assert volume["secret"]["secretName"] == "orders-db-connection"


def test_the_service_has_its_own_user_and_database_never_root(
    orders: tuple[RecordingMocks, dict],
) -> None:
    mocks, namespace = orders
    uri = str(mocks.named("Secret", "orders-db-connection").inputs["stringData"])
    assert "mongodb://orders:" in uri and "/orders?replicaSet=orders&authSource=orders" in uri
    assert "root" not in uri
    assert resolve(namespace["db"].connection_string).startswith("mongodb://orders:")
    users = str(mocks.named("ConfigMap", "orders-db-members").inputs["data"])
    assert '"user": "orders"' in users and '"db": "orders"' in users
