"""Reads and validates all stack configuration into one frozen Settings object.

Every key is declared once in KEYS (type, default, rule) and again, for the Pulumi CLI, in
Pulumi.yaml; tests/test_settings.py keeps the two in step. Validation runs before any resource is
registered and reports every bad key in one ConfigError that names the key, the value given and
what is allowed.
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .inputs import package_inputs, plain_numbers
from .mongo import MIN_VOLUME_MB, volume_megabytes
from .placement import (
    Placement,
    check_priority_class,
    parse_node_selector,
    parse_tolerations,
)

PROJECT = "stateful-app"


# String enums (not Literal): the component package's schema is inferred from these annotations,
# and Literal has no schema form; a StrEnum member also equals its plain string value.
class StorageMode(StrEnum):
    """How the asset tier's volume is provided."""

    LOCAL = "local"
    """A PV on a directory of the labelled storage node; pods pinned to that node."""
    CLASS = "class"
    """A ReadWriteOnce claim against a StorageClass."""
    SHARED = "shared"
    """A ReadWriteMany volume: a static NFS PV, or a claim against a StorageClass."""


class ServiceType(StrEnum):
    """How the load balancer's Service is exposed."""

    NODE_PORT = "NodePort"
    """A port on every node (30000-32767)."""
    LOAD_BALANCER = "LoadBalancer"
    """An external address from the cluster's load-balancer controller."""
    CLUSTER_IP = "ClusterIP"
    """Inside the cluster only."""


class AntiAffinity(StrEnum):
    """How strictly database members are spread across nodes."""

    REQUIRED = "required"
    """Never two members on one node (a member stays Pending when no node is free)."""
    PREFERRED = "preferred"
    """Spread when possible."""


STORAGE_MODES: tuple[str, ...] = tuple(StorageMode)
SERVICE_TYPES: tuple[str, ...] = tuple(ServiceType)
ANTI_AFFINITIES: tuple[str, ...] = tuple(AntiAffinity)
NODE_PORT_RANGE = (30000, 32767)

_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
_QUANTITY = re.compile(r"^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$")
_LABEL_KEY = re.compile(r"^([a-z0-9.-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$")
_LABEL_VALUE = re.compile(r"^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$")
DIGEST = re.compile(r"sha256:[0-9a-f]{64}")


class ConfigError(ValueError):
    """Invalid stack configuration; the message lists every offending key."""


def image_problem(image: str) -> str | None:
    """Why an image reference is not pinned, or None when it is (tag or digest, never latest)."""
    if "@" in image:
        name, _, digest = image.partition("@")
        if not name or not DIGEST.fullmatch(digest):
            return "digest must be @sha256: followed by 64 lowercase hex digits"
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
        for choice in choices:  # the enum member itself, not just its string
            if choice == value:
                return choice, None
        return value, f"must be one of {', '.join(choices)}"

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
    """A rule that parse() accepts the text (its ValueError names the bad item); the value stays
    the text, so Settings round-trips through load() (see revalidate)."""

    def check(raw: Any) -> tuple[Any, str | None]:
        text = str(raw).strip()
        try:
            parse(text)
        except ValueError as error:
            return raw, f"{error}; must be {allowed}"
        return text, None

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
_DNS_DOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")

