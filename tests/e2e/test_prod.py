"""prod stack end to end: HA placement, scaling the replica set 3 -> 5 -> 3 in place behind the
membership gate Job, and a destroy that removes the workloads but keeps the data and the
credentials for the next up to bind to and reuse (same connection string).

kwok fakes the pods, so MongoDB never runs here: this suite checks the Kubernetes side (objects,
order, claims, Secrets, outputs); tests/test_agent.py checks the MongoDB side."""

import time
from pathlib import Path

import pytest

from e2e.checks import (
    assert_app_running,
    assert_converged,
    assert_gate_completed,
    assert_secret_encrypted,
    claim_uids,
)
from e2e.harness import REPLACING, Cluster, Events, StackHandle, program_stack
from e2e.real_node import first_answers, require_real_node
from e2e.traffic import Reply, fetch, trusting

pytestmark = pytest.mark.e2e
GATE = ("kubernetes:batch/v1:Job", "app-db-membership-gate")
# Every claim prod keeps on destroy: the members' volumes, the asset volume and both backup claims
# (prod schedules database and asset backups).
KEPT_CLAIMS = {"data-db-0", "data-db-1", "data-db-2", "assets-data", "db-backups", "assets-backups"}


def scale(cluster: Cluster, prod: StackHandle, members: int) -> dict[str, str]:
    """One up with dbMembers=members; returns the claims' UIDs from before."""
    claims = claim_uids(cluster, prod.namespace)
    prod.set("dbMembers", str(members))
    _, events = prod.up()
    assert_scaled_behind_the_gate(events)
    assert_app_running(cluster, prod, web=3, members=members)
    assert_gate_completed(cluster, prod)
    return claims


def assert_scaled_behind_the_gate(events: Events) -> None:
    """Only the gate Job is replaced (re-run for the new member list), and before the
    StatefulSet changes; nothing that holds data is replaced."""
    replaced = [s for s in events.ops(*REPLACING) if s[1:] != GATE]
    assert not replaced, f"scaling replaces nothing else: {replaced}"
    gate = events.steps.index(("create-replacement", *GATE))
    statefulset = events.steps.index(
        ("update", "kubernetes:apps/v1:StatefulSet", "app-db-statefulset")
    )
    assert gate < statefulset, events.steps


