"""Asset tier: nginx serving files from a persistent volume under /assets/."""

import base64
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import pulumi
import pulumi_kubernetes as k8s

from . import builders
from .checks import (
    ABSOLUTE_PATH,
    BOOLEAN,
    NOT_EMPTY,
    PINNED_IMAGE,
    QUANTITY,
    Namer,
    Problem,
    checked,
    integer,
    one_of,
    ruled,
    validate,
)
from .inputs import from_inputs, package_inputs
from .nginx import ASSETS_ROOT, LISTEN_PORT, PATH_PREFIX, assets_config
from .outputs import register_declared
from .placement import NODE_LABEL, Placement
from .resources import Resources
from .resources import checked as checked_resources
from .volumes import SKIP_CLAIM_AWAIT, ClaimGrowth, say_when_applied
from .workload import (
    SERVICE_PORT,
    NginxPod,
    cluster_service,
    nginx_deployment,
    pods_service,
    served_pods,
)

# Seed files travel base64-encoded (a ConfigMap's binaryData), which every Pulumi language can pass.
BUNDLED_FILES = {
    "cats.png": base64.b64encode(
        (Path(__file__).parent / "static" / "cats.png").read_bytes()
    ).decode()
}
DATA_VOLUME = "data"
SEED_VOLUME = "seed"

# Copies each seed file only when the volume lacks it, so edits made on the volume survive; via a
# temporary name and a rename, so a pod sharing the volume never serves a half-written file.
SEED_SCRIPT = (
    'for f in /seed/*; do n=$(basename "$f"); '
    f'[ -e "{ASSETS_ROOT}/$n" ] || {{ cp "$f" "{ASSETS_ROOT}/.$n.seed" && '
    f'mv -f "{ASSETS_ROOT}/.$n.seed" "{ASSETS_ROOT}/$n"; }}; done'
)


# A string enum (not Literal): the component package's schema is inferred from the annotations,
# and Literal has no schema form; a StrEnum member also equals its plain string value.
class StorageMode(StrEnum):
    """How the asset tier's volume is provided."""

    LOCAL = "local"
    """A PV on a directory of the labelled storage node; pods pinned to that node."""
    CLASS = "class"
    """A ReadWriteOnce claim against a StorageClass."""
    SHARED = "shared"
    """A ReadWriteMany volume: a static NFS PV, or a claim against a StorageClass."""


@package_inputs()
@dataclass
class AssetTierArgs:
    namespace: pulumi.Input[str]
    """Namespace of every object of the tier."""
    image: str = field(metadata=ruled(PINNED_IMAGE))
    """Unprivileged nginx image (listens on 8080), pinned by tag or digest."""
    storage: StorageMode = checked(StorageMode.LOCAL, one_of(StorageMode))
    """local: a PV on a node path pinned to the labelled storage node; class: a claim against
    storage_class; shared: a ReadWriteMany volume (NFS server/path, or storage_class)."""
    size: str = checked("1Gi", QUANTITY)
    """Requested capacity of the volume."""
    node_label: str | None = checked(None, NODE_LABEL)
    """local mode (required there): key=value label of the storage node; the PV and the pods
    are pinned to it."""
    host_path: str = checked("/mnt/assets", ABSOLUTE_PATH)
    """local mode: directory on the storage node (must exist, like any local PV)."""
    storage_class: str | None = checked(None, NOT_EMPTY)
    """class mode (required there) or shared mode without NFS: the StorageClass to claim from."""
    nfs_server: str | None = checked(None, NOT_EMPTY)
    """shared mode: NFS server for a static ReadWriteMany PV."""
    nfs_path: str | None = checked(None, ABSOLUTE_PATH)
    """shared mode: exported path on nfs_server."""
    replicas: int = checked(1, integer(1, 100))
    """nginx replicas; more than one needs local (same node) or shared storage."""
    seed_files: Mapping[str, str] = field(default_factory=dict)
    """File name -> base64-encoded content: files copied into the volume at pod start unless a
    file of that name already exists."""
    retain_data: bool = checked(False, BOOLEAN)
    """Keep the PV and claim (and so the files) on pulumi destroy."""
    path_prefix: str = checked("/assets/", PATH_PREFIX)
    """URL prefix the files are served under (the load balancer routes it here unchanged)."""
    placement: Placement = field(default_factory=Placement)
    """Node selector, tolerations and priority class of the pods (local mode adds node_label)."""
    resources: Resources = builders.NGINX_RESOURCES
    """Requests and limits of the nginx container (default 50m/500m CPU, 32Mi/128Mi memory)."""
    object_name: str = "assets"
    """Kubernetes name of the Service, Deployment and claim (stable, unique in the namespace);
    the headless Service is <object_name>-pods."""

    @staticmethod
    def cross_problems(args: Mapping[str, Any], name: Namer) -> list[Problem]:
        """The storage mode's needs (name: how the caller calls each field)."""
        mode, replicas = args["storage"], args["replicas"]
        problems = []
        if mode == "local" and args["node_label"] is None:
            problems.append(
                Problem("node_label", None, f"is required when {name('storage')} is local")
            )
        if mode == "class" and args["storage_class"] is None:
            problems.append(
                Problem("storage_class", None, f"is required when {name('storage')} is class")
            )
        if mode == "class" and replicas > 1:
            why = f"must be 1 when {name('storage')} is class (a ReadWriteOnce claim); use shared"
            problems.append(Problem("replicas", replicas, why))
        nfs = args["nfs_server"] is not None and args["nfs_path"] is not None
        if mode == "shared" and not nfs and args["storage_class"] is None:
            why = (
                f"shared mode needs {name('nfs_server')} and {name('nfs_path')}, "
                f"or {name('storage_class')}"
            )
            problems.append(Problem("nfs_server", args["nfs_server"], why))
        return problems


