"""Shared Kubernetes objects of the nginx tiers: the config ConfigMap, Deployment and Services.

The ConfigMap is auto-named on purpose: a config change creates a new ConfigMap name, which
changes the pod template and so rolls the pods (the pulumi kubernetes-ts-configmap-rollout idiom).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pulumi
import pulumi_kubernetes as k8s

from . import builders
from .nginx import HEALTH_PATH, LISTEN_PORT
from .placement import Placement

CONFIG_VOLUME = "nginx-config"
CONFIG_FILE = "/etc/nginx/app/nginx.conf"
SERVICE_PORT = 80
# Above 10000 so the pods' uid never overlaps a host account (checkov CKV_K8S_40); the images'
# own uid 101 is not needed: nginx writes only to /tmp (an emptyDir) and reads a ConfigMap.
NGINX_USER = 10101
# Before nginx stops, kube-proxy and the load balancer's resolver have a few seconds to stop
# sending it new connections; then a graceful quit lets requests in flight finish (SIGTERM alone
# would make nginx drop them). The wait ends when nginx has exited (its pid file is gone).
GRACEFUL_STOP = (
    f"sleep 3; nginx -c {CONFIG_FILE} -s quit; while [ -e /tmp/nginx.pid ]; do sleep 0.2; done"
)


@dataclass
class NginxPod:
    """What differs between the nginx tiers' pods."""

    image: str
    config: pulumi.Input[str]
    replicas: pulumi.Input[int]
    volumes: Sequence[k8s.core.v1.VolumeArgs] = ()
    mounts: Sequence[k8s.core.v1.VolumeMountArgs] = ()
    init_containers: Sequence[k8s.core.v1.ContainerArgs] = ()
    env: Sequence[k8s.core.v1.EnvVarArgs] = ()
    extra_ports: Sequence[k8s.core.v1.ContainerPortArgs] = ()
    """Ports besides 'http' (8080), e.g. the load balancer's 'https'."""
    placement: Placement = field(default_factory=Placement)
    required_node_labels: dict[str, str] | None = None
    """Labels the tier itself needs on the node (e.g. the asset tier's storage node)."""
    command: Sequence[str] = ("nginx", "-c", CONFIG_FILE, "-g", "daemon off;")
    readiness_path: str = HEALTH_PATH
    resources: builders.Resources = builders.NGINX_RESOURCES
    strategy: k8s.apps.v1.DeploymentStrategyArgs = field(
        default_factory=builders.rolling_update_no_downtime
    )


def _liveness(pod: NginxPod) -> k8s.core.v1.ProbeArgs:
    """Alive: nginx accepts connections. Where readiness already asks /healthz, liveness is a TCP
    check, so the two differ: a pod that answers slowly for a while leaves the Service, and is
    restarted only if its nginx stops listening altogether."""
    if pod.readiness_path == HEALTH_PATH:
        return builders.tcp_probe("http", period=10, failures=6)
    return builders.http_probe(HEALTH_PATH, "http", period=10, failures=6)


def nginx_container(pod: NginxPod) -> k8s.core.v1.ContainerArgs:
    return k8s.core.v1.ContainerArgs(
        name="nginx",
        image=pod.image,
        image_pull_policy=builders.PULL_POLICY,
        # Bypass the image's entrypoint scripts: they try to rewrite files on the read-only root.
        command=list(pod.command),
        ports=[
            k8s.core.v1.ContainerPortArgs(name="http", container_port=LISTEN_PORT),
            *pod.extra_ports,
        ],
        env=list(pod.env) or None,
        readiness_probe=builders.http_probe(pod.readiness_path, "http", period=2),
        liveness_probe=_liveness(pod),
        lifecycle=k8s.core.v1.LifecycleArgs(
            pre_stop=k8s.core.v1.LifecycleHandlerArgs(
                exec_=k8s.core.v1.ExecActionArgs(command=["sh", "-c", GRACEFUL_STOP])
            )
        ),
        resources=pod.resources.args(),
        security_context=builders.container_security(),
        volume_mounts=[
            k8s.core.v1.VolumeMountArgs(
                name=CONFIG_VOLUME, mount_path="/etc/nginx/app", read_only=True
            ),
            builders.tmp_mount(),
            *pod.mounts,
        ],
    )


def nginx_deployment(pods: ServedPods, pod: NginxPod) -> k8s.apps.v1.Deployment:
    """A Deployment of unprivileged nginx pods, with its auto-named config ConfigMap."""
    config_map = k8s.core.v1.ConfigMap(
        f"{pods.name}-config",
        metadata=builders.metadata(None, pods.namespace, pods.labels),
        data={"nginx.conf": pod.config},
        immutable=True,
        opts=pulumi.ResourceOptions(parent=pods.parent),
    )
    config_volume = k8s.core.v1.VolumeArgs(
        name=CONFIG_VOLUME,
        config_map=k8s.core.v1.ConfigMapVolumeSourceArgs(name=config_map.metadata.name),
    )
    parts = PodParts(
        containers=[nginx_container(pod)],
        init_containers=pod.init_containers,
        volumes=[config_volume, builders.tmp_volume(), *pod.volumes],
        user=NGINX_USER,
        replicas=pod.replicas,
        placement=pod.placement,
        required_node_labels=pod.required_node_labels,
        strategy=pod.strategy,
    )
    return deployment(pods, parts)


@dataclass
class PodParts:
    """What a tier's pods are made of."""

    containers: Sequence[k8s.core.v1.ContainerArgs]
    volumes: Sequence[k8s.core.v1.VolumeArgs]
    user: int
    replicas: pulumi.Input[int]
    placement: Placement
    init_containers: Sequence[k8s.core.v1.ContainerArgs] = ()
    required_node_labels: dict[str, str] | None = None
    strategy: k8s.apps.v1.DeploymentStrategyArgs = field(
        default_factory=builders.rolling_update_no_downtime
    )
    affinity: k8s.core.v1.AffinityArgs | None = None
    termination_grace_period_seconds: int | None = None


