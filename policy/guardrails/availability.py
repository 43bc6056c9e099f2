"""Stack rules on availability: voluntary disruptions (drains, upgrades) keep enough pods up."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from guardrails.network import Resource
from guardrails.objects import Props, child, kind, number

REPLICATED = ("Deployment", "StatefulSet")


def _covers(budget: Props, workload: Props) -> bool:
    """Whether a PodDisruptionBudget's selector picks the workload's pods."""
    if child(budget, "metadata", "namespace") != child(workload, "metadata", "namespace"):
        return False
    wanted = child(budget, "spec", "selector", "matchLabels")
    pods = child(workload, "spec", "template", "metadata", "labels")
    if not isinstance(wanted, Mapping) or not wanted or not isinstance(pods, Mapping):
        return False
    return all(pods.get(key) == value for key, value in wanted.items())


def disruption_budget(
    resources: Sequence[Resource], config: Mapping[str, Any]
) -> list[tuple[Props, str]]:
    budgets = [props for type_, props in resources if kind(type_) == "PodDisruptionBudget"]
    found = []
    for type_, props in resources:
        replicas = number(child(props, "spec", "replicas"))
        if kind(type_) not in REPLICATED or replicas is None or replicas < 2:
            continue
        if not any(_covers(budget, props) for budget in budgets):
            name = child(props, "metadata", "name")
            found.append((props, f"{kind(type_)} {name!r} ({replicas:g} replicas) has no budget"))
    return found
