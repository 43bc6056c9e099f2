"""Rules on data-bearing objects: their data must survive a delete, a replace or a rename."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from guardrails.objects import Props, auto_named, child, items, kind

RETAIN = "Retain"


def data_volumes_retained(resource_type: str, props: Props, config: Mapping[str, Any]) -> list[str]:
    """PVs and StorageClasses Retain; claims, PVs and StatefulSets with claim templates have
    explicit, stable names; StatefulSets state a Retain claim retention policy."""
    found: list[str] = []
    object_kind = kind(resource_type)
    if object_kind in ("PersistentVolume", "PersistentVolumeClaim") and auto_named(props):
        found.append(f"{object_kind} has no explicit name: a replacement would orphan its data")
    if object_kind == "PersistentVolume":
        policy = child(props, "spec", "persistentVolumeReclaimPolicy")
        if policy != RETAIN:
            found.append(f"reclaimPolicy is {policy or 'Delete (default)'!s}, not Retain")
    if object_kind == "StorageClass" and props.get("reclaimPolicy") != RETAIN:
        found.append(
            f"reclaimPolicy is {props.get('reclaimPolicy') or 'Delete (default)'!s}: "
            "volumes it provisions are deleted with their claims; use Retain"
        )
    if object_kind == "StatefulSet" and items(child(props, "spec", "volumeClaimTemplates")):
        if auto_named(props):
            found.append("StatefulSet with claim templates has no explicit name")
        retention = child(props, "spec", "persistentVolumeClaimRetentionPolicy") or {}
        for when in ("whenDeleted", "whenScaled"):
            if retention.get(when) != RETAIN:
                found.append(f"persistentVolumeClaimRetentionPolicy.{when} is not Retain")
    return found
