"""Assertions shared by the dev and prod end-to-end suites."""

from __future__ import annotations

import json

from e2e.harness import Cluster, StackHandle


def assert_converged(app_stack: StackHandle) -> None:
    """A second up changes nothing, preview shows no diff, refresh finds no drift."""
    up = app_stack.stack.up(expect_no_changes=True, on_output=print)
    assert set(up.summary.resource_changes or {}) == {"same"}, up.summary.resource_changes
    preview = app_stack.stack.preview(expect_no_changes=True, diff=True, on_output=print)
    assert set(preview.change_summary) == {"same"}, preview.change_summary
    refresh = app_stack.stack.refresh(expect_no_changes=True, on_output=print)
    assert set(refresh.summary.resource_changes or {}) == {"same"}, refresh.summary.resource_changes


def assert_app_running(cluster: Cluster, app_stack: StackHandle, web: int, members: int) -> None:
    """Every object exists in the API server and every workload is ready."""
    k, ns = cluster.kubectl, app_stack.namespace
    web_status = k.get("deployment", "web", ns)
    assert web_status and web_status["status"].get("readyReplicas") == web, web_status
    sts = k.get("statefulset", "db", ns)
    assert sts and sts["status"].get("readyReplicas") == members, sts and sts["status"]
    claims = {c["metadata"]["name"]: c["status"]["phase"] for c in k.items("pvc", ns)}
    expected = {"assets-data", *(f"data-db-{i}" for i in range(members))}
    assert expected <= set(claims) and {claims[c] for c in expected} == {"Bound"}, claims
    # Pods of workloads; the database's membership gate Job leaves a Succeeded pod behind, and a
    # rolled-out pod being deleted ends Succeeded (nginx quits gracefully) until it is removed.
    pods = [
        p
        for p in k.items("pods", ns)
        if not any(o["kind"] == "Job" for o in p["metadata"].get("ownerReferences", []))
        and "deletionTimestamp" not in p["metadata"]
    ]
    asset_nodes = {
        p["spec"]["nodeName"] for p in pods if p["metadata"]["name"].startswith("assets-")
    }
    storage = cluster.storage_node
    assert asset_nodes == {storage}, f"asset pods must run on the storage node: {asset_nodes}"
    db_nodes = [p["spec"]["nodeName"] for p in pods if p["metadata"]["name"].startswith("db-")]
    assert len(db_nodes) == members and len(set(db_nodes)) == members, db_nodes
    assert all(p["status"]["phase"] == "Running" for p in pods), [p["status"] for p in pods]
    for service in ("web", "assets", "lb", "db"):
        assert k.get("service", service, ns), service


def assert_secret_encrypted(app_stack: StackHandle) -> None:
    """The password never appears in plain text in the stack state; it is stored as ciphertext."""
    uri = app_stack.stack.outputs()["dbConnectionString"]
    assert uri.secret, "the connection string output must be secret"
    # The application's own user (never root), with its generated password.
    user, password = uri.value.split("://", 1)[1].split("@", 1)[0].split(":", 1)
    assert user != "root", "the application must not get the root credentials"
    assert len(password) == 32
    state = app_stack.cli("stack", "export")
    json.loads(state)  # the whole state, as JSON
    assert password not in state, "plaintext password found in the stack state"
    assert "ciphertext" in state


def assert_gate_completed(cluster: Cluster, app_stack: StackHandle) -> None:
    """The membership gate Job of the current member list ran to completion."""
    jobs = cluster.kubectl.items("jobs", app_stack.namespace)
    gates = [j for j in jobs if j["metadata"]["name"].startswith("app-db-membership-gate")]
    assert len(gates) == 1, [j["metadata"]["name"] for j in jobs]
    conditions = {c["type"]: c["status"] for c in gates[0]["status"].get("conditions", [])}
    assert conditions.get("Complete") == "True", gates[0]["status"]


def claim_uids(cluster: Cluster, namespace: str) -> dict[str, str]:
    return {
        c["metadata"]["name"]: c["metadata"]["uid"] for c in cluster.kubectl.items("pvc", namespace)
    }


def config_map_of(app_stack: StackHandle, cluster: Cluster, name: str) -> str:
    found = cluster.kubectl.get("deployment", name, app_stack.namespace)
    assert found, name
    volumes = found["spec"]["template"]["spec"]["volumes"]
    return next(v["configMap"]["name"] for v in volumes if v["name"] == "nginx-config")
