"""Volumes that grow (components/volumes.py), under mocks with a fake cluster holding the live
claims, StatefulSet and StorageClasses: a raised size grows the claims and then releases the
StatefulSet with an orphaning delete; what cannot be honoured stops before any resource."""

from typing import Any

import pytest

from components import mongo, volumes
from components.settings import ConfigError
from mocking import FakeCluster, run_program

NS = "stateful-app-test"
STS = volumes.statefulset_path(NS, "db")


def claim(name: str, size: str, storage_class: str = "expandable") -> dict[str, Any]:
    return {
        "metadata": {"name": name},
        "spec": {"storageClassName": storage_class, "resources": {"requests": {"storage": size}}},
    }


def live(
    size: str = "2Gi",
    members: int = 3,
    db_class: str = "expandable",
    asset_size: str = "1Gi",
    statefulset: bool = True,
    template_size: str | None = None,
) -> FakeCluster:
    """The test stack as deployed: member claims of `size`, the StatefulSet, two classes."""
    claims = [claim(f"data-db-{i}", size, db_class) for i in range(members)]
    claims.append(claim("assets-data", asset_size, "local-static"))
    objects: dict[str, dict[str, Any]] = {
        volumes.claims_path(NS): {"items": claims},
        volumes.storage_class_path("expandable"): {"allowVolumeExpansion": True},
        volumes.storage_class_path("local-static"): {"provisioner": "kubernetes.io/no-provisioner"},
    }
    if statefulset:
        template = claim("data", template_size or size, db_class)
        oplog = mongo.oplog_size_mb(template_size or size)
        mongod = {"name": "mongod", "args": mongo.mongod_args("rs0", oplog)}
        objects[STS] = {
            "metadata": {"uid": "uid-1"},
            "spec": {
                "volumeClaimTemplates": [template],
                "template": {"spec": {"containers": [mongod]}},
            },
        }
    return FakeCluster(objects)


def patches(cluster: FakeCluster, **overrides: str) -> tuple[Any, list[Any]]:
    program = run_program("test", overrides, cluster=cluster)
    return program, program.mocks.of_kind("PersistentVolumeClaimPatch")


def test_unchanged_sizes_touch_nothing() -> None:
    cluster = live()
    program, grown = patches(cluster)
    assert grown == [] and cluster.deleted == []
    assert not [d for d in program.mocks.depends_on["app-db-statefulset"] if "-grow-" in d]


def test_a_first_deploy_has_nothing_to_grow() -> None:
    cluster = FakeCluster()
    _, grown = patches(cluster, dbStorageSize="20Gi")
    assert grown == [] and cluster.deleted == []


def test_raising_the_size_grows_each_claim_then_releases_the_statefulset() -> None:
    cluster = live()
    program, grown = patches(cluster, dbStorageSize="4Gi")
    assert sorted(p.inputs["metadata"]["name"] for p in grown) == [f"data-db-{i}" for i in range(3)]
    for patch in grown:
        assert patch.inputs["spec"] == {"resources": {"requests": {"storage": "4Gi"}}}
        assert patch.inputs["metadata"]["namespace"] == NS
        assert patch.inputs["metadata"]["annotations"] == {
            "pulumi.com/patchForce": "true",
            "pulumi.com/skipAwait": "true",  # a bound claim never turns Pending again
        }
    assert {p.name for p in grown} <= program.mocks.retained_on_delete, "never relinquished"
    sts = program.mocks.named("StatefulSet", "db")
    template = sts.inputs["spec"]["volumeClaimTemplates"][0]["spec"]
    assert template["resources"]["requests"]["storage"] == "4Gi", "new members get the new size"
    assert {"app-db-membership-gate", *(p.name for p in grown)} <= set(
        program.mocks.depends_on["app-db-statefulset"]
    )
    (path, body, registered_by_then), *rest = cluster.deleted
    assert not rest and path == STS
    assert body["propagationPolicy"] == "Orphan" and body["preconditions"] == {"uid": "uid-1"}
    assert {p.name for p in grown} | {"app-db-membership-gate"} <= set(registered_by_then)
    assert "app-db-statefulset" not in registered_by_then, "released before it is replaced"


def mongod_args(program: Any) -> list[str]:
    containers = program.mocks.named("StatefulSet", "db").inputs["spec"]["template"]["spec"]
    return next(c["args"] for c in containers["containers"] if c["name"] == "mongod")


