"""The program's stack configuration: each key declared once, as a field of Settings.

A field's camelCase name is the key (stateful-app:<key>). A key that configures a tier names the
args field it feeds (`key(WebTierArgs, "replicas")`): its default and its rule are that field's,
so the rule lives once, beside the type it checks, and StatefulApp passes the value on
(Settings.args_for). A key of the program alone declares its own default and rule. The docstring
under a field is its description: in the component package's schema, in Pulumi.yaml and in
docs/configuration.md (both generated from here by tests/config_reference.py, and checked by
tests/test_settings.py).

load() validates everything before any resource is registered and reports every bad key in one
ConfigError that names the key, the value given and what is allowed.
"""

import dataclasses
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from . import builders
from .app_users import SYNTAX as USERS_SYNTAX
from .app_users import parse_users
from .assets import AssetTierArgs, StorageMode
from .backup import CRON_SCHEDULE
from .certificates import LoadBalancerTlsArgs, TlsMode
from .checks import (
    BOOLEAN,
    DNS_LABEL,
    NOT_EMPTY,
    PINNED_IMAGE,
    PROJECT,
    QUANTITY,
    Problem,
    Rule,
    config_error,
    field_rule,
    integer,
    matches,
    parsed,
)
from .checks import ConfigError as ConfigError  # what load() raises, for its callers
from .container import ENV_NAME, ENV_SYNTAX, PORT_RANGE, Probe, parse_env, parse_words
from .database import (
    AGENT_RESOURCES,
    MIN_MONGOD_MEMORY_MIB,
    MONGO_RESOURCES,
    AntiAffinity,
    DatabaseTierArgs,
    parse_mongod_resources,
)
from .db_tls import DatabaseTlsArgs, DbTlsMode
from .exposure import Exposure
from .inputs import attribute_docs, camel, package_inputs, plain_numbers
from .loadbalancer import LoadBalancerTierArgs, ServiceType
from .placement import (
    NODE_SELECTOR,
    PRIORITY_CLASS,
    TOLERATIONS,
    Placement,
    parse_node_selector,
    parse_tolerations,
)
from .resources import SYNTAX as RESOURCES_SYNTAX
from .resources import Resources, parse_resources
from .web import WebMode, WebTierArgs


def resources_rule(default: Resources) -> Rule:
    return parsed(lambda text: parse_resources(text, default), RESOURCES_SYNTAX)


PROBE_PATH = matches(r"^/[^\s;{}'\"]*$", "an HTTP path starting with / (e.g. /healthz)")
ENV_NAME_RULE = matches(ENV_NAME.pattern, "an env var name ([-._a-zA-Z][-._a-zA-Z0-9]*)")

NGINX_IMAGE = "nginxinc/nginx-unprivileged:1.27.3-alpine"
MONGO_IMAGE = "mongo:7.0.14"
TIERS = ("web", "asset", "lb", "db")
TARGETS = "targets"  # a key's args fields, in its dataclass metadata
Target = tuple[type, str]


def key(*targets: Target, default: Any = dataclasses.MISSING, rule: Rule | None = None) -> Any:
    """A config key feeding the args fields `targets` (none: a key of the program itself). The
    default and the rule are the first target's unless given here."""
    if targets:
        cls, name = targets[0]
        if default is dataclasses.MISSING:
            default = next(f.default for f in dataclasses.fields(cls) if f.name == name)
        rule = rule or field_rule(cls, name)
    assert default is not dataclasses.MISSING and rule is not None, targets
    return dataclasses.field(default=default, metadata={"rule": rule, TARGETS: targets})


