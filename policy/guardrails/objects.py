"""Reading Kubernetes objects as a policy sees them: a Pulumi type token plus the resource's
inputs (camelCase, as sent to the engine). Pure functions over Mappings, no Pulumi runtime."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

# Where each workload kind keeps its pod spec.
POD_SPEC_PATHS: dict[str, tuple[str, ...]] = {
    "Pod": ("spec",),
    "PodTemplate": ("template", "spec"),
    "Deployment": ("spec", "template", "spec"),
    "ReplicaSet": ("spec", "template", "spec"),
    "ReplicationController": ("spec", "template", "spec"),
    "StatefulSet": ("spec", "template", "spec"),
    "DaemonSet": ("spec", "template", "spec"),
    "Job": ("spec", "template", "spec"),
    "CronJob": ("spec", "jobTemplate", "spec", "template", "spec"),
}
# Kinds whose pods run to completion: no liveness/readiness probes expected.
RUN_TO_COMPLETION = {"Job", "CronJob"}
CONTAINER_LISTS = ("initContainers", "containers", "ephemeralContainers")

Props = Mapping[str, Any]


def kind(resource_type: str) -> str | None:
    """The Kubernetes kind of a pulumi-kubernetes type token; None for anything else (other
    providers, component resources, server-side-apply patches and List kinds)."""
    parts = resource_type.split(":")
    if len(parts) != 3 or parts[0] != "kubernetes" or "/" not in parts[1]:
        return None
    name = parts[2]
    if name.endswith(("Patch", "List")):
        return None
    return name


def child(value: Any, *path: str) -> Any:
    """value[path[0]][path[1]]...; None when any step is missing."""
    for key in path:
        if not isinstance(value, Mapping) or key not in value:
            return None
        value = value[key]
    return value


def items(value: Any) -> Sequence[Any]:
    """A list-valued field, or an empty list when it is absent."""
    return value if isinstance(value, Sequence) and not isinstance(value, str) else ()


def object_annotations(props: Props) -> Mapping[str, Any]:
    found = child(props, "metadata", "annotations")
    return found if isinstance(found, Mapping) else {}


def object_labels(props: Props) -> Mapping[str, Any]:
    found = child(props, "metadata", "labels")
    return found if isinstance(found, Mapping) else {}


def pod_spec(resource_type: str, props: Props) -> Mapping[str, Any] | None:
    """The pod spec of a workload object, or None when the object runs no pods."""
    path = POD_SPEC_PATHS.get(kind(resource_type) or "")
    spec = child(props, *path) if path else None
    return spec if isinstance(spec, Mapping) else None


def containers(spec: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(list name, container) for every init, regular and ephemeral container of a pod spec."""
    for field in CONTAINER_LISTS:
        for container in items(spec.get(field)):
            if isinstance(container, Mapping):
                yield field, container


def container_label(field: str, container: Mapping[str, Any]) -> str:
    role = {"initContainers": "init container", "ephemeralContainers": "ephemeral container"}
    return f"{role.get(field, 'container')} {container.get('name', '?')!r}"


def auto_named(props: Props) -> bool:
    """True when Kubernetes or pulumi-kubernetes chooses the object's name (no stable name)."""
    name = child(props, "metadata", "name")
    return not name or object_annotations(props).get("pulumi.com/autonamed") == "true"


def number(value: Any) -> float | None:
    """A numeric field; the engine sends every number as a float (10101.0), mocks as an int."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)
