"""The user's own container in the web tier: typed args (environment, probes, extra volumes) and
the pure builders and checks that turn them into Kubernetes objects.

Each check raises ValueError naming the args field, the value given and what is allowed, before
any resource is registered: what the API server would reject (a port out of range, an env var
name, a probe path without a leading slash) fails here, not in the middle of an `up`.
"""

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

import pulumi
import pulumi_kubernetes as k8s

from .inputs import package_inputs, plain_numbers

PORT_RANGE = (1, 65535)
# Kubernetes' portable rule for env var names (validation.IsEnvVarName; API servers before 1.32
# accept nothing else, later ones also other printable characters).
ENV_NAME = re.compile(r"^[-._a-zA-Z][-._a-zA-Z0-9]*$")
_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
_DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$")
_QUANTITY = re.compile(r"^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$")


@package_inputs()
@dataclass(frozen=True)
class KeyRef:
    """One key of a Secret or ConfigMap in the tier's namespace."""

    name: pulumi.Input[str]
    """Name of the Secret or ConfigMap."""
    key: str
    """Key inside it."""


@package_inputs()
@dataclass(frozen=True)
class EnvVar:
    """An environment variable of the app container: a plain value, or a key of a Secret or
    ConfigMap (exactly one of the three)."""

    name: str
    """Variable name ([-._a-zA-Z][-._a-zA-Z0-9]*)."""
    value: str | None = None
    """Plain value (never a credential: the guard rails reject one; use secret)."""
    secret: KeyRef | None = None
    """Read from this Secret key (secretKeyRef)."""
    config_map: KeyRef | None = None
    """Read from this ConfigMap key (configMapKeyRef)."""


@package_inputs()
@dataclass(frozen=True)
class Probe:
    """A readiness, liveness or startup probe: HTTP GET of path on port, or an exec command."""

    path: str | None = None
    """HTTP probe: the path to GET (leading /). Exactly one of path and command."""
    command: Sequence[str] | None = None
    """Exec probe: the command run in the container (exit 0 = success)."""
    port: int | None = None
    """HTTP probe: the port (default: the container's port)."""
    initial_delay_seconds: int = 0
    """Seconds after the container starts before the first probe."""
    period_seconds: int = 10
    """Seconds between probes."""
    timeout_seconds: int = 2
    """Seconds a probe may take."""
    failure_threshold: int = 3
    """Consecutive failures that count as failed."""


class VolumeKind(StrEnum):
    """Where an extra volume's files come from."""

    EMPTY_DIR = "emptyDir"
    """Scratch space, empty at pod start, gone with the pod."""
    SECRET = "secret"
    """The keys of a Secret, as read-only files."""
    CONFIG_MAP = "configMap"
    """The keys of a ConfigMap, as read-only files."""


@package_inputs()
@dataclass(frozen=True)
class ExtraVolume:
    """A volume and where the app container mounts it (e.g. an emptyDir for a cache directory,
    since the root filesystem is read-only)."""

    name: str
    """Volume name (a DNS label, unique in the pod)."""
    mount_path: str
    """Absolute path in the app container."""
    kind: VolumeKind = VolumeKind.EMPTY_DIR
    """emptyDir, secret or configMap."""
    source: pulumi.Input[str] | None = None
    """secret/configMap: the Secret's or ConfigMap's name."""
    size_limit: str = "64Mi"
    """emptyDir: the most it may hold."""
    read_only: bool | None = None
    """Mount read-only (default: true for secret/configMap, false for emptyDir)."""


T = TypeVar("T")


def coerce(cls: type[T], value: T | Mapping[str, Any]) -> T:
    """A typed arg from a Python caller, or from the plain dict of the component package."""
    if not isinstance(value, Mapping):
        return value
    given = plain_numbers(value)
    for name in ("secret", "config_map"):
        if cls is EnvVar and isinstance(given.get(name), Mapping):
            given[name] = KeyRef(**given[name])
    return cls(**given)


def check_port(field_name: str, port: Any) -> None:
    low, high = PORT_RANGE
    if isinstance(port, bool) or not isinstance(port, int) or not low <= port <= high:
        raise ValueError(f"{field_name}={port!r}: must be an integer from {low} to {high}")


def check_env(env: Sequence[EnvVar], taken: Sequence[str]) -> None:
    """Names Kubernetes accepts, given once, none the tier sets itself; one source each."""
    seen: set[str] = set()
    for i, var in enumerate(env):
        where = f"env[{i}].name={var.name!r}"
        if not ENV_NAME.match(var.name or ""):
            raise ValueError(
                f"{where}: must match [-._a-zA-Z][-._a-zA-Z0-9]* (letters, digits, '-', '.', "
                "'_'; not starting with a digit)"
            )
        if var.name in taken:
            raise ValueError(f"{where}: set by the tier itself ({', '.join(taken)})")
        if var.name in seen:
            raise ValueError(f"{where}: given twice")
        seen.add(var.name)
        sources = [s for s in (var.value, var.secret, var.config_map) if s is not None]
        if len(sources) != 1:
            raise ValueError(f"{where}: needs exactly one of value, secret, config_map")


def check_probe(field_name: str, probe: Probe) -> None:
    if (probe.path is None) == (probe.command is None):
        raise ValueError(f"{field_name}: needs exactly one of path (HTTP) and command (exec)")
    if probe.path is not None and not probe.path.startswith("/"):
        raise ValueError(f"{field_name}.path={probe.path!r}: must start with / (e.g. /healthz)")
    if probe.command is not None and not list(probe.command):
        raise ValueError(f"{field_name}.command=[]: must name a command")
    if probe.port is not None:
        check_port(f"{field_name}.port", probe.port)
    for timing, low in (
        ("initial_delay_seconds", 0),
        ("period_seconds", 1),
        ("timeout_seconds", 1),
        ("failure_threshold", 1),
    ):
        value = getattr(probe, timing)
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise ValueError(f"{field_name}.{timing}={value!r}: must be an integer >= {low}")


