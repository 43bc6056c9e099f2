"""The whole program (__main__.py) for each stack under mocks: wiring, per-stack differences,
selectors, secrets, and config errors raised before anything is registered."""

import pytest

from components.app import StatefulApp
from components.inputs import camel
from components.outputs import declared_outputs
from components.settings import ConfigError
from mocking import ROOT, STACKS, Program, is_secret, run_program, sent_as_secret

WORKLOADS = ("Deployment", "StatefulSet")


@pytest.fixture(scope="module", params=STACKS)
def program(request: pytest.FixtureRequest) -> Program:
    return run_program(request.param)


def test_every_selector_matches_its_pod_labels(program: Program) -> None:
    for workload in (r for kind in WORKLOADS for r in program.mocks.of_kind(kind)):
        spec = workload.inputs["spec"]
        selector = spec["selector"]["matchLabels"]
        assert selector.items() <= spec["template"]["metadata"]["labels"].items(), workload.name
    pods = [
        r.inputs["spec"]["template"]["metadata"]["labels"]
        for k in WORKLOADS
        for r in program.mocks.of_kind(k)
    ]
    for service in program.mocks.of_kind("Service"):
        selector = service.inputs["spec"]["selector"]
        assert any(selector.items() <= labels.items() for labels in pods), service.k8s_name


def test_every_container_is_restricted_with_probes_and_resources(program: Program) -> None:
    for workload in (r for kind in WORKLOADS for r in program.mocks.of_kind(kind)):
        pod = workload.inputs["spec"]["template"]["spec"]
        assert pod["securityContext"]["seccompProfile"]["type"] == "RuntimeDefault", workload.name
        for container in pod["containers"] + pod.get("initContainers", []):
            where = f"{workload.k8s_name}/{container['name']}"
            sc = container["securityContext"]
            assert sc["allowPrivilegeEscalation"] is False and sc["capabilities"]["drop"] == [
                "ALL"
            ], where
            assert sc["readOnlyRootFilesystem"] is True and sc["runAsNonRoot"] is True, where
            assert {"requests", "limits"} <= set(container["resources"]), where
            assert not container["image"].endswith(":latest") and ":" in container["image"], where
        for container in pod["containers"]:
            assert "readinessProbe" in container, f"{workload.k8s_name}/{container['name']}"


def test_load_balancer_routes_to_the_real_service_names(program: Program) -> None:
    namespace = program.outputs["namespace"]
    lb_config = next(
        r.inputs["data"]["nginx.conf"]
        for r in program.mocks.of_kind("ConfigMap")
        if r.name == "app-lb-config"
    )
    for tier in ("web", "assets"):
        service = program.mocks.named("Service", f"{tier}-pods").inputs["spec"]
        pods = program.mocks.named("Deployment", tier).inputs["spec"]["template"]
        assert service["clusterIP"] == "None", f"{tier}-pods is headless: one address per pod"
        assert service["selector"].items() <= pods["metadata"]["labels"].items(), tier
        port = service["ports"][0]["port"]
        assert pods["spec"]["containers"][0]["ports"][0]["containerPort"] == port, tier
        server = f"server {tier}-pods.{namespace}.svc.cluster.local:{port} resolve"
        assert server in lb_config, tier


def test_web_pods_get_the_database_secret(program: Program) -> None:
    web = program.mocks.named("Deployment", "web").inputs["spec"]["template"]["spec"]
    volume = next(v for v in web["volumes"] if v["name"] == "database")
    secret = program.mocks.named("Secret", volume["secret"]["secretName"])
    string_data = secret.inputs["stringData"]
    assert sent_as_secret(string_data), "sent as a secret"
    # With dbTls (prod) the CA the app verifies the members with rides along.
    mongod = program.mocks.named("StatefulSet", "db").inputs["spec"]["template"]["spec"]
    tls = "--tlsMode" in mongod["containers"][0]["args"]
    assert set(string_data["value"]) == ({"uri", "ca.crt"} if tls else {"uri"})
    assert is_secret(program.outputs["db_connection_string"])


def test_everything_is_in_the_stack_namespace(program: Program) -> None:
    namespace = program.outputs["namespace"]
    for resource in program.mocks.kubernetes():
        if resource.kind not in ("Namespace", "PersistentVolume"):
            assert resource.inputs["metadata"]["namespace"] == namespace, resource.name


@pytest.mark.parametrize(
    ("stack", "web", "members", "service_type", "retain"),
    [
        ("dev", 2, 1, "NodePort", False),
        ("test", 2, 3, "NodePort", False),
        ("prod", 3, 3, "LoadBalancer", True),
    ],
)
def test_per_stack_differences(
    stack: str, web: int, members: int, service_type: str, retain: bool
) -> None:
    program = run_program(stack)
    m = program.mocks
    assert m.named("Deployment", "web").inputs["spec"]["replicas"] == web
    assert m.named("StatefulSet", "db").inputs["spec"]["replicas"] == members
    assert m.named("Service", "lb").inputs["spec"]["type"] == service_type
    assert len(program.outputs["db_hosts"]) == members
    budgets = {r.k8s_name for r in m.of_kind("PodDisruptionBudget")}
    assert ("db" in budgets) is (members >= 3), "a majority budget only where a majority exists"
    data_bearing = {"app-namespace", "app-assets-claim"} | (
        {"app-assets-volume"} if m.of_kind("PersistentVolume") else set()
    )
    kept = data_bearing & m.retained_on_delete
    assert kept == (data_bearing if retain else set()), f"retained on destroy: {kept}"


def test_dev_is_reachable_on_node_port_30001() -> None:
    program = run_program("dev")
    assert program.mocks.named("Service", "lb").inputs["spec"]["ports"][0]["nodePort"] == 30001
    assert program.outputs["url"] == "http://localhost:30001/"


def test_prod_keeps_data_on_destroy_and_spreads_members() -> None:
    program = run_program("prod")
    pod = program.mocks.named("StatefulSet", "db").inputs["spec"]["template"]["spec"]
    assert "requiredDuringSchedulingIgnoredDuringExecution" in pod["affinity"]["podAntiAffinity"]
    assert program.mocks.named("Deployment", "lb").inputs["spec"]["replicas"] == 2


def test_invalid_config_stops_before_any_resource() -> None:
    with pytest.raises(ConfigError, match=r"stateful-app:dbMembers = '4'") as error:
        run_program("dev", {"dbMembers": "4", "lbNodePort": "99999", "colour": "red"})
    assert "stateful-app:lbNodePort = '99999'" in str(error.value)
    assert "stateful-app:colour = 'red': is not a known key" in str(error.value)


def test_asset_path_moves_the_route_in_every_tier() -> None:
    configs = {
        r.name: r.inputs["data"]["nginx.conf"]
        for r in run_program("dev", {"assetPath": "/static/"}).mocks.of_kind("ConfigMap")
        if "nginx.conf" in r.inputs.get("data", {})
    }
    assert "location /static/ {" in configs["app-lb-config"]
    assert "location /static/ {" in configs["app-assets-config"]
    assert 'src="/static/cats.png"' in configs["app-web-config"]
    assert "/assets/" not in "".join(configs.values())


def test_the_readme_names_every_output_of_the_stack() -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("\n## Outputs\n", 1)[1].split("\n## ", 1)[0]
    outputs = [camel(output) for output in declared_outputs(StatefulApp)]
    assert len(outputs) >= 10, outputs
    assert [o for o in outputs if f"`{o}`" not in section] == []
