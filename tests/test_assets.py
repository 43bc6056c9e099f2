"""AssetTier alone under mocks: each storage mode, pinning to the storage node, seeding."""

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from components.assets import SEED_SCRIPT, AssetTier, AssetTierArgs
from components.nginx import ASSETS_ROOT
from components.settings import NGINX_IMAGE
from mocking import RecordingMocks, resolve, run

IMAGE = NGINX_IMAGE


def _args(**overrides: object) -> AssetTierArgs:
    base = AssetTierArgs(namespace="ns", image=IMAGE, node_label="storage-node=true")
    return replace(base, **overrides)  # type: ignore[arg-type]


def _pod_spec(mocks: RecordingMocks) -> dict:
    return mocks.named("Deployment", "assets").inputs["spec"]["template"]["spec"]


def test_local_mode_pins_volume_and_pod_to_the_storage_node(mocks: RecordingMocks) -> None:
    tier = run(lambda: AssetTier("assets", _args(retain_data=True)))
    pv = mocks.of_kind("PersistentVolume")[0].inputs
    claim = mocks.named("PersistentVolumeClaim", "assets-data").inputs
    term = pv["spec"]["nodeAffinity"]["required"]["nodeSelectorTerms"][0]["matchExpressions"][0]
    assert (term["key"], term["values"]) == ("storage-node", ["true"]), "PV node affinity"
    assert pv["spec"]["persistentVolumeReclaimPolicy"] == "Retain"
    assert claim["spec"]["selector"]["matchLabels"].items() <= pv["metadata"]["labels"].items()
    assert claim["spec"]["storageClassName"] == "" == pv["spec"]["storageClassName"]
    spec = _pod_spec(mocks)
    assert spec["nodeSelector"] == {"storage-node": "true"}, "asset pod lands on the storage node"
    data = next(v for v in spec["volumes"] if v["name"] == "data")
    assert data["persistentVolumeClaim"]["claimName"] == "assets-data"
    assert resolve(tier.claim_name) == "assets-data" and resolve(tier.service_port) == 80


def test_class_mode_claims_from_the_storage_class_and_recreates(mocks: RecordingMocks) -> None:
    run(lambda: AssetTier("assets", _args(storage="class", storage_class="fast")))
    claim = mocks.named("PersistentVolumeClaim", "assets-data").inputs["spec"]
    assert claim["storageClassName"] == "fast" and claim["accessModes"] == ["ReadWriteOnce"]
    assert not mocks.of_kind("PersistentVolume"), "class mode provisions, it creates no PV"
    strategy = mocks.named("Deployment", "assets").inputs["spec"]["strategy"]
    assert strategy["type"] == "Recreate", "an RWO claim cannot follow a surge pod elsewhere"


def test_shared_mode_uses_read_write_many_nfs_and_scales(mocks: RecordingMocks) -> None:
    run(
        lambda: AssetTier(
            "assets", _args(storage="shared", nfs_server="nfs", nfs_path="/x", replicas=3)
        )
    )
    pv = mocks.of_kind("PersistentVolume")[0].inputs["spec"]
    assert pv["nfs"] == {"server": "nfs", "path": "/x"} and pv["accessModes"] == ["ReadWriteMany"]
    deployment = mocks.named("Deployment", "assets").inputs["spec"]
    assert deployment["replicas"] == 3 and "nodeSelector" not in deployment["template"]["spec"]


def test_seed_files_are_copied_without_overwriting(mocks: RecordingMocks) -> None:
    run(lambda: AssetTier("assets", _args(seed_files={"cats.png": "iVBORw=="})))
    seed = next(r for r in mocks.of_kind("ConfigMap") if "binaryData" in r.inputs)
    assert seed.inputs["binaryData"] == {"cats.png": "iVBORw=="}
    init = _pod_spec(mocks)["initContainers"][0]
    assert init["command"][-1] == SEED_SCRIPT, "the seed script (behaviour tested below)"


def test_served_under_assets_from_the_volume(mocks: RecordingMocks) -> None:
    run(lambda: AssetTier("assets", _args()))
    config = next(r for r in mocks.of_kind("ConfigMap") if "data" in r.inputs)
    assert "location /assets/" in config.inputs["data"]["nginx.conf"]
    mount = _pod_spec(mocks)["containers"][0]["volumeMounts"][-1]
    assert (mount["mountPath"], mount["readOnly"]) == ("/data", True)


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"storage": "disk"}, "storage="),
        ({"node_label": None}, "node_label="),
        ({"storage": "class"}, "storage_class="),
        ({"storage": "class", "storage_class": "x", "replicas": 2}, "replicas=2"),
        ({"storage": "shared"}, "nfs_server=None: shared mode needs nfs_server and nfs_path"),
        ({"image": "nginx:latest"}, "image="),
    ],
)
def test_invalid_args_are_rejected_by_field(
    mocks: RecordingMocks, overrides: dict, field: str
) -> None:
    with pytest.raises(ValueError, match=field):
        AssetTier("assets", _args(**overrides))
    assert not mocks.resources, "nothing is registered before validation"


def test_seed_script_copies_missing_files_only_and_atomically(tmp_path: Path) -> None:
    seed, data = tmp_path / "seed", tmp_path / "data"
    seed.mkdir()
    data.mkdir()
    (seed / "cats.png").write_bytes(b"bundled")
    (seed / "dogs.png").write_bytes(b"bundled too")
    (data / "dogs.png").write_bytes(b"edited on the volume")
    script = SEED_SCRIPT.replace("/seed/", f"{seed}/").replace(ASSETS_ROOT, str(data))
    subprocess.run(["sh", "-c", script], check=True)
    assert (data / "cats.png").read_bytes() == b"bundled"
    assert (data / "dogs.png").read_bytes() == b"edited on the volume", "never overwritten"
    assert sorted(p.name for p in data.iterdir()) == ["cats.png", "dogs.png"], "no temp file left"
