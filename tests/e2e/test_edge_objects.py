"""lbExpose ingress/gateway: the Ingress, Gateway and HTTPRoutes the program renders (under mocks)
are accepted by the embedded cluster's API server, which validates them against the built-in
schema and the Gateway API CRDs with their CEL rules (server-side dry run: nothing is stored).
No ingress or Gateway controller runs here, so nothing routes through them (docs/https.md)."""

from __future__ import annotations

import copy
import json
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from e2e.harness import Cluster
from mocking import run_program

pytestmark = pytest.mark.e2e
NAMESPACE = "stateful-app-edge-objects"
BASE = {
    "namespace": NAMESPACE,
    "lbServiceType": "ClusterIP",
    "lbNodePort": "0",
    "lbHostname": "shop.example",
    "lbTls": "enabled",
    "lbTlsSecret": "shop-cert",
}
EDGE_KINDS = ("Ingress", "Gateway", "HTTPRoute")


def _edge_objects(overrides: dict[str, str]) -> list[dict[str, Any]]:
    program = run_program("dev", {**BASE, **overrides})
    found = []
    for resource in program.mocks.resources:
        if resource.type == "kubernetes:networking.k8s.io/v1:Ingress":
            found.append(resource.manifest())
        elif resource.inputs.get("kind") in EDGE_KINDS:
            found.append(dict(resource.inputs))
    return found


def _dry_run(cluster: Cluster, objects: list[dict[str, Any]]) -> tuple[int, str]:
    """kubectl apply --dry-run=server: the API server validates (and admits) but stores nothing."""
    command = [cluster.kubectl.binary, "--kubeconfig", cluster.kubeconfig, "apply"]
    done = subprocess.run(
        [*command, "--dry-run=server", "-o", "json", "-f", "-"],
        input=yaml.safe_dump_all(objects),
        capture_output=True,
        text=True,
    )
    return done.returncode, done.stdout + done.stderr


@pytest.fixture(scope="module")
def namespace(cluster: Cluster) -> Iterator[str]:
    cluster.kubectl.run("create", "namespace", NAMESPACE, check=False)
    yield NAMESPACE
    cluster.kubectl.run("delete", "namespace", NAMESPACE, "--wait=false", check=False)


@pytest.mark.parametrize(
    ("overrides", "kinds"),
    [
        ({"lbExpose": "ingress", "lbIngressClass": "nginx"}, ["Ingress"]),
        (
            {"lbExpose": "gateway", "lbGatewayClass": "envoy"},
            ["Gateway", "HTTPRoute", "HTTPRoute"],
        ),
        (
            {"lbExpose": "gateway", "lbGatewayClass": "envoy", "lbHttpRedirect": "false"},
            ["Gateway", "HTTPRoute"],
        ),
    ],
)
def test_the_api_server_accepts_the_edge_objects(
    cluster: Cluster, namespace: str, overrides: dict[str, str], kinds: list[str]
) -> None:
    objects = _edge_objects(overrides)
    assert sorted(o["kind"] for o in objects) == sorted(kinds)
    code, output = _dry_run(cluster, objects)
    assert code == 0, output
    answered = json.loads(output)
    items = answered.get("items", [answered])
    assert sorted(i["kind"] for i in items) == sorted(kinds), output


def test_the_api_server_really_validates_them(cluster: Cluster, namespace: str) -> None:
    """Control: the same objects with a value the Gateway API forbids are refused."""
    objects = _edge_objects({"lbExpose": "gateway", "lbGatewayClass": "envoy"})
    broken = copy.deepcopy(objects)
    redirect = next(o for o in broken if o["metadata"]["name"] == "lb-redirect")
    redirect["spec"]["rules"][0]["filters"][0]["requestRedirect"]["statusCode"] = 399
    code, output = _dry_run(cluster, broken)
    assert code != 0 and "statusCode" in output, output
