"""lbExpose ingress/gateway under mocks: the objects in front of the load balancer's ClusterIP
Service, TLS from the same Secret, and the rules that keep the keys consistent."""

import pytest

from components.settings import ConfigError, load
from mocking import Registered, run_program

# lbNodePort 0 unsets the dev stack file's node port.
INGRESS = {
    "lbExpose": "ingress",
    "lbServiceType": "ClusterIP",
    "lbHostname": "shop.example",
    "lbNodePort": "0",
}
GATEWAY = {**INGRESS, "lbExpose": "gateway", "lbGatewayClass": "envoy"}
TLS = {"lbTls": "enabled", "lbTlsSecret": "shop-cert"}


def _custom(program, kind: str) -> list[Registered]:
    return [r for r in program.mocks.resources if r.inputs.get("kind") == kind]


def test_ingress_routes_the_host_to_the_lb_service_with_tls_from_the_secret() -> None:
    program = run_program("dev", {**INGRESS, **TLS, "lbIngressClass": "nginx"})
    ing = program.mocks.named("Ingress", "lb").inputs
    assert ing["metadata"]["annotations"] == {"pulumi.com/skipAwait": "true"}, "no controller"
    assert ing["spec"]["ingressClassName"] == "nginx"
    assert ing["spec"]["tls"] == [{"hosts": ["shop.example"], "secretName": "shop-cert"}]
    rule = ing["spec"]["rules"][0]
    assert rule["host"] == "shop.example"
    assert rule["http"]["paths"][0]["backend"]["service"] == {
        "name": "lb",
        "port": {"name": "http"},
    }
    assert program.mocks.named("Service", "lb").inputs["spec"]["type"] == "ClusterIP"
    assert program.outputs["url"] == "https://shop.example/"
    pod = program.mocks.named("Deployment", "lb").inputs["spec"]["template"]["spec"]
    assert not [v for v in pod["volumes"] if "secret" in v], "TLS ends at the ingress"


def test_gateway_terminates_tls_and_redirects_plain_http() -> None:
    program = run_program("dev", {**GATEWAY, **TLS})
    (gw,) = _custom(program, "Gateway")
    assert gw.inputs["apiVersion"] == "gateway.networking.k8s.io/v1"
    assert gw.inputs["spec"]["gatewayClassName"] == "envoy"
    listeners = {item["name"]: item for item in gw.inputs["spec"]["listeners"]}
    assert (listeners["http"]["port"], listeners["https"]["port"]) == (80, 443)
    assert listeners["https"]["tls"]["certificateRefs"] == [{"kind": "Secret", "name": "shop-cert"}]
    routes = {r.inputs["metadata"]["name"]: r.inputs["spec"] for r in _custom(program, "HTTPRoute")}
    assert routes["lb"]["parentRefs"] == [{"name": "lb", "sectionName": "https"}]
    assert routes["lb"]["rules"][0]["backendRefs"] == [{"name": "lb", "port": 80}]
    redirect = routes["lb-redirect"]
    assert redirect["parentRefs"] == [{"name": "lb", "sectionName": "http"}]
    assert redirect["rules"][0]["filters"][0]["requestRedirect"]["scheme"] == "https"


def test_gateway_without_tls_serves_plain_http_only() -> None:
    program = run_program("dev", GATEWAY)
    (gw,) = _custom(program, "Gateway")
    assert [item["name"] for item in gw.inputs["spec"]["listeners"]] == ["http"]
    (route,) = _custom(program, "HTTPRoute")
    assert route.inputs["spec"]["parentRefs"] == [{"name": "lb", "sectionName": "http"}]
    assert program.outputs["url"] == "http://shop.example/"


def test_generated_certificate_names_the_hostname_first() -> None:
    program = run_program("dev", {**INGRESS, "lbTls": "enabled", "lbTlsGenerate": "true"})
    request = next(r for r in program.mocks.resources if r.type.endswith(":CertRequest"))
    assert request.inputs["dnsNames"][0] == "shop.example"
    assert program.mocks.named("Ingress", "lb").inputs["spec"]["tls"][0]["secretName"] == "lb-tls"


@pytest.mark.parametrize(
    ("raw", "key", "why"),
    [
        ({**INGRESS, "lbServiceType": "NodePort"}, "lbServiceType", "must be ClusterIP"),
        ({**INGRESS, "lbHostname": None}, "lbHostname", "is required when lbExpose is ingress"),
        (
            {**GATEWAY, "lbGatewayClass": None},
            "lbGatewayClass",
            "required when lbExpose is gateway",
        ),
        (
            {**INGRESS, "lbGatewayClass": "envoy"},
            "lbGatewayClass",
            "only used when lbExpose is gateway",
        ),
        (
            {"lbHostname": "shop.example"},
            "lbHostname",
            "only used when lbExpose is ingress or gateway",
        ),
        ({**INGRESS, "lbHostname": "a.example,b.example"}, "lbHostname", "one DNS host name"),
    ],
)
def test_exposure_rules_name_the_key(raw: dict, key: str, why: str) -> None:
    with pytest.raises(ConfigError) as error:
        load({"assetNodeLabel": "storage-node=true", **raw}, "dev")
    assert f"stateful-app:{key}" in str(error.value) and why in str(error.value), str(error.value)


def test_an_unknown_exposure_names_the_allowed_ones() -> None:
    with pytest.raises(ConfigError, match="lbExpose = 'route': must be one of service, ingress"):
        load({"assetNodeLabel": "storage-node=true", "lbExpose": "route"}, "dev")
