"""Per-tier placement: parsing of the config syntax, and what reaches every tier's pods."""

import pytest

from components.placement import Placement, Toleration, parse_node_selector, parse_tolerations
from components.settings import ConfigError, load
from mocking import run_program


def test_node_selector_and_tolerations_parse() -> None:
    assert parse_node_selector("disk=ssd, zone=a") == {"disk": "ssd", "zone": "a"}
    assert parse_tolerations("dedicated=web:NoSchedule,gpu,spot:NoExecute") == (
        Toleration("dedicated", "web", "NoSchedule"),
        Toleration("gpu"),
        Toleration("spot", None, "NoExecute"),
    )
    assert parse_node_selector("") == {} and parse_tolerations("") == ()


def test_tolerations_become_kubernetes_operators() -> None:
    exists, equal = (t.args() for t in parse_tolerations("gpu,dedicated=web:NoSchedule"))
    assert (exists.operator, exists.value, exists.effect) == ("Exists", None, None)
    assert (equal.operator, equal.value, equal.effect) == ("Equal", "web", "NoSchedule")


def test_tier_requirements_win_over_the_users_selector() -> None:
    fields = Placement({"storage-node": "false", "zone": "a"}).pod_spec_fields(
        {"storage-node": "true"}
    )
    assert fields["node_selector"] == {"storage-node": "true", "zone": "a"}
    assert Placement().pod_spec_fields() == {
        "node_selector": None,
        "tolerations": None,
        "priority_class_name": None,
    }


@pytest.mark.parametrize(
    ("key", "value", "allowed"),
    [
        ("webNodeSelector", "disk", "'disk' is not a node label key=value"),
        ("dbTolerations", "spot:Sometimes", "the effect must be one of NoSchedule"),
        ("lbTolerations", "=x", "is not key[=value][:Effect]"),
        ("assetPriorityClassName", "High_Prio", "is not a PriorityClass name"),
    ],
)
def test_bad_placement_names_key_value_and_syntax(key: str, value: str, allowed: str) -> None:
    with pytest.raises(ConfigError) as error:
        load({"assetNodeLabel": "storage-node=true", key: value}, "dev")
    assert f"stateful-app:{key} = {value!r}" in str(error.value), str(error.value)
    assert allowed in str(error.value), str(error.value)


def test_each_tier_gets_its_own_placement() -> None:
    config: dict[str, str] = {
        f"{tier}NodeSelector": f"pool={tier}" for tier in ("web", "asset", "lb", "db")
    }
    config.update(
        webTolerations="dedicated=web:NoSchedule",
        dbTolerations="spot",
        lbPriorityClassName="edge",
    )
    mocks = run_program("dev", config).mocks
    pods = {
        r.k8s_name: r.inputs["spec"]["template"]["spec"]
        for kind in ("Deployment", "StatefulSet")
        for r in mocks.of_kind(kind)
    }
    assert pods["web"]["nodeSelector"] == {"pool": "web"}
    assert pods["web"]["tolerations"] == [
        {"key": "dedicated", "operator": "Equal", "value": "web", "effect": "NoSchedule"}
    ]
    assert (
        pods["lb"]["nodeSelector"] == {"pool": "lb"} and pods["lb"]["priorityClassName"] == "edge"
    )
    assert pods["db"]["nodeSelector"] == {"pool": "db"}
    assert pods["db"]["tolerations"] == [{"key": "spot", "operator": "Exists"}]
    # The asset tier keeps its own requirement: the storage node that holds its local volume.
    assert pods["assets"]["nodeSelector"] == {"pool": "asset", "storage-node": "true"}
    assert "tolerations" not in pods["assets"] and "priorityClassName" not in pods["web"]


def test_cluster_domain_reaches_the_load_balancers_upstreams() -> None:
    mocks = run_program("dev", {"clusterDomain": "corp.internal"}).mocks
    config = next(r for r in mocks.of_kind("ConfigMap") if r.name == "app-lb-config")
    nginx = config.inputs["data"]["nginx.conf"]
    assert "web-pods.stateful-app-dev.svc.corp.internal:8080 resolve" in nginx
    assert "svc.cluster.local" not in nginx
