"""Every rule of the pack with its enforcement level, its configuration, and the per-object
exception mechanism. Pure data and functions: __main__.py turns them into pulumi-policy objects,
and the unit tests run them directly."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from guardrails import availability, data, network, pods
from guardrails.objects import Props, object_annotations

Level = Literal["mandatory", "advisory"]
ResourceCheck = Callable[[str, Props, Mapping[str, Any]], list[str]]
# A stack rule returns (the object at fault, message) pairs.
StackCheck = Callable[[Sequence[network.Resource], Mapping[str, Any]], list[tuple[Props, str]]]

# An object opts out of one rule with an annotation whose value says why:
#   guardrails.stateful-app/except-<rule>: "<reason>"
EXCEPTION_PREFIX = "guardrails.stateful-app/except-"


@dataclass(frozen=True)
class Rule:
    name: str
    description: str
    level: Level
    check: ResourceCheck | None = None
    stack_check: StackCheck | None = None
    config: dict[str, dict[str, Any]] = field(default_factory=dict)
    """JSON schema of each setting the rule reads from the pack's config."""


def exception_reason(props: Props, rule: str) -> str | None:
    """The recorded reason when the object is exempt from a rule; None when it is not.
    An exception without a reason is no exception: the reason is what a reviewer reads."""
    value = object_annotations(props).get(EXCEPTION_PREFIX + rule)
    return value.strip() if isinstance(value, str) and value.strip() else None


def resource_violations(
    rule: Rule, resource_type: str, props: Props, config: Mapping[str, Any]
) -> list[str]:
    """What the rule finds wrong with one object, honouring its recorded exception."""
    if rule.check is None or exception_reason(props, rule.name):
        return []
    return rule.check(resource_type, props, config)


def stack_violations(
    rule: Rule, resources: Sequence[network.Resource], config: Mapping[str, Any]
) -> list[tuple[Props, str]]:
    """(object at fault, message) pairs, but none for an object that records an exception."""
    if rule.stack_check is None:
        return []
    found = rule.stack_check(resources, config)
    return [(props, message) for props, message in found if not exception_reason(props, rule.name)]


RULES: tuple[Rule, ...] = (
    Rule(
        "images-pinned",
        "Every container image is pinned: a version tag (never 'latest') or a digest; by digest "
        "where the stack's pack config sets requireDigest.",
        "mandatory",
        pods.images_pinned,
        config={"requireDigest": {"type": "boolean", "default": False}},
    ),
    Rule(
        "pod-security-restricted",
        'Pods meet Pod Security "restricted": non-root, no privilege escalation, capabilities '
        "dropped, RuntimeDefault seccomp, no host namespaces, ports or paths.",
        "mandatory",
        pods.pod_security_restricted,
    ),
    Rule(
        "read-only-root-filesystem",
        "Containers run with a read-only root filesystem (an emptyDir where they must write).",
        "mandatory",
        pods.read_only_root_filesystem,
    ),
    Rule(
        "resources-requests-limits",
        "Containers declare CPU and memory requests and limits.",
        "mandatory",
        pods.resources_requests_limits,
        config={
            "required": {
                "type": "array",
                "items": {"type": "string"},
                "default": pods.DEFAULT_RESOURCES,
            }
        },
    ),
    Rule(
        "probes",
        "Long-running containers have liveness and readiness probes.",
        "mandatory",
        pods.probes,
    ),
    Rule(
        "no-plaintext-secrets",
        "No credential as plain text in a pod spec (env, command, args) or a ConfigMap.",
        "mandatory",
        pods.no_plaintext_secrets,
    ),
    Rule(
        "data-volumes-retained",
        "Data survives: PersistentVolumes and StorageClasses Retain, claims and PVs have explicit "
        "names, StatefulSets with claim templates are named, keep their claims when deleted and "
        "state what scaling down does to them.",
        "mandatory",
        data.data_volumes_retained,
    ),
    Rule(
        "claims-kept-on-scale-down",
        "A StatefulSet scaled down keeps the removed replicas' claims (whenScaled: Retain).",
        "mandatory",
        data.claims_kept_on_scale_down,
    ),
    Rule(
        "namespace-pod-security",
        'Namespaces the program creates enforce Pod Security "restricted".',
        "mandatory",
        network.namespace_pod_security,
    ),
    Rule(
        "default-deny-network-policy",
        "Every namespace the program creates has a default-deny NetworkPolicy (all ingress; all "
        "egress but DNS).",
        "mandatory",
        stack_check=network.default_deny_network_policy,
        config={
            "policyTypes": {
                "type": "array",
                "items": {"enum": ["Ingress", "Egress"]},
                "default": ["Ingress", "Egress"],
            },
            "allowDnsEgress": {"type": "boolean", "default": True},
        },
    ),
    Rule(
        "secrets-as-files",
        "Secrets reach containers as mounted files rather than environment variables.",
        "advisory",
        pods.secrets_as_files,
    ),
    Rule(
        "disruption-budget",
        "Deployments and StatefulSets of more than one replica have a PodDisruptionBudget, so a "
        "node drain never takes them all down at once.",
        "advisory",
        stack_check=availability.disruption_budget,
    ),
    Rule(
        "high-uid",
        "Containers run as a uid of 10000 or more, never a host account's.",
        "advisory",
        pods.high_uid,
    ),
    Rule(
        "explicit-pull-policy",
        "Containers state their imagePullPolicy.",
        "advisory",
        pods.explicit_pull_policy,
    ),
)
