"""Web tier: a Deployment of N identical stateless pods behind a ClusterIP Service.

Two modes: `nginx` (the default) runs an unprivileged nginx image serving `config`, by default
the demo page naming the pod; `app` runs any container (the user's application) with its port,
command, environment, probes, resources and extra volumes. Either way the pods are restricted
(non-root, read-only root filesystem with a writable /tmp, no capabilities) and get the database
connection string as a file.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

import pulumi
import pulumi_kubernetes as k8s

from . import builders
from . import container as c
from .autoscaling import AUTOSCALING, Autoscaling, coerce_autoscaling, horizontal_autoscaler
from .checks import PINNED_IMAGE, checked, integer, one_of, ruled, validate
from .inputs import from_inputs, package_inputs
from .nginx import HEALTH_PATH, LISTEN_PORT, PATH_PREFIX, web_demo_config
from .outputs import register_declared
from .placement import Placement
from .resources import Resources
from .resources import checked as checked_resources
from .workload import (
    SERVICE_PORT,
    NginxPod,
    PodParts,
    cluster_service,
    deployment,
    disruption_budget,
    nginx_deployment,
    pods_service,
    served_pods,
)

DATABASE_VOLUME = "database"
DATABASE_DIR = "/etc/stateful-app/database"
# The app reads the connection string from this file (the *_FILE convention of official images):
# an env var holding it would show in /proc/<pid>/environ, crash dumps and `kubectl describe`.
DATABASE_URI_FILE_ENV = "MONGODB_URI_FILE"
DATABASE_URI_FILE = "uri"
DATABASE_CA_FILE = "ca.crt"  # with database TLS: the CA the URI's tlsCAFile names
# What the app container is told about its place (app mode): its pod, port and asset prefix.
POD_NAME_ENV, PORT_ENV, ASSETS_PATH_ENV = "POD_NAME", "PORT", "ASSETS_PATH"
APP_USER = 10101
APP_CONTAINER = "app"
# Before the container gets SIGTERM, kube-proxy and the load balancer's resolver stop sending it
# new connections (the kubelet's own sleep: nothing is needed in the image).
APP_PRE_STOP_SECONDS = 3


class WebMode(StrEnum):
    """What the web pods run."""

    NGINX = "nginx"
    """An unprivileged nginx image (port 8080) serving config: by default the demo page."""
    APP = "app"
    """Any container: your application, with its own port, command, env and probes."""


@package_inputs()
@dataclass
class WebTierArgs:
    namespace: pulumi.Input[str]
    """Namespace of every object of the tier."""
    image: str = field(metadata=ruled(PINNED_IMAGE))
    """The pods' image, pinned by tag or digest: in nginx mode an unprivileged nginx (listens
    on 8080); in app mode your application's image."""
    mode: WebMode = checked(WebMode.NGINX, one_of(WebMode))
    """nginx: the demo page (or config) on an nginx image; app: any container."""
    replicas: pulumi.Input[int] = checked(2, integer(1, 1000))
    """Number of identical pods (without autoscaling)."""
    autoscaling: Autoscaling | None = checked(None, AUTOSCALING)
    """A HorizontalPodAutoscaler on CPU between min and max pods instead of a fixed count;
    the Deployment then leaves replicas to it (`replicas` is not used)."""
    port: int = LISTEN_PORT
    """app mode: the port the container listens on (1-65535); nginx mode: 8080."""
    command: Sequence[str] | None = None
    """app mode: the container's command (replaces the image's ENTRYPOINT); None keeps it."""
    args: Sequence[str] | None = None
    """app mode: the command's arguments (replaces the image's CMD); None keeps them."""
    env: Sequence[c.EnvVar] = ()
    """app mode: environment variables (plain values, or keys of Secrets/ConfigMaps)."""
    readiness_probe: c.Probe | None = None
    """app mode: when a pod gets traffic (default: HTTP GET / on port every 5 s)."""
    liveness_probe: c.Probe | None = None
    """app mode: when a pod is restarted (default: HTTP GET / on port, 6 failures 10 s apart)."""
    startup_probe: c.Probe | None = None
    """app mode: holds the other probes until the app has started (default: none)."""
    resources: Resources = builders.NGINX_RESOURCES
    """Requests and limits of the container (default 50m/500m CPU, 32Mi/128Mi memory)."""
    volumes: Sequence[c.ExtraVolume] = ()
    """app mode: extra volumes mounted in the container (emptyDir, Secret, ConfigMap)."""
    user: int = APP_USER
    """app mode: uid and gid the container runs as (non-root; >= 10000 keeps clear of host
    accounts). nginx mode always runs as 10101."""
    database_secret_name: pulumi.Input[str] | None = None
    """Secret whose key `database_secret_key` holds the database connection string; it reaches
    the pods as the read-only file $MONGODB_URI_FILE (a Secret volume)."""
    database_secret_key: str = "uri"
    """Key of the connection string in database_secret_name."""
    database_ca_key: str | None = None
    """Key of the database's CA certificate in database_secret_name (dbTls on): mounted beside
    the URI as DATABASE_CA_FILE, the file the URI's tlsCAFile names."""
    database_env: str | None = None
    """app mode: also pass the connection string in this environment variable (secretKeyRef),
    for apps that read only env; it then shows in the process environment (see docs)."""
    config: str | None = None
    """nginx mode: nginx.conf for the pods; default: the demo page naming the pod, with
    /assets/cats.png."""
    asset_path: str = checked("/assets/", PATH_PREFIX)
    """Where the asset tier is served (the demo page's image; $ASSETS_PATH in app mode)."""
    placement: Placement = field(default_factory=Placement)
    """Node selector, tolerations and priority class of the pods."""
    object_name: str = "web"
    """Kubernetes name of the Service and Deployment (stable, unique in the namespace); the
    headless Service is <object_name>-pods."""


