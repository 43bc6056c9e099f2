"""Reads and validates all stack configuration into one frozen Settings object.

Every key is declared once in KEYS (type, default, rule) and again, for the Pulumi CLI, in
Pulumi.yaml; tests/test_settings.py keeps the two in step. Validation runs before any resource is
registered and reports every bad key in one ConfigError that names the key, the value given and
what is allowed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from components.placement import (
    Placement,
    check_priority_class,
    parse_node_selector,
    parse_tolerations,
)

PROJECT = "stateful-app"

StorageMode = Literal["local", "class", "shared"]
ServiceType = Literal["NodePort", "LoadBalancer", "ClusterIP"]
AntiAffinity = Literal["required", "preferred"]

STORAGE_MODES: tuple[StorageMode, ...] = ("local", "class", "shared")
SERVICE_TYPES: tuple[ServiceType, ...] = ("NodePort", "LoadBalancer", "ClusterIP")
ANTI_AFFINITIES: tuple[AntiAffinity, ...] = ("required", "preferred")
NODE_PORT_RANGE = (30000, 32767)

_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
_QUANTITY = re.compile(r"^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$")
_LABEL_KEY = re.compile(r"^([a-z0-9.-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$")
_LABEL_VALUE = re.compile(r"^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$")


class ConfigError(ValueError):
    """Invalid stack configuration; the message lists every offending key."""


def image_problem(image: str) -> str | None:
    """Why an image reference is not pinned, or None when it is (tag or digest, never latest)."""
    if "@sha256:" in image:
        return None
    name, _, tag = image.rpartition(":")
    if not name or "/" in tag:
        return "must carry an explicit tag or digest (e.g. repo/name:1.2.3)"
    if tag == "latest":
        return "must not use the mutable 'latest' tag"
    return None


def _integer(low: int, high: int, odd: bool = False) -> Callable[[Any], tuple[Any, str | None]]:
    allowed = f"an {'odd ' if odd else ''}integer from {low} to {high}"

    def check(raw: Any) -> tuple[Any, str | None]:
        if isinstance(raw, bool):
            return raw, f"must be {allowed}"
        try:
            value = int(str(raw).strip())
        except ValueError:
            return raw, f"must be {allowed}"
        if not low <= value <= high or (odd and value % 2 == 0):
            return value, f"must be {allowed}"
        return value, None

    return check


def _boolean(raw: Any) -> tuple[Any, str | None]:
    if isinstance(raw, bool):
        return raw, None
    text = str(raw).strip().lower()
    if text in ("true", "false"):
        return text == "true", None
    return raw, "must be true or false"


def _choice(choices: tuple[str, ...]) -> Callable[[Any], tuple[Any, str | None]]:
    def check(raw: Any) -> tuple[Any, str | None]:
        value = str(raw)
        return value, None if value in choices else f"must be one of {', '.join(choices)}"

    return check


def _pattern(regex: re.Pattern[str], allowed: str) -> Callable[[Any], tuple[Any, str | None]]:
    def check(raw: Any) -> tuple[Any, str | None]:
        value = str(raw)
        return value, None if regex.match(value) else f"must be {allowed}"

    return check


def _text(raw: Any) -> tuple[Any, str | None]:
    value = str(raw).strip()
    return value, None if value else "must not be empty"


def _image(raw: Any) -> tuple[Any, str | None]:
    value = str(raw).strip()
    return value, image_problem(value)


def _node_label(raw: Any) -> tuple[Any, str | None]:
    key, sep, value = str(raw).partition("=")
    if sep and _LABEL_KEY.match(key) and _LABEL_VALUE.match(value):
        return str(raw), None
    return raw, "must be a node label as key=value (e.g. storage-node=true)"


def _parsed(parse: Callable[[str], Any], allowed: str) -> Callable[[Any], tuple[Any, str | None]]:
    """A rule whose value is what parse() makes of the text; its ValueError names the bad item."""

    def check(raw: Any) -> tuple[Any, str | None]:
        try:
            return parse(str(raw).strip()), None
        except ValueError as error:
            return raw, f"{error}; must be {allowed}"

    return check


TIERS = ("web", "asset", "lb", "db")
_PLACEMENT_RULES: dict[str, tuple[Callable[[Any], tuple[Any, str | None]], str]] = {
    "NodeSelector": (
        _parsed(parse_node_selector, "key=value[,key=value...]"),
        "node labels the pods require, as key=value[,key=value...]",
    ),
    "Tolerations": (
        _parsed(parse_tolerations, "key[=value][:NoSchedule|PreferNoSchedule|NoExecute][,...]"),
        "taints the pods tolerate, as key[=value][:Effect][,...]",
    ),
    "PriorityClassName": (
        _parsed(check_priority_class, "a PriorityClass name"),
        "PriorityClass of the pods",
    ),
}


def _placement_keys() -> dict[str, tuple[Any, Callable[[Any], tuple[Any, str | None]], str]]:
    """<tier>NodeSelector, <tier>Tolerations, <tier>PriorityClassName for every tier."""
    names = {"web": "web", "asset": "asset", "lb": "load-balancer", "db": "database"}
    return {
        f"{tier}{suffix}": (None, rule, f"{names[tier]} tier: {description}")
        for tier in TIERS
        for suffix, (rule, description) in _PLACEMENT_RULES.items()
    }


_QUANTITY_RULE = _pattern(_QUANTITY, "a Kubernetes quantity such as 512Mi or 10Gi")
_DNS_RULE = _pattern(_DNS_LABEL, "a DNS label: lowercase letters, digits and '-', at most 63")

NGINX_IMAGE = "nginxinc/nginx-unprivileged:1.27.3-alpine"
MONGO_IMAGE = "mongo:7.0.14"

# key: (default, rule, description). A default of None means "unset unless given"; Pulumi.yaml
# declares such keys with the default "" (or 0 for lbNodePort), which therefore also means unset:
# the Pulumi CLI treats a declared key without a default as required.
KEYS: dict[str, tuple[Any, Callable[[Any], tuple[Any, str | None]], str]] = {
    "namespace": (None, _DNS_RULE, "Namespace for every object (default: stateful-app-<stack>)"),
    "retainData": (False, _boolean, "Keep volumes, claims and the namespace on pulumi destroy"),
    "networkPolicies": (True, _boolean, "Default-deny NetworkPolicies with per-tier allows"),
    "nginxImage": (NGINX_IMAGE, _image, "Unprivileged nginx image for web, assets and lb"),
    "webReplicas": (2, _integer(1, 1000), "Web tier replicas"),
    "assetStorage": ("local", _choice(STORAGE_MODES), "Asset volume mode"),
    "assetNodeLabel": (None, _node_label, "local mode: label key=value of the storage node"),
    "assetHostPath": (
        "/mnt/assets",
        _pattern(re.compile(r"^/\S*$"), "an absolute path"),
        "local mode: directory on the storage node",
    ),
    "assetStorageClass": (None, _text, "class mode (or shared without NFS): StorageClass"),
    "assetNfsServer": (None, _text, "shared mode: NFS server address"),
    "assetNfsPath": (None, _pattern(re.compile(r"^/\S*$"), "an absolute path"), "NFS export"),
    "assetStorageSize": ("1Gi", _QUANTITY_RULE, "Asset volume size"),
    "assetReplicas": (1, _integer(1, 100), "Asset nginx replicas"),
    "assetSeedFiles": (True, _boolean, "Copy the bundled files into the volume if absent"),
    "dbMembers": (1, _integer(1, 7, odd=True), "MongoDB replica-set members"),
    "dbStorageSize": ("1Gi", _QUANTITY_RULE, "Volume size per member"),
    "dbStorageClass": (None, _text, "StorageClass of member volumes (default: cluster default)"),
    "dbImage": (MONGO_IMAGE, _image, "MongoDB image"),
    "dbAntiAffinity": ("preferred", _choice(ANTI_AFFINITIES), "Spread members across nodes"),
    "dbReplicaSetName": ("rs0", _DNS_RULE, "Replica set name"),
    "assetsPath": (
        "/assets/",
        _pattern(
            re.compile(r"^/([a-z0-9._-]+/)+$"), "a URL path like /assets/ (leading and trailing /)"
        ),
        "URL prefix of the asset tier, routed by the load balancer",
    ),
    "lbServiceType": ("NodePort", _choice(SERVICE_TYPES), "How the load balancer is exposed"),
    "lbNodePort": (None, _integer(*NODE_PORT_RANGE), "NodePort: fixed node port"),
    "lbReplicas": (1, _integer(1, 100), "Load-balancer nginx replicas"),
    "lbAwaitAddress": (True, _boolean, "LoadBalancer: wait for an external address"),
    "lbPublicHost": ("localhost", _text, "NodePort: host name used in the exported URL"),
    "lbUpstreamTimeout": (
        5,
        _integer(1, 3600),
        "Seconds the load balancer waits for a web or asset pod before trying another",
    ),
    **_placement_keys(),
}


@dataclass(frozen=True)
class Settings:
    """Validated stack settings; field names mirror the config keys."""

    namespace: str
    retain_data: bool
    network_policies: bool
    nginx_image: str
    web_replicas: int
    asset_storage: StorageMode
    asset_node_label: str | None
    asset_host_path: str
    asset_storage_class: str | None
    asset_nfs_server: str | None
    asset_nfs_path: str | None
    asset_storage_size: str
    asset_replicas: int
    asset_seed_files: bool
    assets_path: str
    db_members: int
    db_storage_size: str
    db_storage_class: str | None
    db_image: str
    db_anti_affinity: AntiAffinity
    db_replica_set_name: str
    lb_service_type: ServiceType
    lb_node_port: int | None
    lb_replicas: int
    lb_await_address: bool
    lb_public_host: str
    lb_upstream_timeout: int
    web_node_selector: dict[str, str] | None
    web_tolerations: tuple[Any, ...] | None
    web_priority_class_name: str | None
    asset_node_selector: dict[str, str] | None
    asset_tolerations: tuple[Any, ...] | None
    asset_priority_class_name: str | None
    lb_node_selector: dict[str, str] | None
    lb_tolerations: tuple[Any, ...] | None
    lb_priority_class_name: str | None
    db_node_selector: dict[str, str] | None
    db_tolerations: tuple[Any, ...] | None
    db_priority_class_name: str | None

    def placement(self, tier: str) -> Placement:
        """The placement of one tier (web, asset, lb or db) from its three keys."""
        if tier not in TIERS:
            raise ValueError(f"tier={tier!r}: must be one of {', '.join(TIERS)}")
        return Placement(
            node_selector=getattr(self, f"{tier}_node_selector") or {},
            tolerations=getattr(self, f"{tier}_tolerations") or (),
            priority_class_name=getattr(self, f"{tier}_priority_class_name"),
        )


def _snake(key: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", key).lower()


def _cross_checks(values: dict[str, Any]) -> list[tuple[str, Any, str]]:
    """Rules that involve more than one key: (key, value, what is allowed)."""
    problems: list[tuple[str, Any, str]] = []
    mode = values["assetStorage"]
    if mode == "local" and values["assetNodeLabel"] is None:
        problems.append(("assetNodeLabel", None, "is required when assetStorage is local"))
    if mode == "class" and values["assetStorageClass"] is None:
        problems.append(("assetStorageClass", None, "is required when assetStorage is class"))
    if mode == "class" and values["assetReplicas"] > 1:
        problems.append(
            (
                "assetReplicas",
                values["assetReplicas"],
                "must be 1 when assetStorage is class (a ReadWriteOnce claim); use shared",
            )
        )
    nfs = (values["assetNfsServer"], values["assetNfsPath"])
    if mode == "shared" and (None in nfs) and values["assetStorageClass"] is None:
        problems.append(
            (
                "assetNfsServer",
                values["assetNfsServer"],
                "shared mode needs assetNfsServer and assetNfsPath, or assetStorageClass",
            )
        )
    if values["lbNodePort"] is not None and values["lbServiceType"] != "NodePort":
        problems.append(("lbNodePort", values["lbNodePort"], "is only allowed with NodePort"))
    return problems


def unset_marker(key: str) -> object:
    """What Pulumi.yaml declares as the default of an optional key: "" or 0 for integers."""
    return 0 if key in INTEGER_OPTIONAL_KEYS else ""


INTEGER_OPTIONAL_KEYS = ("lbNodePort",)


def _is_unset(value: Any, default: Any) -> bool:
    return value is None or (default is None and str(value).strip() in ("", "0"))


def load(raw: Mapping[str, Any], stack: str) -> Settings:
    """Validates the project's config (keys without the 'stateful-app:' prefix)."""
    problems: list[tuple[str, Any, str]] = [
        (key, value, f"is not a known key; allowed keys: {', '.join(sorted(KEYS))}")
        for key, value in raw.items()
        if key not in KEYS
    ]
    values: dict[str, Any] = {}
    for key, (default, rule, _) in KEYS.items():
        if _is_unset(raw.get(key), default):
            values[key] = default
            continue
        values[key], problem = rule(raw[key])
        if problem:
            problems.append((key, raw[key], problem))
    if not problems:
        problems = _cross_checks(values)
    if problems:
        lines = [f"  {PROJECT}:{key} = {value!r}: {why}" for key, value, why in problems]
        raise ConfigError("invalid stack configuration:\n" + "\n".join(lines))
    if values["namespace"] is None:
        values["namespace"] = f"{PROJECT}-{stack}"
    return Settings(**{_snake(key): value for key, value in values.items()})


def project_config(config: Mapping[str, Any]) -> dict[str, Any]:
    """Picks this project's keys out of the engine's flat 'project:key' config map."""
    prefix = f"{PROJECT}:"
    return {key[len(prefix) :]: value for key, value in config.items() if key.startswith(prefix)}