@package_inputs(all_optional=True)
@dataclass(frozen=True)
class Settings:
    """Validated stack settings; field names mirror the config keys (stateful-app:<camelCase>).

    Also StatefulApp's args: every field is optional in the component package's schema, where
    omitted ones take the stack-config defaults (see load)."""

    namespace: str = key(default=None, rule=DNS_LABEL)
    """Namespace of every object (created and labelled Pod Security restricted); unset:
    stateful-app-<stack>."""
    retain_data: bool = key(
        (AssetTierArgs, "retain_data"), (DatabaseTierArgs, "retain_credentials")
    )
    """Keep the namespace, the asset volume and the database claims and credentials on pulumi
    destroy."""
    network_policies: bool = key(default=True, rule=BOOLEAN)
    """Default-deny NetworkPolicies plus one allow per traffic path."""
    nginx_image: str = key(
        (WebTierArgs, "image"),
        (AssetTierArgs, "image"),
        (LoadBalancerTierArgs, "image"),
        default=NGINX_IMAGE,
    )
    """Unprivileged nginx image of the web, asset and load-balancer tiers."""
    web_replicas: int = key((WebTierArgs, "replicas"))
    """Web tier replicas."""
    web_autoscaling: str | None = key((WebTierArgs, "autoscaling"))
    """Web tier: a HorizontalPodAutoscaler on CPU (percent of the pods' CPU request) instead of
    webReplicas; scaleDown is its scale-down stabilization window. Unset: webReplicas pods."""
    asset_storage: StorageMode = key((AssetTierArgs, "storage"))
    """How the asset volume is provided: local (a node directory), class (a ReadWriteOnce claim)
    or shared (ReadWriteMany: NFS or a StorageClass)."""
    asset_node_label: str | None = key((AssetTierArgs, "node_label"))
    """local mode (required there): key=value label of the storage node."""
    asset_host_path: str = key((AssetTierArgs, "host_path"))
    """local mode: directory on the storage node (it must exist, like any local PV)."""
    asset_storage_class: str | None = key((AssetTierArgs, "storage_class"))
    """class mode (required there), or shared mode without NFS: the StorageClass."""
    asset_nfs_server: str | None = key((AssetTierArgs, "nfs_server"))
    """shared mode: NFS server of a static ReadWriteMany volume."""
    asset_nfs_path: str | None = key((AssetTierArgs, "nfs_path"))
    """shared mode: NFS export path."""
    asset_storage_size: str = key((AssetTierArgs, "size"))
    """Asset volume size."""
    asset_replicas: int = key((AssetTierArgs, "replicas"))
    """Asset nginx replicas; 1 with class storage (a ReadWriteOnce claim)."""
    asset_seed_files: bool = key(default=True, rule=BOOLEAN)
    """Copy the bundled cats.png into the asset volume if absent."""
    asset_path: str = key(
        (AssetTierArgs, "path_prefix"),
        (WebTierArgs, "asset_path"),
        (LoadBalancerTierArgs, "path_prefix"),
    )
    """URL prefix of the asset tier, routed by the load balancer."""
    db_members: int = key((DatabaseTierArgs, "members"))
    """MongoDB replica-set members; any change in one up (docs: database day-2 operations)."""
    db_storage_size: str = key((DatabaseTierArgs, "storage_size"))
    """Volume size per member (the oplog takes a tenth)."""
    db_storage_class: str | None = key((DatabaseTierArgs, "storage_class"))
    """StorageClass of member volumes; unset: the cluster's default class."""
    db_image: str = key((DatabaseTierArgs, "image"), default=MONGO_IMAGE)
    """MongoDB image (with mongosh), 6.0 or newer; an upgrade moves one release at a time
    (docs/database-operations.md, upgrades)."""
    db_version: str | None = key((DatabaseTierArgs, "version"))
    """MongoDB release series of dbImage (e.g. 8.0) when its tag names none (a digest alone)."""
    db_feature_compatibility_version: str | None = key(
        (DatabaseTierArgs, "feature_compatibility_version")
    )
    """Feature compatibility version to keep; unset: dbImage's series, set by the agents once
    every member runs it. Set it to keep a downgrade possible, or lower it before one."""
    db_startup_timeout: int = key((DatabaseTierArgs, "startup_timeout"))
    """Seconds mongod may take to answer after a start (recovery after an unclean stop) before
    its startup probe restarts it."""
    db_member_timeout: int = key((DatabaseTierArgs, "member_timeout"))
    """Seconds `up` waits per member for the StatefulSet (one member at a time in a rolling
    update; initial syncs): its timeouts are dbMembers x this."""
    db_credentials_rotation: int = key((DatabaseTierArgs, "credentials_rotation"))
    """Generation of the root and application users' passwords: raise it by one to rotate them
    without an outage, one step per `up` (docs/database-operations.md, rotation)."""
    db_keyfile_rotation: str = key((DatabaseTierArgs, "keyfile_rotation"))
    """Keyfile stage: n-add (members get generation n's key beside n-1's), then n (n's alone);
    each step rolls the members, one step per `up` (docs/database-operations.md, rotation)."""
    db_backup_schedule: str | None = key(default=None, rule=CRON_SCHEDULE)
    """Cron schedule of the MongoDB backup CronJob; unset: no backups."""
    db_backup_retain: int = key(default=7, rule=integer(1, 365))
    """MongoDB backup archives kept."""
    db_backup_storage_size: str = key(default="5Gi", rule=QUANTITY)
    """Size of the MongoDB backup claim."""
    db_backup_storage_class: str | None = key(default=None, rule=NOT_EMPTY)
    """StorageClass of the MongoDB backup claim; unset: the cluster's default class."""
    asset_backup_schedule: str | None = key(default=None, rule=CRON_SCHEDULE)
    """Cron schedule of the asset copy CronJob; unset: no copies."""
    asset_backup_retain: int = key(default=7, rule=integer(1, 365))
    """Asset copies kept."""
    asset_backup_storage_size: str = key(default="5Gi", rule=QUANTITY)
    """Size of the asset backup claim."""
    asset_backup_storage_class: str | None = key(default=None, rule=NOT_EMPTY)
    """StorageClass of the asset backup claim; unset: the cluster's default class."""
    db_anti_affinity: AntiAffinity = key((DatabaseTierArgs, "anti_affinity"))
    """Spread of members across nodes: required (never two on one node) or preferred."""
    db_replica_set_name: str = key((DatabaseTierArgs, "replica_set_name"))
    """Replica set name."""
    cluster_domain: str = key(
        (DatabaseTierArgs, "cluster_domain"), (LoadBalancerTierArgs, "cluster_domain")
    )
    """The cluster's DNS domain (in the database member and upstream host names)."""
    lb_service_type: ServiceType = key((LoadBalancerTierArgs, "service_type"))
    """How the load balancer is exposed."""
    lb_node_port: int | None = key((LoadBalancerTierArgs, "node_port"))
    """NodePort only: fixed node port; unset: Kubernetes picks one."""
    lb_replicas: int = key((LoadBalancerTierArgs, "replicas"))
    """Load-balancer nginx replicas."""
    lb_await_address: bool = key((LoadBalancerTierArgs, "await_address"))
    """LoadBalancer only: wait for an external address; false on clusters without a
    load-balancer controller."""
    lb_public_host: str = key((LoadBalancerTierArgs, "public_host"))
    """NodePort only: host name used in the exported URL."""
    lb_upstream_timeout: int = key((LoadBalancerTierArgs, "upstream_timeout"))
    """Seconds the load balancer waits for a web or asset pod before trying another."""
    lb_tls: TlsMode = key((LoadBalancerTlsArgs, "mode"))
    """HTTPS at the load balancer (docs/https.md): enabled needs lbTlsSecret or lbTlsGenerate."""
    lb_tls_secret: str | None = key((LoadBalancerTlsArgs, "secret"))
    """An existing kubernetes.io/tls Secret in the namespace (tls.crt, tls.key), e.g. one
    cert-manager renews; checked before anything is created."""
    lb_tls_generate: bool = key((LoadBalancerTlsArgs, "generate"))
    """Generate a CA and a server certificate with pulumi-tls (dev/test); the CA is the output
    caCertificate."""
    lb_tls_hosts: str | None = key((LoadBalancerTlsArgs, "hosts"))
    """lbTlsGenerate: more host names or IPs for the certificate (lbPublicHost or lbHostname and
    the Service's cluster names are always in it)."""
    lb_http_redirect: bool = key((LoadBalancerTierArgs, "http_redirect"))
    """With TLS: plain HTTP redirects to HTTPS, keeping the client's host."""
    lb_hsts: bool = key((LoadBalancerTierArgs, "hsts"), (LoadBalancerTlsArgs, "hsts"))
    """With TLS: Strict-Transport-Security (one year) on HTTPS answers."""
    lb_https_node_port: int | None = key(
        (LoadBalancerTierArgs, "https_node_port"), (LoadBalancerTlsArgs, "https_node_port")
    )
    """NodePort with TLS: fixed HTTPS node port; unset: Kubernetes picks one."""
    lb_expose: Exposure = key((LoadBalancerTierArgs, "expose"))
    """How clients reach the load balancer: service (its Service), ingress or gateway (an
    Ingress or a Gateway API Gateway in front of its ClusterIP Service)."""
    lb_hostname: str | None = key((LoadBalancerTierArgs, "hostname"))
    """lbExpose ingress/gateway: the host name clients use."""
    lb_ingress_class: str | None = key((LoadBalancerTierArgs, "ingress_class"))
    """lbExpose=ingress: ingressClassName; unset: the cluster's default class."""
    lb_gateway_class: str | None = key((LoadBalancerTierArgs, "gateway_class"))
    """lbExpose=gateway: gatewayClassName (required there)."""
    web_node_selector: str | None = key(default=None, rule=NODE_SELECTOR)
    """Web tier: node labels the pods require."""
    web_tolerations: str | None = key(default=None, rule=TOLERATIONS)
    """Web tier: taints the pods tolerate (no value: Exists; no effect: every effect)."""
    web_priority_class_name: str | None = key(default=None, rule=PRIORITY_CLASS)
    """Web tier: PriorityClass of the pods."""
    asset_node_selector: str | None = key(default=None, rule=NODE_SELECTOR)
    """Asset tier: node labels the pods require (local mode adds the storage node's label)."""
    asset_tolerations: str | None = key(default=None, rule=TOLERATIONS)
    """Asset tier: taints the pods tolerate (no value: Exists; no effect: every effect)."""
    asset_priority_class_name: str | None = key(default=None, rule=PRIORITY_CLASS)
    """Asset tier: PriorityClass of the pods."""
    lb_node_selector: str | None = key(default=None, rule=NODE_SELECTOR)
    """Load-balancer tier: node labels the pods require."""
    lb_tolerations: str | None = key(default=None, rule=TOLERATIONS)
    """Load-balancer tier: taints the pods tolerate (no value: Exists; no effect: every effect)."""
    lb_priority_class_name: str | None = key(default=None, rule=PRIORITY_CLASS)
    """Load-balancer tier: PriorityClass of the pods."""
    db_node_selector: str | None = key(default=None, rule=NODE_SELECTOR)
    """Database tier: node labels the members require."""
    db_tolerations: str | None = key(default=None, rule=TOLERATIONS)
    """Database tier: taints the members tolerate (no value: Exists; no effect: every effect)."""
    db_priority_class_name: str | None = key(default=None, rule=PRIORITY_CLASS)
    """Database tier: PriorityClass of the members."""

    web_image: str | None = key(default=None, rule=PINNED_IMAGE)
    """Web tier: your application's image (app mode: any container); unset: the nginx demo page
    on nginxImage."""
    web_port: int = key(default=8080, rule=integer(*PORT_RANGE))
    """Web tier, app mode: the port the container listens on."""
    web_command: str | None = key(default=None, rule=parsed(parse_words, "a JSON array"))
    """Web tier, app mode: the container's command as a JSON array; unset: the image's."""
    web_args: str | None = key(default=None, rule=parsed(parse_words, "a JSON array"))
    """Web tier, app mode: the command's arguments as a JSON array; unset: the image's."""
    web_env: str | None = key(default=None, rule=parsed(parse_env, ENV_SYNTAX))
    """Web tier, app mode: environment variables, NAME=value, NAME=secret:<name>/<key> or
    NAME=configMap:<name>/<key>, separated by ';'."""
    web_readiness_path: str = key(default="/", rule=PROBE_PATH)
    """Web tier, app mode: HTTP path of the readiness probe (every 5 s)."""
    web_liveness_path: str = key(default="/", rule=PROBE_PATH)
    """Web tier, app mode: HTTP path of the liveness probe (6 failures 10 s apart)."""
    web_database_env: str | None = key(default=None, rule=ENV_NAME_RULE)
    """Web tier, app mode: also pass the connection string in this env var (secretKeyRef); the
    guard rails' secrets-as-files and checkov's CKV_K8S_35 then report it."""
    web_resources: str = key(
        default=builders.NGINX_RESOURCES.text(), rule=resources_rule(builders.NGINX_RESOURCES)
    )
    """Web tier: requests and limits, cpu=<request>[/<limit>],memory=<request>[/<limit>]."""
    asset_resources: str = key(
        default=builders.NGINX_RESOURCES.text(), rule=resources_rule(builders.NGINX_RESOURCES)
    )
    """Asset tier: requests and limits of the nginx container."""
    lb_resources: str = key(
        default=builders.NGINX_RESOURCES.text(), rule=resources_rule(builders.NGINX_RESOURCES)
    )
    """Load-balancer tier: requests and limits of the nginx container."""
    db_resources: str = key(
        default=MONGO_RESOURCES.text(),
        rule=parsed(
            parse_mongod_resources,
            f"{RESOURCES_SYNTAX}, memory limit at least {MIN_MONGOD_MEMORY_MIB}Mi",
        ),
    )
    """Database tier: requests and limits of mongod; the memory limit sizes WiredTiger's cache
    (equal values: the member pods get Guaranteed QoS)."""
    agent_resources: str = key(default=AGENT_RESOURCES.text(), rule=resources_rule(AGENT_RESOURCES))
    """Database tier: requests and limits of the replset-agent sidecar and the membership gate."""
    db_users: str = key(default="app=app", rule=parsed(parse_users, USERS_SYNTAX))
    """Application users, name=database[:role[@db][+role...]][,...]; the first one's URI is
    what the web tier gets (root stays in the credentials Secret, for operators)."""
    db_drop_removed_users: bool = key(default=False, rule=BOOLEAN)
    """Drop a user the agents created once dbUsers no longer lists it (default: keep it)."""
    db_tls: DbTlsMode = key((DatabaseTlsArgs, "mode"))
    """TLS for database traffic (docs/database-tls.md): preferred (mongod preferTLS) or required
    (requireTLS); both need dbTlsSecret or dbTlsGenerate. Every client of the tier and the
    application's URI use TLS."""
    db_tls_secret: str | None = key((DatabaseTlsArgs, "secret"))
    """An existing Secret in the namespace holding ca.crt, tls.crt and tls.key (PEM) for the
    members; checked before anything is created."""
    db_tls_generate: bool = key((DatabaseTlsArgs, "generate"))
    """Generate a CA and a member certificate with pulumi-tls; the CA is the output
    dbCaCertificate."""

    def resources(self, tier: str) -> Resources:
        """Requests and limits of one tier (web, asset, lb, db or agent) from <tier>Resources
        (validated by load, so parsing cannot fail here)."""
        defaults = {"db": MONGO_RESOURCES, "agent": AGENT_RESOURCES}
        return parse_resources(
            getattr(self, f"{tier}_resources"), defaults.get(tier, builders.NGINX_RESOURCES)
        )

    def web_app(self) -> dict[str, Any]:
        """WebTierArgs fields of app mode from the web* keys (empty: the nginx demo)."""
        if self.web_image is None:
            return {}
        return {
            "mode": WebMode.APP,
            "image": self.web_image,
            "port": self.web_port,
            "command": parse_words(self.web_command) if self.web_command else None,
            "args": parse_words(self.web_args) if self.web_args else None,
            "env": parse_env(self.web_env or ""),
            "readiness_probe": Probe(path=self.web_readiness_path, period_seconds=5),
            "liveness_probe": Probe(path=self.web_liveness_path, failure_threshold=6),
            "database_env": self.web_database_env,
        }

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

    def args_for(self, cls: type) -> dict[str, Any]:
        """The args fields of `cls` that keys feed, with the keys' values."""
        return {
            name: getattr(self, k.field)
            for k in KEYS.values()
            for target, name in k.targets
            if target is cls
        }


