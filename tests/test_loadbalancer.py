"""LoadBalancerTier alone under mocks: generated config, Service types, URL."""

import pytest

from components.loadbalancer import LoadBalancerTier, LoadBalancerTierArgs
from components.settings import NGINX_IMAGE
from mocking import RecordingMocks, resolve, run

IMAGE = NGINX_IMAGE


def _args(**overrides: object) -> LoadBalancerTierArgs:
    fields: dict = dict(
        namespace="ns",
        image=IMAGE,
        web_service="front",
        web_port=80,
        prefix_service="files",
        prefix_port=8080,
    )
    fields.update(overrides)
    return LoadBalancerTierArgs(**fields)


def test_config_routes_to_the_upstream_services(mocks: RecordingMocks) -> None:
    run(lambda: LoadBalancerTier("lb", _args()))
    config = next(r for r in mocks.of_kind("ConfigMap")).inputs["data"]["nginx.conf"]
    assert "server front.ns.svc.cluster.local:80" in config
    assert "server files.ns.svc.cluster.local:8080" in config
    volumes = mocks.named("Deployment", "lb").inputs["spec"]["template"]["spec"]["volumes"]
    assert volumes[0]["configMap"]["name"] == "lb-config-abc123", "pods mount the auto-named config"


def test_node_port_is_fixed_and_in_the_url(mocks: RecordingMocks) -> None:
    tier = run(lambda: LoadBalancerTier("lb", _args(node_port=30001, public_host="node1")))
    port = mocks.named("Service", "lb").inputs["spec"]["ports"][0]
    assert port["nodePort"] == 30001 and port["targetPort"] == "http"
    assert resolve(tier.url) == "http://node1:30001/" and resolve(tier.address) == "30001"


def test_load_balancer_can_skip_the_address_wait(mocks: RecordingMocks) -> None:
    run(lambda: LoadBalancerTier("lb", _args(service_type="LoadBalancer", await_address=False)))
    metadata = mocks.named("Service", "lb").inputs["metadata"]
    assert metadata["annotations"] == {"pulumi.com/skipAwait": "true"}


def test_load_balancer_waits_for_its_address_by_default(mocks: RecordingMocks) -> None:
    run(lambda: LoadBalancerTier("lb", _args(service_type="LoadBalancer")))
    assert "annotations" not in mocks.named("Service", "lb").inputs["metadata"]


def test_pods_start_without_waiting_for_the_upstream_pods(mocks: RecordingMocks) -> None:
    run(lambda: LoadBalancerTier("lb", _args()))
    command = mocks.named("Deployment", "lb").inputs["spec"]["template"]["spec"]["containers"][0]
    # The resolver is read from the pod's resolv.conf: nginx re-resolves the upstreams itself.
    assert command["command"][:2] == ["sh", "-c"] and "resolv.conf" in command["command"][2]
    # Ready once a web pod answers through it; alive on its own.
    assert command["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert command["livenessProbe"]["httpGet"]["path"] == "/healthz"


def test_cluster_ip_url_is_the_service_dns_name(mocks: RecordingMocks) -> None:
    tier = run(lambda: LoadBalancerTier("lb", _args(service_type="ClusterIP")))
    assert resolve(tier.url) == "http://lb.ns.svc.cluster.local/"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"service_type": "Ingress"}, "service_type="),
        ({"node_port": 80}, "node_port=80"),
        ({"service_type": "ClusterIP", "node_port": 30001}, "only allowed with NodePort"),
    ],
)
def test_invalid_args_are_rejected(mocks: RecordingMocks, overrides: dict, field: str) -> None:
    with pytest.raises(ValueError, match=field):
        LoadBalancerTier("lb", _args(**overrides))