def test_a_grown_volume_keeps_the_oplog_size_the_members_run_with() -> None:
    """mongod sizes the oplog only when it creates it: a new --oplogSize would change nothing on
    disk and only restart every member (the replacement's pod template must stay the same)."""
    program, _ = patches(live(size="2Gi"), dbStorageSize="4Gi")
    assert mongod_args(program) == mongo.mongod_args("rs0", mongo.oplog_size_mb("2Gi"))
    first, _ = patches(FakeCluster(), dbStorageSize="4Gi")
    assert mongod_args(first) == mongo.mongod_args("rs0", mongo.oplog_size_mb("4Gi"))
    assert mongo.oplog_size_mb("4Gi") != mongo.oplog_size_mb("2Gi")


def test_claims_grown_by_an_earlier_up_only_release_the_old_template() -> None:
    cluster = live(size="4Gi", template_size="2Gi")
    _, grown = patches(cluster, dbStorageSize="4Gi")
    assert grown == [] and [d[0] for d in cluster.deleted] == [STS]


def test_claims_kept_by_a_destroy_grow_without_a_statefulset_to_release() -> None:
    cluster = live(statefulset=False)
    _, grown = patches(cluster, dbStorageSize="3Gi")
    assert len(grown) == 3 and cluster.deleted == []


def test_a_class_without_expansion_is_refused_before_any_resource() -> None:
    cluster = live(db_class="local-static")
    with pytest.raises(ConfigError) as error:
        run_program("test", {"dbStorageSize": "4Gi"}, cluster=cluster)
    message = str(error.value)
    assert "stateful-app:dbStorageSize = '4Gi'" in message
    assert "StorageClass local-static, which does not allow volume expansion" in message
    assert "allowed: 2Gi" in message
    assert cluster.deleted == [] and cluster.recorder and cluster.recorder.kubernetes() == []


def test_a_missing_class_is_refused() -> None:
    cluster = live(db_class="gone")
    with pytest.raises(ConfigError, match="StorageClass gone, which does not allow"):
        run_program("test", {"dbStorageSize": "4Gi"}, cluster=cluster)


def test_a_smaller_size_is_refused_by_name() -> None:
    cluster = live()
    with pytest.raises(ConfigError) as error:
        run_program("test", {"dbStorageSize": "1Gi"}, cluster=cluster)
    message = str(error.value)
    assert "dbStorageSize = '1Gi': smaller than the existing claim data-db-0 (2Gi)" in message
    assert "a volume cannot shrink; allowed: 2Gi or more" in message
    assert cluster.deleted == [] and cluster.recorder and cluster.recorder.kubernetes() == []


def test_the_same_size_spelled_otherwise_grows_nothing() -> None:
    _, grown = patches(live(), dbStorageSize="2048Mi")
    assert grown == []


