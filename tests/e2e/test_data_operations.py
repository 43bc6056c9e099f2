"""Day-2 data operations end to end (docs/data-operations.md).

Resize: the test stack's members and asset claim on a WaitForFirstConsumer StorageClass that
allows expansion (static PVs on the fake workers: the embedded cluster has no CSI driver, so no
resizer ever grows a volume; the claims' spec changes and the API server's resize admission
accepts it, their status capacity does not move). One `up` with a larger dbStorageSize and
assetStorageSize grows every claim (the asset claim updated in place, not awaited: a bound claim
of such a class never turns Pending again) and replaces the StatefulSet with an orphaning delete:
same claims (UIDs), same pods (UIDs, start times). Smaller sizes and classes without expansion are
refused before anything changes.

Asset backup and restore run for real on the real node: the copy Job writes the files into the
backup claim (a real directory), a deleted file is restored by `scripts/restore.py` (make restore)
and served again. MongoDB never runs here: the database backup Job is not run (kwok would only
pretend to)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from pulumi import automation as auto

from e2e.checks import assert_app_running, assert_converged, claim_uids
from e2e.harness import REPLACING, ROOT, Cluster, StackHandle, program_stack
from e2e.real_node import first_answers

pytestmark = pytest.mark.e2e
CLASS = "expandable-static"
WORKERS = [f"worker-{i}" for i in range(1, 6)]


def expandable_class(cluster: Cluster, real_dir: Path) -> None:
    """A WaitForFirstConsumer class that allows expansion over one static 4Gi PV per fake worker
    (the members) and one on the real node, in `real_dir` (the asset pod: on the embedded cluster
    the nginx tiers run there)."""
    docs: list[dict[str, Any]] = [
        {
            "apiVersion": "storage.k8s.io/v1",
            "kind": "StorageClass",
            "metadata": {"name": CLASS},
            "provisioner": "kubernetes.io/no-provisioner",
            "volumeBindingMode": "WaitForFirstConsumer",
            "reclaimPolicy": "Retain",
            "allowVolumeExpansion": True,
        }
    ]
    nodes = {node: "/mnt/disks/expandable" for node in WORKERS}  # kwok mounts nothing
    if cluster.real_node:
        nodes[cluster.real_node["REAL_NODE"]] = str(real_dir)  # the real kubelet mounts it
    for node, path in nodes.items():
        docs.append(
            {
                "apiVersion": "v1",
                "kind": "PersistentVolume",
                "metadata": {"name": f"{CLASS}-{node}", "labels": {"e2e": CLASS}},
                "spec": {
                    "capacity": {"storage": "4Gi"},
                    "accessModes": ["ReadWriteOnce"],
                    "persistentVolumeReclaimPolicy": "Retain",
                    "storageClassName": CLASS,
                    "local": {"path": path},
                    "nodeAffinity": {
                        "required": {
                            "nodeSelectorTerms": [
                                {
                                    "matchExpressions": [
                                        {
                                            "key": "kubernetes.io/hostname",
                                            "operator": "In",
                                            "values": [node],
                                        }
                                    ]
                                }
                            ]
                        }
                    },
                },
            }
        )
    manifest = json.dumps({"apiVersion": "v1", "kind": "List", "items": docs})
    subprocess.run(
        [cluster.kubectl.binary, "--kubeconfig", cluster.kubeconfig, "apply", "-f", "-"],
        input=manifest,
        text=True,
        check=True,
        capture_output=True,
    )


def remove_expandable_class(cluster: Cluster, namespace: str) -> None:
    cluster.kubectl.remove_stack_leftovers(namespace)
    cluster.kubectl.run("delete", "pv", "-l", f"e2e={CLASS}", "--wait=true", check=False)
    cluster.kubectl.run("delete", "storageclass", CLASS, check=False)


def db_pods(cluster: Cluster, namespace: str) -> dict[str, tuple[str, str]]:
    """Member pod name -> (UID, start time)."""
    return {
        p["metadata"]["name"]: (p["metadata"]["uid"], p["status"].get("startTime", ""))
        for p in cluster.kubectl.items("pods", namespace)
        if p["metadata"]["name"].startswith("db-") and "-backup" not in p["metadata"]["name"]
    }


def requested(cluster: Cluster, namespace: str) -> dict[str, tuple[str, str]]:
    """Claim name -> (spec request, status capacity)."""
    return {
        c["metadata"]["name"]: (
            c["spec"]["resources"]["requests"]["storage"],
            c.get("status", {}).get("capacity", {}).get("storage", ""),
        )
        for c in cluster.kubectl.items("pvc", namespace)
    }


@pytest.fixture(scope="module")
def resize(cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Any:
    app_stack = program_stack(cluster, "test", Path(tmp_path_factory.mktemp("resize")))
    remove_expandable_class(cluster, app_stack.namespace)
    expandable_class(cluster, Path(tmp_path_factory.mktemp("expandable-real-node")))
    app_stack.set("stateful-app:dbStorageClass", CLASS)
    app_stack.set("stateful-app:dbStorageSize", "1Gi")
    app_stack.set("stateful-app:assetStorageClass", CLASS)
    app_stack.set("stateful-app:assetStorageSize", "1Gi")
    yield app_stack
    app_stack.stack.destroy(on_output=print)
    remove_expandable_class(cluster, app_stack.namespace)


class TestResize:
    def test_first_up_on_an_expandable_class(self, cluster: Cluster, resize: StackHandle) -> None:
        result, _ = resize.up()
        assert result.summary.result == "succeeded"
        assert_app_running(cluster, resize, web=2, members=3)
        claims = requested(cluster, resize.namespace)
        assert {claims[f"data-db-{i}"][0] for i in range(3)} == {"1Gi"}
        assert claims["assets-data"][0] == "1Gi"

    def test_a_larger_size_grows_the_claims_and_keeps_pods_and_claims(
        self, cluster: Cluster, resize: StackHandle
    ) -> None:
        k, ns = cluster.kubectl, resize.namespace
        claims, pods = claim_uids(cluster, ns), db_pods(cluster, ns)
        statefulset = k.get("statefulset", "db", ns)
        assert statefulset and len(pods) == 3 and "assets-data" in claims
        resize.set("stateful-app:dbStorageSize", "2Gi")
        resize.set("stateful-app:assetStorageSize", "2Gi")
        started = time.monotonic()
        result, events = resize.up()
        seconds = time.monotonic() - started
        print(f"the resize up took {seconds:.0f} s")
        assert result.summary.result == "succeeded"
        replaced = {s[1:] for s in events.ops(*REPLACING)}
        assert replaced == {("kubernetes:apps/v1:StatefulSet", "app-db-statefulset")}, replaced
        patches = [s for s in events.steps if s[1].endswith("PersistentVolumeClaimPatch")]
        assert sorted(s[2] for s in patches) == [f"app-db-grow-data-db-{i}" for i in range(3)]
        asset_claim = ("kubernetes:core/v1:PersistentVolumeClaim", "app-assets-claim")
        # Awaited, the update would wait for Pending until the 5-minute timeout and fail the up.
        assert ("update", *asset_claim) in events.steps, "the asset claim is updated in place"
        assert claim_uids(cluster, ns) == claims, "the same claims (the asset claim's too)"
        assert db_pods(cluster, ns) == pods, "the same pods (UIDs and start times): never restarted"
        after = k.get("statefulset", "db", ns)
        assert after and after["metadata"]["uid"] != statefulset["metadata"]["uid"], "replaced"
        template = after["spec"]["volumeClaimTemplates"][0]["spec"]["resources"]["requests"]
        assert template["storage"] == "2Gi"
        sizes = requested(cluster, ns)
        print("claims after the resize (spec request, status capacity):", sizes)
        assert {sizes[f"data-db-{i}"][0] for i in range(3)} == {"2Gi"}, "the resize reached them"
        assert sizes["assets-data"][0] == "2Gi", "the resize reached the asset claim"
        for claim in [f"data-db-{i}" for i in range(3)] + ["assets-data"]:
            # read back and said, not awaited (docs/data-operations.md)
            said = f"claim {claim}: requested 2Gi, capacity {sizes[claim][1]}: "
            assert said in result.stdout, result.stdout
        assert_app_running(cluster, resize, web=2, members=3)

    def test_the_next_up_only_forgets_the_patches(self, resize: StackHandle) -> None:
        result, events = resize.up()
        assert result.summary.resource_changes
        assert set(result.summary.resource_changes) == {"same", "delete"}
        deleted = [s[2] for s in events.ops("delete")]
        assert sorted(deleted) == [f"app-db-grow-data-db-{i}" for i in range(3)], deleted
        assert_converged(resize)

    @pytest.mark.parametrize(
        ("key", "value", "expandable", "message"),
        [
            ("dbStorageSize", "1Gi", True, "smaller than the existing claim data-db-0 (2Gi)"),
            ("assetStorageSize", "1Gi", True, "smaller than the existing claim assets-data (2Gi)"),
            ("assetStorageSize", "3Gi", False, f"StorageClass {CLASS}, which does not allow"),
        ],
    )
    def test_what_cannot_be_honoured_is_refused_before_anything_changes(
        self,
        cluster: Cluster,
        resize: StackHandle,
        key: str,
        value: str,
        expandable: bool,
        message: str,
    ) -> None:
        k, ns = cluster.kubectl, resize.namespace
        before = (claim_uids(cluster, ns), db_pods(cluster, ns), requested(cluster, ns))
        statefulset = k.get("statefulset", "db", ns)
        config = resize.stack.get_all_config()
        previous = config.get(f"stateful-app:{key}")
        resize.set(f"stateful-app:{key}", value)
        allow = json.dumps({"allowVolumeExpansion": expandable})
        k.run("patch", "storageclass", CLASS, "-p", allow)  # the one mutable field of a class
        try:
            with pytest.raises(auto.CommandError) as error:
                resize.up()
            assert message in str(error.value)
        finally:
            k.run("patch", "storageclass", CLASS, "-p", json.dumps({"allowVolumeExpansion": True}))
            if previous:
                resize.set(f"stateful-app:{key}", previous.value)
            else:
                resize.stack.remove_config(f"stateful-app:{key}")
        after = k.get("statefulset", "db", ns)
        assert statefulset and after and after["metadata"]["uid"] == statefulset["metadata"]["uid"]
        assert (claim_uids(cluster, ns), db_pods(cluster, ns), requested(cluster, ns)) == before


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, b""


def wait_for_job(cluster: Cluster, namespace: str, name: str, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = cluster.kubectl.get("job", name, namespace) or {}
        for c in job.get("status", {}).get("conditions", []):
            if c["type"] in ("Complete", "Failed") and c["status"] == "True":
                return str(c["type"])
        time.sleep(1)
    raise AssertionError(f"job {name} did not finish: {job.get('status')}")


def script(
    cluster: Cluster, name: str, namespace: str, *args: str
) -> subprocess.CompletedProcess[str]:
    """scripts/<name> on the dev stack's namespace, as `make restore`/`make backups` run it."""
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / name), "--stack", "dev", "--namespace", namespace,
         *args],
        env={**cluster.env, "KUBECONFIG": cluster.kubeconfig},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )  # fmt: skip


