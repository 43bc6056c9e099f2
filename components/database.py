"""Database tier: a MongoDB replica set in a StatefulSet behind a headless Service.

Data safety: the StatefulSet, its Service and its volumeClaimTemplate have explicit, stable names,
so member volumes are always data-<name>-<i>. The PVC retention policy keeps every claim when the
StatefulSet is deleted or replaced (whenDeleted: Retain), and deletes the claims of members a
scale-down removed (whenScaled: Delete): the membership gate has taken those members out of the
replica set first, and a copy kept that long could only be too stale to rejoin, so a later
scale-up starts them with an initial sync instead.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

import pulumi
import pulumi_kubernetes as k8s
import pulumi_random as random

from . import app_users, builders, db_tls, db_version, mongo, rotation
from .app_users import (
    PASSWORD_KEY_PREFIX,
    USERS_FILE,
    AppUser,
    check_users,
    coerce_users,
    users_file,
)
from .backup import BACKUP_PASSWORD_KEY, BACKUP_SECRETS_DIR, BACKUP_USER
from .checks import (
    BOOLEAN,
    DNS_DOMAIN,
    DNS_LABEL,
    NOT_EMPTY,
    PINNED_IMAGE,
    QUANTITY,
    Namer,
    Problem,
    Rule,
    checked,
    integer,
    one_of,
    ruled,
    validate,
)
from .db_tls import DatabaseTls
from .db_version import FCV_ANNOTATION, OLDEST, SERIES_SYNTAX, VERSION_ANNOTATION, Series
from .inputs import from_inputs, package_inputs
from .outputs import register_declared
from .placement import Placement
from .resources import Resources, parse_resources, quantity
from .resources import checked as checked_resources
from .volumes import MemberGrowth, grow_member_claims

DATA_VOLUME = "data"
# mongod runs as any uid (the image's entrypoint switches user only when started as root); a uid
# and group >= 10000 stay clear of host users (checkov CKV_K8S_40); fsGroup makes volumes writable.
MONGO_USER = 10001
MONGO_RESOURCES = builders.Resources("250m", "512Mi", "1", "1Gi")
# mongod's smallest memory limit: the 0.25 GB cache floor, the probes and mongod's own memory
# (connections, the oplog's buffers) need about this much before the cache grows past its floor.
MIN_MONGOD_MEMORY_MIB = 1024
# Measured (make bench-agent, docs/database-operations.md): mongosh 2.3.1 running the agent
# holds ~120 MiB RSS, peaks at ~135 MiB (the gate ~130) with the 64 MiB heap cap; without the
# cap V8 let it reach ~275 MiB.
# The limit covers even that, in case the image's single-binary mongosh ignores NODE_OPTIONS.
AGENT_RESOURCES = builders.Resources("20m", "160Mi", "500m", "320Mi")
PULL_POLICY = "IfNotPresent"
# A stopping member: the preStop step-down (up to STEP_DOWN_CATCH_UP_SECONDS for a secondary to
# catch up, then an election), then mongod's own SIGTERM shutdown, which waits up to 15 s for
# operations (shutdownTimeoutMillisForSignaledShutdown) and writes a final checkpoint. The 30 s
# this tier used to allow could cut that checkpoint short and turn every restart into a recovery.
TERMINATION_GRACE_SECONDS = 90
# pulumi-kubernetes waits again on an existing Job that is not Complete (a failed gate) instead of
# re-running it; with this annotation its Diff reads the live Job and, unless it is Complete,
# schedules a replacement (provider.go, Diff: metadata.ReplaceUnready), so the next `up` runs a
# fresh gate. A Complete gate stays as it is: an unchanged member list re-runs nothing.
REPLACE_UNREADY = {"pulumi.com/replaceUnready": "true"}


# A string enum (not Literal): the component package's schema is inferred from the annotations,
# and Literal has no schema form; a StrEnum member also equals its plain string value.
class AntiAffinity(StrEnum):
    """How strictly database members are spread across nodes."""

    REQUIRED = "required"
    """Never two members on one node (a member stays Pending when no node is free)."""
    PREFERRED = "preferred"
    """Spread when possible."""


def _member_volume_problem(size: str) -> str | None:
    if problem := QUANTITY.problem(size):
        return problem
    try:
        megabytes = mongo.volume_megabytes(size)
    except ValueError as error:
        return str(error)
    if megabytes < mongo.MIN_VOLUME_MB:
        return (
            f"must be at least {mongo.MIN_VOLUME_MB}Mi (data, journal, diagnostics and the "
            "oplog share it)"
        )
    return None


def mongod_memory_problem(resources: Resources) -> str | None:
    """Why mongod's resources leave WiredTiger too little memory, or None."""
    if resources.problem() is not None:
        return None  # reported by the resources' own check
    if float(quantity(resources.memory_limit)) / 2**20 >= MIN_MONGOD_MEMORY_MIB:
        return None
    return (
        f"the memory limit must be at least {MIN_MONGOD_MEMORY_MIB}Mi: WiredTiger's smallest "
        f"cache ({mongo.MIN_CACHE_GB} GB), two probes' mongosh ({mongo.PROBE_RESERVE_MIB}Mi) "
        "and mongod's own memory share it"
    )


def parse_mongod_resources(text: str) -> Resources:
    """mongod's resources from the stack-config text form; ValueError names what is wrong."""
    resources = parse_resources(text, MONGO_RESOURCES)
    if why := mongod_memory_problem(resources):
        raise ValueError(why)
    return resources