def _value_type(annotation: Any) -> type:
    """int for `int | None`, and so on."""
    if isinstance(annotation, types.UnionType):
        return next(t for t in typing.get_args(annotation) if t is not type(None))
    return annotation


@dataclass(frozen=True)
class Key:
    """One config key as declared by its Settings field."""

    name: str
    field: str
    type: type
    default: Any
    rule: Rule
    description: str
    targets: tuple[Target, ...]

    def parse(self, raw: Any) -> Any:
        """The engine's string (or a package input's value) as the field's type; ValueError."""
        if self.type is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text not in ("true", "false"):
                raise ValueError(text)
            return text == "true"
        if self.type is int:
            if isinstance(raw, bool):
                raise ValueError(raw)
            return int(str(raw).strip())
        if issubclass(self.type, StrEnum):
            return self.type(str(raw).strip())
        return str(raw).strip()

    def is_unset(self, raw: Any) -> bool:
        """Not given. Pulumi.yaml declares an optional key with the default "" (0 for an
        integer), which therefore also means unset: the CLI treats a key without a default
        as required."""
        return raw is None or (self.default is None and str(raw).strip() in ("", "0"))

    @property
    def unset_marker(self) -> object:
        """What Pulumi.yaml declares as the default of an optional key."""
        return 0 if self.type is int else ""


