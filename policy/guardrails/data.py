"""Rules on data-bearing objects: their data must survive a delete, a replace or a rename."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from guardrails.objects import Props, auto_named, child, items, kind

RETAIN = "Retain"


def data_volumes_retained(resource_type: str, props: Props, config: Mapping[str, Any]) -> list[str]:
    """PVs and StorageClasses Retain; claims, PVs and StatefulSets with claim templates have
    explicit, stable names; StatefulSets keep their claims when deleted and state what happens
    to them on scale-down."""
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
    if _claim_templates(resource_type, props):
        if auto_named(props):
            found.append("StatefulSet with claim templates has no explicit name")
        retention = child(props, "spec", "persistentVolumeClaimRetentionPolicy") or {}
        if retention.get("whenDeleted") != RETAIN:
            found.append("persistentVolumeClaimRetentionPolicy.whenDeleted is not Retain")
        if not retention.get("whenScaled"):
            found.append("persistentVolumeClaimRetentionPolicy.whenScaled is not stated")
    return found


def _claim_templates(resource_type: str, props: Props) -> bool:
    return kind(resource_type) == "StatefulSet" and bool(
        items(child(props, "spec", "volumeClaimTemplates"))
    )


def claims_kept_on_scale_down(
    resource_type: str, props: Props, config: Mapping[str, Any]
) -> list[str]:
    """A StatefulSet scaled down keeps the removed replicas' claims (whenScaled: Retain). Where
    a removed replica's copy is worthless (a replica set member that left the set), record an
    exception on the StatefulSet saying so."""
    if not _claim_templates(resource_type, props):
        return []
    policy = child(props, "spec", "persistentVolumeClaimRetentionPolicy", "whenScaled")
    if policy in (None, RETAIN):
        return []  # unstated is data-volumes-retained's finding
    return [
        f"persistentVolumeClaimRetentionPolicy.whenScaled is {policy}: scaling down deletes data"
    ]