def claim_name(object_name: str) -> str:
    """The Kubernetes name of the asset volume's claim."""
    return f"{object_name}-data"


class AssetTier(pulumi.ComponentResource):
    """Files on persistent storage served by nginx under /assets/ behind a ClusterIP Service."""

    service_name: pulumi.Output[str]
    """Name of the ClusterIP Service in front of the asset pods."""
    service_port: pulumi.Output[int]
    """Port of that Service."""
    pods_service_name: pulumi.Output[str]
    """Name of the headless Service that resolves to every ready pod (for load balancers that
    balance per request: LoadBalancerTier's web_service/prefix_service)."""
    pods_port: pulumi.Output[int]
    """Port of the pods behind pods_service_name."""
    claim_name: pulumi.Output[str]
    """Name of the PersistentVolumeClaim holding the files."""

    def __init__(
        self,
        name: str,
        args: AssetTierArgs,
        opts: pulumi.ResourceOptions | None = None,
        growth: ClaimGrowth | None = None,
    ) -> None:
        """growth: the existing claim's size rises in this up (decided from the live cluster
        by components.volumes.plan): once the claim is updated, its resize state is logged."""
        args = from_inputs(AssetTierArgs, args)
        validate(args)
        resources = checked_resources(args.resources, "resources")
        super().__init__("stateful-app:index:AssetTier", name, None, opts)
        self._name, self._args = name, args
        self._pods = served_pods(
            name, self, args.namespace, args.object_name, "nginx", "assets", args.image
        )
        self.pod_selector = self._pods.selector
        claim = self._claim()
        say_when_applied(claim, growth, self)
        pod = NginxPod(
            image=args.image,
            config=assets_config(args.path_prefix),
            replicas=args.replicas,
            resources=resources,
            volumes=[
                k8s.core.v1.VolumeArgs(
                    name=DATA_VOLUME,
                    persistent_volume_claim=k8s.core.v1.PersistentVolumeClaimVolumeSourceArgs(
                        claim_name=claim.metadata.name
                    ),
                ),
                *self._seed_volumes(),
            ],
            mounts=[
                k8s.core.v1.VolumeMountArgs(
                    name=DATA_VOLUME, mount_path=ASSETS_ROOT, read_only=True
                )
            ],
            init_containers=self._seed_containers(),
            placement=Placement.of(args.placement),
            required_node_labels=dict([args.node_label.split("=", 1)])
            if args.storage == "local" and args.node_label
            else None,
            # A ReadWriteOnce claim cannot attach to a surge pod on another node.
            strategy=k8s.apps.v1.DeploymentStrategyArgs(type="Recreate")
            if args.storage == "class"
            else builders.rolling_update_no_downtime(),
        )
        self.deployment = nginx_deployment(self._pods, pod)
        service, pods = cluster_service(self._pods), pods_service(self._pods)
        self.service_name = service.metadata.name
        self.service_port = pulumi.Output.from_input(SERVICE_PORT)
        self.pods_service_name = pods.metadata.name
        self.pods_port = pulumi.Output.from_input(LISTEN_PORT)
        self.claim_name = claim.metadata.name
        register_declared(self)

    def _data_opts(self) -> pulumi.ResourceOptions:
        return pulumi.ResourceOptions(parent=self, retain_on_delete=self._args.retain_data)

    def _claim(self) -> k8s.core.v1.PersistentVolumeClaim:
        args = self._args
        shared = args.storage == "shared"
        access = ["ReadWriteMany" if shared else "ReadWriteOnce"]
        static_pv = args.storage == "local" or (shared and bool(args.nfs_server))
        selector = None
        storage_class = args.storage_class
        if static_pv:
            volume = self._static_volume(access)
            selector = k8s.meta.v1.LabelSelectorArgs(match_labels=self._volume_labels())
            storage_class = ""  # static binding: never let the default class provision instead
            opts = pulumi.ResourceOptions.merge(
                self._data_opts(), pulumi.ResourceOptions(depends_on=[volume])
            )
        else:
            opts = self._data_opts()
        return k8s.core.v1.PersistentVolumeClaim(
            f"{self._name}-claim",
            metadata=k8s.meta.v1.ObjectMetaArgs(
                name=claim_name(args.object_name),
                namespace=args.namespace,
                labels=self._pods.labels,
                # From a class: an update of the bound claim must not wait for it to turn
                # Pending (volumes.SKIP_CLAIM_AWAIT); a static binding is awaited Bound.
                annotations=None if static_pv else SKIP_CLAIM_AWAIT,
            ),
            spec=k8s.core.v1.PersistentVolumeClaimSpecArgs(
                access_modes=access,
                storage_class_name=storage_class,
                selector=selector,
                resources=k8s.core.v1.VolumeResourceRequirementsArgs(
                    requests={"storage": args.size}
                ),
            ),
            opts=opts,
        )

    def _volume_labels(self) -> dict[str, pulumi.Input[str]]:
        return {
            **self._pods.selector,
            "stateful-app/namespace": self._args.namespace,
        }

    def _static_volume(self, access: list[str]) -> k8s.core.v1.PersistentVolume:
        """A Retain PV: on a path of the storage node (local) or an NFS export (shared)."""
        args = self._args
        local = node_affinity = nfs = None
        if args.storage == "local" and args.node_label:
            key, value = args.node_label.split("=", 1)
            local = k8s.core.v1.LocalVolumeSourceArgs(path=args.host_path)
            node_affinity = k8s.core.v1.VolumeNodeAffinityArgs(
                required=k8s.core.v1.NodeSelectorArgs(
                    node_selector_terms=[
                        k8s.core.v1.NodeSelectorTermArgs(
                            match_expressions=[
                                k8s.core.v1.NodeSelectorRequirementArgs(
                                    key=key, operator="In", values=[value]
                                )
                            ]
                        )
                    ]
                )
            )
        else:
            nfs = k8s.core.v1.NFSVolumeSourceArgs(
                server=str(args.nfs_server), path=str(args.nfs_path)
            )
        return k8s.core.v1.PersistentVolume(
            f"{self._name}-volume",
            # PVs are cluster-scoped: prefix the namespace so stacks never collide.
            metadata=k8s.meta.v1.ObjectMetaArgs(
                name=pulumi.Output.concat(args.namespace, "-", args.object_name),
                labels=self._volume_labels(),
            ),
            spec=k8s.core.v1.PersistentVolumeSpecArgs(
                capacity={"storage": args.size},
                access_modes=access,
                persistent_volume_reclaim_policy="Retain",
                storage_class_name="",
                volume_mode="Filesystem",
                local=local,
                node_affinity=node_affinity,
                nfs=nfs,
            ),
            opts=self._data_opts(),
        )

    def _seed_volumes(self) -> list[k8s.core.v1.VolumeArgs]:
        if not self._args.seed_files:
            return []
        seed = k8s.core.v1.ConfigMap(
            f"{self._name}-seed",
            metadata=builders.metadata(None, self._args.namespace, self._pods.labels),
            binary_data=dict(sorted(self._args.seed_files.items())),
            immutable=True,
            opts=pulumi.ResourceOptions(parent=self),
        )
        return [
            k8s.core.v1.VolumeArgs(
                name=SEED_VOLUME,
                config_map=k8s.core.v1.ConfigMapVolumeSourceArgs(name=seed.metadata.name),
            )
        ]

    def _seed_containers(self) -> list[k8s.core.v1.ContainerArgs]:
        if not self._args.seed_files:
            return []
        return [
            k8s.core.v1.ContainerArgs(
                name="seed",
                image=self._args.image,
                image_pull_policy=builders.PULL_POLICY,
                command=["sh", "-c", SEED_SCRIPT],
                resources=builders.HELPER_RESOURCES.args(),
                security_context=builders.container_security(),
                volume_mounts=[
                    k8s.core.v1.VolumeMountArgs(name=DATA_VOLUME, mount_path=ASSETS_ROOT),
                    k8s.core.v1.VolumeMountArgs(name=SEED_VOLUME, mount_path="/seed"),
                ],
            )
        ]