def _keys() -> dict[str, Key]:
    docs = attribute_docs(Settings)
    return {
        camel(f.name): Key(
            name=camel(f.name),
            field=f.name,
            type=_value_type(f.type),
            default=f.default,
            rule=f.metadata["rule"],
            description=docs[f.name],
            targets=f.metadata[TARGETS],
        )
        for f in dataclasses.fields(Settings)
    }


KEYS = _keys()
"""Key name -> its declaration, in the order of the Settings fields."""


def _cross_problems(values: Mapping[str, Any]) -> list[Problem]:
    """Each tier's rules over several of its fields, under the keys' names (Problem.field is
    the key)."""
    problems: list[Problem] = []
    fed: dict[type, dict[str, str]] = {}  # args class -> field -> the key feeding it
    for k in KEYS.values():
        for cls, name in k.targets:
            fed.setdefault(cls, {})[name] = k.name
    for cls, keys in fed.items():
        if cross := getattr(cls, "cross_problems", None):
            found = cross({name: values[key] for name, key in keys.items()}, keys.__getitem__)
            problems += [Problem(keys[p.field], p.value, p.why) for p in found]
    return problems


# Keys that only app mode (webImage set) reads: the nginx demo page has its own port, command,
# environment and probes, so one of these without webImage would be dropped without a word.
APP_MODE_KEYS = (
    "webPort",
    "webCommand",
    "webArgs",
    "webEnv",
    "webReadinessPath",
    "webLivenessPath",
    "webDatabaseEnv",
)


