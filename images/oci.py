#!/usr/bin/env python3
"""Pack a root filesystem directory into a single-layer OCI image archive (`ctr images import`).

Deterministic: entries sorted, owned by 0:0, timestamps clamped to the given epoch, gzip without
name or time, so the same rootfs always gives the same digest. Prints the manifest digest.

Usage: oci.py ROOTFS OUT.tar NAME:TAG EPOCH CONFIG_JSON
CONFIG_JSON is the image's runtime config ({"Entrypoint": [...], "User": "101", ...}).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import sys
import tarfile
from datetime import UTC, datetime
from pathlib import Path

MANIFEST = "application/vnd.oci.image.manifest.v1+json"
CONFIG = "application/vnd.oci.image.config.v1+json"
LAYER = "application/vnd.oci.image.layer.v1.tar+gzip"


def _layer(rootfs: Path, epoch: int) -> bytes:
    """The rootfs as a tar stream; every file belongs to root and nothing needs a specific uid."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for directory, dirs, files in os.walk(rootfs):
            dirs.sort()
            for name in sorted(dirs + files):
                path = Path(directory, name)
                info = tar.gettarinfo(str(path), arcname=str(path.relative_to(rootfs)))
                info.uid = info.gid = 0
                info.uname = info.gname = ""
                info.mtime = min(int(info.mtime), epoch)
                if info.isreg():
                    with path.open("rb") as data:
                        tar.addfile(info, data)
                else:
                    tar.addfile(info)
    return buffer.getvalue()


def _blob(out: tarfile.TarFile, data: bytes, epoch: int) -> tuple[str, int]:
    digest = "sha256:" + hashlib.sha256(data).hexdigest()
    info = tarfile.TarInfo("blobs/sha256/" + digest.split(":", 1)[1])
    info.size, info.mtime, info.mode = len(data), epoch, 0o644
    out.addfile(info, io.BytesIO(data))
    return digest, len(data)


def _json(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode()


def pack(rootfs: Path, out_path: Path, ref: str, epoch: int, runtime: dict[str, object]) -> str:
    name, _, tag = ref.rpartition(":")
    layer_tar = _layer(rootfs, epoch)
    layer_gz = gzip.compress(layer_tar, compresslevel=6, mtime=0)
    diff_id = "sha256:" + hashlib.sha256(layer_tar).hexdigest()
    created = datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    config = {
        "architecture": "amd64",
        "os": "linux",
        "created": created,
        "config": runtime,
        "rootfs": {"type": "layers", "diff_ids": [diff_id]},
        "history": [{"created": created, "created_by": f"images/build.sh ({name})"}],
    }
    tmp = out_path.with_suffix(".tmp")
    with tarfile.open(tmp, "w", format=tarfile.PAX_FORMAT) as out:
        config_digest, config_size = _blob(out, _json(config), epoch)
        layer_digest, layer_size = _blob(out, layer_gz, epoch)
        manifest = {
            "schemaVersion": 2,
            "mediaType": MANIFEST,
            "config": {"mediaType": CONFIG, "digest": config_digest, "size": config_size},
            "layers": [{"mediaType": LAYER, "digest": layer_digest, "size": layer_size}],
        }
        manifest_digest, manifest_size = _blob(out, _json(manifest), epoch)
        index = {
            "schemaVersion": 2,
            "manifests": [
                {
                    "mediaType": MANIFEST,
                    "digest": manifest_digest,
                    "size": manifest_size,
                    "platform": {"architecture": "amd64", "os": "linux"},
                    # containerd names the imported image after this annotation.
                    "annotations": {
                        "io.containerd.image.name": ref,
                        "org.opencontainers.image.ref.name": tag,
                    },
                }
            ],
        }
        for member, data in (
            ("oci-layout", _json({"imageLayoutVersion": "1.0.0"})),
            ("index.json", _json(index)),
        ):
            info = tarfile.TarInfo(member)
            info.size, info.mtime, info.mode = len(data), epoch, 0o644
            out.addfile(info, io.BytesIO(data))
    tmp.rename(out_path)
    return manifest_digest


def main() -> None:
    rootfs, out, ref, epoch, runtime = sys.argv[1:6]
    print(pack(Path(rootfs), Path(out), ref, int(epoch), json.loads(runtime)))


if __name__ == "__main__":
    main()
