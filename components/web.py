"""Web tier: a Deployment of N identical stateless pods behind a ClusterIP Service."""

from dataclasses import dataclass, field

import pulumi
import pulumi_kubernetes as k8s

from . import k8s as kb
from .inputs import from_inputs, package_inputs
from .nginx import LISTEN_PORT, web_demo_config
from .placement import Placement
from .settings import image_problem
from .workload import (
    SERVICE_PORT,
    NginxPod,
    ServedPods,
    cluster_service,
    disruption_budget,
    nginx_deployment,
    pods_service,
)

DATABASE_VOLUME = "database"
DATABASE_DIR = "/etc/stateful-app/database"
# The app reads the connection string from this file (the *_FILE convention of official images):
# an env var holding it would show in /proc/<pid>/environ, crash dumps and `kubectl describe`.
DATABASE_URI_FILE_ENV = "MONGODB_URI_FILE"
DATABASE_URI_FILE = "uri"


@package_inputs()
@dataclass
class WebTierArgs:
    namespace: pulumi.Input[str]
    """Namespace of every object of the tier."""
    image: str
    """Unprivileged nginx image (listens on 8080), pinned by tag or digest."""
    replicas: pulumi.Input[int] = 2
    """Number of identical pods."""
    database_secret_name: pulumi.Input[str] | None = None
    """Secret whose key `database_secret_key` holds the database connection string; it reaches
    the pods as the read-only file $MONGODB_URI_FILE (a Secret volume), never in the pod spec
    or the environment."""
    database_secret_key: str = "uri"
    """Key of the connection string in database_secret_name."""
    config: str | None = None
    """nginx.conf for the pods; default: the demo page naming the pod, with /assets/cats.png."""
    assets_path: str = "/assets/"
    """Where the demo page loads /assets/cats.png from (the asset tier's URL prefix)."""
    placement: Placement = field(default_factory=Placement)
    """Node selector, tolerations and priority class of the pods."""
    object_name: str = "web"
    """Kubernetes name of the Service and Deployment (stable, unique in the namespace); the
    headless Service is <object_name>-pods."""


class WebTier(pulumi.ComponentResource):
    """Replicated stateless web pods; a PodDisruptionBudget keeps all but one up when N > 1.

    Two Services: `service_name` (ClusterIP, for ordinary clients) and `pods_service_name`
    (headless, resolving to every ready pod, for load balancers that balance per request)."""

    service_name: pulumi.Output[str]
    """Name of the ClusterIP Service in front of the pods."""
    service_port: pulumi.Output[int]
    """Port of that Service."""
    pods_service_name: pulumi.Output[str]
    """Name of the headless Service that resolves to every ready pod (for load balancers that
    balance per request: LoadBalancerTier's web_service/assets_service)."""
    pods_port: pulumi.Output[int]
    """Port of the pods behind pods_service_name."""

    def __init__(
        self, name: str, args: WebTierArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None:
        args = from_inputs(WebTierArgs, args)
        if isinstance(args.replicas, int) and args.replicas < 1:
            raise ValueError(f"replicas={args.replicas}: must be at least 1")
        if problem := image_problem(args.image):
            raise ValueError(f"image={args.image!r}: {problem}")
        super().__init__("stateful-app:index:WebTier", name, None, opts)
        labels = kb.labels("nginx", args.object_name, "web", args.image)
        selector = kb.selector_labels("nginx", args.object_name)
        volumes, mounts, env = _database_file(args)
        pod = NginxPod(
            image=args.image,
            config=args.config or web_demo_config(args.assets_path),
            replicas=args.replicas,
            volumes=volumes,
            mounts=mounts,
            env=env,
            placement=Placement.of(args.placement),
        )
        _, self.deployment = nginx_deployment(
            name, self, args.namespace, args.object_name, "web", pod
        )
        served = ServedPods(name, self, args.namespace, args.object_name, labels, selector)
        disruption_budget(served)
        service, pods = cluster_service(served), pods_service(served)
        self.service_name = service.metadata.name
        self.service_port = pulumi.Output.from_input(SERVICE_PORT)
        self.pods_service_name = pods.metadata.name
        self.pods_port = pulumi.Output.from_input(LISTEN_PORT)
        self.register_outputs(
            {
                "service_name": self.service_name,
                "service_port": self.service_port,
                "pods_service_name": self.pods_service_name,
                "pods_port": self.pods_port,
            }
        )


def _database_file(
    args: WebTierArgs,
) -> tuple[
    list[k8s.core.v1.VolumeArgs], list[k8s.core.v1.VolumeMountArgs], list[k8s.core.v1.EnvVarArgs]
]:
    """The volume, mount and env var delivering the connection string as a file (none without
    a database)."""
    if args.database_secret_name is None:
        return [], [], []
    volume = k8s.core.v1.VolumeArgs(
        name=DATABASE_VOLUME,
        secret=k8s.core.v1.SecretVolumeSourceArgs(
            secret_name=args.database_secret_name,
            items=[k8s.core.v1.KeyToPathArgs(key=args.database_secret_key, path=DATABASE_URI_FILE)],
            default_mode=0o440,  # owner and the pod's fsGroup only
        ),
    )
    mount = k8s.core.v1.VolumeMountArgs(
        name=DATABASE_VOLUME, mount_path=DATABASE_DIR, read_only=True
    )
    path = k8s.core.v1.EnvVarArgs(
        name=DATABASE_URI_FILE_ENV, value=f"{DATABASE_DIR}/{DATABASE_URI_FILE}"
    )
    return [volume], [mount], [path]