MEMBER_VOLUME = Rule(
    f"{QUANTITY.allowed}, at least {mongo.MIN_VOLUME_MB}Mi", _member_volume_problem
)
SERIES = Rule(f"{SERIES_SYNTAX}, {OLDEST} or newer", db_version.series_problem)
# Startup probe budget: how long mongod may take to answer after a start. After an unclean stop
# WiredTiger replays the journal written since its last checkpoint (60 s apart) and mongod then
# applies the oplog past the stable timestamp, which on a busy, large member outlasts the 300 s
# this tier used to allow (the probe then killed mongod mid-recovery, in a loop). 15 minutes by
# default; a stack with a large or write-heavy set raises it (dbStartupTimeout).
STARTUP_TIMEOUT = 900
# How long `up` waits per member for the StatefulSet: a rolling update replaces members one at a
# time and each may recover (the startup budget) and catch up; a new member runs an initial sync.
# The StatefulSet's customTimeouts are members x this (Pulumi's 10-minute default failed a
# 7-member rolling update that was converging fine).
MEMBER_TIMEOUT = 1200
TIMEOUT_SECONDS = integer(60, 86400)


@dataclass(frozen=True)
class KeptCredentials:
    """Root password and keyfile read back from a credentials Secret kept by an earlier deploy."""

    root_password: pulumi.Input[str]
    keyfile: pulumi.Input[str]
    user_passwords: Mapping[str, pulumi.Input[str]] = field(default_factory=dict)
    """Application user name -> password (a user added since has none yet: it gets a new one)."""
    backup_password: pulumi.Input[str] | None = None
    """The backup user's, from its own kept Secret (components/backup.py), if there was one."""
    credentials_rotation: int = 0
    """The password generation root_password belongs to (components/rotation.py)."""
    previous_root_password: pulumi.Input[str] | None = None
    """Root's password of generation rotation - 1, if the Secret held one."""
    keyfile_stage: str = "0"
    """The keyfile stage `keyfile` was written for."""

    def root_passwords(self) -> dict[int, pulumi.Input[str]]:
        """Generation -> root's password, as far as the kept Secret holds them."""
        n = self.credentials_rotation
        found = {n: self.root_password}
        if self.previous_root_password is not None and n > 0:
            found[n - 1] = self.previous_root_password
        return found

    def keys(self) -> dict[int, str]:
        """Generation -> keyfile key, as far as the kept keyfile holds them."""
        stage = rotation.KeyfileStage.parse(self.keyfile_stage)
        keys = rotation.keyfile_keys(str(self.keyfile))
        return dict(zip(stage.generations(), keys, strict=False))


@package_inputs()
@dataclass
class DatabaseTierArgs:
    namespace: pulumi.Input[str]
    """Namespace of every object of the tier."""
    image: str = field(metadata=ruled(PINNED_IMAGE))
    """MongoDB image (with mongosh), pinned by tag or digest (repo/name@sha256:...)."""
    members: int = checked(1, integer(1, mongo.MAX_MEMBERS, odd=True))
    """Replica-set members: an odd number, so a majority always exists."""
    storage_size: str = checked("1Gi", MEMBER_VOLUME)
    """Volume size per member (from volumeClaimTemplates). The oplog takes 10%."""
    storage_class: str | None = checked(None, NOT_EMPTY)
    """StorageClass of member volumes; None uses the cluster's default class."""
    replica_set_name: str = checked("rs0", DNS_LABEL)
    """The replica set's name (--replSet)."""
    anti_affinity: AntiAffinity = checked(AntiAffinity.PREFERRED, one_of(AntiAffinity))
    """required: never two members on one node; preferred: spread when possible."""
    placement: Placement = field(default_factory=Placement)
    """Node selector, tolerations and priority class of the members."""
    object_name: str = "db"
    """Name of the StatefulSet and headless Service: members are <name>-<i>.<name>."""
    cluster_domain: str = checked("cluster.local", DNS_DOMAIN)
    """The cluster's DNS domain, used in the member host names."""
    retain_credentials: bool = checked(False, BOOLEAN)
    """Keep the credentials Secret on destroy (with kept volumes: the users on them need it).
    retain_* says what a destroy will keep; kept_* is what an earlier destroy kept."""
    kept_credentials: KeptCredentials | None = None
    """Credentials of a Secret an earlier destroy kept, reused instead of generated ones
    (read by components/kept_credentials.py)."""
    resources: Resources = MONGO_RESOURCES
    """Requests and limits of mongod (default 250m/1 CPU, 512Mi/1Gi memory; the memory limit
    sizes WiredTiger's cache). Requests equal to limits give the member pods Guaranteed QoS."""
    users: Sequence[AppUser] = (AppUser("app", "app"),)
    """Application users (name, database, roles; readWrite on their own database by default),
    created and reconciled by the agent; the first one's URI is connection_string. Root stays
    in the credentials Secret, for operators."""
    drop_removed_users: bool = False
    """Drop a user the agent created once it is no longer listed (default: keep it, and say so
    in the agent's status)."""
    agent_resources: Resources = AGENT_RESOURCES
    """Requests and limits of the replset-agent sidecar and the membership gate (default
    20m/500m CPU, 160Mi/320Mi memory: mongosh's measured peak is ~135 MiB)."""
    version: str | None = checked(None, SERIES)
    """MongoDB release series of the image (major.minor, e.g. 8.0) when its tag does not name
    one (an image pinned by digest alone); otherwise it must match the tag."""
    feature_compatibility_version: str | None = checked(None, SERIES)
    """Feature compatibility version the agents keep the set at; None: the image's series, set
    once every member runs it. Set it to hold the FCV after an upgrade (a downgrade stays
    possible) or to lower it before a downgrade (docs/database-operations.md, upgrades)."""
    startup_timeout: int = checked(STARTUP_TIMEOUT, TIMEOUT_SECONDS)
    """Seconds mongod may take to answer after a start (recovery after an unclean stop) before
    the startup probe restarts it."""
    member_timeout: int = checked(MEMBER_TIMEOUT, TIMEOUT_SECONDS)
    """Seconds `up` waits per member for the StatefulSet (rolling updates go one member at a
    time; a new member runs an initial sync): its create/update timeouts are members x this."""
    credentials_rotation: int = checked(0, rotation.CREDENTIALS_ROTATION)
    """Generation of the root and application users' passwords: one more generates new ones,
    which the agents put in force without an outage (docs/database-operations.md, rotation)."""
    keyfile_rotation: str = checked("0", rotation.KEYFILE_STAGE)
    """Keyfile stage: n-add puts generation n's key beside n-1's, then n leaves it alone; each
    step rolls the members (docs/database-operations.md, rotation)."""

    @staticmethod
    def cross_problems(args: Mapping[str, Any], name: Namer) -> list[Problem]:
        """The image's release series, the FCV it allows, and the two waits (name: how the
        caller calls each field)."""
        problems = []
        image, version = args["image"], args["version"]
        tagged = db_version.image_series(image) if isinstance(image, str) else None
        series = Series.parse(version) if version is not None else tagged
        if series is None:
            why = (
                f"its tag names no MongoDB release series (e.g. mongo:8.0.4, or a digest after "
                f"such a tag): set {name('version')}"
            )
            problems.append(Problem("image", image, why))
        elif version is not None and tagged is not None and tagged != series:
            why = f"must match the release series the tag of {name('image')} names ({tagged})"
            problems.append(Problem("version", version, why))
        elif version is None and (old := db_version.series_problem(str(series))):
            problems.append(Problem("image", image, f"is MongoDB {series}: {old}"))
        fcv = args["feature_compatibility_version"]
        if series and fcv is not None and not series.accepts(Series.parse(fcv)):
            why = f"must be from {series.lowest_fcv} to {series} for MongoDB {series}"
            problems.append(Problem("feature_compatibility_version", fcv, why))
        startup, member = args["startup_timeout"], args["member_timeout"]
        if member < startup:
            why = (
                f"must be at least {name('startup_timeout')} ({startup}): `up` would stop "
                f"waiting for a member before its startup probe does"
            )
            problems.append(Problem("member_timeout", member, why))
        resources = args.get("resources")
        if isinstance(resources, Resources) and (memory := mongod_memory_problem(resources)):
            problems.append(Problem("resources", resources.text(), memory))
        return problems

    def series(self) -> Series:
        """The release series of the image (validated: the tag's, or `version`)."""
        if self.version is not None:
            return Series.parse(self.version)
        found = db_version.image_series(self.image)
        assert found, "validated: the tag names a series"
        return found

    def target_fcv(self) -> Series:
        """The FCV the agents drive the set to."""
        fcv = self.feature_compatibility_version
        return Series.parse(fcv) if fcv is not None else self.series()


