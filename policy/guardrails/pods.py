"""Rules on the pods a Kubernetes object runs: images, security, resources, probes, secrets.

Each rule takes (resource type, inputs, policy config) and returns one message per violation."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from guardrails.objects import (
    CONTAINER_LISTS,
    RUN_TO_COMPLETION,
    Props,
    child,
    container_label,
    containers,
    items,
    kind,
    number,
    pod_spec,
)

DIGEST = re.compile(r"@sha256:[0-9a-f]{64}$")
SECCOMP_TYPES = {"RuntimeDefault", "Localhost"}
ALLOWED_ADDED_CAPABILITIES = {"NET_BIND_SERVICE"}  # the only one Pod Security "restricted" allows
DEFAULT_RESOURCES = ["requests.cpu", "requests.memory", "limits.cpu", "limits.memory"]
HIGH_UID = 10000
# Names and values that betray a credential. Values: a URI with user:password@, a private key.
SECRET_NAME = re.compile(
    r"PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL", re.I
)
# ...but a variable that names where the secret is (PASSWORD_FILE=/run/secrets/pw) is the cure.
LOCATION_NAME = re.compile(r"_(FILE|PATH|DIR)$", re.I)
SECRET_VALUE = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@|-----BEGIN [A-Z ]*PRIVATE KEY")


Spec = Mapping[str, Any]
# (pod spec, container, config) -> what is wrong with that container
ContainerCheck = Callable[[Spec, Spec, Mapping[str, Any]], list[str]]
ResourceCheck = Callable[[str, Props, Mapping[str, Any]], list[str]]


def per_container(check: ContainerCheck, lists: tuple[str, ...] = CONTAINER_LISTS) -> ResourceCheck:
    """A rule over every container (of the given lists) of whatever pod an object runs."""

    def rule(resource_type: str, props: Props, config: Mapping[str, Any]) -> list[str]:
        spec = pod_spec(resource_type, props)
        if spec is None:
            return []
        return [
            f"{container_label(field, c)}: {problem}"
            for field, c in containers(spec)
            if field in lists
            for problem in check(spec, c, config)
        ]

    return rule


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


def _image(spec: Spec, c: Spec, config: Mapping[str, Any]) -> list[str]:
    problem = image_problem(c.get("image"), bool(config.get("requireDigest", False)))
    return [problem] if problem else []


def _effective(spec: Spec, container: Spec, *path: str) -> Any:
    """A security setting as Kubernetes applies it: the container's, else the pod's."""
    own = child(container, "securityContext", *path)
    return own if own is not None else child(spec, "securityContext", *path)


def _restricted(spec: Spec, c: Spec, config: Mapping[str, Any]) -> list[str]:
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
    if number(_effective(spec, c, "runAsUser")) == 0:
        problems.append("runAsUser is 0")
    if _effective(spec, c, "seccompProfile", "type") not in SECCOMP_TYPES:
        problems.append("seccompProfile is not RuntimeDefault or Localhost")
    if any(port.get("hostPort") for port in items(c.get("ports")) if isinstance(port, Mapping)):
        problems.append("uses a hostPort")
    return problems


def _pod_restricted(spec: Spec) -> list[str]:
    host = ("hostNetwork", "hostPID", "hostIPC")
    found = [f"pod: {field} is true" for field in host if spec.get(field)]
    return found + [
        f"pod: volume {v.get('name')!r} is a hostPath"
        for v in items(spec.get("volumes"))
        if isinstance(v, Mapping) and v.get("hostPath") is not None
    ]


def _read_only_root(spec: Spec, c: Spec, config: Mapping[str, Any]) -> list[str]:
    if child(c, "securityContext", "readOnlyRootFilesystem") is True:
        return []
    return ["readOnlyRootFilesystem is not true (mount an emptyDir where it must write)"]


def _resources(spec: Spec, c: Spec, config: Mapping[str, Any]) -> list[str]:
    required = [str(r) for r in items(config.get("required"))] or DEFAULT_RESOURCES
    missing = [r for r in required if child(c, "resources", *r.split(".", 1)) in (None, "")]
    return [f"no {', '.join(missing)}"] if missing else []


def _probes(spec: Spec, c: Spec, config: Mapping[str, Any]) -> list[str]:
    return [f"no {probe}" for probe in ("livenessProbe", "readinessProbe") if not c.get(probe)]


def _plain_secret(name: Any, value: Any) -> bool:
    if not isinstance(value, str) or not value:
        return False
    if SECRET_VALUE.search(value):
        return True
    name = str(name or "")
    is_location = LOCATION_NAME.search(name) or value.startswith("/")
    return bool(SECRET_NAME.search(name)) and not is_location


def _plaintext(spec: Spec, c: Spec, config: Mapping[str, Any]) -> list[str]:
    found = [
        f"env {env.get('name')!r} holds a secret as plain text"
        for env in items(c.get("env"))
        if isinstance(env, Mapping) and _plain_secret(env.get("name"), env.get("value"))
    ]
    arguments = [*items(c.get("command")), *items(c.get("args"))]
    if any(isinstance(arg, str) and SECRET_VALUE.search(arg) for arg in arguments):
        found.append("a command argument holds a credential")
    return found


def _secret_env(spec: Spec, c: Spec, config: Mapping[str, Any]) -> list[str]:
    """Secrets reach containers as files (a Secret volume), not environment variables, which
    leak through /proc/<pid>/environ, crash reports and child processes."""
    found = [
        f"env {env.get('name')!r} comes from a Secret"
        for env in items(c.get("env"))
        if isinstance(env, Mapping) and child(env, "valueFrom", "secretKeyRef") is not None
    ]
    found += [
        "envFrom a Secret"
        for source in items(c.get("envFrom"))
        if isinstance(source, Mapping) and source.get("secretRef") is not None
    ]
    return [f"{message}: mount it as a file instead" for message in found]


def _high_uid(spec: Spec, c: Spec, config: Mapping[str, Any]) -> list[str]:
    """A uid of 10000 or more never matches a host account if a container escapes."""
    uid = number(_effective(spec, c, "runAsUser"))
    if uid is not None and uid >= HIGH_UID:
        return []
    return [f"runAsUser {'unset' if uid is None else f'{uid:g}'} is below {HIGH_UID}"]


def _pull_policy(spec: Spec, c: Spec, config: Mapping[str, Any]) -> list[str]:
    """The default pull policy depends on the tag; stating it makes the behaviour reviewable."""
    return [] if c.get("imagePullPolicy") else ["no imagePullPolicy"]


images_pinned = per_container(_image)
read_only_root_filesystem = per_container(_read_only_root)
# Kubernetes forbids resources on ephemeral containers.
resources_requests_limits = per_container(_resources, ("initContainers", "containers"))
secrets_as_files = per_container(_secret_env)
high_uid = per_container(_high_uid)
explicit_pull_policy = per_container(_pull_policy)
_restricted_containers = per_container(_restricted)
_long_running_probes = per_container(_probes, ("containers",))
_plaintext_in_pods = per_container(_plaintext)


def pod_security_restricted(
    resource_type: str, props: Props, config: Mapping[str, Any]
) -> list[str]:
    """The fields Pod Security Standard "restricted" checks, on the pod and every container."""
    spec = pod_spec(resource_type, props)
    if spec is None:
        return []
    return _pod_restricted(spec) + _restricted_containers(resource_type, props, config)


def probes(resource_type: str, props: Props, config: Mapping[str, Any]) -> list[str]:
    """Liveness and readiness on the main containers of pods that keep running (not Jobs)."""
    if kind(resource_type) in RUN_TO_COMPLETION:
        return []
    return _long_running_probes(resource_type, props, config)


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
    return _plaintext_in_pods(resource_type, props, config)