def _app_label(args: WebTierArgs) -> str:
    return "web-app" if args.mode == WebMode.APP else "nginx"


def _reserved_env(args: WebTierArgs) -> list[str]:
    names = [POD_NAME_ENV, PORT_ENV, ASSETS_PATH_ENV, DATABASE_URI_FILE_ENV]
    return names + ([args.database_env] if args.database_env else [])


def _typed(args: WebTierArgs) -> WebTierArgs:
    """args with typed nested values (the component package passes plain dicts)."""
    probes = {
        name: c.coerce(c.Probe, probe)
        for name in ("readiness_probe", "liveness_probe", "startup_probe")
        if (probe := getattr(args, name)) is not None
    }
    return replace(
        args,
        env=[c.coerce(c.EnvVar, v) for v in args.env],
        volumes=[c.coerce(c.ExtraVolume, v) for v in args.volumes],
        resources=checked_resources(args.resources, "resources"),
        **probes,
    )


def _validate_app(args: WebTierArgs) -> None:
    """The rules over app mode's structured fields (the field rules ran first): a ValueError
    naming the field, its value and what is allowed."""
    c.check_port("port", args.port)
    app_only = {
        "port": args.port != LISTEN_PORT,
        "command": args.command is not None,
        "args": args.args is not None,
        "env": bool(args.env),
        "readiness_probe": args.readiness_probe is not None,
        "liveness_probe": args.liveness_probe is not None,
        "startup_probe": args.startup_probe is not None,
        "volumes": bool(args.volumes),
        "database_env": args.database_env is not None,
    }
    if args.mode != WebMode.APP and (given := [k for k, is_set in app_only.items() if is_set]):
        raise ValueError(f"{', '.join(given)}: only with mode=app (mode={args.mode!r})")
    if args.mode == WebMode.APP and args.config is not None:
        raise ValueError("config: an nginx.conf is only for mode=nginx (mode='app')")
    if args.database_env is not None:
        if not c.ENV_NAME.match(args.database_env):
            raise ValueError(
                f"database_env={args.database_env!r}: must match [-._a-zA-Z][-._a-zA-Z0-9]*"
            )
        if args.database_secret_name is None:
            raise ValueError(f"database_env={args.database_env!r}: needs database_secret_name")
    c.check_env(args.env, _reserved_env(args))
    for name in ("readiness_probe", "liveness_probe", "startup_probe"):
        if (probe := getattr(args, name)) is not None:
            c.check_probe(name, probe)
    c.check_volumes(args.volumes, [builders.TMP_VOLUME, DATABASE_VOLUME])
    if isinstance(args.user, bool) or not isinstance(args.user, int) or args.user < 1:
        raise ValueError(f"user={args.user!r}: must be a non-root uid (an integer >= 1)")


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
    balance per request: LoadBalancerTier's web_service/prefix_service)."""
    pods_port: pulumi.Output[int]
    """Port of the pods behind pods_service_name."""
    health_path: pulumi.Output[str]
    """HTTP path that answers when a pod is ready (LoadBalancerTier's web_health_path)."""

    def __init__(
        self, name: str, args: WebTierArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None:
        args = _typed(from_inputs(WebTierArgs, args))
        validate(args)
        _validate_app(args)
        autoscaling = args.autoscaling and coerce_autoscaling(args.autoscaling)
        if autoscaling:
            # No replicas in the spec: the HPA owns the count, and `up` neither resets it nor
            # reports a diff (Kubernetes' advice for Deployments under an HPA).
            args = replace(args, replicas=None)  # type: ignore[arg-type]
        super().__init__("stateful-app:index:WebTier", name, None, opts)
        served = served_pods(
            name, self, args.namespace, args.object_name, _app_label(args), "web", args.image
        )
        self.pod_selector = served.selector
        volumes, mounts, env = _database_file(args)
        if args.mode == WebMode.APP:
            self.deployment = deployment(served, _app_pod(args, volumes, mounts, env))
            readiness = args.readiness_probe or _default_probe(5, 3)
            health = readiness.path or "/"
        else:
            pod = NginxPod(
                image=args.image,
                config=args.config or web_demo_config(args.asset_path),
                replicas=args.replicas,
                volumes=volumes,
                mounts=mounts,
                env=env,
                placement=Placement.of(args.placement),
                resources=args.resources,
            )
            self.deployment = nginx_deployment(served, pod)
            health = HEALTH_PATH
        if autoscaling:
            horizontal_autoscaler(
                f"{name}-hpa",
                self,
                args.namespace,
                self.deployment,
                args.object_name,
                served.labels,
                autoscaling,
            )
        disruption_budget(served)
        service, pods = cluster_service(served), pods_service(served, args.port)
        self.service_name = service.metadata.name
        self.service_port = pulumi.Output.from_input(SERVICE_PORT)
        self.pods_service_name = pods.metadata.name
        self.pods_port = pulumi.Output.from_input(args.port)
        self.health_path = pulumi.Output.from_input(health)
        register_declared(self)


def _default_probe(period: int, failures: int) -> c.Probe:
    return c.Probe(path="/", period_seconds=period, failure_threshold=failures)


def _app_pod(
    args: WebTierArgs,
    volumes: list[k8s.core.v1.VolumeArgs],
    mounts: list[k8s.core.v1.VolumeMountArgs],
    env: list[k8s.core.v1.EnvVarArgs],
) -> PodParts:
    """The pod of app mode: one container, the tier's env first, then the user's."""
    extra = [c.volume_args(v) for v in args.volumes]
    startup = args.startup_probe and c.probe_args(args.startup_probe, args.port)
    container = k8s.core.v1.ContainerArgs(
        name=APP_CONTAINER,
        image=args.image,
        image_pull_policy=builders.PULL_POLICY,
        command=list(args.command) if args.command is not None else None,
        args=list(args.args) if args.args is not None else None,
        ports=[k8s.core.v1.ContainerPortArgs(name="http", container_port=args.port)],
        env=[
            builders.field_env(POD_NAME_ENV, "metadata.name"),
            k8s.core.v1.EnvVarArgs(name=PORT_ENV, value=str(args.port)),
            k8s.core.v1.EnvVarArgs(name=ASSETS_PATH_ENV, value=args.asset_path),
            *env,
            *_database_env(args),
            *(c.env_args(v) for v in args.env),
        ],
        readiness_probe=c.probe_args(args.readiness_probe or _default_probe(5, 3), args.port),
        liveness_probe=c.probe_args(args.liveness_probe or _default_probe(10, 6), args.port),
        startup_probe=startup or None,
        lifecycle=k8s.core.v1.LifecycleArgs(
            pre_stop=k8s.core.v1.LifecycleHandlerArgs(
                sleep=k8s.core.v1.SleepActionArgs(seconds=APP_PRE_STOP_SECONDS)
            )
        ),
        resources=args.resources.args(),
        security_context=builders.container_security(),
        volume_mounts=[builders.tmp_mount(), *mounts, *(mount for _, mount in extra)],
    )
    return PodParts(
        containers=[container],
        volumes=[builders.tmp_volume(), *volumes, *(volume for volume, _ in extra)],
        user=args.user,
        replicas=args.replicas,
        placement=Placement.of(args.placement),
    )


def _database_env(args: WebTierArgs) -> list[k8s.core.v1.EnvVarArgs]:
    """The connection string as an env var, when asked for (secretKeyRef: never in the spec)."""
    if args.database_env is None or args.database_secret_name is None:
        return []
    ref = c.KeyRef(name=args.database_secret_name, key=args.database_secret_key)
    return [c.env_args(c.EnvVar(name=args.database_env, secret=ref))]


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
            items=[
                k8s.core.v1.KeyToPathArgs(key=args.database_secret_key, path=DATABASE_URI_FILE),
                *(
                    [k8s.core.v1.KeyToPathArgs(key=args.database_ca_key, path=DATABASE_CA_FILE)]
                    if args.database_ca_key
                    else []
                ),
            ],
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
