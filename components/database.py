"""Database tier: a MongoDB replica set in a StatefulSet behind a headless Service.

Data safety: the StatefulSet, its Service and its volumeClaimTemplate have explicit, stable names,
so member volumes are always data-<name>-<i>; the PVC retention policy is Retain on scale-down and
on deletion, so neither scaling nor a replacement of the StatefulSet deletes a member's data.
"""

from dataclasses import dataclass, field

import pulumi
import pulumi_kubernetes as k8s
import pulumi_random as random

from . import k8s as kb
from . import mongo
from .inputs import from_inputs, package_inputs
from .placement import Placement
from .settings import ANTI_AFFINITIES, AntiAffinity, image_problem

DATA_VOLUME = "data"
MONGO_USER = 999  # uid and gid of the mongodb user in the official image
MONGO_RESOURCES = kb.Resources("250m", "512Mi", "1", "1Gi")
AGENT_RESOURCES = kb.Resources("20m", "64Mi", "200m", "192Mi")


@package_inputs()
@dataclass
class DatabaseTierArgs:
    namespace: pulumi.Input[str]
    """Namespace of every object of the tier."""
    image: str
    """MongoDB image (with mongosh), pinned by tag or digest."""
    members: int = 1
    """Replica-set members: an odd number from 1 to 7, so a majority always exists."""
    storage_size: str = "1Gi"
    """Volume size per member (from volumeClaimTemplates)."""
    storage_class: str | None = None
    """StorageClass of member volumes; None uses the cluster's default class."""
    replica_set_name: str = "rs0"
    """The replica set's name (--replSet)."""
    anti_affinity: AntiAffinity = AntiAffinity.PREFERRED
    """required: never two members on one node; preferred: spread when possible."""
    placement: Placement = field(default_factory=Placement)
    """Node selector, tolerations and priority class of the members."""
    object_name: str = "db"
    """Name of the StatefulSet and headless Service: members are <name>-<i>.<name>."""


def _validate(args: DatabaseTierArgs) -> None:
    if not (1 <= args.members <= 7 and args.members % 2 == 1):
        raise ValueError(f"members={args.members}: must be an odd number from 1 to 7")
    if args.anti_affinity not in ANTI_AFFINITIES:
        raise ValueError(
            f"anti_affinity={args.anti_affinity!r}: must be one of {', '.join(ANTI_AFFINITIES)}"
        )
    if problem := image_problem(args.image):
        raise ValueError(f"image={args.image!r}: {problem}")


def _secret_env(name: str, secret: pulumi.Input[str], key: str) -> k8s.core.v1.EnvVarArgs:
    return k8s.core.v1.EnvVarArgs(
        name=name,
        value_from=k8s.core.v1.EnvVarSourceArgs(
            secret_key_ref=k8s.core.v1.SecretKeySelectorArgs(name=secret, key=key)
        ),
    )


def _field_env(name: str, field_path: str) -> k8s.core.v1.EnvVarArgs:
    """An environment variable from the pod's own metadata (downward API)."""
    return k8s.core.v1.EnvVarArgs(
        name=name,
        value_from=k8s.core.v1.EnvVarSourceArgs(
            field_ref=k8s.core.v1.ObjectFieldSelectorArgs(field_path=field_path)
        ),
    )


def _mount(name: str, path: str, read_only: bool = False) -> k8s.core.v1.VolumeMountArgs:
    return k8s.core.v1.VolumeMountArgs(name=name, mount_path=path, read_only=read_only)