def deployment(pods: ServedPods, parts: PodParts) -> k8s.apps.v1.Deployment:
    """The Deployment of `pods`: restricted (non-root uid/gid parts.user, no service account
    token), spread across nodes unless parts.affinity says otherwise."""
    return k8s.apps.v1.Deployment(
        f"{pods.name}-deployment",
        metadata=builders.metadata(pods.object_name, pods.namespace, pods.labels),
        spec=k8s.apps.v1.DeploymentSpecArgs(
            replicas=parts.replicas,
            selector=k8s.meta.v1.LabelSelectorArgs(match_labels=pods.selector),
            strategy=parts.strategy,
            template=k8s.core.v1.PodTemplateSpecArgs(
                metadata=k8s.meta.v1.ObjectMetaArgs(labels=pods.labels),
                spec=k8s.core.v1.PodSpecArgs(
                    automount_service_account_token=False,
                    security_context=builders.pod_security(user=parts.user, fs_group=parts.user),
                    **parts.placement.pod_spec_fields(parts.required_node_labels),
                    affinity=parts.affinity or builders.spread_across_nodes(pods.selector),
                    termination_grace_period_seconds=parts.termination_grace_period_seconds,
                    init_containers=list(parts.init_containers) or None,
                    containers=list(parts.containers),
                    volumes=list(parts.volumes),
                ),
            ),
        ),
        opts=pulumi.ResourceOptions(parent=pods.parent),
    )


# Why the nginx tiers' Services skip the provider's await: for a Service with a selector it waits
# until the endpoints have not changed for 10 s (provider/pkg/await/service.go), a fixed cost on
# every `up` that creates or changes pods. What it would catch is covered without it: the tier's
# Deployment await fails `up` when its pods do not become ready (with the provider's message), and
# each Service's selector is the very dict the pods' labels are built from, so it cannot miss them.
# A LoadBalancer Service still waits for its address unless told there is none to wait for.
SKIP_AWAIT = {"pulumi.com/skipAwait": "true"}


@dataclass(frozen=True)
class ServedPods:
    """A tier's pods as its workload, Services and policies see them: the resource-name prefix,
    parent, namespace, object name and labels, and the selector that picks the pods. Built by
    `served_pods` only, so every object selecting a tier's pods uses the one selector."""

    name: str
    parent: pulumi.Resource
    namespace: pulumi.Input[str]
    object_name: str
    labels: dict[str, str]
    selector: dict[str, str]


def served_pods(
    name: str,
    parent: pulumi.Resource,
    namespace: pulumi.Input[str],
    object_name: str,
    app: str,
    component: str,
    image: str,
) -> ServedPods:
    """The pods of a tier: app (the software, e.g. nginx) and object_name select them; the
    component and the image's version only label them."""
    labels = builders.labels(app, object_name, component, image)
    selector = builders.selector_labels(app, object_name)
    return ServedPods(name, parent, namespace, object_name, labels, selector)


def cluster_service(
    pods: ServedPods,
    service_type: str = "ClusterIP",
    node_port: int | None = None,
    await_address: bool = True,
    extra_ports: Sequence[k8s.core.v1.ServicePortArgs] = (),
) -> k8s.core.v1.Service:
    """A Service on port 80 forwarding to the pods' named port 'http' (plus extra_ports)."""
    wait = service_type == "LoadBalancer" and await_address
    return k8s.core.v1.Service(
        f"{pods.name}-service",
        metadata=k8s.meta.v1.ObjectMetaArgs(
            name=pods.object_name,
            namespace=pods.namespace,
            labels=pods.labels,
            annotations=None if wait else SKIP_AWAIT,
        ),
        spec=k8s.core.v1.ServiceSpecArgs(
            type=service_type,
            selector=pods.selector,
            ports=[
                k8s.core.v1.ServicePortArgs(
                    name="http", port=SERVICE_PORT, target_port="http", node_port=node_port
                ),
                *extra_ports,
            ],
        ),
        opts=pulumi.ResourceOptions(parent=pods.parent),
    )


def disruption_budget(pods: ServedPods) -> k8s.policy.v1.PodDisruptionBudget:
    """Voluntary disruptions (node drains) take at most one of the tier's pods at a time."""
    return k8s.policy.v1.PodDisruptionBudget(
        f"{pods.name}-pdb",
        metadata=builders.metadata(pods.object_name, pods.namespace, pods.labels),
        spec=k8s.policy.v1.PodDisruptionBudgetSpecArgs(
            max_unavailable=1,
            selector=k8s.meta.v1.LabelSelectorArgs(match_labels=pods.selector),
        ),
        opts=pulumi.ResourceOptions(parent=pods.parent),
    )


def pods_service(pods: ServedPods, port: int = LISTEN_PORT) -> k8s.core.v1.Service:
    """A headless Service `<object_name>-pods`: its DNS name resolves to every ready pod, so a
    load balancer can keep one upstream server per pod (see components/nginx.py)."""
    return k8s.core.v1.Service(
        f"{pods.name}-pods-service",
        metadata=builders.metadata(f"{pods.object_name}-pods", pods.namespace, pods.labels),
        spec=k8s.core.v1.ServiceSpecArgs(
            cluster_ip="None",
            selector=pods.selector,
            ports=[k8s.core.v1.ServicePortArgs(name="http", port=port, target_port="http")],
        ),
        opts=pulumi.ResourceOptions(parent=pods.parent),
    )
