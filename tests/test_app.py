"""The StatefulApp composition alone: one namespace, wiring through outputs, NetworkPolicies."""

from components.app import StatefulApp
from components.settings import load
from mocking import RecordingMocks, resolve, run


def _settings(**raw: object):
    return load({"assetNodeLabel": "storage-node=true", "namespace": "shop", **raw}, "dev")


def test_namespace_enforces_restricted_pod_security(mocks: RecordingMocks) -> None:
    app = run(lambda: StatefulApp("shop", _settings()))
    labels = mocks.named("Namespace", "shop").inputs["metadata"]["labels"]
    assert labels["pod-security.kubernetes.io/enforce"] == "restricted"
    assert resolve(app.namespace) == "shop"


def test_tiers_are_wired_through_outputs(mocks: RecordingMocks) -> None:
    app = run(lambda: StatefulApp("shop", _settings(webReplicas="5")))
    assert resolve(app.web_service) == "web" and resolve(app.assets_service) == "assets"
    assert resolve(app.db_hosts) == ["db-0.db.shop.svc.cluster.local:27017"]
    lb_config = next(r for r in mocks.of_kind("ConfigMap") if r.name == "shop-lb-config")
    assert (
        "server web-pods.shop.svc.cluster.local:8080 resolve"
        in lb_config.inputs["data"]["nginx.conf"]
    )
    web = mocks.named("Deployment", "web").inputs["spec"]
    assert web["replicas"] == 5
    volumes = {v["name"]: v for v in web["template"]["spec"]["volumes"]}
    uri = volumes["database"]["secret"]
    assert uri["secretName"] == resolve(app.db_connection_string.apply(lambda _: "db-connection"))


def test_network_policies_select_the_real_pods(mocks: RecordingMocks) -> None:
    run(lambda: StatefulApp("shop", _settings()))
    policies = {r.k8s_name: r.inputs["spec"] for r in mocks.of_kind("NetworkPolicy")}
    tiers = ("lb", "web", "assets", "db", "db-gate")
    assert set(policies) == {"default-deny", *(f"allow-{tier}" for tier in tiers)}
    pods = {
        r.k8s_name: r.inputs["spec"]["template"]["metadata"]["labels"]
        for kind in ("Deployment", "StatefulSet")
        for r in mocks.of_kind(kind)
    }
    gate = mocks.of_kind("Job")[0].inputs["spec"]["template"]["metadata"]["labels"]
    pods["db-gate"] = gate
    db_from = policies["allow-db"]["ingress"][0]["from"]
    assert {
        "podSelector": {"matchLabels": policies["allow-db-gate"]["podSelector"]["matchLabels"]}
    } in db_from
    assert not gate.items() >= policies["allow-db"]["podSelector"]["matchLabels"].items(), (
        "the gate's pods are not database members (the db Service must not select them)"
    )
    for tier in tiers:
        selector = policies[f"allow-{tier}"]["podSelector"]["matchLabels"]
        assert selector.items() <= pods[tier].items(), f"allow-{tier} selects the {tier} pods"


def test_network_policies_can_be_turned_off(mocks: RecordingMocks) -> None:
    run(lambda: StatefulApp("shop", _settings(networkPolicies="false")))
    assert not mocks.of_kind("NetworkPolicy")
