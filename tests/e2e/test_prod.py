"""prod stack end to end: HA placement, scaling the replica set 3 -> 5 in place, and a destroy
that removes the workloads but keeps the data for the next up to bind to."""

from pathlib import Path

import pytest

from e2e.checks import (
    assert_app_running,
    assert_converged,
    assert_secret_encrypted,
    claim_uids,
)
from e2e.harness import REPLACING, Cluster, Deployment, deploy_stack

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def prod(cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Deployment:
    # deploy_stack adds lbAwaitAddress=false: the local cluster has no load-balancer controller.
    return deploy_stack(cluster, "prod", Path(tmp_path_factory.mktemp("prod")))


class TestProd:
    def test_up_spreads_members_and_pins_assets(self, cluster: Cluster, prod: Deployment) -> None:
        cluster.kubectl.remove_stack_leftovers(prod.namespace)
        result, _ = prod.up()
        assert result.summary.result == "succeeded"
        assert_app_running(cluster, prod, web=3, members=3)
        lb = cluster.kubectl.get("service", "lb", prod.namespace)
        assert lb and lb["spec"]["type"] == "LoadBalancer"

    def test_second_up_preview_and_refresh_show_no_changes(self, prod: Deployment) -> None:
        assert_converged(prod)

    def test_members_3_to_5_scale_in_place(self, cluster: Cluster, prod: Deployment) -> None:
        claims = claim_uids(cluster, prod.namespace)
        prod.set("dbMembers", "5")
        _, events = prod.up()
        assert not events.ops(*REPLACING), f"scaling replaces nothing: {events.ops(*REPLACING)}"
        assert ("update", "kubernetes:apps/v1:StatefulSet", "app-db-statefulset") in events.steps
        assert_app_running(cluster, prod, web=3, members=5)
        after = claim_uids(cluster, prod.namespace)
        assert {name: after[name] for name in claims} == claims, "existing member volumes kept"
        members = cluster.kubectl.get("configmap", "db-members", prod.namespace)
        assert members and len(members["data"]["members"].split()) == 5

    def test_connection_string_is_encrypted_in_state(self, prod: Deployment) -> None:
        assert_secret_encrypted(prod)

    def test_destroy_keeps_data_and_next_up_binds_to_it(
        self, cluster: Cluster, prod: Deployment
    ) -> None:
        claims = claim_uids(cluster, prod.namespace)
        volume = cluster.kubectl.get("pv", f"{prod.namespace}-assets")
        assert volume
        prod.stack.destroy(on_output=print)
        k = cluster.kubectl
        assert k.get("statefulset", "db", prod.namespace) is None
        assert not k.items("deployments", prod.namespace), "workloads are removed"
        assert claim_uids(cluster, prod.namespace) == claims, "every claim survives destroy"
        kept = k.get("pv", f"{prod.namespace}-assets")
        assert kept and kept["metadata"]["uid"] == volume["metadata"]["uid"]

        result, _ = prod.up()
        assert result.summary.result == "succeeded"
        assert claim_uids(cluster, prod.namespace) == claims, "up binds to the same claims"
        assert_app_running(cluster, prod, web=3, members=5)
        prod.stack.destroy(on_output=print)
        cluster.kubectl.remove_stack_leftovers(prod.namespace)  # what destroy keeps on purpose
