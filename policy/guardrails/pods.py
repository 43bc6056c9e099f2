"""Rules on the pods a Kubernetes object runs: images, security, resources, probes, secrets.

Each rule takes (resource type, inputs, policy config) and returns one message per violation."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from guardrails.objects import (
    RUN_TO_COMPLETION,
    Props,
    child,
    container_label,
    containers,
    items,
    kind,
    pod_spec,
)

DIGEST = re.compile(r"@sha256:[0-9a-f]{64}$")
SECCOMP_TYPES = {"RuntimeDefault", "Localhost"}
ALLOWED_ADDED_CAPABILITIES = {"NET_BIND_SERVICE"}  # the only one Pod Security "restricted" allows
DEFAULT_RESOURCES = ["requests.cpu", "requests.memory", "limits.cpu", "limits.memory"]
HIGH_UID = 10000
# Names and values that betray a credential. Values: a URI with user:password@, a private key.
SECRET_NAME = re.compile(r"PASS(WORD|WD)?|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL", re.I)
SECRET_VALUE = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@|-----BEGIN [A-Z ]*PRIVATE KEY")


def image_problem(image: Any, require_digest: bool) -> str | None:
    """Why an image reference is not pinned; None when it is."""
    if not isinstance(image, str) or not image:
        return "has no image"
    if "@" in image:
        return None if DIGEST.search(image) else f"image {image!r}: malformed digest"
    if require_digest:
        return f"image {image!r} must be pinned by digest (name:tag@sha256:...) in this stack"
    name, _, tag = image.rpartition(":")
    if not name or "/" in tag:
        return f"image {image!r} has no tag: pin a version or a digest"
    if tag == "latest":
        return f"image {image!r} uses the mutable tag 'latest'"
    return None


def images_pinned(resource_type: str, props: Props, config: Mapping[str, Any]) -> list[str]:
    spec = pod_spec(resource_type, props)
    if spec is None:
        return []
    require_digest = bool(config.get("requireDigest", False))
    return [
        f"{container_label(field, c)}: {problem}"
        for field, c in containers(spec)
        if (problem := image_problem(c.get("image"), require_digest))
    ]


def _effective(spec: Mapping[str, Any], container: Mapping[str, Any], *path: str) -> Any:
    """A security setting as Kubernetes applies it: the container's, else the pod's."""
    own = child(container, "securityContext", *path)
    return own if own is not None else child(spec, "securityContext", *path)


def _container_restricted(spec: Mapping[str, Any], c: Mapping[str, Any]) -> list[str]:
    problems = []
    if child(c, "securityContext", "privileged") is True:
        problems.append("privileged")
    if child(c, "securityContext", "allowPrivilegeEscalation") is not False:
        problems.append("allowPrivilegeEscalation is not false")
    drop = {str(x).upper() for x in items(child(c, "securityContext", "capabilities", "drop"))}
    if "ALL" not in drop:
        problems.append("capabilities.drop lacks ALL")
    added = {str(x).upper() for x in items(child(c, "securityContext", "capabilities", "add"))}
    if added - ALLOWED_ADDED_CAPABILITIES:
        problems.append(f"adds capabilities {sorted(added - ALLOWED_ADDED_CAPABILITIES)}")
    if _effective(spec, c, "runAsNonRoot") is not True:
        problems.append("runAsNonRoot is not true")
    if _effective(spec, c, "runAsUser") == 0:
        problems.append("runAsUser is 0")
    if _effective(spec, c, "seccompProfile", "type") not in SECCOMP_TYPES:
        problems.append("seccompProfile is not RuntimeDefault or Localhost")
    if any(port.get("hostPort") for port in items(c.get("ports")) if isinstance(port, Mapping)):
        problems.append("uses a hostPort")
    return problems


def pod_security_restricted(
    resource_type: str, props: Props, config: Mapping[str, Any]
) -> list[str]:
    """The fields Pod Security Standard "restricted" checks, on the pod and every container."""
    spec = pod_spec(resource_type, props)
    if spec is None:
        return []
    found = [
        f"pod: {field} is true"
        for field in ("hostNetwork", "hostPID", "hostIPC")
        if spec.get(field)
    ]
    found += [
        f"pod: volume {v.get('name')!r} is a hostPath"
        for v in items(spec.get("volumes"))
        if isinstance(v, Mapping) and v.get("hostPath") is not None
    ]
    for field, c in containers(spec):
        found += [f"{container_label(field, c)}: {p}" for p in _container_restricted(spec, c)]
    return found


def read_only_root_filesystem(
    resource_type: str, props: Props, config: Mapping[str, Any]
) -> list[str]:
    spec = pod_spec(resource_type, props)
    if spec is None:
        return []
    return [
        f"{container_label(field, c)}: readOnlyRootFilesystem is not true "
        "(mount an emptyDir where it must write)"
        for field, c in containers(spec)
        if child(c, "securityContext", "readOnlyRootFilesystem") is not True
    ]


def resources_requests_limits(
    resource_type: str, props: Props, config: Mapping[str, Any]
) -> list[str]:
    spec = pod_spec(resource_type, props)
    if spec is None:
        return []
    required = [str(r) for r in items(config.get("required"))] or DEFAULT_RESOURCES
    found = []
    for field, c in containers(spec):
        if field == "ephemeralContainers":
            continue  # Kubernetes forbids resources on ephemeral containers
        missing = [r for r in required if child(c, "resources", *r.split(".", 1)) in (None, "")]
        if missing:
            found.append(f"{container_label(field, c)}: no {', '.join(missing)}")
    return found


def probes(resource_type: str, props: Props, config: Mapping[str, Any]) -> list[str]:
    spec = pod_spec(resource_type, props)
    if spec is None or kind(resource_type) in RUN_TO_COMPLETION:
        return []
    return [
        f"{container_label(field, c)}: no {probe}"
        for field, c in containers(spec)
        if field == "containers"
        for probe in ("livenessProbe", "readinessProbe")
        if not c.get(probe)
    ]


def _plain_secret(name: Any, value: Any) -> bool:
    if not isinstance(value, str) or not value:
        return False
    return bool(SECRET_VALUE.search(value)) or bool(SECRET_NAME.search(str(name or "")))


def _plaintext_in_pod(spec: Mapping[str, Any]) -> list[str]:
    found = []
    for field, c in containers(spec):
        label = container_label(field, c)
        for env in items(c.get("env")):
            if isinstance(env, Mapping) and _plain_secret(env.get("name"), env.get("value")):
                found.append(f"{label}: env {env.get('name')!r} holds a secret as plain text")
        for arg in [*items(c.get("command")), *items(c.get("args"))]:
            if isinstance(arg, str) and SECRET_VALUE.search(arg):
                found.append(f"{label}: a command argument holds a credential")
    return found


def no_plaintext_secrets(resource_type: str, props: Props, config: Mapping[str, Any]) -> list[str]:
    """No credential in a pod spec or ConfigMap: anyone who may read those objects reads it."""
    if kind(resource_type) == "ConfigMap":
        data = props.get("data")
        entries = data.items() if isinstance(data, Mapping) else []
        return [
            f"ConfigMap key {key!r} holds a secret as plain text: use a Secret"
            for key, value in entries
            if _plain_secret(key, value)
        ]
    spec = pod_spec(resource_type, props)
    return _plaintext_in_pod(spec) if spec is not None else []


def secrets_as_files(resource_type: str, props: Props, config: Mapping[str, Any]) -> list[str]:
    """Secrets reach containers as files (a Secret volume), not environment variables, which
    leak through /proc/<pid>/environ, crash reports and child processes."""
    spec = pod_spec(resource_type, props)
    if spec is None:
        return []
    found = []
    for field, c in containers(spec):
        label = container_label(field, c)
        for env in items(c.get("env")):
            if isinstance(env, Mapping) and child(env, "valueFrom", "secretKeyRef") is not None:
                found.append(f"{label}: env {env.get('name')!r} comes from a Secret")
        for source in items(c.get("envFrom")):
            if isinstance(source, Mapping) and source.get("secretRef") is not None:
                found.append(f"{label}: envFrom a Secret")
    return [f"{message}: mount it as a file instead" for message in found]


def high_uid(resource_type: str, props: Props, config: Mapping[str, Any]) -> list[str]:
    """A uid of 10000 or more never matches a host account if a container escapes."""
    spec = pod_spec(resource_type, props)
    if spec is None:
        return []
    return [
        f"{container_label(field, c)}: runAsUser {uid!r} is below {HIGH_UID}"
        for field, c in containers(spec)
        if not isinstance(uid := _effective(spec, c, "runAsUser"), int) or uid < HIGH_UID
    ]


def explicit_pull_policy(resource_type: str, props: Props, config: Mapping[str, Any]) -> list[str]:
    """The default pull policy depends on the tag; stating it makes the behaviour reviewable."""
    spec = pod_spec(resource_type, props)
    if spec is None:
        return []
    return [
        f"{container_label(field, c)}: no imagePullPolicy"
        for field, c in containers(spec)
        if not c.get("imagePullPolicy")
    ]
