"""Per-tier pod placement: node selector, tolerations and priority class (as Bitnami-style charts
offer per component), parsed from the compact strings that stack config holds.

Syntax (the same for every tier's keys):
- node selector: ``key=value[,key=value...]``
- tolerations: ``key[=value][:Effect][,...]``; without ``=value`` the operator is Exists; without
  ``:Effect`` the toleration matches every effect.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pulumi_kubernetes as k8s

from .checks import parsed, rule
from .inputs import package_inputs

EFFECTS = ("NoSchedule", "PreferNoSchedule", "NoExecute")
_LABEL_KEY = re.compile(
    r"^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"
)
_LABEL_VALUE = re.compile(r"^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$")
_DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$")


@package_inputs()
@dataclass(frozen=True)
class Toleration:
    """Lets pods land on nodes with a matching taint."""

    key: str
    """Taint key."""
    value: str | None = None
    """Taint value; None tolerates any value (operator Exists)."""
    effect: str | None = None
    """NoSchedule, PreferNoSchedule or NoExecute; None tolerates every effect."""

    def args(self) -> k8s.core.v1.TolerationArgs:
        return k8s.core.v1.TolerationArgs(
            key=self.key,
            operator="Exists" if self.value is None else "Equal",
            value=self.value,
            effect=self.effect,
        )


@package_inputs()
@dataclass(frozen=True)
class Placement:
    """Where a tier's pods may run. Empty by default: the scheduler decides."""

    node_selector: Mapping[str, str] = field(default_factory=dict)
    """Node labels every pod of the tier requires."""
    tolerations: Sequence[Toleration] = ()
    """Taints the tier's pods tolerate."""
    priority_class_name: str | None = None
    """PriorityClass of the tier's pods (it must exist in the cluster)."""

    @classmethod
    def of(cls, value: "Placement | Mapping[str, Any] | None") -> "Placement":
        """A Placement from a Python caller, or from the plain dict (with plain dicts for the
        tolerations) that reaches a component over the component package boundary."""
        if value is None:
            return cls()
        if isinstance(value, Placement):
            return value
        tolerations = tuple(
            t if isinstance(t, Toleration) else Toleration(**t)
            for t in value.get("tolerations") or ()
        )
        return cls(
            node_selector=dict(value.get("node_selector") or {}),
            tolerations=tolerations,
            priority_class_name=value.get("priority_class_name"),
        )

    def pod_spec_fields(self, extra_selector: Mapping[str, str] | None = None) -> dict[str, Any]:
        """Keyword arguments for PodSpecArgs; extra_selector is what the tier itself requires
        (e.g. the asset tier's storage node), merged over the user's selector."""
        selector = {**self.node_selector, **(extra_selector or {})}
        return {
            "node_selector": selector or None,
            "tolerations": [t.args() for t in self.tolerations] or None,
            "priority_class_name": self.priority_class_name,
        }


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


def parse_node_selector(text: str) -> dict[str, str]:
    """``a=b,c=d`` -> {"a": "b", "c": "d"}; ValueError names the bad item."""
    selector: dict[str, str] = {}
    for item in _items(text):
        if not is_node_label(item):
            raise ValueError(f"{item!r} is not a node label key=value")
        key, _, value = item.partition("=")
        selector[key] = value
    return selector


def parse_tolerations(text: str) -> tuple[Toleration, ...]:
    """``key=value:NoSchedule,key:NoExecute,key`` -> Tolerations; ValueError names the bad item."""
    tolerations = []
    for item in _items(text):
        rest, _, effect = item.partition(":")
        key, sep, value = rest.partition("=")
        if not _LABEL_KEY.match(key) or (sep and not _LABEL_VALUE.match(value)):
            raise ValueError(f"{item!r} is not key[=value][:Effect]")
        if effect and effect not in EFFECTS:
            raise ValueError(f"{item!r}: the effect must be one of {', '.join(EFFECTS)}")
        tolerations.append(Toleration(key, value if sep else None, effect or None))
    return tuple(tolerations)


def check_priority_class(name: str) -> str:
    if not _DNS_SUBDOMAIN.match(name):
        raise ValueError(f"{name!r} is not a PriorityClass name (a DNS subdomain)")
    return name


def is_node_label(text: str) -> bool:
    """One node label as key=value."""
    key, sep, value = text.partition("=")
    return bool(sep and _LABEL_KEY.match(key) and _LABEL_VALUE.match(value))


NODE_LABEL = rule("a node label as key=value (e.g. storage-node=true)", is_node_label)
NODE_SELECTOR = parsed(parse_node_selector, "key=value[,key=value...]")
TOLERATIONS = parsed(parse_tolerations, "key[=value][:NoSchedule|PreferNoSchedule|NoExecute][,...]")
PRIORITY_CLASS = parsed(check_priority_class, "a PriorityClass name")