def credentials_secret_name(object_name: str) -> str:
    """The Secret holding the root password and keyfile (kept on destroy with kept data)."""
    return f"{object_name}-credentials"


def gate_selector(object_name: str) -> dict[str, str]:
    """Labels of the membership gate's pods (not selected by the member Service)."""
    return builders.selector_labels("mongodb", f"{object_name}-gate")


def _env(name: str, value: str) -> k8s.core.v1.EnvVarArgs:
    return k8s.core.v1.EnvVarArgs(name=name, value=value)


def _mount(name: str, path: str, read_only: bool = False) -> k8s.core.v1.VolumeMountArgs:
    return k8s.core.v1.VolumeMountArgs(name=name, mount_path=path, read_only=read_only)


# Readable by the fsGroup, which mongod and mongosh run in.
_secret_volume = builders.secret_file_volume


def _mongosh_conf_mount() -> k8s.core.v1.VolumeMountArgs:
    return builders.file_mount("scripts", mongo.MONGOSH_CONF_FILE, mongo.MONGOSH_GLOBAL_CONFIG)


def _config_map_volume(name: str, config_map: pulumi.Input[str]) -> k8s.core.v1.VolumeArgs:
    return k8s.core.v1.VolumeArgs(
        name=name, config_map=k8s.core.v1.ConfigMapVolumeSourceArgs(name=config_map)
    )


PASSWORD_FILE = f"{mongo.SECRETS_DIR}/{mongo.PASSWORD_KEY}"
# The agent's view of the credentials Secret: user-<name> is that application user's password.
USER_PASSWORDS_DIR = "/etc/mongo-users"
PREVIOUS_PASSWORD_FILE = f"{USER_PASSWORDS_DIR}/{rotation.PREVIOUS_PASSWORD_KEY}"


