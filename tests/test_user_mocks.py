"""A user's own unit tests of a program that keeps its data, written as a user would write them:
only public API (pulumi's mocks, the components package, components.mocked_cluster), prod-like
config, and no cluster: no kubeconfig, an empty HOME. docs/components.md "Testing your own program"
section shows the same pattern."""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

import pulumi
import pytest
import yaml

from components import StatefulApp, mocked_cluster
from components.kept_credentials import cluster_reader
from components.settings import load

ROOT = Path(__file__).resolve().parent.parent
PROD = yaml.safe_load((ROOT / "stacks" / "Pulumi.prod.yaml").read_text())["config"]
NAMESPACE = "stateful-app-prod"


class ClusterMocks(pulumi.runtime.Mocks):
    """Mocks as a user writes them: every resource echoes its inputs; the cluster holds `objects`
    (API path -> object), answered through components.mocked_cluster's call token."""

    def __init__(self, objects: dict[str, dict[str, Any]] | None = None) -> None:
        self.objects = objects or {}
        self.reads: list[str] = []
        self.inputs: dict[str, dict[str, Any]] = {}  # resource name -> its inputs

    def new_resource(self, args: pulumi.runtime.MockResourceArgs) -> tuple[str, dict]:
        state = dict(args.inputs)
        self.inputs[args.name] = state
        if args.typ == "random:index/randomPassword:RandomPassword":
            state["result"] = "generated-password"
        return f"{args.name}-id", state

    def call(self, args: pulumi.runtime.MockCallArgs) -> tuple[dict, list]:
        if args.token == mocked_cluster.GET_TOKEN:
            self.reads.append(args.args["path"])
            found = self.objects.get(args.args["path"])
            return ({"object": found} if found else {}), []
        return {}, []


@pytest.fixture(autouse=True)
def no_cluster(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Nothing a real read could use: no KUBECONFIG, a HOME without ~/.kube, not in a pod."""
    for name in ("KUBECONFIG", "KUBERNETES_SERVICE_HOST", "KUBERNETES_SERVICE_PORT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))


def run_prod_program(mocks: ClusterMocks) -> dict[str, Any]:
    """Runs the project's program as the prod stack under the user's mocks; returns its
    StatefulApp and the application's connection string."""
    pulumi.runtime.set_mocks(mocks, project="stateful-app", stack="prod", preview=False)
    pulumi.runtime.set_all_config(
        {
            key: str(value).lower() if isinstance(value, bool) else str(value)
            for key, value in PROD.items()
        }
    )
    result: dict[str, Any] = {}

    @pulumi.runtime.test
    def program() -> pulumi.Output[Any]:
        namespace = runpy.run_path(str(ROOT / "__main__.py"), run_name="__main__")
        result["app"] = namespace["app"]
        return namespace["app"].db_connection_string.apply(lambda uri: result.update(uri=uri))

    program()
    return result


def test_the_prod_program_runs_without_a_cluster_and_generates_credentials() -> None:
    mocks = ClusterMocks()  # an empty cluster: a first deploy
    result = run_prod_program(mocks)
    assert f"/api/v1/namespaces/{NAMESPACE}/secrets/db-credentials" in mocks.reads
    assert ":generated-password@" in result["uri"]


def test_the_prod_program_reuses_the_credentials_the_cluster_kept() -> None:
    kept = mocked_cluster.kept_credentials(
        NAMESPACE, root_password="kept-root", keyfile="kept-key", user_passwords={"app": "kept-app"}
    )
    mocks = ClusterMocks({mocked_cluster.secret_path(NAMESPACE, "db-credentials"): kept})
    result = run_prod_program(mocks)
    # The application's connection string: its own user (never root), with the kept password.
    assert result["uri"].startswith("mongodb://app:kept-app@")
    assert "generated-password" not in result["uri"] and "kept-root" not in result["uri"]


def _backup_password_of(mocks: ClusterMocks) -> str:
    data = mocks.inputs["app-db-backup-credentials"]["stringData"]
    return str(data.get("value", data)["backup-password"])  # unwrapped if secret


def test_the_prod_program_reuses_the_kept_backup_password_too() -> None:
    """destroy keeps db-backup-credentials beside db-credentials: the next up adopts it with the
    same value (a new one would conflict with the kept object's field owner, and lock the backup
    user on the kept volumes out)."""
    kept = mocked_cluster.kept_credentials(NAMESPACE, root_password="kept-root", keyfile="kept-key")
    kept_backup = mocked_cluster.secret(
        NAMESPACE, "db-backup-credentials", {"backup-password": "kept-b"}
    )
    objects = {mocked_cluster.secret_path(NAMESPACE, "db-credentials"): kept}
    no_kept_backup = ClusterMocks(dict(objects))
    run_prod_program(no_kept_backup)
    assert _backup_password_of(no_kept_backup) == "generated-password"
    objects[mocked_cluster.secret_path(NAMESPACE, "db-backup-credentials")] = kept_backup
    redeploy = ClusterMocks(objects)
    run_prod_program(redeploy)
    assert _backup_password_of(redeploy) == "kept-b"


def test_a_statefulapp_of_ones_own_reads_kept_credentials_through_the_mocks() -> None:
    kept = mocked_cluster.kept_credentials(
        "shop", root_password="shop-root", keyfile="shop-key", user_passwords={"app": "shop-app"}
    )
    mocks = ClusterMocks({mocked_cluster.secret_path("shop", "db-credentials"): kept})
    pulumi.runtime.set_mocks(mocks, project="shop", stack="prod", preview=False)
    settings = load(
        {"namespace": "shop", "retainData": True, "dbMembers": 3, "assetNodeLabel": "disk=ssd"},
        "prod",
    )
    result: dict[str, Any] = {}

    @pulumi.runtime.test
    def program() -> pulumi.Output[Any]:
        credentials = cluster_reader({})("shop", "db-credentials")
        app = StatefulApp("shop", settings, kept_credentials=credentials)
        return app.db_connection_string.apply(lambda uri: result.update(uri=uri))

    program()
    assert result["uri"].startswith("mongodb://app:shop-app@")