def test_asset_claims_grow_in_place_only_when_their_class_allows(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with pytest.raises(ConfigError, match=r"assetStorageSize = '2Gi': claim assets-data .* local"):
        run_program("test", {"assetStorageSize": "2Gi"}, cluster=live())
    cluster = live()
    cluster.objects[volumes.claims_path(NS)]["items"][-1] = claim("assets-data", "1Gi")
    cluster.objects[f"{volumes.claims_path(NS)}/assets-data"] = {
        **claim("assets-data", "2Gi"),
        "status": {"capacity": {"storage": "1Gi"}},
    }
    caplog.set_level("INFO")
    program, grown = patches(cluster, assetStorageSize="2Gi", assetStorageClass="expandable")
    claim_inputs = program.mocks.named("PersistentVolumeClaim", "assets-data").inputs
    assert claim_inputs["spec"]["resources"]["requests"]["storage"] == "2Gi"
    assert claim_inputs["metadata"]["annotations"] == {"pulumi.com/skipAwait": "true"}, (
        "a bound claim of a WaitForFirstConsumer class never turns Pending again"
    )
    assert grown == [] and cluster.deleted == [], "the program's own claim is updated in place"
    said = "claim assets-data: requested 2Gi, capacity 1Gi: waiting for the storage driver's"
    assert said in caplog.text, "read back once the update is applied"


def test_a_smaller_asset_claim_on_an_expandable_class_is_refused_by_name() -> None:
    cluster = live()
    cluster.objects[volumes.claims_path(NS)]["items"][-1] = claim("assets-data", "3Gi")
    with pytest.raises(ConfigError) as error:
        run_program(
            "test", {"assetStorageSize": "2Gi", "assetStorageClass": "expandable"}, cluster=cluster
        )
    assert "stateful-app:assetStorageSize = '2Gi': smaller than the existing claim assets-data" in (
        str(error.value)
    )
    assert cluster.recorder and cluster.recorder.kubernetes() == []


def test_only_claims_from_a_class_skip_the_claim_await() -> None:
    """A static binding (local, NFS) is awaited Bound as before; it never grows."""
    dev = run_program("dev").mocks.named("PersistentVolumeClaim", "assets-data")
    assert not dev.inputs["metadata"].get("annotations")
    test = run_program("test").mocks.named("PersistentVolumeClaim", "assets-data")
    assert test.inputs["metadata"]["annotations"] == {"pulumi.com/skipAwait": "true"}


def backups_live(db_backups: str, asset_backups: str, backup_class: str) -> FakeCluster:
    """The prod stack (namespace NS) as deployed, with its two backup claims."""
    cluster = live(size="10Gi", asset_size="5Gi")
    items = cluster.objects[volumes.claims_path(NS)]["items"]
    items[-1] = claim("assets-data", "5Gi", "")
    items += [claim("db-backups", db_backups, backup_class)]
    items += [claim("assets-backups", asset_backups, backup_class)]
    return cluster


PROD = {"namespace": NS}


@pytest.mark.parametrize("key", ["dbBackupStorageSize", "assetBackupStorageSize"])
def test_a_smaller_backup_claim_is_refused_before_any_resource(key: str) -> None:
    cluster = backups_live("8Gi", "8Gi", "expandable")
    with pytest.raises(ConfigError) as error:
        run_program("prod", {**PROD, key: "6Gi"}, cluster=cluster)
    claim_name = "db-backups" if key.startswith("db") else "assets-backups"
    message = str(error.value)
    assert f"stateful-app:{key} = '6Gi': smaller than the existing claim {claim_name} (8Gi)" in (
        message
    )
    assert "allowed: 8Gi or more" in message
    assert cluster.recorder and cluster.recorder.kubernetes() == []


def test_a_backup_claim_on_a_class_without_expansion_refuses_to_grow() -> None:
    cluster = backups_live("5Gi", "5Gi", "local-static")
    with pytest.raises(ConfigError) as error:
        run_program("prod", {**PROD, "dbBackupStorageSize": "9Gi"}, cluster=cluster)
    said = "dbBackupStorageSize = '9Gi': claim db-backups (5Gi) is of StorageClass local-static"
    assert said in str(error.value)
    assert cluster.recorder and cluster.recorder.kubernetes() == []


def test_backup_claims_grow_in_place_on_an_expandable_class() -> None:
    cluster = backups_live("5Gi", "5Gi", "expandable")
    sizes = {"dbBackupStorageSize": "9Gi", "assetBackupStorageSize": "7Gi"}
    program = run_program("prod", {**PROD, **sizes}, cluster=cluster)
    for name, size in (("db-backups", "9Gi"), ("assets-backups", "7Gi")):
        inputs = program.mocks.named("PersistentVolumeClaim", name).inputs
        assert inputs["spec"]["resources"]["requests"]["storage"] == size, name
        assert inputs["metadata"]["annotations"] == {"pulumi.com/skipAwait": "true"}, name
    assert not program.mocks.of_kind("PersistentVolumeClaimPatch") and cluster.deleted == []


def test_a_grown_owned_claim_is_read_back_and_not_in_preview() -> None:
    cluster = live()
    cluster.objects[f"{volumes.claims_path(NS)}/db-backups"] = {
        **claim("db-backups", "9Gi"),
        "status": {"capacity": {"storage": "9Gi"}, "conditions": []},
    }
    cluster.objects[volumes.claims_path(NS)]["items"].append(claim("db-backups", "5Gi"))
    owned = [volumes.OwnedClaim("dbBackupStorageSize", "db-backups", "9Gi")]
    plan = volumes.plan(cluster, NS, ("data", "db", "2Gi"), owned, dry_run=False)
    growth = plan.owned["db-backups"]
    assert growth.report and growth.report() == [
        "claim db-backups: requested 9Gi, capacity 9Gi: the bound volume holds the new size"
    ]
    assert plan.notes == ["dbBackupStorageSize 9Gi: growing claim db-backups in place"]
    preview = volumes.plan(cluster, NS, ("data", "db", "2Gi"), owned, dry_run=True)
    assert preview.owned["db-backups"].report is None


def test_a_statically_bound_asset_claim_cannot_grow_or_shrink() -> None:
    cluster = live()
    cluster.objects[volumes.claims_path(NS)]["items"][-1] = claim("assets-data", "5Gi", "")
    with pytest.raises(ConfigError, match="without a StorageClass"):
        run_program("prod", {"assetStorageSize": "6Gi", "namespace": NS}, cluster=cluster)
    with pytest.raises(ConfigError, match="assetStorageSize = '4Gi': smaller than"):
        run_program("prod", {"assetStorageSize": "4Gi", "namespace": NS}, cluster=cluster)


def test_preview_reads_but_never_deletes() -> None:
    cluster = live()
    plan = volumes.plan(cluster, NS, ("data", "db", "4Gi"), (), dry_run=True)
    assert plan.db and plan.db.release and plan.db.claims == ("data-db-0", "data-db-1", "data-db-2")
    plan.db.release()
    assert cluster.deleted == []
    assert "orphaning delete" in plan.notes[0]


def grown(status: dict[str, Any], name: str = "data-db-0") -> dict[str, Any]:
    return {**claim(name, "4Gi"), "status": status}


def having(capacity: str, condition: str = "", message: str = "") -> dict[str, Any]:
    """A claim status: its capacity and one true condition."""
    found = [{"type": condition, "status": "True", "message": message}] if condition else []
    return {"capacity": {"storage": capacity}, "conditions": found}


@pytest.mark.parametrize(
    ("status", "says"),
    [
        (having("2Gi"), "capacity 2Gi: waiting for the storage driver's resizer"),
        (having("4Gi"), "capacity 4Gi: the bound volume holds the new size"),
        (having("8Gi"), "the bound volume holds the new size"),
        (having("2Gi", "Resizing"), "the storage driver is resizing the volume"),
        (having("4Gi", "FileSystemResizePending"), "the kubelet grows the filesystem"),
        (having("2Gi", "ControllerResizeError", "quota"), "failed (ControllerResizeError: quota)"),
        ({}, "capacity (none): waiting"),
    ],
)
def test_the_resize_state_of_a_claim_is_said_as_it_is(status: dict[str, Any], says: str) -> None:
    line = volumes.resize_state(grown(status), "4Gi")
    assert line.startswith("claim data-db-0: requested 4Gi, capacity ") and says in line, line


def test_each_grown_claim_is_read_back_before_the_release_and_not_in_preview() -> None:
    cluster = live()
    for i in range(3):
        path = f"{volumes.claims_path(NS)}/data-db-{i}"
        cluster.objects[path] = grown({"capacity": {"storage": "2Gi"}}, f"data-db-{i}")
    plan = volumes.plan(cluster, NS, ("data", "db", "4Gi"), (), dry_run=False)
    assert plan.db and plan.db.report
    lines = plan.db.report()
    assert [x.split(":")[0] for x in lines] == [f"claim data-db-{i}" for i in range(3)]
    assert all("waiting for the storage driver's resizer" in x for x in lines), lines
    preview = volumes.plan(cluster, NS, ("data", "db", "4Gi"), (), dry_run=True)
    assert preview.db and preview.db.report is None


@pytest.mark.parametrize(
    ("key", "claim_name"),
    [("dbBackupStorageClass", "db-backups"), ("assetBackupStorageClass", "assets-backups")],
)
def test_a_backup_claim_keeps_its_class(key: str, claim_name: str) -> None:
    """A new class would replace the claim (the provider deletes it first) and the backups."""
    cluster = backups_live("5Gi", "5Gi", "expandable")
    with pytest.raises(ConfigError) as error:
        run_program("prod", {**PROD, key: "fast"}, cluster=cluster)
    message = str(error.value)
    assert f"stateful-app:{key} = 'fast': the existing claim {claim_name} is of StorageClass " in (
        message
    )
    assert "a claim's class cannot change (the claim and its data would be replaced); " in message
    assert "allowed: expandable" in message
    assert cluster.recorder and cluster.recorder.kubernetes() == []
    same = run_program(
        "prod", {**PROD, key: "expandable"}, cluster=backups_live("5Gi", "5Gi", "expandable")
    )
    assert same.mocks.named("PersistentVolumeClaim", claim_name)


def test_the_asset_claim_keeps_its_class() -> None:
    with pytest.raises(ConfigError, match="assetStorageClass = 'expandable': the existing claim"):
        run_program("test", {"assetStorageClass": "expandable"}, cluster=live())