class DatabaseTier(pulumi.ComponentResource):
    """MongoDB replica set with stable member names, one volume per member, generated
    credentials, and automatic, idempotent initiation and membership (see components/mongo.py)."""

    service_name: pulumi.Output[str]
    """Name of the headless Service the members are reached through."""
    hosts: pulumi.Output[list[str]]
    """host:port of every member (<name>-<i>.<name>.<namespace>.svc.cluster.local:27017)."""
    replica_set_name: pulumi.Output[str]
    """The replica set's name."""
    connection_string: pulumi.Output[str]
    """mongodb:// URI with the root credentials and every member (secret)."""
    connection_secret_name: pulumi.Output[str]
    """Name of the Secret whose key `uri` holds connection_string (give it to WebTier)."""

    def __init__(
        self, name: str, args: DatabaseTierArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None:
        args = from_inputs(DatabaseTierArgs, args)
        _validate(args)
        super().__init__("stateful-app:index:DatabaseTier", name, None, opts)
        self._name, self._args = name, args
        child = pulumi.ResourceOptions(parent=self)
        obj = args.object_name
        self._labels = kb.labels("mongodb", obj, "database", args.image)
        self._selector = kb.selector_labels("mongodb", obj)

        password = random.RandomPassword(
            f"{name}-root-password", length=32, special=False, opts=child
        )
        keyfile = random.RandomPassword(f"{name}-keyfile", length=756, special=False, opts=child)
        credentials = k8s.core.v1.Secret(
            f"{name}-credentials",
            metadata=kb.metadata(f"{obj}-credentials", args.namespace, self._labels),
            string_data={"root-password": password.result, "keyfile": keyfile.result},
            opts=child,
        )
        self.hosts = pulumi.Output.from_input(args.namespace).apply(
            lambda ns: mongo.member_hosts(obj, obj, ns, args.members)
        )
        members = k8s.core.v1.ConfigMap(
            f"{name}-members",
            metadata=kb.metadata(f"{obj}-members", args.namespace, self._labels),
            data={mongo.MEMBERS_FILE: self.hosts.apply(lambda hosts: "\n".join(hosts) + "\n")},
            opts=child,
        )
        scripts = k8s.core.v1.ConfigMap(
            f"{name}-agent",
            metadata=kb.metadata(None, args.namespace, self._labels),
            data={"agent.js": mongo.AGENT_JS},
            immutable=True,
            opts=child,
        )
        service = k8s.core.v1.Service(
            f"{name}-service",
            metadata=kb.metadata(obj, args.namespace, self._labels),
            spec=k8s.core.v1.ServiceSpecArgs(
                cluster_ip="None",
                # Members must resolve each other before any is Ready (see components/mongo.py).
                publish_not_ready_addresses=True,
                selector=self._selector,
                ports=[k8s.core.v1.ServicePortArgs(name="mongodb", port=mongo.PORT)],
            ),
            opts=child,
        )
        self.statefulset = self._statefulset(service, credentials, members, scripts)
        if args.members >= 3:
            k8s.policy.v1.PodDisruptionBudget(
                f"{name}-pdb",
                metadata=kb.metadata(obj, args.namespace, self._labels),
                spec=k8s.policy.v1.PodDisruptionBudgetSpecArgs(
                    min_available=args.members // 2 + 1,
                    selector=k8s.meta.v1.LabelSelectorArgs(match_labels=self._selector),
                ),
                opts=child,
            )
        self.connection_string = pulumi.Output.secret(
            pulumi.Output.all(self.hosts, password.result).apply(
                lambda v: mongo.connection_string(v[0], v[1], args.replica_set_name)
            )
        )
        connection = k8s.core.v1.Secret(
            f"{name}-connection",
            metadata=kb.metadata(f"{obj}-connection", args.namespace, self._labels),
            string_data={"uri": self.connection_string},
            opts=child,
        )
        self.service_name = service.metadata.name
        self.replica_set_name = pulumi.Output.from_input(args.replica_set_name)
        self.connection_secret_name = connection.metadata.name
        self.register_outputs(
            {
                "service_name": self.service_name,
                "hosts": self.hosts,
                "replica_set_name": self.replica_set_name,
                "connection_string": self.connection_string,
                "connection_secret_name": self.connection_secret_name,
            }
        )

    def _statefulset(
        self,
        service: k8s.core.v1.Service,
        credentials: k8s.core.v1.Secret,
        members: k8s.core.v1.ConfigMap,
        scripts: k8s.core.v1.ConfigMap,
    ) -> k8s.apps.v1.StatefulSet:
        args = self._args
        secret = credentials.metadata.name
        password_env = _secret_env("MONGO_INITDB_ROOT_PASSWORD", secret, "root-password")
        security = kb.container_security()
        mongod = k8s.core.v1.ContainerArgs(
            name="mongod",
            image=args.image,
            args=mongo.mongod_args(args.replica_set_name),
            ports=[k8s.core.v1.ContainerPortArgs(name="mongodb", container_port=mongo.PORT)],
            env=[
                k8s.core.v1.EnvVarArgs(name="MONGO_INITDB_ROOT_USERNAME", value=mongo.ROOT_USER),
                password_env,
                k8s.core.v1.EnvVarArgs(name="HOME", value="/tmp"),
            ],
            startup_probe=kb.exec_probe(mongo.PING, period=10, failures=30),
            liveness_probe=kb.exec_probe(mongo.PING, period=20, failures=6),
            readiness_probe=kb.exec_probe(mongo.READY, period=10, failures=3),
            resources=MONGO_RESOURCES.args(),
            security_context=security,
            volume_mounts=[
                _mount(DATA_VOLUME, "/data/db"),
                _mount("keyfile", "/keyfile", read_only=True),
                kb.tmp_mount(),
            ],
        )
        agent = k8s.core.v1.ContainerArgs(
            name="replset-agent",
            image=args.image,
            command=["bash", "-c", mongo.AGENT_LOOP],
            env=[
                _field_env("POD_NAME", "metadata.name"),
                _field_env("POD_NAMESPACE", "metadata.namespace"),
                k8s.core.v1.EnvVarArgs(
                    name="SELF_HOST",
                    value=f"$(POD_NAME).{args.object_name}.$(POD_NAMESPACE).svc.cluster.local:"
                    f"{mongo.PORT}",
                ),
                k8s.core.v1.EnvVarArgs(name="REPLICA_SET", value=args.replica_set_name),
                password_env,
                k8s.core.v1.EnvVarArgs(name="HOME", value="/tmp"),
            ],
            resources=AGENT_RESOURCES.args(),
            security_context=security,
            volume_mounts=[
                _mount("members", mongo.MEMBERS_DIR, read_only=True),
                _mount("scripts", "/scripts", read_only=True),
                kb.tmp_mount(),
            ],
        )
        keyfile_copy = k8s.core.v1.ContainerArgs(
            name="keyfile",
            image=args.image,
            command=["bash", "-c", mongo.KEYFILE_COPY],
            resources=kb.HELPER_RESOURCES.args(),
            security_context=security,
            volume_mounts=[
                _mount("keyfile-secret", "/keyfile-secret", True),
                _mount("keyfile", "/keyfile"),
            ],
        )
        volumes = [
            k8s.core.v1.VolumeArgs(
                name="keyfile-secret",
                secret=k8s.core.v1.SecretVolumeSourceArgs(
                    secret_name=secret,
                    items=[k8s.core.v1.KeyToPathArgs(key="keyfile", path="keyfile")],
                ),
            ),
            k8s.core.v1.VolumeArgs(
                name="keyfile",
                empty_dir=k8s.core.v1.EmptyDirVolumeSourceArgs(medium="Memory", size_limit="1Mi"),
            ),
            k8s.core.v1.VolumeArgs(
                name="members",
                config_map=k8s.core.v1.ConfigMapVolumeSourceArgs(name=members.metadata.name),
            ),
            k8s.core.v1.VolumeArgs(
                name="scripts",
                config_map=k8s.core.v1.ConfigMapVolumeSourceArgs(name=scripts.metadata.name),
            ),
            kb.tmp_volume(),
        ]
        return k8s.apps.v1.StatefulSet(
            f"{self._name}-statefulset",
            metadata=kb.metadata(args.object_name, args.namespace, self._labels),
            spec=k8s.apps.v1.StatefulSetSpecArgs(
                service_name=service.metadata.name,
                replicas=args.members,
                # Members start together; the agent, not pod order, sequences the replica set.
                pod_management_policy="Parallel",
                update_strategy=k8s.apps.v1.StatefulSetUpdateStrategyArgs(type="RollingUpdate"),
                persistent_volume_claim_retention_policy=k8s.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicyArgs(
                    when_deleted="Retain", when_scaled="Retain"
                ),
                selector=k8s.meta.v1.LabelSelectorArgs(match_labels=self._selector),
                template=k8s.core.v1.PodTemplateSpecArgs(
                    metadata=k8s.meta.v1.ObjectMetaArgs(labels=self._labels),
                    spec=k8s.core.v1.PodSpecArgs(
                        automount_service_account_token=False,
                        security_context=kb.pod_security(MONGO_USER, fs_group=MONGO_USER),
                        affinity=kb.spread_across_nodes(
                            self._selector, required=args.anti_affinity == "required"
                        ),
                        termination_grace_period_seconds=30,
                        **Placement.of(args.placement).pod_spec_fields(),
                        init_containers=[keyfile_copy],
                        containers=[mongod, agent],
                        volumes=volumes,
                    ),
                ),
                volume_claim_templates=[
                    k8s.core.v1.PersistentVolumeClaimArgs(
                        metadata=k8s.meta.v1.ObjectMetaArgs(
                            name=DATA_VOLUME, labels=self._selector
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
            opts=pulumi.ResourceOptions(parent=self),
        )
