"""Requests and limits: the text form of `<tier>Resources`, its checks, every tier taking them."""

from fractions import Fraction

import pytest

from components import builders
from components.assets import AssetTier, AssetTierArgs
from components.database import DatabaseTier, DatabaseTierArgs
from components.loadbalancer import LoadBalancerTier, LoadBalancerTierArgs
from components.resources import Resources, parse_resources, quantity
from components.settings import MONGO_IMAGE, NGINX_IMAGE
from mocking import RecordingMocks, run, run_program

NGINX = NGINX_IMAGE
SMALL = Resources("5m", "8Mi", "50m", "32Mi")


@pytest.mark.parametrize(
    ("text", "value"),
    [("100m", Fraction(1, 10)), ("1", 1), ("1.5", Fraction(3, 2)), ("256Mi", 256 * 2**20)],
)
def test_quantities_have_kubernetes_values(text: str, value: Fraction) -> None:
    assert quantity(text) == value
    assert quantity("1Gi") > quantity("1G") > quantity("900Mi")
    assert quantity("1e3") == quantity("1k")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cpu=100m/1,memory=256Mi/512Mi", Resources("100m", "256Mi", "1", "512Mi")),
        ("memory=1Gi", Resources("50m", "1Gi", "500m", "1Gi")),
        (" cpu=200m , ", Resources("200m", "32Mi", "200m", "128Mi")),
        ("", builders.NGINX_RESOURCES),
    ],
)
def test_text_form_overrides_only_what_it_names(text: str, expected: Resources) -> None:
    parsed = parse_resources(text, builders.NGINX_RESOURCES)
    assert parsed == expected
    assert parse_resources(parsed.text(), builders.HELPER_RESOURCES) == parsed, "round-trips"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("cpu=2/1", "cpu request 2 is above its limit 1"),
        ("memory=1Gi/512Mi", "memory request 1Gi is above its limit 512Mi"),
        ("gpu=1", "'gpu=1': expected cpu=... or memory=..."),
        ("cpu=lots", "'lots' is not a Kubernetes quantity"),
        ("cpu", "'cpu': expected"),
    ],
)
def test_bad_text_names_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_resources(text, builders.NGINX_RESOURCES)


def _resources(mocks: RecordingMocks, kind: str, name: str) -> dict[str, dict[str, str]]:
    containers = mocks.named(kind, name).inputs["spec"]["template"]["spec"]["containers"]
    return {c["name"]: c["resources"] for c in containers}


def test_every_tier_takes_resources(mocks: RecordingMocks) -> None:
    # Every container also gets the default ephemeral-storage request and limit (kube-score).
    limits = {"cpu": "50m", "memory": "32Mi", "ephemeral-storage": "256Mi"}

    def deploy() -> None:
        AssetTier(
            "assets",
            AssetTierArgs(namespace="ns", image=NGINX, node_label="storage=true", resources=SMALL),
        )
        LoadBalancerTier(
            "lb",
            LoadBalancerTierArgs(
                namespace="ns",
                image=NGINX,
                web_service="web-pods",
                web_port=8080,
                prefix_service="assets-pods",
                prefix_port=8080,
                resources=SMALL,
            ),
        )
        DatabaseTier(
            "db",
            DatabaseTierArgs(
                namespace="ns",
                image=MONGO_IMAGE,
                resources=Resources("1", "2Gi", "1", "2Gi"),
                agent_resources=SMALL,
            ),
        )

    run(deploy)
    assert _resources(mocks, "Deployment", "assets")["nginx"]["limits"] == limits
    assert _resources(mocks, "Deployment", "lb")["nginx"]["limits"] == limits
    db = _resources(mocks, "StatefulSet", "db")
    assert db["mongod"] == {
        "requests": {"cpu": "1", "memory": "2Gi", "ephemeral-storage": "64Mi"},
        "limits": {"cpu": "1", "memory": "2Gi", "ephemeral-storage": "256Mi"},
    }, "Guaranteed QoS when CPU and memory requests equal limits"
    assert db["replset-agent"]["limits"] == limits
    (gate,) = mocks.of_kind("Job")
    assert gate.inputs["spec"]["template"]["spec"]["containers"][0]["resources"]["limits"] == limits


def test_a_tier_refuses_requests_above_limits(mocks: RecordingMocks) -> None:
    with pytest.raises(ValueError, match=r"agent_resources='cpu=5/50m,memory=8Mi/32Mi': cpu"):
        DatabaseTier(
            "db",
            DatabaseTierArgs(
                namespace="ns",
                image=MONGO_IMAGE,
                agent_resources=Resources("5", "8Mi", "50m", "32Mi"),
            ),
        )
    assert not mocks.resources


def _qos(pod: dict) -> str:
    """The QoS class Kubernetes gives a pod (cpu and memory of every container, init included)."""
    containers = pod.get("initContainers", []) + pod["containers"]
    equal = [
        quantity(c["resources"]["requests"][r]) == quantity(c["resources"]["limits"][r])
        for c in containers
        for r in ("cpu", "memory")
    ]
    return "Guaranteed" if all(equal) else "Burstable"


@pytest.mark.parametrize(("stack", "qos"), [("dev", "Burstable"), ("prod", "Guaranteed")])
def test_members_are_guaranteed_when_mongod_requests_equal_its_limits(stack: str, qos: str) -> None:
    program = run_program(stack)
    pod = program.mocks.named("StatefulSet", "db").inputs["spec"]["template"]["spec"]
    assert _qos(pod) == qos
    mongod = pod["containers"][0]
    if qos == "Guaranteed":
        args = mongod["args"]
        assert args[args.index("--wiredTigerCacheSizeGB") + 1] == "1.35", "4Gi in prod"


def test_member_pods_burstable_unless_mongod_is_guaranteed(mocks: RecordingMocks) -> None:
    guaranteed_mongod = Resources("1", "2Gi", "1", "2Gi")
    args = DatabaseTierArgs(namespace="ns", image=MONGO_IMAGE, resources=guaranteed_mongod)
    run(lambda: DatabaseTier("db", args))
    pod = mocks.named("StatefulSet", "db").inputs["spec"]["template"]["spec"]
    assert _qos(pod) == "Guaranteed"
    agent = next(c for c in pod["containers"] if c["name"] == "replset-agent")
    assert agent["resources"]["requests"]["memory"] == agent["resources"]["limits"]["memory"]