# A CronJob schedule: five fields (minute hour day-of-month month day-of-week) or a macro.
_SCHEDULE = re.compile(
    r"^(@(yearly|annually|monthly|weekly|daily|hourly)|([0-9A-Za-z*/,?-]+\s+){4}[0-9A-Za-z*/,?-]+)$"
)
_SCHEDULE_RULE = _pattern(_SCHEDULE, "a cron schedule such as '0 3 * * *' or @daily")

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
    "dbBackupSchedule": (None, _SCHEDULE_RULE, "Cron schedule of MongoDB backups (default: none)"),
    "dbBackupRetain": (7, _integer(1, 365), "MongoDB backup archives kept"),
    "dbBackupStorageSize": ("5Gi", _QUANTITY_RULE, "Size of the MongoDB backup claim"),
    "dbBackupStorageClass": (None, _text, "StorageClass of the MongoDB backup claim"),
    "assetBackupSchedule": (None, _SCHEDULE_RULE, "Cron schedule of asset copies (default: none)"),
    "assetBackupRetain": (7, _integer(1, 365), "Asset copies kept"),
    "assetBackupStorageSize": ("5Gi", _QUANTITY_RULE, "Size of the asset backup claim"),
    "assetBackupStorageClass": (None, _text, "StorageClass of the asset backup claim"),
    "dbAntiAffinity": ("preferred", _choice(ANTI_AFFINITIES), "Spread members across nodes"),
    "dbReplicaSetName": ("rs0", _DNS_RULE, "Replica set name"),
    "clusterDomain": (
        "cluster.local",
        _pattern(_DNS_DOMAIN, "a DNS domain such as cluster.local"),
        "The cluster's DNS domain (in the database member host names)",
    ),
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