def _nginx_mode_problems(raw: Mapping[str, Any], values: Mapping[str, Any]) -> list[Problem]:
    """The app-mode keys a stack sets while webImage is unset (the nginx demo page). A value
    equal to the key's default changes nothing (and Pulumi.yaml's defaults arrive as values)."""
    if values["webImage"] is not None:
        return []
    why = (
        "is read only with webImage (app mode: your application's container); without webImage "
        "the web tier runs the nginx demo page (port 8080, /healthz), which would ignore it: set "
        "webImage or remove this key"
    )
    given = [name for name in APP_MODE_KEYS if values[name] != KEYS[name].default]
    return [Problem(name, raw[name], why) for name in given]


# Keys that were renamed: a stack file still using the old name is told the new one.
RENAMED_KEYS = {"assetsPath": "was renamed to assetPath (every asset key starts with asset)"}


def load(raw: Mapping[str, Any], stack: str) -> Settings:
    """Validates the project's config (keys without the 'stateful-app:' prefix)."""
    problems = [
        Problem(
            name,
            value,
            RENAMED_KEYS.get(name)
            or f"is not a known key; allowed keys: {', '.join(sorted(KEYS))}",
        )
        for name, value in raw.items()
        if name not in KEYS
    ]
    values: dict[str, Any] = {}
    for name, k in KEYS.items():
        given = raw.get(name)
        if k.is_unset(given):
            values[name] = k.default
            continue
        try:
            values[name] = k.parse(given)
        except ValueError:
            problems.append(Problem(name, given, f"must be {k.rule.allowed}"))
            continue
        if why := k.rule.problem(values[name]):
            problems.append(Problem(name, given, why))
    if not problems:
        problems = _cross_problems(values) + _nginx_mode_problems(raw, values)
    if problems:
        raise config_error(problems)
    if values["namespace"] is None:
        values["namespace"] = f"{PROJECT}-{stack}"
    return Settings(**{KEYS[name].field: value for name, value in values.items()})


def revalidate(args: Settings | Mapping[str, Any], stack: str) -> Settings:
    """Settings from StatefulApp's args: a Settings, or the component package's dict of the inputs
    that were set (snake_case names). Checked by the same rules as stack config, which also supply
    the defaults of what is missing."""
    given = plain_numbers(args if isinstance(args, Mapping) else vars(args)).items()
    return load({camel(name): value for name, value in given if value is not None}, stack)


def project_config(config: Mapping[str, Any]) -> dict[str, Any]:
    """Picks this project's keys out of the engine's flat 'project:key' config map."""
    prefix = f"{PROJECT}:"
    return {name[len(prefix) :]: value for name, value in config.items() if name.startswith(prefix)}
