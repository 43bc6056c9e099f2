"""Stack rules over the namespaces the program creates: isolation by default."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from guardrails.objects import Props, child, items, kind, object_labels

DNS_PORT = 53
RESTRICTED = "restricted"
Resource = tuple[str, Props]  # (type token, inputs)


def _name(props: Props) -> Any:
    return child(props, "metadata", "name")


def owned_namespaces(resources: Sequence[Resource]) -> list[Props]:
    return [props for type_, props in resources if kind(type_) == "Namespace"]


def _dns_only(rule: Any) -> bool:
    """An egress rule that opens nothing but port 53 (name resolution)."""
    ports = [p for p in items(child(rule, "ports")) if isinstance(p, Mapping)]
    return bool(ports) and all(p.get("port") == DNS_PORT for p in ports)


def _denies_by_default(spec: Mapping[str, Any], allow_dns: bool) -> set[str]:
    """Which directions a NetworkPolicy spec denies for every pod of its namespace."""
    selector = spec.get("podSelector") or {}
    if selector.get("matchLabels") or selector.get("matchExpressions"):
        return set()  # selects some pods only
    types = set(items(spec.get("policyTypes"))) or {"Ingress"}
    denied = set()
    if "Ingress" in types and not items(spec.get("ingress")):
        denied.add("Ingress")
    egress = items(spec.get("egress"))
    if "Egress" in types and all(allow_dns and _dns_only(rule) for rule in egress):
        denied.add("Egress")
    return denied


def default_deny_network_policy(
    resources: Sequence[Resource], config: Mapping[str, Any]
) -> list[tuple[Props, str]]:
    """(namespace, message) for every created namespace that lacks a default-deny policy."""
    wanted = {str(t) for t in items(config.get("policyTypes"))} or {"Ingress", "Egress"}
    allow_dns = bool(config.get("allowDnsEgress", True))
    denied: dict[Any, set[str]] = {}
    for type_, props in resources:
        if kind(type_) == "NetworkPolicy" and isinstance(props.get("spec"), Mapping):
            namespace = child(props, "metadata", "namespace")
            denied.setdefault(namespace, set()).update(_denies_by_default(props["spec"], allow_dns))
    found = []
    for namespace in owned_namespaces(resources):
        missing = wanted - denied.get(_name(namespace), set())
        if missing:
            found.append(
                (
                    namespace,
                    f"namespace {_name(namespace)!r} has no default-deny NetworkPolicy for "
                    f"{' and '.join(sorted(missing))} (podSelector: {{}}, no rules"
                    f"{', DNS egress only' if 'Egress' in missing and allow_dns else ''})",
                )
            )
    return found


def namespace_pod_security(
    resource_type: str, props: Props, config: Mapping[str, Any]
) -> list[str]:
    """Created namespaces enforce Pod Security "restricted": the API server then rejects any
    pod that is not, whatever program or person creates it."""
    if kind(resource_type) != "Namespace":
        return []
    level = object_labels(props).get("pod-security.kubernetes.io/enforce")
    if level == RESTRICTED:
        return []
    return [f"label pod-security.kubernetes.io/enforce is {level!r}, not 'restricted'"]