@pytest.fixture(scope="module")
def prod(cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> StackHandle:
    # program_stack adds lbAwaitAddress=false: the local cluster has no load-balancer controller.
    return program_stack(cluster, "prod", Path(tmp_path_factory.mktemp("prod")))


class TestProd:
    def test_up_spreads_members_and_pins_assets(self, cluster: Cluster, prod: StackHandle) -> None:
        cluster.kubectl.remove_stack_leftovers(prod.namespace)
        result, _ = prod.up()
        assert result.summary.result == "succeeded"
        assert_app_running(cluster, prod, web=3, members=3)
        lb = cluster.kubectl.get("service", "lb", prod.namespace)
        assert lb and lb["spec"]["type"] == "LoadBalancer"

    def test_https_with_hsts_and_http_redirected(self, cluster: Cluster, prod: StackHandle) -> None:
        """Prod serves HTTPS (generated certificate, CA exported) with HSTS, and plain HTTP
        redirects to it. No load-balancer controller here: through the Service's node ports."""
        require_real_node(cluster)
        outputs = prod.stack.outputs()
        ca = outputs["caCertificate"].value
        assert ca.startswith("-----BEGIN CERTIFICATE-----"), "prod exports its CA"
        lb = cluster.kubectl.get("service", "lb", prod.namespace)
        assert lb, "no lb Service"
        ports = {p["name"]: p["nodePort"] for p in lb["spec"]["ports"]}
        https = f"https://{cluster.node_address}:{ports['https']}/"
        reply, _ = first_answers(https, context=trusting(ca))
        assert isinstance(reply, Reply) and reply.status == 200, reply
        hsts = reply.headers.get("strict-transport-security", "")
        assert hsts.startswith("max-age=31536000"), reply.headers
        plain = fetch(f"http://{cluster.node_address}:{ports['http']}/")
        assert plain.status == 308, plain
        assert plain.headers.get("location", "").startswith("https://"), plain.headers
        assert "strict-transport-security" not in plain.headers, "HSTS on HTTPS answers only"

    def test_second_up_preview_and_refresh_show_no_changes(self, prod: StackHandle) -> None:
        assert_converged(prod)

    def test_members_3_to_5_scale_in_place(self, cluster: Cluster, prod: StackHandle) -> None:
        claims = scale(cluster, prod, 5)
        after = claim_uids(cluster, prod.namespace)
        assert {name: after[name] for name in claims} == claims, "existing member volumes kept"
        members = cluster.kubectl.get("configmap", "db-members", prod.namespace)
        assert members and len(members["data"]["members"].split()) == 5

    def test_members_5_to_3_drop_the_removed_members_claims(
        self, cluster: Cluster, prod: StackHandle
    ) -> None:
        claims = scale(cluster, prod, 3)
        deadline = time.monotonic() + 60
        while {"data-db-3", "data-db-4"} & set(claim_uids(cluster, prod.namespace)):
            assert time.monotonic() < deadline, "whenScaled: Delete removes dropped claims"
            time.sleep(1)
        kept = {f"data-db-{i}" for i in range(3)}
        assert {n: u for n, u in claim_uids(cluster, prod.namespace).items() if n in kept} == {
            n: claims[n] for n in kept
        }, "the remaining members keep their volumes"

    def test_connection_string_is_encrypted_in_state(self, prod: StackHandle) -> None:
        assert_secret_encrypted(prod)

    def test_destroy_keeps_data_and_next_up_binds_to_it(
        self, cluster: Cluster, prod: StackHandle
    ) -> None:
        claims = claim_uids(cluster, prod.namespace)
        assert set(claims) == KEPT_CLAIMS, claims
        volume = cluster.kubectl.get("pv", f"{prod.namespace}-assets")
        assert volume
        uri = prod.stack.outputs()["dbConnectionString"].value
        credentials = cluster.kubectl.get("secret", "db-credentials", prod.namespace)
        backup_credentials = cluster.kubectl.get("secret", "db-backup-credentials", prod.namespace)
        assert credentials and backup_credentials
        prod.stack.destroy(on_output=print)
        k = cluster.kubectl
        assert k.get("statefulset", "db", prod.namespace) is None
        assert not k.items("deployments", prod.namespace), "workloads are removed"
        kept_claims = claim_uids(cluster, prod.namespace)
        assert set(kept_claims) == KEPT_CLAIMS, f"kept by name: {sorted(kept_claims)}"
        assert kept_claims == claims, "every claim survives destroy, the same objects (UIDs)"
        kept = k.get("pv", f"{prod.namespace}-assets")
        assert kept and kept["metadata"]["uid"] == volume["metadata"]["uid"]
        kept_secret = k.get("secret", "db-credentials", prod.namespace)
        assert kept_secret and kept_secret["data"] == credentials["data"], "credentials kept"
        assert k.get("secret", "db-connection", prod.namespace) is None

        result, _ = prod.up()
        assert result.summary.result == "succeeded"
        again_claims = claim_uids(cluster, prod.namespace)
        assert set(again_claims) == KEPT_CLAIMS and again_claims == claims, "the same claims"
        assert_app_running(cluster, prod, web=3, members=3)
        after = prod.stack.outputs()["dbConnectionString"]
        assert after.secret and after.value == uri, "the same credentials as before destroy"
        again = k.get("secret", "db-credentials", prod.namespace)
        assert again and again["data"] == credentials["data"]
        backup_again = k.get("secret", "db-backup-credentials", prod.namespace)
        assert backup_again and backup_again["data"] == backup_credentials["data"], "backup user's"
        assert_converged(prod)
        prod.stack.destroy(on_output=print)
        cluster.kubectl.remove_stack_leftovers(prod.namespace)  # what destroy keeps on purpose