def check_volumes(volumes: Sequence[ExtraVolume], taken: Sequence[str]) -> None:
    names: set[str] = set()
    for i, volume in enumerate(volumes):
        where = f"volumes[{i}]"
        if not _DNS_LABEL.match(volume.name or "") or volume.name in taken or volume.name in names:
            raise ValueError(
                f"{where}.name={volume.name!r}: must be a DNS label, unique in the pod "
                f"(taken: {', '.join(taken)})"
            )
        names.add(volume.name)
        if not str(volume.mount_path).startswith("/"):
            raise ValueError(f"{where}.mount_path={volume.mount_path!r}: must be an absolute path")
        kinds = tuple(VolumeKind)
        if volume.kind not in kinds:
            raise ValueError(f"{where}.kind={volume.kind!r}: must be one of {', '.join(kinds)}")
        if volume.kind == VolumeKind.EMPTY_DIR and not _QUANTITY.match(volume.size_limit):
            raise ValueError(f"{where}.size_limit={volume.size_limit!r}: must be a quantity")
        if volume.kind != VolumeKind.EMPTY_DIR:
            source = volume.source
            if source is None or (isinstance(source, str) and not _DNS_SUBDOMAIN.match(source)):
                raise ValueError(f"{where}.source={source!r}: the {volume.kind}'s name is required")


def env_args(var: EnvVar) -> k8s.core.v1.EnvVarArgs:
    if var.secret is not None:
        source = k8s.core.v1.EnvVarSourceArgs(
            secret_key_ref=k8s.core.v1.SecretKeySelectorArgs(
                name=var.secret.name, key=var.secret.key
            )
        )
        return k8s.core.v1.EnvVarArgs(name=var.name, value_from=source)
    if var.config_map is not None:
        source = k8s.core.v1.EnvVarSourceArgs(
            config_map_key_ref=k8s.core.v1.ConfigMapKeySelectorArgs(
                name=var.config_map.name, key=var.config_map.key
            )
        )
        return k8s.core.v1.EnvVarArgs(name=var.name, value_from=source)
    return k8s.core.v1.EnvVarArgs(name=var.name, value=var.value)


def probe_args(probe: Probe, default_port: int) -> k8s.core.v1.ProbeArgs:
    exec_ = http_get = None
    if probe.command is not None:
        exec_ = k8s.core.v1.ExecActionArgs(command=list(probe.command))
    else:
        http_get = k8s.core.v1.HTTPGetActionArgs(path=probe.path, port=probe.port or default_port)
    return k8s.core.v1.ProbeArgs(
        exec_=exec_,
        http_get=http_get,
        initial_delay_seconds=probe.initial_delay_seconds or None,
        period_seconds=probe.period_seconds,
        timeout_seconds=probe.timeout_seconds,
        failure_threshold=probe.failure_threshold,
    )


def volume_args(volume: ExtraVolume) -> tuple[k8s.core.v1.VolumeArgs, k8s.core.v1.VolumeMountArgs]:
    if volume.kind == VolumeKind.SECRET:
        source: dict[str, Any] = {
            "secret": k8s.core.v1.SecretVolumeSourceArgs(
                secret_name=volume.source, default_mode=0o440
            )
        }
    elif volume.kind == VolumeKind.CONFIG_MAP:
        source = {"config_map": k8s.core.v1.ConfigMapVolumeSourceArgs(name=volume.source)}
    else:
        source = {"empty_dir": k8s.core.v1.EmptyDirVolumeSourceArgs(size_limit=volume.size_limit)}
    read_only = volume.read_only
    if read_only is None:
        read_only = volume.kind != VolumeKind.EMPTY_DIR
    mount = k8s.core.v1.VolumeMountArgs(
        name=volume.name, mount_path=volume.mount_path, read_only=read_only or None
    )
    return k8s.core.v1.VolumeArgs(name=volume.name, **source), mount


# Stack-config text forms of the app container's args (webEnv, webCommand, webArgs).
ENV_SYNTAX = "NAME=value[;NAME=secret:<name>/<key>][;NAME=configMap:<name>/<key>]"


def parse_env(text: str) -> tuple[EnvVar, ...]:
    """``A=1;TOKEN=secret:api/token;FLAGS=configMap:flags/list`` -> EnvVars; ValueError names the
    bad item (a value holding ';' belongs in a ConfigMap)."""
    env = []
    for item in (part.strip() for part in text.split(";")):
        if not item:
            continue
        name, sep, value = item.partition("=")
        if not sep:
            raise ValueError(f"{item!r} is not NAME=value")
        kind, _, ref = value.partition(":")
        if kind in ("secret", "configMap") and "/" in ref:
            source, _, key_name = ref.partition("/")
            key_ref = KeyRef(source, key_name)
            secret, config_map = (key_ref, None) if kind == "secret" else (None, key_ref)
            var = EnvVar(name, secret=secret, config_map=config_map)
        else:
            var = EnvVar(name, value=value)
        env.append(var)
    check_env(env, ())
    return tuple(env)


def parse_words(text: str) -> tuple[str, ...]:
    """A command or its arguments: a JSON array of strings (["python3", "-m", "app"])."""
    try:
        words = json.loads(text)
    except json.JSONDecodeError:
        words = None
    if not isinstance(words, list) or not words or not all(isinstance(w, str) for w in words):
        raise ValueError(f"{text!r} is not a JSON array of strings")
    return tuple(words)