class DatabaseTier(pulumi.ComponentResource):
    """MongoDB replica set with stable member names, one volume per member, generated
    credentials, automatic initiation and membership (components/replset_agent.js), and a
    membership gate (components/replset_gate.js) that every StatefulSet change waits for."""

    service_name: pulumi.Output[str]
    """Name of the headless Service the members are reached through."""
    hosts: pulumi.Output[list[str]]
    """host:port of every member (<name>-<i>.<name>.<namespace>.svc.cluster.local:27017)."""
    replica_set_name: pulumi.Output[str]
    """The replica set's name."""
    connection_string: pulumi.Output[str]
    """mongodb:// URI of the first application user: every member, its database in the path,
    authSource that database (secret)."""
    connection_secret_name: pulumi.Output[str]
    """Name of the Secret whose key `uri` holds connection_string (give it to WebTier)."""
    user_connection_secrets: pulumi.Output[dict[str, str]]
    """Application user name -> the Secret whose key `uri` is that user's URI (one per app)."""

    def __init__(
        self,
        name: str,
        args: DatabaseTierArgs,
        opts: pulumi.ResourceOptions | None = None,
        growth: MemberGrowth | None = None,
        backup_secret: pulumi.Input[str] | None = None,
        oplog_mb: int | None = None,
        tls: DatabaseTls | None = None,
    ) -> None:
        """growth: existing member claims to grow before the StatefulSet is replaced (decided
        from the live cluster by components.volumes.plan); backup_secret: a Secret whose
        `backup-password` the agents keep a backup-role user at (docs/data-operations.md);
        oplog_mb: the --oplogSize the live members run with (components.volumes.plan), else 10%
        of storage_size. mongod reads it only when it creates the oplog, so a grown volume keeps
        it: a new value would only change the pod template and restart every member.
        tls: TLS for members and clients (components/db_tls.py); None: plain connections."""
        args = from_inputs(DatabaseTierArgs, args)
        validate(args)
        args = replace(
            args,
            resources=checked_resources(args.resources, "resources"),
            agent_resources=checked_resources(args.agent_resources, "agent_resources"),
            users=coerce_users(args.users),
        )
        check_users(args.users)
        super().__init__("stateful-app:index:DatabaseTier", name, None, opts)
        self._name, self._args, self._growth = name, args, growth
        self._backup_secret = backup_secret
        self._tls = tls
        self._oplog_mb = oplog_mb or mongo.oplog_size_mb(args.storage_size)
        child = pulumi.ResourceOptions(parent=self)
        obj = args.object_name
        self._labels = builders.labels("mongodb", obj, "database", args.image)
        self.pod_selector = builders.selector_labels("mongodb", obj)
        self.gate_selector = gate_selector(obj)

        credentials, user_passwords = self._credentials()
        self._credentials_secret = credentials.metadata.name
        self.hosts = self._hosts(args.members)
        members = k8s.core.v1.ConfigMap(
            f"{name}-members",
            metadata=builders.metadata(f"{obj}-members", args.namespace, self._labels),
            data={
                mongo.MEMBERS_FILE: self.hosts.apply(lambda hosts: "\n".join(hosts) + "\n"),
                USERS_FILE: users_file(args.users, args.drop_removed_users),
                # Read every pass like the member list: a new target FCV restarts nothing.
                mongo.FCV_FILE: f"{args.target_fcv()}\n",
            },
            opts=child,
        )
        scripts = k8s.core.v1.ConfigMap(
            f"{name}-scripts",
            metadata=builders.metadata(None, args.namespace, self._labels),
            data={
                mongo.AGENT_FILE: mongo.AGENT_JS,
                mongo.GATE_FILE: mongo.GATE_JS,
                mongo.USERS_SCRIPT: mongo.USERS_JS,
                mongo.MONGOSH_CONF_FILE: mongo.MONGOSH_CONF,
            },
            immutable=True,
            opts=child,
        )
        self._scripts = scripts.metadata.name
        service = k8s.core.v1.Service(
            f"{name}-service",
            metadata=builders.metadata(obj, args.namespace, self._labels),
            spec=k8s.core.v1.ServiceSpecArgs(
                cluster_ip="None",
                # Members must resolve each other before any is Ready (see components/mongo.py).
                publish_not_ready_addresses=True,
                selector=self.pod_selector,
                ports=[k8s.core.v1.ServicePortArgs(name="mongodb", port=mongo.PORT)],
            ),
            opts=child,
        )
        gate = self._gate(members, service)
        self.statefulset = self._statefulset(service, members, gate)
        if args.members >= 3:
            k8s.policy.v1.PodDisruptionBudget(
                f"{name}-pdb",
                metadata=builders.metadata(obj, args.namespace, self._labels),
                spec=k8s.policy.v1.PodDisruptionBudgetSpecArgs(
                    min_available=args.members // 2 + 1,
                    selector=k8s.meta.v1.LabelSelectorArgs(match_labels=self.pod_selector),
                ),
                opts=child,
            )
        uris, secrets = self._user_connections(user_passwords)
        first = args.users[0].name
        self.connection_string = uris[first]
        self.user_connection_secrets = pulumi.Output.all(**secrets)
        self.service_name = service.metadata.name
        self.replica_set_name = pulumi.Output.from_input(args.replica_set_name)
        self.connection_secret_name = secrets[first]
        register_declared(self)

    def _hosts(self, count: int) -> pulumi.Output[list[str]]:
        args = self._args
        return pulumi.Output.from_input(args.namespace).apply(
            lambda ns: mongo.member_hosts(
                args.object_name, args.object_name, ns, count, args.cluster_domain
            )
        )

    def _user_connections(
        self, passwords: Mapping[str, pulumi.Output[str]]
    ) -> tuple[dict[str, pulumi.Output[str]], dict[str, pulumi.Output[str]]]:
        """Per application user: its URI (secret) and the Secret holding it as key `uri`
        (<object>-connection for the first user, <object>-connection-<user> for the others)."""
        args = self._args
        uris: dict[str, pulumi.Output[str]] = {}
        secrets: dict[str, pulumi.Output[str]] = {}
        for i, user in enumerate(args.users):

            def uri_of(values: list[Any], user: AppUser = user) -> str:
                uri = app_users.connection_string(user, values[1], values[0], args.replica_set_name)
                return db_tls.client_uri(uri, self._tls.client_ca_file) if self._tls else uri

            uri: pulumi.Output[str] = pulumi.Output.secret(
                pulumi.Output.all(self.hosts, passwords[user.name]).apply(uri_of)
            )
            suffix = "" if i == 0 else f"-{user.name}"
            secret = k8s.core.v1.Secret(
                f"{self._name}-connection{suffix}",
                metadata=builders.metadata(
                    f"{args.object_name}-connection{suffix}", args.namespace, self._labels
                ),
                string_data={
                    "uri": uri,
                    # The CA the URI's tlsCAFile names: WebTier mounts it beside the URI.
                    **({db_tls.CA_KEY: self._tls.ca_certificate} if self._tls else {}),
                },
                opts=pulumi.ResourceOptions(parent=self),
            )
            uris[user.name], secrets[user.name] = uri, secret.metadata.name
        return uris, secrets

    def _credentials(self) -> tuple[k8s.core.v1.Secret, dict[str, pulumi.Output[str]]]:
        """The root password (and, after a rotation, the previous generation's), keyfile and
        application users' passwords: pulumi-random results, or those of a kept Secret (a prod
        re-deploy over kept volumes, whose users were created with them) for the generations it
        holds (components/rotation.py). Returns the Secret and each application user's password."""
        args, child = self._args, pulumi.ResourceOptions(parent=self)
        kept = args.kept_credentials
        n = args.credentials_rotation
        kept_root = kept.root_passwords() if kept else {}
        generated_root = rotation.generated(f"{self._name}-root-password", n, 32, child)

        def root_of(generation: int) -> pulumi.Output[str]:
            return pulumi.Output.secret(kept_root.get(generation) or generated_root[generation])

        root, previous = root_of(n), root_of(n - 1) if n else None
        stage = rotation.KeyfileStage.parse(args.keyfile_rotation)
        kept_keys = kept.keys() if kept else {}
        generated_keys = rotation.generated(f"{self._name}-keyfile", stage.generation, 756, child)
        keys = [kept_keys.get(g) or generated_keys[g] for g in stage.generations()]
        key: pulumi.Output[str] = pulumi.Output.secret(
            pulumi.Output.all(*keys).apply(rotation.keyfile_text)
        )
        users = {}
        # Application users need no previous password: root sets theirs (replset_users.js).
        keepers = {"generation": str(n)} if n else None
        for user in args.users:
            generated = random.RandomPassword(
                f"{self._name}-user-{user.name}", length=32, special=False, keepers=keepers,
                opts=child,
            ).result  # fmt: skip
            kept_password = kept.user_passwords.get(user.name) if kept else None
            if kept and kept.credentials_rotation != n:
                kept_password = None  # a rotation: the new generation's
            users[user.name] = pulumi.Output.secret(kept_password) if kept_password else generated
        recorded = {rotation.ROTATION_KEY: str(n), rotation.KEYFILE_STAGE_KEY: str(stage)}
        secret = k8s.core.v1.Secret(
            f"{self._name}-credentials",
            metadata=builders.metadata(
                credentials_secret_name(args.object_name), args.namespace, self._labels
            ),
            string_data={
                mongo.PASSWORD_KEY: root,
                **({rotation.PREVIOUS_PASSWORD_KEY: previous} if previous is not None else {}),
                "keyfile": key,
                **{PASSWORD_KEY_PREFIX + name: pw for name, pw in users.items()},
                **(recorded if n or stage != rotation.KeyfileStage(0) else {}),
            },
            opts=pulumi.ResourceOptions(parent=self, retain_on_delete=args.retain_credentials),
        )
        return secret, users

    def _container(
        self, name: str, resources: builders.Resources, **fields: object
    ) -> k8s.core.v1.ContainerArgs:
        """A container of the MongoDB image: restricted, pulled only when absent."""
        return k8s.core.v1.ContainerArgs(
            name=name,
            image=self._args.image,
            image_pull_policy=PULL_POLICY,
            resources=resources.args(),
            security_context=builders.container_security(),
            **fields,  # type: ignore[arg-type]
        )

    def _member_pod_resources(self, resources: builders.Resources) -> builders.Resources:
        """A member pod's other containers (agent, keyfile copy): with mongod's requests equal to
        its limits, theirs are raised to their limits too, so the pod gets Guaranteed QoS (every
        container must have it), the last to be evicted or OOM-killed under node pressure."""
        return resources.as_guaranteed() if self._args.resources.guaranteed else resources

    def _pod_spec(
        self, containers: list[k8s.core.v1.ContainerArgs], volumes: list[k8s.core.v1.VolumeArgs]
    ) -> dict[str, object]:
        """Pod-level fields shared by the members and the gate Job (which runs where the members
        may: a dedicated or tainted pool)."""
        return {
            **Placement.of(self._args.placement).pod_spec_fields(),
            "automount_service_account_token": False,
            "security_context": builders.pod_security(
                MONGO_USER, fs_group=MONGO_USER, fs_group_change_policy="OnRootMismatch"
            ),
            "containers": containers,
            "volumes": volumes,
        }

    def _gate(
        self, members: k8s.core.v1.ConfigMap, service: k8s.core.v1.Service
    ) -> k8s.batch.v1.Job:
        """A Job that passes once no member outside the new list is in the set (the agents
        remove them); the StatefulSet depends on it, so a scale-down never deletes the pod of a
        member the set still counts on. Auto-named: a new member list replaces (re-runs) it, and
        so does the next `up` after a failed or unfinished run (REPLACE_UNREADY)."""
        args = self._args
        candidates = self._hosts(mongo.MAX_MEMBERS)
        labels = {
            **self._labels,
            **gate_selector(args.object_name),
            "app.kubernetes.io/component": "database-gate",
        }
        container = self._container(
            "membership-gate",
            args.agent_resources,
            command=mongo.gate_command(),
            env=[
                _env("DESIRED_MEMBERS", self.hosts.apply(",".join)),  # type: ignore[arg-type]
                _env("CANDIDATE_MEMBERS", candidates.apply(",".join)),  # type: ignore[arg-type]
                _env("PASSWORD_FILE", PASSWORD_FILE),
                _env("GATE_TIMEOUT_MS", str(mongo.GATE_TIMEOUT_MS)),
                # The FCVs the image about to roll out starts on (components/db_version.py).
                _env("FCV_LOWEST", str(args.series().lowest_fcv)),
                _env("FCV_HIGHEST", str(args.series())),
                # A new password generation re-runs the gate, which authenticates with the
                # current password only: `up` returns once the agents have put it in force, and
                # the StatefulSet records the generation (the next rotation's check) only then.
                *(
                    [_env("CREDENTIALS_ROTATION", str(args.credentials_rotation))]
                    if args.credentials_rotation
                    else []
                ),
                _env("HOME", mongo.LONG_RUNNING_MONGOSH_HOME),
                _env("NODE_OPTIONS", mongo.MONGOSH_NODE_OPTIONS),
                *self._tls_env(),
            ],
            volume_mounts=[
                _mount("scripts", mongo.SCRIPTS_DIR, read_only=True),
                _mongosh_conf_mount(),
                _mount("credentials", mongo.SECRETS_DIR, read_only=True),
                builders.tmp_mount(),
                *self._tls_ca_mounts(),
            ],
        )
        volumes = [
            _config_map_volume("scripts", self._scripts),
            _secret_volume("credentials", self._credentials_secret, mongo.PASSWORD_KEY),
            builders.tmp_volume(),
            *self._tls_volumes(pem=False),
        ]
        metadata = builders.metadata(None, args.namespace, labels)
        metadata.annotations = REPLACE_UNREADY
        return k8s.batch.v1.Job(
            f"{self._name}-membership-gate",
            metadata=metadata,
            spec=k8s.batch.v1.JobSpecArgs(
                backoff_limit=0,
                active_deadline_seconds=mongo.GATE_TIMEOUT_MS // 1000 + 60,
                template=k8s.core.v1.PodTemplateSpecArgs(
                    metadata=k8s.meta.v1.ObjectMetaArgs(labels=labels),
                    spec=k8s.core.v1.PodSpecArgs(
                        restart_policy="Never",
                        **self._pod_spec([container], volumes),  # type: ignore[arg-type]
                    ),
                ),
            ),
            opts=pulumi.ResourceOptions(parent=self, depends_on=[members, service]),
        )

    def _containers(self) -> list[k8s.core.v1.ContainerArgs]:
        args = self._args
        credentials = _mount("credentials", mongo.SECRETS_DIR, read_only=True)
        mongod = self._container(
            "mongod",
            args.resources,
            args=mongo.mongod_args(
                args.replica_set_name,
                self._oplog_mb,
                mongo.wired_tiger_cache_gb(float(quantity(args.resources.memory_limit)) / 2**20),
            )
            + (db_tls.mongod_args(self._tls.mode) if self._tls else []),
            ports=[k8s.core.v1.ContainerPortArgs(name="mongodb", container_port=mongo.PORT)],
            env=[
                _env("MONGO_INITDB_ROOT_USERNAME", mongo.ROOT_USER),
                # The entrypoint reads *_FILE variables: the password never sits in the pod's env.
                _env("MONGO_INITDB_ROOT_PASSWORD_FILE", PASSWORD_FILE),
                _env("HOME", "/tmp"),  # the entrypoint's and probes' mongosh (100 logs at most)
                # The probes' mongosh with the agent's heap cap: ~135 MiB each, not ~275 MiB
                # (mongo.PROBE_RESERVE_MIB keeps room for two beside the WiredTiger cache).
                _env("NODE_OPTIONS", mongo.MONGOSH_NODE_OPTIONS),
            ],
            startup_probe=builders.exec_probe(
                self._mongosh(mongo.PING), period=10, failures=-(-args.startup_timeout // 10)
            ),
            liveness_probe=builders.exec_probe(self._mongosh(mongo.PING), period=20, failures=6),
            readiness_probe=builders.exec_probe(
                self._mongosh(mongo.ready_command(args.replica_set_name)), period=10, failures=3
            ),
            volume_mounts=[
                _mount(DATA_VOLUME, "/data/db"),
                _mount("keyfile", "/keyfile", read_only=True),
                _mongosh_conf_mount(),  # the entrypoint's and the probes' mongosh
                credentials,
                builders.tmp_mount(),
                *self._tls_ca_mounts(),
                *self._tls_pem_mounts(read_only=True),
            ],
            # A primary hands over before its pod stops (a rolling update, a drain): the
            # StatefulSet replaces member 0, the one the agents give the highest priority,
            # last, so one planned election moves the primary to an updated member.
            lifecycle=k8s.core.v1.LifecycleArgs(
                pre_stop=k8s.core.v1.LifecycleHandlerArgs(
                    exec_=k8s.core.v1.ExecActionArgs(
                        command=self._mongosh(mongo.step_down_command(PASSWORD_FILE))
                    )
                )
            ),
        )
        agent = self._container(
            "replset-agent",
            self._member_pod_resources(args.agent_resources),
            command=mongo.agent_command(),
            env=[
                builders.field_env("POD_NAME", "metadata.name"),
                builders.field_env("POD_NAMESPACE", "metadata.namespace"),
                _env(
                    "SELF_HOST",
                    f"$(POD_NAME).{args.object_name}.$(POD_NAMESPACE).svc."
                    f"{args.cluster_domain}:{mongo.PORT}",
                ),
                _env("REPLICA_SET", args.replica_set_name),
                _env("MEMBERS_FILE", f"{mongo.MEMBERS_DIR}/{mongo.MEMBERS_FILE}"),
                _env("FCV_FILE", f"{mongo.MEMBERS_DIR}/{mongo.FCV_FILE}"),
                _env("PASSWORD_FILE", PASSWORD_FILE),
                _env("USERS_FILE", f"{mongo.MEMBERS_DIR}/{USERS_FILE}"),
                _env("USERS_SCRIPT", f"{mongo.SCRIPTS_DIR}/{mongo.USERS_SCRIPT}"),
                _env("USER_PASSWORDS_DIR", USER_PASSWORDS_DIR),
                # During a password rotation: root's password of the generation before (the
                # whole Secret is mounted there), which the agent authenticates with until the
                # primary has set the current one.
                _env("PREVIOUS_PASSWORD_FILE", PREVIOUS_PASSWORD_FILE),
                _env("STATUS_FILE", mongo.STATUS_FILE),
                _env("PASS_INTERVAL_MS", str(mongo.PASS_INTERVAL_MS)),
                _env("PASS_TIMEOUT_MS", str(mongo.PASS_TIMEOUT_MS)),
                _env("HOME", mongo.LONG_RUNNING_MONGOSH_HOME),
                _env("NODE_OPTIONS", mongo.MONGOSH_NODE_OPTIONS),
                *self._backup_user_env(),
                *self._tls_env(),
            ],
            startup_probe=builders.exec_probe(
                mongo.AGENT_STARTED, period=5, failures=60, timeout=5
            ),
            liveness_probe=builders.exec_probe(mongo.AGENT_ALIVE, period=30, failures=2, timeout=5),
            readiness_probe=builders.exec_probe(
                mongo.AGENT_READY, period=10, failures=1, timeout=5
            ),
            volume_mounts=[
                _mount("members", mongo.MEMBERS_DIR, read_only=True),
                _mount("scripts", mongo.SCRIPTS_DIR, read_only=True),
                _mongosh_conf_mount(),
                credentials,
                _mount("user-passwords", USER_PASSWORDS_DIR, read_only=True),
                builders.tmp_mount(),
                *(
                    [_mount("backup-credentials", BACKUP_SECRETS_DIR, True)]
                    if self._backup_secret
                    else []
                ),
                *self._tls_ca_mounts(),
            ],
        )
        return [mongod, agent]

    def _backup_user_env(self) -> list[k8s.core.v1.EnvVarArgs]:
        if not self._backup_secret:
            return []
        return [
            _env("BACKUP_USER", BACKUP_USER),
            _env("BACKUP_PASSWORD_FILE", f"{BACKUP_SECRETS_DIR}/{BACKUP_PASSWORD_KEY}"),
        ]

    def _statefulset(
        self, service: k8s.core.v1.Service, members: k8s.core.v1.ConfigMap, gate: k8s.batch.v1.Job
    ) -> k8s.apps.v1.StatefulSet:
        args = self._args
        keyfile_copy = self._container(
            "keyfile",
            self._member_pod_resources(builders.HELPER_RESOURCES),
            command=["bash", "-c", mongo.KEYFILE_COPY + self._tls_pem_copy()],
            volume_mounts=[
                _mount("keyfile-secret", "/keyfile-secret", True),
                _mount("keyfile", "/keyfile"),
                *self._tls_pem_mounts(read_only=False),
            ],
        )
        volumes = [
            _secret_volume("keyfile-secret", self._credentials_secret, "keyfile"),
            k8s.core.v1.VolumeArgs(
                name="keyfile",
                empty_dir=k8s.core.v1.EmptyDirVolumeSourceArgs(medium="Memory", size_limit="1Mi"),
            ),
            _secret_volume("credentials", self._credentials_secret, mongo.PASSWORD_KEY),
            _config_map_volume("members", members.metadata.name),
            _config_map_volume("scripts", self._scripts),
            # The whole Secret, no item list: adding a user changes its data, not the pod spec.
            k8s.core.v1.VolumeArgs(
                name="user-passwords",
                secret=k8s.core.v1.SecretVolumeSourceArgs(
                    secret_name=self._credentials_secret, default_mode=0o440
                ),
            ),
            builders.tmp_volume(),
            *self._tls_volumes(pem=True),
        ]
        if self._backup_secret:
            volumes.append(
                _secret_volume("backup-credentials", self._backup_secret, BACKUP_PASSWORD_KEY)
            )
        stage = rotation.KeyfileStage.parse(args.keyfile_rotation)
        metadata = builders.metadata(args.object_name, args.namespace, self._labels)
        # The guard rails' claims-kept-on-scale-down rule, recorded as an exception with its reason
        # (see the retention policy below).
        metadata.annotations = {
            "guardrails.stateful-app/except-claims-kept-on-scale-down": (
                "a member removed by a scale-down left the replica set first; its copy could only "
                "be too stale to rejoin later, so the next scale-up starts from an initial sync"
            ),
            # What the next `up` checks an image change against (components/db_version.py).
            VERSION_ANNOTATION: str(args.series()),
            FCV_ANNOTATION: str(args.target_fcv()),
            # What the next `up` checks a rotation step against (components/rotation.py).
            rotation.ROTATION_ANNOTATION: str(args.credentials_rotation),
            rotation.KEYFILE_ANNOTATION: str(stage),
        }
        wait = f"{args.members * args.member_timeout}s"
        return k8s.apps.v1.StatefulSet(
            f"{self._name}-statefulset",
            metadata=metadata,
            spec=k8s.apps.v1.StatefulSetSpecArgs(
                service_name=service.metadata.name,
                replicas=args.members,
                # Members start together; the agents, not pod order, sequence the replica set,
                # and the membership gate holds a scale-down until the set no longer counts on
                # the members whose pods go away.
                pod_management_policy="Parallel",
                update_strategy=k8s.apps.v1.StatefulSetUpdateStrategyArgs(type="RollingUpdate"),
                # Scale-down: the member was removed from the set first, so its volume holds a
                # copy the set no longer uses; re-attaching it later could only find it too
                # stale to catch up. Delete it, and a later scale-up starts with an initial
                # sync. Deletion of the StatefulSet (destroy, replacement) keeps every claim.
                persistent_volume_claim_retention_policy=k8s.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicyArgs(
                    when_deleted="Retain", when_scaled="Delete"
                ),
                selector=k8s.meta.v1.LabelSelectorArgs(match_labels=self.pod_selector),
                template=k8s.core.v1.PodTemplateSpecArgs(
                    metadata=self._member_template_metadata(stage),
                    spec=k8s.core.v1.PodSpecArgs(
                        affinity=builders.spread_across_nodes(
                            self.pod_selector, required=args.anti_affinity == "required"
                        ),
                        termination_grace_period_seconds=TERMINATION_GRACE_SECONDS,
                        init_containers=[keyfile_copy],
                        **self._pod_spec(self._containers(), volumes),  # type: ignore[arg-type]
                    ),
                ),
                volume_claim_templates=[
                    k8s.core.v1.PersistentVolumeClaimArgs(
                        metadata=k8s.meta.v1.ObjectMetaArgs(
                            name=DATA_VOLUME, labels=self.pod_selector
                        ),
                        spec=k8s.core.v1.PersistentVolumeClaimSpecArgs(
                            access_modes=["ReadWriteOnce"],
                            storage_class_name=args.storage_class,
                            resources=k8s.core.v1.VolumeResourceRequirementsArgs(
                                requests={"storage": args.storage_size}
                            ),
                        ),
                    )
                ],
            ),
            opts=pulumi.ResourceOptions(
                parent=self,
                depends_on=self._after_growth(gate),
                custom_timeouts=pulumi.CustomTimeouts(create=wait, update=wait),
            ),
        )

    def _after_growth(self, gate: k8s.batch.v1.Job) -> pulumi.Input[list[pulumi.Resource]]:
        """What the StatefulSet waits for: the gate, and when volumes grow, the claim patches
        and the orphaning delete of the StatefulSet being replaced (components/volumes.py)."""
        if not self._growth:
            return [gate]
        return grow_member_claims(self._name, self, self._args.namespace, self._growth, [gate])

    # TLS hooks (components/db_tls.py): each returns nothing when TLS is off, so a tier without
    # it renders exactly as before.
    def _mongosh(self, command: list[str]) -> list[str]:
        """A probe's or hook's mongosh command, with TLS options when TLS is on."""
        return db_tls.mongosh_command(command) if self._tls else command

    def _tls_env(self) -> list[k8s.core.v1.EnvVarArgs]:
        return [_env(db_tls.CA_ENV, db_tls.CA_FILE)] if self._tls else []

    def _tls_ca_mounts(self) -> list[k8s.core.v1.VolumeMountArgs]:
        return [_mount("tls-ca", db_tls.CA_DIR, read_only=True)] if self._tls else []

    def _tls_pem_mounts(self, read_only: bool) -> list[k8s.core.v1.VolumeMountArgs]:
        """The PEM emptyDir (written by the init container, read by mongod) and, for the init
        container, the Secret's certificate and key."""
        if not self._tls:
            return []
        pem = _mount("tls-pem", db_tls.PEM_DIR, read_only=read_only)
        return [pem] if read_only else [pem, _mount("tls-secret", db_tls.SECRET_DIR, True)]

    def _tls_pem_copy(self) -> str:
        return f" && {db_tls.PEM_COPY}" if self._tls else ""

    def _tls_volumes(self, pem: bool) -> list[k8s.core.v1.VolumeArgs]:
        """The CA for every mongosh; with pem, the certificate and key for the init container and
        the memory emptyDir their concatenation goes to."""
        if not self._tls:
            return []
        volumes = [_secret_volume("tls-ca", self._tls.secret_name, db_tls.CA_KEY)]
        if pem:
            volumes += [
                k8s.core.v1.VolumeArgs(
                    name="tls-secret",
                    secret=k8s.core.v1.SecretVolumeSourceArgs(
                        secret_name=self._tls.secret_name,
                        items=[
                            k8s.core.v1.KeyToPathArgs(key=key, path=key)
                            for key in (db_tls.CERT_KEY, db_tls.KEY_KEY)
                        ],
                        default_mode=0o440,
                    ),
                ),
                k8s.core.v1.VolumeArgs(
                    name="tls-pem",
                    empty_dir=k8s.core.v1.EmptyDirVolumeSourceArgs(
                        medium="Memory", size_limit="1Mi"
                    ),
                ),
            ]
        return volumes

    def _member_template_metadata(self, stage: rotation.KeyfileStage) -> k8s.meta.v1.ObjectMetaArgs:
        """The members' pod template metadata. What mongod reads only at start is stamped on it,
        so a change rolls the members one at a time: the keyfile stage once a rotation began
        (docs/database-operations.md) and, with TLS, the server certificate's digest
        (docs/database-tls.md)."""
        annotations: dict[str, pulumi.Input[str]] = {}
        if stage != rotation.KeyfileStage(0):
            annotations[rotation.KEYFILE_ANNOTATION] = str(stage)
        if self._tls:
            annotations[db_tls.CERTIFICATE_ANNOTATION] = self._tls.certificate_digest
        return k8s.meta.v1.ObjectMetaArgs(labels=self._labels, annotations=annotations or None)