@package_inputs(all_optional=True)
@dataclass(frozen=True)
class Settings:
    """Validated stack settings; field names mirror the config keys (stateful-app:<camelCase>).

    Also StatefulApp's args: every field is optional in the component package's schema, where
    omitted ones take the stack-config defaults (see load)."""

    namespace: str
    """Namespace of every object (created and labelled Pod Security restricted); default
    stateful-app-<stack>."""
    retain_data: bool
    """Keep the namespace, asset volume and claims on pulumi destroy (default false)."""
    network_policies: bool
    """Default-deny NetworkPolicies plus one allow per path (default true)."""
    nginx_image: str
    """Unprivileged nginx image for web, assets and lb, pinned by tag or digest (default
    nginxinc/nginx-unprivileged:1.27.3-alpine)."""
    web_replicas: int
    """Web tier replicas, 1-1000 (default 2)."""
    asset_storage: StorageMode
    """Asset volume mode (default local)."""
    asset_node_label: str | None
    """local mode (required there): key=value label of the storage node."""
    asset_host_path: str
    """local mode: absolute directory on the storage node (default /mnt/assets)."""
    asset_storage_class: str | None
    """class mode (required there), or shared mode without NFS: the StorageClass."""
    asset_nfs_server: str | None
    """shared mode: NFS server of a static ReadWriteMany volume."""
    asset_nfs_path: str | None
    """shared mode: absolute NFS export path."""
    asset_storage_size: str
    """Asset volume size, a Kubernetes quantity (default 1Gi)."""
    asset_replicas: int
    """Asset nginx replicas, 1-100; 1 with class storage (default 1)."""
    asset_seed_files: bool
    """Copy the bundled cats.png into the volume if absent (default true)."""
    assets_path: str
    """URL prefix routed to the asset tier, like /assets/ (default /assets/)."""
    db_members: int
    """MongoDB replica-set members, odd, 1-7 (default 1)."""
    db_storage_size: str
    """Volume size per member, a Kubernetes quantity (default 1Gi)."""
    db_storage_class: str | None
    """StorageClass of member volumes (default: the cluster's default class)."""
    db_image: str
    """MongoDB image with mongosh, pinned (default mongo:7.0.14)."""
    db_backup_schedule: str | None
    """Cron schedule of the MongoDB backup CronJob (default: no backups)."""
    db_backup_retain: int
    """MongoDB backup archives kept, 1-365 (default 7)."""
    db_backup_storage_size: str
    """Size of the MongoDB backup claim, a Kubernetes quantity (default 5Gi)."""
    db_backup_storage_class: str | None
    """StorageClass of the MongoDB backup claim (default: the cluster's default class)."""
    asset_backup_schedule: str | None
    """Cron schedule of the asset copy CronJob (default: no copies)."""
    asset_backup_retain: int
    """Asset copies kept, 1-365 (default 7)."""
    asset_backup_storage_size: str
    """Size of the asset backup claim, a Kubernetes quantity (default 5Gi)."""
    asset_backup_storage_class: str | None
    """StorageClass of the asset backup claim (default: the cluster's default class)."""
    db_anti_affinity: AntiAffinity
    """Spread of members across nodes (default preferred)."""
    db_replica_set_name: str
    """Replica set name, a DNS label (default rs0)."""
    cluster_domain: str
    """The cluster's DNS domain in Service host names (default cluster.local)."""
    lb_service_type: ServiceType
    """How the load balancer is exposed (default NodePort)."""
    lb_node_port: int | None
    """NodePort only: fixed node port, 30000-32767 (default: Kubernetes picks)."""
    lb_replicas: int
    """Load-balancer nginx replicas, 1-100 (default 1)."""
    lb_await_address: bool
    """LoadBalancer only: wait for an external address (default true); false on
    clusters without a load-balancer controller."""
    lb_public_host: str
    """NodePort only: host name used in the exported URL (default localhost)."""
    lb_upstream_timeout: int
    """Seconds the load balancer waits for a pod before retrying another, 1-3600 (default 5)."""
    web_node_selector: str | None
    """Web tier: node labels the pods require, key=value[,key=value...]."""
    web_tolerations: str | None
    """Web tier: taints the pods tolerate, key[=value][:Effect][,...]."""
    web_priority_class_name: str | None
    """Web tier: PriorityClass of the pods."""
    asset_node_selector: str | None
    """Asset tier: node labels the pods require (local mode adds the storage node's label)."""
    asset_tolerations: str | None
    """Asset tier: taints the pods tolerate, key[=value][:Effect][,...]."""
    asset_priority_class_name: str | None
    """Asset tier: PriorityClass of the pods."""
    lb_node_selector: str | None
    """Load-balancer tier: node labels the pods require, key=value[,key=value...]."""
    lb_tolerations: str | None
    """Load-balancer tier: taints the pods tolerate, key[=value][:Effect][,...]."""
    lb_priority_class_name: str | None
    """Load-balancer tier: PriorityClass of the pods."""
    db_node_selector: str | None
    """Database tier: node labels the members require, key=value[,key=value...]."""
    db_tolerations: str | None
    """Database tier: taints the members tolerate, key[=value][:Effect][,...]."""
    db_priority_class_name: str | None
    """Database tier: PriorityClass of the members."""

    def placement(self, tier: str) -> Placement:
        """The placement of one tier (web, asset, lb or db) from its three keys (validated by
        load, so parsing cannot fail here)."""
        if tier not in TIERS:
            raise ValueError(f"tier={tier!r}: must be one of {', '.join(TIERS)}")
        return Placement(
            node_selector=parse_node_selector(getattr(self, f"{tier}_node_selector") or ""),
            tolerations=parse_tolerations(getattr(self, f"{tier}_tolerations") or ""),
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
    if volume_megabytes(values["dbStorageSize"]) < MIN_VOLUME_MB:
        problems.append(
            (
                "dbStorageSize",
                values["dbStorageSize"],
                f"must be at least {MIN_VOLUME_MB}Mi (data, journal and the oplog share it)",
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


def _camel(name: str) -> str:
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)


def revalidate(args: Settings | Mapping[str, Any], stack: str) -> Settings:
    """Settings from StatefulApp's args: a Settings, or the component package's dict of the inputs
    that were set (snake_case names). Checked by the same rules as stack config, which also supply
    the defaults of what is missing."""
    given = plain_numbers(args if isinstance(args, Mapping) else vars(args)).items()
    return load({_camel(key): value for key, value in given if value is not None}, stack)


def project_config(config: Mapping[str, Any]) -> dict[str, Any]:
    """Picks this project's keys out of the engine's flat 'project:key' config map."""
    prefix = f"{PROJECT}:"
    return {key[len(prefix) :]: value for key, value in config.items() if key.startswith(prefix)}