def restore(
    cluster: Cluster, namespace: str, backup: str, confirm: str
) -> subprocess.CompletedProcess[str]:
    """What `make restore WHAT=assets BACKUP=... CONFIRM=...` runs."""
    args = ["--what", "assets", "--backup", backup, "--confirm", confirm]
    return script(cluster, "restore.py", namespace, *args)


def job_names(cluster: Cluster, namespace: str) -> set[str]:
    return {j["metadata"]["name"] for j in cluster.kubectl.items("jobs", namespace)}


def backups_status(cluster: Cluster, namespace: str, timeout: float = 90) -> str:
    """`make backups` once the CronJob's status has the manual Job's success (the CronJob
    controller records it when it next syncs the CronJob, on the Job's change)."""
    deadline = time.monotonic() + timeout
    while True:
        done = script(cluster, "backups.py", namespace)
        assert done.returncode == 0, (done.stdout, done.stderr)
        if "last success (never)" not in done.stdout or time.monotonic() > deadline:
            return done.stdout
        time.sleep(2)


@pytest.fixture(scope="module")
def dev(cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Any:
    if not cluster.real_node:
        pytest.skip("no real node: the copies would only be simulated")
    app_stack = program_stack(cluster, "dev", Path(tmp_path_factory.mktemp("assets-backup")))
    cluster.kubectl.remove_stack_leftovers(app_stack.namespace)
    app_stack.set("stateful-app:assetBackupSchedule", "0 0 1 1 *")  # never during the test
    yield app_stack
    app_stack.stack.destroy(on_output=print)
    cluster.kubectl.remove_stack_leftovers(app_stack.namespace)


class TestAssetBackup:
    def test_a_copy_and_a_restore_of_a_deleted_file_on_the_real_node(
        self, cluster: Cluster, dev: StackHandle
    ) -> None:
        result, _ = dev.up()
        assert result.summary.result == "succeeded"
        k, ns = cluster.kubectl, dev.namespace
        url = result.outputs["url"].value + "assets/cats.png"
        # The load balancer re-resolves the asset pods' names every RESOLVE_VALID (2 s): an asset
        # pod that turned ready at the end of `up` is served within that.
        first, seconds = first_answers(url, timeout=30)
        assert seconds < 10, f"/assets/ first answered 200 after {seconds:.1f} s (first: {first})"
        status, served = fetch(url)
        assert status == 200 and served.startswith(b"\x89PNG")
        k.run("-n", ns, "create", "job", "--from=cronjob/assets-backup", "assets-backup-e2e")
        assert wait_for_job(cluster, ns, "assets-backup-e2e") == "Complete"
        claim = k.get("pvc", "assets-backups", ns)
        assert claim and claim["status"]["phase"] == "Bound"
        volume = k.get("pv", claim["spec"]["volumeName"])
        assert volume
        backups = Path(volume["spec"]["local"]["path"])  # a real directory of the real node
        name = (backups / "LATEST").read_text().strip()
        copied = backups / name / "cats.png"
        assert hashlib.sha256(copied.read_bytes()).digest() == hashlib.sha256(served).digest()
        print(k.run("-n", ns, "logs", "job/assets-backup-e2e").stdout)

        listing = backups_status(cluster, ns)
        print(listing)
        assert "assets-backup: schedule '0 0 1 1 *', last schedule " in listing, listing
        assert "last success (never)" not in listing, listing
        assert "kept (as of Job assets-backup-e2e, completed " in listing, listing
        assert listing.rstrip().endswith(f"): {name}"), listing

        assets = Path(cluster.real_node["ASSET_HOST_PATH"])
        (assets / "cats.png").unlink()
        assert fetch(url)[0] == 404
        jobs = job_names(cluster, ns)
        unnamed = restore(cluster, ns, "", "")
        assert unnamed.returncode == 1, unnamed
        assert "no backup named: nothing changed" in unnamed.stdout, unnamed
        assert unnamed.stdout.rstrip().endswith(f"\n  {name}"), "the kept copy is listed"
        refused = restore(cluster, ns, name, "")
        assert refused.returncode == 1 and f"set CONFIRM={name}" in refused.stdout, refused
        assert job_names(cluster, ns) == jobs, "no restore Job created by a refusal"
        assert not (assets / "cats.png").exists(), "nothing restored without the confirmation"
        done = restore(cluster, ns, name, name)
        assert done.returncode == 0, (done.stdout, done.stderr)
        print(done.stdout)
        assert (assets / "cats.png").read_bytes() == served, "the deleted file is back"
        status, again = fetch(url)
        assert status == 200 and again == served, "and served again"
